// An article, alone or in two languages side by side (the outreach worker's view), and its printed
// leaflet. Both draw the same blocks; the print stylesheet turns either into a leaflet with the
// phone numbers.

import { api } from "./api.js";
import { el, icon } from "./dom.js";
import {
  block,
  formatBytes,
  emergencyStrip,
  fallbackNotice,
  isSectionFallback,
  langAttributes,
  phoneNumbers,
  plainText,
  spans,
  textElement,
  withIsolatedDates,
} from "./render.js";
import { listening } from "./listen.js";
import { backButton } from "./views.js";

const REVIEW_MESSAGES = {
  original: "review-original",
  reviewed: "review-reviewed",
  "machine-assisted": "review-machine-assisted",
  "not-translated": "review-not-translated",
};

/**
 * Whether anyone has checked the facts in this language, and who: a separate question from how
 * the language was checked, and just as much the reader's to know.
 */
function contentReviewStatus(review, strings) {
  const text = review
    ? [strings["review-content-checked"], " ", el("span", { class: "reviewer" }, review.by), " ", el("bdi", { dir: "ltr" }, review.on)]
    : [strings["review-content-not-checked"]];
  return el("p", { class: "review-status", id: "content-review-status" }, icon("review", "notice-icon"), ...text);
}

/** A source as the bibliography and a section list it: its title, then its address. */
function sourceItem(source) {
  return el(
    "li",
    {},
    el("span", { class: "source-title" }, source.title),
    " ",
    el("span", { class: "source-url" }, source.url),
  );
}

/** Where a section's facts come from, folded under the section. */
function sectionSources(sources, strings) {
  if (!sources || sources.length === 0) return null;
  return el(
    "details",
    { class: "sources section-sources" },
    el("summary", {}, strings["section-sources"], " ", el("span", { class: "count" }, String(sources.length))),
    el("ul", { dir: "ltr" }, sources.map(sourceItem)),
  );
}

/** Buttons above an article: two languages, and print. */
function articleTools(app, { dual }) {
  const { strings } = app.state;
  return el(
    "div",
    { class: "article-tools" },
    dual,
    el(
      "button",
      { type: "button", class: "tool", id: "print", onclick: () => app.print() },
      icon("print"),
      strings.print,
    ),
  );
}

/** The leaflet's header and footer: shown only on paper. */
function leafletHeader(app) {
  return el("p", { class: "leaflet-only leaflet-header" }, app.state.strings["app-name"]);
}

function leafletFooter(app) {
  const { strings } = app.state;
  return el(
    "p",
    { class: "leaflet-only leaflet-footer" },
    withIsolatedDates(strings["information-version"]),
    " ",
    strings["information-publisher"],
  );
}

