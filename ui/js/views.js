// The language picker, the home screen and the directory. Each function returns the content of <main>
// for one screen, built from the engine's data; none keeps anything once the reader leaves it. The
// article, search, settings and cover screens have modules of their own.

import { api } from "./api.js";
import { el, icon } from "./dom.js";
import { listening } from "./listen.js";
import { contactLink, langAttributes, plainText, spans, textElement } from "./render.js";

export const SERVICE_KINDS = [
  "emergency",
  "police",
  "hotline",
  "shelter",
  "legal",
  "health",
  "support",
  "authority",
];

/** Folds case and accents, so "romana" finds "Română". */
export function searchKey(text) {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase();
}

export function languagePicker(app) {
  const { strings, locales, locale } = app.state;
  const list = el("ul", { class: "language-list", id: "language-list" });
  const empty = el("p", { class: "empty", hidden: true }, strings["no-language-found"]);
  const show = (query) => {
    const key = searchKey(query.trim());
    let shown = 0;
    for (const item of list.children) {
      const match = !key || item.dataset.search.includes(key);
      item.hidden = !match;
      if (match) shown += 1;
    }
    empty.hidden = shown > 0;
  };
  for (const info of locales) {
    list.append(
      el(
        "li",
        { "data-search": searchKey(`${info.endonym} ${info.code}`) },
        el(
          "button",
          {
            type: "button",
            class: `language${info.code === locale ? " current" : ""}`,
            lang: info.code,
            dir: info.direction,
            "data-locale": info.code,
            "aria-current": info.code === locale ? "true" : null,
            onclick: () => app.chooseLocale(info.code),
          },
          info.endonym,
        ),
      ),
    );
  }
  const search = el("input", {
    type: "search",
    id: "language-search",
    class: "search",
    placeholder: strings["search-languages"],
    "aria-label": strings["search-languages"],
    autocomplete: "off",
    oninput: (event) => show(event.target.value),
  });
  return [
    el("h1", { id: "language-title" }, icon("language", "title-icon"), strings["choose-language"]),
    search,
    empty,
    list,
  ];
}

function emergencyCard(app, services, clip) {
  const emergency = services.find((s) => s.kind === "emergency");
  if (!emergency || emergency.contacts.length === 0) return null;
  const contact = emergency.contacts[0];
  const { strings } = app.state;
  const spoken = clip ? [{ id: "emergency", clip, title: strings["emergency-heading"] }] : null;
  return el(
    "section",
    { class: "emergency", "aria-labelledby": "emergency-heading" },
    icon("kind-emergency", "emergency-icon"),
    el(
      "div",
      { class: "emergency-text" },
      el("h2", { id: "emergency-heading" }, app.state.strings["emergency-heading"]),
      el("p", {}, app.state.strings["emergency-text"]),
    ),
    contactLink(contact, `${app.state.strings.call} ${contact.label}`, "emergency-button"),
    spoken ? listening(spoken, strings, { allLabel: strings.listen, id: "listen-emergency" }).panel : null,
  );
}

/** Said on the home screen when the information may be out of date: the pack's signature has
 * expired with no check confirming it, or checks have kept failing. The date is isolated, so that it
 * reads left to right inside Arabic text. */
function staleNotice(app) {
  const { strings, freshness } = app.state;
  return el(
    "section",
    { class: "stale-notice", id: "stale-notice", "aria-labelledby": "stale-heading" },
    el("h2", { id: "stale-heading" }, icon("important", "notice-icon"), strings["stale-heading"]),
    el("p", {}, strings["stale-confirmed"], " ", el("bdi", { dir: "ltr", id: "stale-confirmed" }, freshness.confirmed)),
    el("p", {}, strings["stale-explained"]),
    el(
      "button",
      { type: "button", class: "tool", id: "stale-check", onclick: () => app.show("settings", { section: "updates" }) },
      icon("update"),
      strings["updates-check"],
    ),
  );
}

/** The home screen's content that came with `start`, taken once: drawn again later (after a switch of
 * language or an update), the home screen asks for it afresh. */
function homeFromStart(app, locale) {
  const home = app.state.home;
  app.state.home = null;
  return home?.locale === locale ? home : null;
}

