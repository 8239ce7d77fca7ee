//! The engine's text and blocks as HTML: what `ui/js/render.js` does with the DOM, done with maud's
//! templates, which escape every piece of text and attribute. The classes are the app's, so the
//! app's stylesheet draws the web edition too.

use std::collections::BTreeMap;

use maud::{html, Markup};

use haven_format::services_file::{Channel, Contact};
use haven_library::{Block, Direction, Section, ServiceCard, ServiceEntry, Span, Text};

use super::{assets, ASSETS_DIR, WEB_DIR};

/// What every template of one page needs: the page's locale, its interface strings, and the way
/// back to the top of the site from where the page is.
pub struct Context<'a> {
    pub locale: &'a str,
    pub strings: &'a BTreeMap<String, String>,
    /// `../../` for a page in `web/<locale>/`: prefixes every link to another file of the site.
    pub root: String,
}

impl Context<'_> {
    /// An interface string; an id missing even from the reference shows nothing rather than the id.
    pub fn t(&self, id: &str) -> &str {
        self.strings.get(id).map_or("", String::as_str)
    }

    /// A link to `path`, relative to the top of the site.
    pub fn href(&self, path: &str) -> String {
        format!("{}{path}", self.root)
    }

    /// A decorative pictogram of the app, or nothing when the app has none of that name.
    pub fn icon(&self, name: &str, class: &str) -> Markup {
        if !assets::has_icon(name) {
            return html! {};
        }
        let src = self.href(&format!("{WEB_DIR}/{ASSETS_DIR}/icons/{name}.svg"));
        html! { img class={ "icon " (class) } src=(src) alt=""; }
    }
}

pub fn direction(direction: Direction) -> &'static str {
    match direction {
        Direction::Ltr => "ltr",
        Direction::Rtl => "rtl",
    }
}

fn channel(channel: Channel) -> &'static str {
    match channel {
        Channel::Call => "call",
        Channel::Sms => "sms",
        Channel::Email => "email",
        Channel::Web => "web",
    }
}

fn channel_icon(channel: Channel) -> &'static str {
    match channel {
        Channel::Call => "phone",
        Channel::Sms => "sms",
        Channel::Email => "email",
        Channel::Web => "web",
    }
}

/// `lang`, `dir` and the fallback mark of a piece of text, when its language is not the page's.
pub struct LangAttributes {
    pub lang: Option<String>,
    pub dir: Option<&'static str>,
    pub fallback: Option<&'static str>,
}

pub fn lang_attributes(text: &Text, page_locale: &str) -> LangAttributes {
    if text.lang == page_locale {
        return LangAttributes { lang: None, dir: None, fallback: None };
    }
    LangAttributes {
        lang: Some(text.lang.clone()),
        dir: Some(direction(text.dir)),
        fallback: text.is_fallback.then_some("true"),
    }
}

/// A tappable contact: `tel:` opens the dialler, `sms:` the messages, `mailto:` the mail app.
pub fn contact_link(ctx: &Context<'_>, contact: &Contact, label: &str, class: &str) -> Markup {
    let channel_name = channel(contact.channel);
    html! {
        a class={ "contact contact-" (channel_name) " " (class) } href=(contact.href) dir="ltr"
            data-service=(contact.service_id) {
            (ctx.icon(channel_icon(contact.channel), "contact-icon"))
            span { (label) }
        }
    }
}

/// Text spans: plain text, and contact links.
pub fn spans(ctx: &Context<'_>, text: &Text) -> Markup {
    html! {
        @for span in &text.spans {
            @match span {
                Span::Text { text } => (text),
                Span::Contact { contact } => (contact_link(ctx, contact, &contact.label, "")),
            }
        }
    }
}

/// A paragraph (or other element) of text in its own language.
pub fn paragraph(ctx: &Context<'_>, text: &Text, class: Option<&str>) -> Markup {
    let a = lang_attributes(text, ctx.locale);
    html! { p class=[class] lang=[a.lang] dir=[a.dir] data-fallback=[a.fallback] { (spans(ctx, text)) } }
}

/// The notice on text that is not yet translated, in the page's language.
pub fn fallback_notice(ctx: &Context<'_>) -> Markup {
    html! {
        p class="fallback-notice" role="note" {
            (ctx.icon("not-translated", "notice-icon"))
            (ctx.t("not-translated"))
        }
    }
}

/// The big button of a service: its name, what it does, and its number.
pub fn service_action(ctx: &Context<'_>, contact: &Contact, service: &ServiceCard) -> Markup {
    let verb = if contact.channel == Channel::Call { ctx.t("call") } else { ctx.t("open-website") };
    let label =
        if verb.is_empty() { contact.label.clone() } else { format!("{verb} {}", contact.label) };
    let kind = kind_name(service);
    html! {
        div class={ "action-card kind-" (kind) } {
            (ctx.icon(&format!("kind-{kind}"), "action-icon"))
            div class="action-text" {
                (paragraph(ctx, &service.name, Some("action-name")))
                @if let Some(description) = &service.description {
                    (paragraph(ctx, description, Some("action-description")))
                }
            }
            (contact_link(ctx, contact, &label, "action-button"))
        }
    }
}