export async function article(app, { id, section = null }) {
  const { strings, locale } = app.state;
  const [data, services] = await Promise.all([api.article(locale, id), api.directory(locale)]);
  const nodes = [
    backButton(app),
    articleTools(app, {
      dual: el(
        "button",
        {
          type: "button",
          class: "tool",
          id: "open-dual",
          onclick: () => app.show("dual", { id, reader: locale, helper: app.secondLocale() }),
        },
        icon("dual"),
        strings["two-languages"],
      ),
    }),
    leafletHeader(app),
    el(
      "h1",
      { ...langAttributes(data.title, locale), class: "article-title" },
      icon(data.icon, "title-icon"),
      el("span", { class: "heading-text" }, spans(data.title)),
    ),
    el(
      "p",
      { class: "review-status", id: "review-status" },
      icon("review", "notice-icon"),
      strings[REVIEW_MESSAGES[data.review]] ?? "",
    ),
    contentReviewStatus(data.contentReview, strings),
    emergencyStrip(services, strings),
    textElement("p", data.summary, locale, { class: "summary", "data-listen-target": "summary" }),
  ];
  // Everything of the article that has a voice in this language, in reading order.
  const spoken = [
    data.summaryAudio ? { id: "summary", clip: data.summaryAudio, title: plainText(data.summary) } : null,
    ...data.sections.map((s) => (s.audio ? { id: s.id, clip: s.audio, title: plainText(s.heading) } : null)),
  ].filter(Boolean);
  const listen = spoken.length ? listening(spoken, strings, { allLabel: strings["listen-article"] }) : null;
  if (listen) nodes.push(listen.panel);
  // Sections in this language that have no voice yet: the way to download the voice, with its size.
  if (data.sections.some((s) => !s.audio && !isSectionFallback(s))) nodes.push(await voiceLink(app));
  if (data.summary.isFallback || data.title.isFallback) nodes.push(fallbackNotice(strings));
  for (const part of data.sections) {
    const fallback = isSectionFallback(part);
    nodes.push(
      el(
        "section",
        { class: `article-section${fallback ? " is-fallback" : ""}`, "data-section": part.id, "data-listen-target": part.id },
        textElement("h2", part.heading, locale, { tabindex: "-1" }),
        listen && part.audio ? listen.button(spoken.find((item) => item.id === part.id)) : null,
        fallback ? fallbackNotice(strings) : null,
        part.blocks.map((b) => block(b, locale, strings)),
        sectionSources(part.sources, strings),
      ),
    );
  }
  nodes.push(phoneNumbers(services, strings, locale, "numbers-heading"));
  nodes.push(
    el(
      "details",
      { class: "sources" },
      el("summary", {}, strings.sources),
      el("p", {}, strings["sources-intro"]),
      el(
        "ul",
        { dir: "ltr" },
        data.sources.map(sourceItem),
      ),
    ),
  );
  nodes.push(leafletFooter(app));
  if (section) app.afterRender(() => showSection(section));
  return nodes;
}

/** Scrolls to a section (a search result) and moves the focus to its heading. */
function showSection(id) {
  const heading = document.querySelector(`[data-section="${CSS.escape(id)}"] h2`);
  if (!heading) return;
  heading.scrollIntoView({ block: "start" });
  // The focus handler scrolls it out from under the bar.
  heading.focus({ preventScroll: true });
}

/** A language chooser for one column of the dual view: changing it redraws at once. */
function columnLanguage(app, { id, label, value, onChange }) {
  const { locales } = app.state;
  return el(
    "div",
    { class: "column-language" },
    el("label", { for: id }, label),
    el(
      "select",
      { id, class: "language-select", onchange: (event) => onChange(event.target.value) },
      locales.map((info) =>
        el(
          "option",
          { value: info.code, lang: info.code, dir: info.direction, selected: info.code === value },
          info.endonym,
        ),
      ),
    ),
  );
}

/**
 * The outreach worker's view: the reader's language and the helper's, side by side, aligned section
 * by section (stacked section by section on a narrow screen). Each block carries its own `lang` and
 * `dir`, and fallback text is marked in both, in each column's own language.
 */
/** In the two-language view, the reader's language plays, so the phone can be handed over with
 * headphones; its rows are marked as they are read. */
function readerListening(article, strings) {
  const spoken = [
    article.summaryAudio ? { id: "title", clip: article.summaryAudio, title: plainText(article.summary) } : null,
    ...article.sections.map((s) => (s.audio ? { id: s.id, clip: s.audio, title: plainText(s.heading) } : null)),
  ].filter(Boolean);
  if (!spoken.length) return null;
  const panel = listening(spoken, strings, { allLabel: strings["listen-article"], id: "dual-listen" }).panel;
  panel.lang = article.locale;
  panel.dir = article.dir;
  return panel;
}

/** In the two-language view: the self-check, started in the reader's language, to hand over. */
async function selfCheckForReader(app, reader) {
  const check = await api.selfCheck(reader).catch(() => null);
  if (!check) return null;
  const direction = app.state.locales.find((l) => l.code === reader)?.direction ?? "ltr";
  return el(
    "button",
    {
      type: "button",
      class: "wide-button",
      id: "dual-self-check",
      lang: reader,
      dir: direction,
      onclick: () => app.show("check", { step: 0, locale: reader }),
    },
    icon("self-check"),
    plainText(check.title),
  );
}