export async function home(app) {
  const { strings, locale, refused, previewWarnings } = app.state;
  const { topics, emergencyServices, selfCheck, emergencyClip } = homeFromStart(app, locale) ?? (await api.home(locale));
  performance.mark("haven-home-data");
  const nodes = [el("h1", { class: "visually-hidden" }, strings["app-name"])];
  if (refused.length > 0) {
    nodes.push(
      el(
        "section",
        { class: "refused", role: "alert", id: "refused" },
        el("p", {}, strings["refused-pack"]),
        el("ul", { dir: "ltr", lang: "en" }, refused.map((problem) => el("li", {}, problem))),
      ),
    );
  }
  if (previewWarnings.length > 0) {
    // Only an NGO previewing a pack folder sees this; a reader's app never has a preview.
    nodes.push(
      el(
        "details",
        { class: "refused preview-warnings", id: "preview-warnings" },
        el("summary", {}, strings["preview-warnings"], " ", el("span", { class: "count" }, String(previewWarnings.length))),
        el("ul", { dir: "ltr", lang: "en" }, previewWarnings.map((warning) => el("li", {}, warning))),
      ),
    );
  }
  nodes.push(emergencyCard(app, emergencyServices, emergencyClip));
  if (app.state.freshness.stale) nodes.push(staleNotice(app));
  if (selfCheck) nodes.push(selfCheckTile(app, selfCheck));
  nodes.push(el("h2", { class: "topics-heading" }, strings["topics-heading"]));
  // The topics' titles that have a voice in this language: each tile's own button, and one that
  // reads them all in turn, marking the tile being read.
  const spoken = topics
    .filter((topic) => topic.titleAudio)
    .map((topic) => ({ id: `topic-${topic.id}`, clip: topic.titleAudio, title: plainText(topic.title) }));
  const listen = spoken.length ? listening(spoken, strings, { allLabel: strings.listen, id: "listen-topics" }) : null;
  if (listen) nodes.push(listen.panel);
  nodes.push(
    el(
      "ul",
      { class: "topics", id: "topics" },
      topics.map((topic) =>
        el(
          "li",
          { class: "topic-row", "data-listen-target": `topic-${topic.id}` },
          el(
            "button",
            {
              type: "button",
              class: "topic",
              "data-topic": topic.id,
              onclick: () => app.show("article", { id: topic.id }),
            },
            icon(topic.icon, "topic-icon"),
            el(
              "span",
              { class: "topic-text" },
              // Plain text: a link inside the topic's button would be a control inside a control.
              el("span", { class: "topic-title", ...langAttributes(topic.title, locale) }, plainText(topic.title)),
              el("span", { class: "topic-summary", ...langAttributes(topic.summary, locale) }, plainText(topic.summary)),
            ),
          ),
          listen && topic.titleAudio ? listen.button(spoken.find((item) => item.id === `topic-${topic.id}`)) : null,
        ),
      ),
    ),
  );
  nodes.push(
    el(
      "button",
      { type: "button", class: "wide-button", id: "nav-directory", onclick: () => app.show("directory") },
      icon("kind-hotline"),
      strings["more-services"],
    ),
  );
  return nodes;
}

/** One tap from the home screen to the self-check. */
function selfCheckTile(app, check) {
  const { locale } = app.state;
  return el(
    "button",
    { type: "button", class: "topic self-check-tile", id: "open-self-check", onclick: () => app.show("check", { step: 0 }) },
    icon("self-check", "topic-icon"),
    el(
      "span",
      { class: "topic-text" },
      el("span", { class: "topic-title", ...langAttributes(check.title, locale) }, plainText(check.title)),
      el("span", { class: "topic-summary", ...langAttributes(check.summary, locale) }, plainText(check.summary)),
    ),
  );
}

export async function directory(app, { kind = null } = {}) {
  const { strings, locale } = app.state;
  const services = await api.directory(locale, kind);
  const filters = el(
    "div",
    { class: "filters", role: "group", "aria-label": strings.directory },
    [null, ...SERVICE_KINDS].map((k) =>
      el(
        "button",
        {
          type: "button",
          class: "filter",
          "data-kind": k ?? "all",
          "aria-pressed": String(k === kind),
          onclick: () => app.show("directory", { kind: k }, { replace: true }),
        },
        k ? icon(`kind-${k}`) : null,
        strings[k ? `kind-${k}` : "filter-all"],
      ),
    ),
  );
  const list = el(
    "ul",
    { class: "services", id: "services" },
    services.map((entry) => el("li", { "data-service": entry.id }, serviceEntry(entry, locale, strings))),
  );
  return [
    backButton(app),
    el("h1", {}, icon("kind-hotline", "title-icon"), strings.directory),
    el("p", {}, strings["directory-intro"]),
    filters,
    services.length ? list : el("p", { class: "empty" }, strings["no-services"]),
  ];
}

function serviceEntry(entry, locale, strings) {
  const contacts = entry.contacts.map((contact, index) => {
    const isForeign = contact.channel === "call" && index > 0;
    const label = {
      call: isForeign ? strings["call-from-foreign-phone"] : strings.call,
      sms: strings["send-sms"],
      email: strings["send-email"],
      web: strings["open-website"],
    }[contact.channel];
    return el("li", {}, el("span", { class: "contact-label" }, label), " ", contactLink(contact));
  });
  return el(
    "article",
    { class: `service kind-${entry.kind}` },
    el(
      "h2",
      { ...langAttributes(entry.name, locale) },
      icon(`kind-${entry.kind}`, "service-icon"),
      el("span", { class: "heading-text" }, spans(entry.name)),
    ),
    entry.details.free ? el("p", { class: "free" }, strings["free-call"]) : null,
    entry.description ? textElement("p", entry.description, locale) : null,
    contacts.length
      ? el("ul", { class: "contacts" }, contacts)
      : el("p", { class: "no-number" }, strings["no-number"]),
    entry.access ? textElement("p", entry.access, locale, { class: "access" }) : null,
  );
}

export function backButton(app) {
  return el(
    "button",
    { type: "button", class: "back", id: "back", onclick: () => app.back() },
    icon("back", "icon-back"),
    app.state.strings.back,
  );
}
