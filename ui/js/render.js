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
    label,
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

/** Attributes that say which language a piece of text is in, when it differs from the page's. */
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

/** The notice on text that is not yet translated. */
export function fallbackNotice(strings) {
  return el(
    "p",
    { class: "fallback-notice", role: "note" },
    icon("not-translated", "notice-icon"),
    strings["not-translated"],
  );
}

