// The self-check "Is this happening to me?": one question per screen, answered yes, no or not sure,
// then how many signs the reader said yes to, in words that do not diagnose, and whom to call.
//
// The answers live only in `app.checkAnswers`, in this page's memory: no command receives them (the
// engine sent every possible result in advance), nothing stores them, and leaving (quick exit, the
// cover, another screen from the bar) forgets them.

import { api } from "./api.js";
import { el, icon } from "./dom.js";
import { block, fallbackNotice, isSectionFallback, langAttributes, plainText, spans, textElement } from "./render.js";
import { listening } from "./listen.js";
import { backButton } from "./views.js";

const ANSWERS = [
  { value: "yes", string: "check-yes", icon: "check-yes" },
  { value: "no", string: "check-no", icon: "check-no" },
  { value: "not-sure", string: "check-not-sure", icon: "check-not-sure" },
];

/**
 * One screen of the self-check. `step` 0 is the introduction, 1 to n the questions, n + 1 the result.
 * `locale` is the reader's language when an outreach worker starts it from the two-language view.
 */
export async function selfCheck(app, { step = 0, locale = app.state.locale } = {}) {
  const [check, strings] = await Promise.all([api.selfCheck(locale), app.stringsFor(locale)]);
  if (step === 0) app.checkAnswers = [];
  const total = check.questions.length;
  const go = (next) => app.show("check", { step: next, locale }, { replace: true });
  const wrap = (children) =>
    el(
      "div",
      { class: "self-check", id: "self-check", lang: check.locale, dir: check.dir, "data-step": String(step) },
      children,
    );

  if (step === 0) {
    return [
      backButton(app),
      wrap([
        el("h1", { ...langAttributes(check.title, locale) }, icon("self-check", "title-icon"), el("span", { class: "heading-text" }, spans(check.title))),
        textElement("p", check.summary, locale, { class: "summary", "data-listen-target": "summary" }),
        textElement("p", check.intro, locale, { class: "check-intro", "data-listen-target": "intro" }),
        spokenPanel(
          [
            check.summaryAudio ? { id: "summary", clip: check.summaryAudio, title: plainText(check.summary) } : null,
            check.introAudio ? { id: "intro", clip: check.introAudio, title: plainText(check.intro) } : null,
          ],
          strings,
        ),
        el(
          "button",
          { type: "button", class: "check-start", id: "check-start", onclick: () => go(1) },
          icon("next", "icon-next"),
          strings["check-start"],
        ),
      ]),
    ];
  }

  if (step <= total) {
    const question = check.questions[step - 1];
    const answer = (value) => {
      app.checkAnswers[step - 1] = value;
      go(step + 1);
    };
    return [
      backButton(app),
      wrap([
        progress(step - 1, total, strings),
        el("img", { src: `icons/${question.icon}.svg`, alt: "", class: "icon check-pictogram" }),
        el(
          "h1",
          {
            class: "check-question",
            id: "check-question",
            "data-question": question.id,
            "data-listen-target": question.id,
            ...langAttributes(question.text, locale),
          },
          spans(question.text),
        ),
        question.text.isFallback ? fallbackNotice(strings) : null,
        spokenPanel([question.audio ? { id: question.id, clip: question.audio, title: plainText(question.text) } : null], strings),
        el(
          "div",
          { class: "check-answers", role: "group", "aria-labelledby": "check-question" },
          ANSWERS.map((a) =>
            el(
              "button",
              {
                type: "button",
                class: `check-answer check-${a.value}`,
                "data-answer": a.value,
                "aria-pressed": String(app.checkAnswers[step - 1] === a.value),
                onclick: () => answer(a.value),
              },
              icon(a.icon, "answer-icon"),
              strings[a.string],
            ),
          ),
        ),
        step > 1
          ? el(
              "button",
              { type: "button", class: "tool check-previous", id: "check-previous", onclick: () => go(step - 1) },
              icon("back", "icon-back"),
              strings["check-previous"],
            )
          : null,
      ]),
    ];
  }

  const yes = app.checkAnswers.filter((a) => a === "yes").length;
  const unsure = app.checkAnswers.filter((a) => a === "not-sure").length;
  const help = check.help;
  return [
    backButton(app),
    wrap([
      progress(total, total, strings),
      el("h1", { ...langAttributes(check.title, locale) }, icon("self-check", "title-icon"), el("span", { class: "heading-text" }, spans(check.title))),
      el(
        "div",
        { class: "check-result", id: "check-result", role: "status" },
        textElement("p", check.results[yes], locale, { class: "check-count", "data-count": String(yes) }),
        unsure > 0 ? textElement("p", check.unsure[unsure - 1], locale, { class: "check-unsure" }) : null,
      ),
      el(
        "section",
        { class: `article-section${isSectionFallback(help) ? " is-fallback" : ""}`, "data-section": "help" },
        textElement("h2", help.heading, locale),
        isSectionFallback(help) ? fallbackNotice(strings) : null,
        help.blocks.map((b) => block(b, locale, strings)),
      ),
      el(
        "button",
        { type: "button", class: "wide-button", id: "check-read-signs", onclick: () => app.show("article", { id: check.article }) },
        icon("signs"),
        strings["check-read-signs"],
      ),
      el(
        "button",
        { type: "button", class: "tool", id: "check-again", onclick: () => go(0) },
        icon("update"),
        strings["check-again"],
      ),
    ]),
  ];
}

/** A big "Listen" button for what of this screen has a voice in the language; nothing when none has. */
function spokenPanel(items, strings) {
  const spoken = items.filter(Boolean);
  return spoken.length ? listening(spoken, strings, { allLabel: strings.listen, id: "listen-check" }).panel : null;
}

/** How far the reader is: a bar, and "3 / 12" as numbers that read the same in every language. */
function progress(done, total, strings) {
  const filled = el("span", { class: "check-bar-done" });
  // Through the CSSOM, which the strict content security policy allows (a style attribute it does not).
  filled.style.inlineSize = `${total ? (100 * done) / total : 0}%`;
  return el(
    "div",
    { class: "check-progress" },
    el(
      "div",
      {
        class: "check-bar",
        role: "progressbar",
        "aria-label": strings["check-progress"],
        "aria-valuemin": "0",
        "aria-valuemax": String(total),
        "aria-valuenow": String(done),
      },
      filled,
    ),
    el("bdi", { dir: "ltr", class: "check-count-numbers" }, `${done} / ${total}`),
  );
}
