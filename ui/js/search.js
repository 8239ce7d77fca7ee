// Search across every article, in the reader's language and, marked, in the reference language. The
// query lives only in this screen's memory (and its place on the back stack); it is never stored.

import { api } from "./api.js";
import { el, icon } from "./dom.js";
import { excerpt, langAttributes, plainText } from "./render.js";
import { backButton } from "./views.js";

/** How long typing must pause before the search runs, in milliseconds. */
const TYPING_PAUSE = 250;

export function search(app, { query = "" } = {}) {
  const { strings, locale } = app.state;
  const results = el("ol", { class: "results", id: "search-results" });
  const summary = el("p", { class: "results-summary", id: "search-summary", role: "status" });
  let timer = null;
  let latest = 0;

  const run = async (text) => {
    const asked = ++latest;
    app.replaceParams({ query: text });
    if (!text.trim()) {
      results.replaceChildren();
      summary.textContent = "";
      delete results.dataset.query;
      return;
    }
    const hits = await api.search(locale, text);
    if (asked !== latest) return; // a newer query has been typed meanwhile
    results.replaceChildren(...hits.map((hit) => result(app, hit)));
    results.dataset.query = text;
    summary.textContent = hits.length ? `${strings["search-found"]} ${hits.length}` : strings["search-nothing-found"];
  };

  const input = el("input", {
    type: "search",
    id: "search-input",
    class: "search",
    value: query,
    autocomplete: "off",
    autocapitalize: "off",
    spellcheck: "false",
    "aria-describedby": "search-hint",
    oninput: (event) => {
      clearTimeout(timer);
      timer = setTimeout(() => run(event.target.value), TYPING_PAUSE);
    },
  });
  const form = el(
    "form",
    {
      class: "search-form",
      role: "search",
      onsubmit: (event) => {
        event.preventDefault();
        clearTimeout(timer);
        run(input.value);
      },
    },
    el("label", { for: "search-input", class: "search-label" }, strings["search-label"]),
    el(
      "div",
      { class: "search-row" },
      input,
      el("button", { type: "submit", class: "search-button", id: "search-submit" }, icon("search"), strings.search),
    ),
    el("p", { class: "hint", id: "search-hint" }, strings["search-hint"]),
  );
  if (query) run(query);
  app.afterRender(() => input.focus());
  return [
    backButton(app),
    el("h1", {}, icon("search", "title-icon"), strings.search),
    form,
    summary,
    results,
  ];
}

/** One hit: the article and the section it is in, with the words around the match. */
function result(app, hit) {
  const { strings, locale, locales } = app.state;
  const found = locales.find((l) => l.code === hit.excerpt.lang);
  return el(
    "li",
    { class: `result${hit.inReference ? " in-reference" : ""}`, "data-article": hit.article, "data-section": hit.section ?? "" },
    el(
      "button",
      {
        type: "button",
        class: "result-button",
        onclick: () => app.show("article", { id: hit.article, section: hit.section }),
      },
      icon(hit.icon, "result-icon"),
      el(
        "span",
        { class: "result-text" },
        el("span", { class: "result-article", ...langAttributes(hit.articleTitle, locale) }, plainText(hit.articleTitle)),
        hit.sectionHeading
          ? el("span", { class: "result-section", ...langAttributes(hit.sectionHeading, locale) }, plainText(hit.sectionHeading))
          : null,
        hit.inReference
          ? el(
              "span",
              { class: "result-language" },
              icon("not-translated", "notice-icon"),
              strings["search-in-reference"],
              " ",
              found ? el("span", { lang: found.code, dir: found.direction }, found.endonym) : null,
            )
          : null,
        excerpt(hit.excerpt),
      ),
    ),
  );
}
