//! The self-check "Is this happening to me?" as a web page, and its tile on the home screen.
//!
//! Without scripts the page is a plain text a reader can go through alone: the introduction, every
//! question with its pictogram, what the signs mean with the numbers to call, and the article on the
//! signs. It has no form and counts nothing, so it never claims a result it cannot give.
//!
//! With scripts (`self-check.js`) the same page asks one question per screen, as the app does. Every
//! sentence the result can need is already in the page, formatted by [`haven_library`] in
//! `<template>`s; the script only counts and picks one. So the answers stay in one variable of the
//! page: no request, no storage, no address carries them.

use maud::{html, Markup};

use haven_library::{SelfCheck, Text};

use super::html::{block, fallback_notice, lang_attributes, section_is_fallback, spans, Context};

/// The answers, in the app's order: the value the script counts, its interface string, its pictogram.
const ANSWERS: [(&str, &str, &str); 3] = [
    ("yes", "check-yes", "check-yes"),
    ("no", "check-no", "check-no"),
    ("not-sure", "check-not-sure", "check-not-sure"),
];

/// The home screen's tile, one tap from the emergency number, as in the app.
pub fn tile(ctx: &Context<'_>, check: &SelfCheck, href: &str) -> Markup {
    let title = lang_attributes(&check.title, ctx.locale);
    let summary = lang_attributes(&check.summary, ctx.locale);
    html! {
        a class="topic self-check-tile" id="open-self-check" href=(href) {
            (ctx.icon("self-check", "topic-icon"))
            span class="topic-text" {
                span class="topic-title" lang=[title.lang] dir=[title.dir] data-fallback=[title.fallback] {
                    (check.title.plain())
                }
                span class="topic-summary" lang=[summary.lang] dir=[summary.dir] data-fallback=[summary.fallback] {
                    (check.summary.plain())
                }
            }
        }
    }
}

/// The page: `home` and `signs` are the links to the home screen and to the article on the signs.
pub fn page(ctx: &Context<'_>, check: &SelfCheck, home: &str, signs: &str) -> Markup {
    let title = lang_attributes(&check.title, ctx.locale);
    let total = check.questions.len();
    let introduction_is_fallback =
        check.title.is_fallback || check.summary.is_fallback || check.intro.is_fallback;
    let a_question_is_fallback = check.questions.iter().any(|q| q.text.is_fallback);
    let help = &check.help;
    let help_is_fallback = section_is_fallback(help);
    let help_heading = lang_attributes(&help.heading, ctx.locale);
    html! {
        a class="back" id="back" href=(home) { (ctx.icon("back", "icon-back")) (ctx.t("home")) }
        div class="self-check" id="self-check" data-step="0" data-total=(total) {
            h1 lang=[title.lang] dir=[title.dir] data-fallback=[title.fallback] {
                (ctx.icon("self-check", "title-icon"))
                span class="heading-text" { (spans(ctx, &check.title)) }
            }
            div class="check-intro-screen" id="check-intro" {
                p class="review-status" id="review-status" {
                    (ctx.icon("review", "notice-icon"))
                    (ctx.t(check.review.message_id()))
                }
                (text_paragraph(ctx, &check.summary, "summary"))
                (text_paragraph(ctx, &check.intro, "check-intro"))
                @if introduction_is_fallback { (fallback_notice(ctx)) }
                // Shown by the script, which is the only thing that can count.
                button type="button" class="check-start" id="check-start" hidden {
                    (ctx.icon("next", "icon-next")) (ctx.t("check-start"))
                }
                div id="check-questions" {
                ol class="check-list" id="check-list" {
                    @for question in &check.questions {
                        @let text = lang_attributes(&question.text, ctx.locale);
                        li class="check-item" data-question=(question.id) {
                            (ctx.icon(&question.icon, "check-item-icon"))
                            span class="check-item-text" lang=[text.lang] dir=[text.dir] data-fallback=[text.fallback] {
                                (spans(ctx, &question.text))
                            }
                        }
                    }
                }
                @if a_question_is_fallback { (fallback_notice(ctx)) }
                }
            }
            (progress(ctx, total))
            div class="check-step" id="check-step" hidden {
                div class="check-pictogram-place" id="check-pictogram" {}
                h2 class="check-question" id="check-question" tabindex="-1" {}
                div id="check-question-fallback" hidden { (fallback_notice(ctx)) }
                div class="check-answers" role="group" aria-labelledby="check-question" {
                    @for (value, string, icon) in ANSWERS {
                        button type="button" class={ "check-answer check-" (value) } data-answer=(value)
                            aria-pressed="false" {
                            (ctx.icon(icon, "answer-icon")) (ctx.t(string))
                        }
                    }
                }
                button type="button" class="tool check-previous" id="check-previous" hidden {
                    (ctx.icon("back", "icon-back")) (ctx.t("check-previous"))
                }
            }
            div class="check-result" id="check-result" tabindex="-1" hidden {}
            section class={ "article-section check-help" @if help_is_fallback { " is-fallback" } }
                id="check-help" data-section="help" aria-labelledby="check-help-heading" {
                h2 id="check-help-heading" lang=[help_heading.lang] dir=[help_heading.dir]
                    data-fallback=[help_heading.fallback] {
                    (spans(ctx, &help.heading))
                }
                @if help_is_fallback { (fallback_notice(ctx)) }
                @for b in &help.blocks { (block(ctx, b)) }
            }
            a class="wide-button" id="check-read-signs" href=(signs) {
                (ctx.icon("signs", "")) (ctx.t("check-read-signs"))
            }
            button type="button" class="tool" id="check-again" hidden {
                (ctx.icon("update", "")) (ctx.t("check-again"))
            }
            // Every sentence the result can need, never shown as they are: the script copies one.
            template id="check-results" {
                @for (count, result) in check.results.iter().enumerate() {
                    (counted_paragraph(ctx, result, "check-count", count))
                }
            }
            template id="check-unsure" {
                @for (index, unsure) in check.unsure.iter().enumerate() {
                    (counted_paragraph(ctx, unsure, "check-unsure", index + 1))
                }
            }
        }
    }
}

/// How far the reader is: a bar, and "3 / 12" in digits that read the same in every language.
/// Hidden until the script starts; it fills the bar through the CSSOM, which the policy allows.
fn progress(ctx: &Context<'_>, total: usize) -> Markup {
    html! {
        div class="check-progress" id="check-progress" hidden {
            div class="check-bar" id="check-bar" role="progressbar" aria-label=(ctx.t("check-progress"))
                aria-valuemin="0" aria-valuemax=(total) aria-valuenow="0" {
                span class="check-bar-done" id="check-bar-done" {}
            }
            bdi dir="ltr" class="check-count-numbers" id="check-count-numbers" { "0 / " (total) }
        }
    }
}

fn text_paragraph(ctx: &Context<'_>, text: &Text, class: &str) -> Markup {
    let a = lang_attributes(text, ctx.locale);
    html! { p class=(class) lang=[a.lang] dir=[a.dir] data-fallback=[a.fallback] { (spans(ctx, text)) } }
}

/// One sentence of the result, with the count it is for: `data-count="2"` is said for two yes
/// answers in `#check-results`, for two questions not sure about in `#check-unsure`.
fn counted_paragraph(ctx: &Context<'_>, text: &Text, class: &str, count: usize) -> Markup {
    let a = lang_attributes(text, ctx.locale);
    html! {
        p class=(class) data-count=(count) lang=[a.lang] dir=[a.dir] data-fallback=[a.fallback] {
            (spans(ctx, text))
        }
    }
}