export async function dual(app, { id, reader, helper }) {
  const { strings } = app.state;
  const [readerArticle, helperArticle, readerStrings, helperStrings, readerServices, helperServices] =
    await Promise.all([
      api.article(reader, id),
      api.article(helper, id),
      app.stringsFor(reader),
      app.stringsFor(helper),
      api.directory(reader),
      api.directory(helper),
    ]);
  const columns = [
    { locale: reader, article: readerArticle, strings: readerStrings, services: readerServices, role: "reader" },
    { locale: helper, article: helperArticle, strings: helperStrings, services: helperServices, role: "helper" },
  ];
  const direction = (code) => app.state.locales.find((l) => l.code === code)?.direction ?? "ltr";
  const cell = (column, children, extraClass = "") =>
    el(
      "div",
      {
        class: `dual-cell dual-${column.role} ${extraClass}`.trim(),
        lang: column.locale,
        dir: direction(column.locale),
        "data-locale": column.locale,
      },
      children,
    );
  const row = (key, makeCell) =>
    el("div", { class: "dual-row", "data-row": key, "data-listen-target": key }, columns.map((column) => makeCell(column)));

  const rows = [
    row("title", (c) =>
      cell(c, [
        el(
          "h2",
          { class: "dual-title", ...langAttributes(c.article.title, c.locale) },
          icon(c.article.icon, "title-icon-small"),
          el("span", { class: "heading-text" }, spans(c.article.title)),
        ),
        textElement("p", c.article.summary, c.locale, { class: "summary" }),
        c.article.title.isFallback || c.article.summary.isFallback ? fallbackNotice(c.strings) : null,
      ]),
    ),
  ];
  // Both articles have the sections of the reference, in its order; a section missing from one is
  // left empty in that column, so the rows stay aligned.
  const sectionIds = [...new Set(columns.flatMap((c) => c.article.sections.map((s) => s.id)))];
  for (const sectionId of sectionIds) {
    rows.push(
      row(sectionId, (c) => {
        const part = c.article.sections.find((s) => s.id === sectionId);
        if (!part) return cell(c, []);
        const fallback = isSectionFallback(part);
        return cell(
          c,
          [
            textElement("h3", part.heading, c.locale),
            fallback ? fallbackNotice(c.strings) : null,
            part.blocks.map((b) => block(b, c.locale, c.strings)),
          ],
          fallback ? "is-fallback" : "",
        );
      }),
    );
  }
  rows.push(
    row("numbers", (c) =>
      cell(c, [phoneNumbers(c.services, c.strings, c.locale, `numbers-heading-${c.role}`, "h3")]),
    ),
  );

  const setColumn = (changed) =>
    app.show("dual", { id, reader, helper, ...changed }, { replace: true });
  return [
    backButton(app),
    articleTools(app, { dual: null }),
    leafletHeader(app),
    el("h1", { class: "article-title dual-heading" }, icon("dual", "title-icon"), strings["two-languages"]),
    el("p", { class: "dual-explained" }, strings["dual-explained"]),
    el(
      "div",
      { class: "dual-languages", role: "group", "aria-label": strings["two-languages"] },
      columnLanguage(app, {
        id: "reader-language",
        label: strings["dual-reader-language"],
        value: reader,
        onChange: (code) => setColumn({ reader: code }),
      }),
      columnLanguage(app, {
        id: "helper-language",
        label: strings["dual-helper-language"],
        value: helper,
        onChange: (code) => {
          app.rememberSecondLocale(code);
          setColumn({ helper: code });
        },
      }),
    ),
    emergencyStrip(readerServices, strings),
    readerListening(readerArticle, readerStrings),
    await selfCheckForReader(app, reader),
    el("div", { class: "dual", id: "dual" }, rows),
    leafletFooter(app),
  ];
}

/** A button to the settings' "Listening", where the voice of the reader's language is downloaded;
 * nothing when no voice can be had for it. */
async function voiceLink(app) {
  const { strings, locale } = app.state;
  const offer = await api.voiceOffer(locale).catch(() => null);
  if (!offer || !["unknown", "available"].includes(offer.state)) return null;
  return el(
    "button",
    { type: "button", class: "tool get-voice", id: "get-voice", onclick: () => app.show("settings", { section: "voice" }) },
    icon("download"),
    strings[offer.state === "available" ? "voice-download" : "voice-look"],
    offer.bytes == null ? null : el("span", { class: "button-detail" }, formatBytes(offer.bytes, locale)),
  );
}