pub fn kind_name(service: &ServiceCard) -> String {
    serde_json::to_value(service.kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

pub fn block(ctx: &Context<'_>, block: &Block) -> Markup {
    match block {
        Block::Paragraph { text } => paragraph(ctx, text, None),
        Block::Important { text } => html! {
            div class="important" role="note" {
                (ctx.icon("important", "important-icon"))
                (paragraph(ctx, text, None))
            }
        },
        Block::List { items } => html! {
            ul {
                @for item in items {
                    @let a = lang_attributes(item, ctx.locale);
                    li lang=[a.lang] dir=[a.dir] data-fallback=[a.fallback] { (spans(ctx, item)) }
                }
            }
        },
        Block::Action { contact, service } => service_action(ctx, contact, service),
    }
}

pub fn section_is_fallback(section: &Section) -> bool {
    section.heading.is_fallback || section.blocks.iter().any(Block::is_fallback)
}

/// A source as the app lists it: its title, then its address (a link on the web, where it costs a
/// reader nothing to check it).
pub fn source_item(title: &str, url: &str) -> Markup {
    html! {
        li {
            span class="source-title" { (title) }
            " "
            @if haven_format::services_file::is_https_url(url) {
                a class="source-url" href=(url) rel="noreferrer" { (url) }
            } @else {
                span class="source-url" { (url) }
            }
        }
    }
}

/// One service of the directory: as `serviceEntry` in `ui/js/views.js`.
/// The name is a heading of the third level: the directory groups services under their kind.
pub fn service_entry(ctx: &Context<'_>, entry: &ServiceEntry) -> Markup {
    let card = &entry.card;
    let kind = kind_name(card);
    let name = lang_attributes(&card.name, ctx.locale);
    let labels: Vec<(&Contact, &str)> = entry
        .contacts
        .iter()
        .enumerate()
        .map(|(index, contact)| {
            let label = match contact.channel {
                Channel::Call if index > 0 => ctx.t("call-from-foreign-phone"),
                Channel::Call => ctx.t("call"),
                Channel::Sms => ctx.t("send-sms"),
                Channel::Email => ctx.t("send-email"),
                Channel::Web => ctx.t("open-website"),
            };
            (contact, label)
        })
        .collect();
    html! {
        article class={ "service kind-" (kind) } id={ "service-" (card.id) } {
            h3 lang=[name.lang] dir=[name.dir] data-fallback=[name.fallback] {
                (ctx.icon(&format!("kind-{kind}"), "service-icon"))
                span class="heading-text" { (spans(ctx, &card.name)) }
            }
            @if entry.details.free { p class="free" { (ctx.t("free-call")) } }
            @if let Some(description) = &card.description { (paragraph(ctx, description, None)) }
            @if labels.is_empty() {
                p class="no-number" { (ctx.t("no-number")) }
            } @else {
                ul class="contacts" {
                    @for (contact, label) in &labels {
                        li {
                            span class="contact-label" { (label) }
                            " "
                            (contact_link(ctx, contact, &contact.label, ""))
                        }
                    }
                }
            }
            @if let Some(access) = &card.access { (paragraph(ctx, access, Some("access"))) }
        }
    }
}

/// Dates (2026-11-29) kept left to right: inside Arabic text the bidirectional algorithm would
/// otherwise show them as 29-11-2026.
pub fn with_isolated_dates(text: &str) -> Markup {
    let mut parts = Vec::new();
    let mut rest = text;
    while let Some(at) = find_date(rest) {
        parts.push((false, &rest[..at]));
        parts.push((true, &rest[at..at + 10]));
        rest = &rest[at + 10..];
    }
    parts.push((false, rest));
    html! {
        @for (is_date, part) in parts {
            @if is_date { bdi dir="ltr" { (part) } } @else { (part) }
        }
    }
}

fn find_date(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    (0..bytes.len().saturating_sub(9)).find(|&i| {
        let d = &bytes[i..i + 10];
        d.iter()
            .enumerate()
            .all(|(k, c)| if k == 4 || k == 7 { *c == b'-' } else { c.is_ascii_digit() })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_isolated_left_to_right() {
        let markup = with_isolated_dates("checked 2026-12-02.").into_string();
        assert_eq!(markup, "checked <bdi dir=\"ltr\">2026-12-02</bdi>.");
        assert_eq!(with_isolated_dates("no date").into_string(), "no date");
    }
}
