// Turns the engine's structured text and blocks into DOM. Every piece of text carries the locale it
// is in; text that fell back to another locale is marked so the reader knows it is not translated.

import { api } from "./api.js";
import { el, icon } from "./dom.js";

const CHANNEL_ICONS = { call: "phone", sms: "sms", email: "email", web: "web" };

/** A tappable contact link: phone numbers open the dialler, addresses open the mail or web app. */
export function contactLink(contact, label = contact.label, extraClass = "") {
  return el(
    "a",
    {
      href: contact.href,
      class: `contact contact-${contact.channel} ${extraClass}`.trim(),
      dir: "ltr",
      "data-service": contact.serviceId,
      onclick: (event) => {
        event.preventDefault();
        api.openContact(contact.href).catch(() => {});
      },
    },
    icon(CHANNEL_ICONS[contact.channel] ?? "phone", "contact-icon"),
    el("span", {}, label),
  );
}

/** Text spans as inline nodes: plain text and contact links. */
export function spans(text) {
  return text.spans.map((span) =>
    span.type === "contact" ? contactLink(span.contact) : document.createTextNode(span.text),
  );
}

/** The text with contacts as their labels, for places where a link cannot go. */
export function plainText(text) {
  return text.spans.map((span) => (span.type === "contact" ? span.contact.label : span.text)).join("");
}

/** Attributes that say which language a piece of text is in, when it differs from its container's. */
export function langAttributes(text, pageLocale) {
  if (text.lang === pageLocale) return {};
  return { lang: text.lang, dir: text.dir, "data-fallback": text.isFallback ? "true" : null };
}

export function textElement(tag, text, pageLocale, extra = {}) {
  return el(tag, { ...langAttributes(text, pageLocale), ...extra }, spans(text));
}

/** The big button of a service: its name, what it does, and its number. */
export function serviceAction(contact, service, pageLocale, strings) {
  return el(
    "div",
    { class: `action-card kind-${service.kind}` },
    icon(`kind-${service.kind}`, "action-icon"),
    el(
      "div",
      { class: "action-text" },
      textElement("p", service.name, pageLocale, { class: "action-name" }),
      service.description
        ? textElement("p", service.description, pageLocale, { class: "action-description" })
        : null,
    ),
    contactLink(
      contact,
      [strings[contact.channel === "call" ? "call" : "open-website"] ?? "", contact.label]
        .filter(Boolean)
        .join(" "),
      "action-button",
    ),
  );
}

export function block(block, pageLocale, strings) {
  switch (block.type) {
    case "paragraph":
      return textElement("p", block.text, pageLocale);
    case "important":
      return el(
        "div",
        { class: "important", role: "note" },
        icon("important", "important-icon"),
        textElement("p", block.text, pageLocale),
      );
    case "list":
      return el(
        "ul",
        {},
        block.items.map((item) => textElement("li", item, pageLocale)),
      );
    case "action":
      return serviceAction(block.contact, block.service, pageLocale, strings);
    default:
      return null;
  }
}

export function isBlockFallback(block) {
  switch (block.type) {
    case "list":
      return block.items.some((t) => t.isFallback);
    case "action":
      return block.service.name.isFallback;
    default:
      return block.text.isFallback;
  }
}

export function isSectionFallback(section) {
  return section.heading.isFallback || section.blocks.some(isBlockFallback);
}

/** The notice on text that is not yet translated, in the language of the `strings` given. */
export function fallbackNotice(strings) {
  return el(
    "p",
    { class: "fallback-notice", role: "note" },
    icon("not-translated", "notice-icon"),
    strings["not-translated"],
  );
}

/**
 * The emergency call, one tap away on every article: a strip with the emergency number. `services`
 * is the directory; nothing is drawn when the pack has no emergency number.
 */
export function emergencyStrip(services, strings) {
  const emergency = services.find((s) => s.kind === "emergency" && s.contacts.length > 0);
  if (!emergency) return null;
  const contact = emergency.contacts[0];
  return el(
    "aside",
    { class: "emergency-strip", "aria-label": strings["emergency-heading"] },
    icon("kind-emergency", "emergency-strip-icon"),
    el("p", { class: "emergency-strip-text" }, strings["emergency-heading"]),
    contactLink(contact, `${strings.call} ${contact.label}`, "emergency-button"),
  );
}

/**
 * The numbers to call, at the end of every article and on its printed leaflet: each service with a
 * phone number, its name, and the number as a big button.
 */
export function phoneNumbers(services, strings, pageLocale, headingId, headingLevel = "h2") {
  const withPhone = services.filter((s) => s.contacts.some((c) => c.channel === "call"));
  if (withPhone.length === 0) return null;
  return el(
    "section",
    { class: "phone-numbers", "aria-labelledby": headingId },
    el(headingLevel, { id: headingId }, icon("phone", "title-icon-small"), strings["numbers-heading"]),
    el(
      "ul",
      { class: "number-list" },
      withPhone.map((service) => {
        const call = service.contacts.find((c) => c.channel === "call");
        return el(
          "li",
          { class: `number kind-${service.kind}`, "data-service": service.id },
          icon(`kind-${service.kind}`, "number-icon"),
          el(
            "span",
            { class: "number-text" },
            textElement("span", service.name, pageLocale, { class: "number-name" }),
            service.details.free ? el("span", { class: "free" }, strings["free-call"]) : null,
          ),
          contactLink(call, call.label, "number-button"),
        );
      }),
    ),
  );
}

/**
 * Text with its dates (2026-11-29) kept left to right: inside Arabic text the bidirectional
 * algorithm would otherwise show them as 29-11-2026.
 */
export function withIsolatedDates(text) {
  return text
    .split(/(\d{4}-\d{2}-\d{2})/)
    .filter(Boolean)
    .map((part) => (/^\d{4}-\d{2}-\d{2}$/.test(part) ? el("bdi", { dir: "ltr" }, part) : part));
}

/** A search excerpt with the match marked. */
export function excerpt(found) {
  return el(
    "span",
    { class: "excerpt", lang: found.lang, dir: found.dir },
    found.before,
    el("mark", {}, found.matched),
    found.after,
  );
}

/** A size in the reader's language: "7.9 MB", "46 kB". */
export function formatBytes(bytes, locale) {
  const [value, unit] = bytes >= 100_000 ? [bytes / 1e6, "megabyte"] : [Math.max(1, Math.round(bytes / 1e3)), "kilobyte"];
  try {
    return new Intl.NumberFormat(locale, { style: "unit", unit, maximumFractionDigits: 1 }).format(value);
  } catch {
    return `${value.toFixed(1)} ${unit === "megabyte" ? "MB" : "kB"}`;
  }
}
