//! The pages: the language picker, and in every locale the home screen, each article, the
//! directory, the self-check where the pack has one, the page about this website, and "keep this on
//! my phone". Each is laid out as the app lays out the same screen (`ui/js/views.js`,
//! `ui/js/article.js`, `ui/js/self-check.js`), with links for buttons.

use std::collections::BTreeMap;

use maud::{html, Markup, DOCTYPE};

use haven_format::services_file::{Channel, Contact};
use haven_library::{
    Article, DirectoryFilter, FluentArgs, InterfaceStrings, Library, LocaleInfo, ServiceEntry,
    ServiceKind,
};

use super::html::{
    block, contact_link, direction, fallback_notice, lang_attributes, paragraph,
    section_is_fallback, service_entry, source_item, spans, with_isolated_dates, Context,
};
use super::self_check;
use super::{WebError, ASSETS_DIR, CONTENT_SECURITY_POLICY, LEAVE_URL, PICKER_FILE, WEB_DIR};

/// The order of the directory's groups, as the app's filters.
const SERVICE_KINDS: [(ServiceKind, &str); 8] = [
    (ServiceKind::Emergency, "emergency"),
    (ServiceKind::Police, "police"),
    (ServiceKind::Hotline, "hotline"),
    (ServiceKind::Shelter, "shelter"),
    (ServiceKind::Legal, "legal"),
    (ServiceKind::Health, "health"),
    (ServiceKind::Support, "support"),
    (ServiceKind::Authority, "authority"),
];

/// One page of a locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    Home,
    Article(String),
    Directory,
    /// "Is this happening to me?", where the pack has one.
    SelfCheck,
    About,
    Keep,
}

impl Page {
    /// The page's file, relative to the output folder, in `locale`.
    pub fn path(&self, locale: &str) -> String {
        let file = match self {
            Page::Home => "index.html".to_owned(),
            Page::Article(id) => format!("articles/{id}.html"),
            Page::Directory => "directory.html".to_owned(),
            Page::SelfCheck => "self-check.html".to_owned(),
            Page::About => "about-this-site.html".to_owned(),
            Page::Keep => "keep.html".to_owned(),
        };
        format!("{WEB_DIR}/{locale}/{file}")
    }

    /// The way back to the top of the output folder from the page.
    fn root(&self) -> &'static str {
        match self {
            Page::Article(_) => "../../../",
            _ => "../../",
        }
    }
}

/// The pack and the interface strings, ready to render any page.
pub struct Site<'a> {
    library: &'a Library,
    strings: &'a InterfaceStrings,
    args: &'a FluentArgs<'a>,
}

impl<'a> Site<'a> {
    pub fn new(
        library: &'a Library,
        strings: &'a InterfaceStrings,
        args: &'a FluentArgs<'a>,
    ) -> Self {
        Site { library, strings, args }
    }

    /// Every page of a locale.
    pub fn pages(&self) -> Vec<Page> {
        let mut pages = vec![Page::Home, Page::Directory, Page::About, Page::Keep];
        if self.library.info().self_check.is_some() {
            pages.push(Page::SelfCheck);
        }
        pages.extend(self.library.info().articles.iter().map(|a| Page::Article(a.id.clone())));
        pages
    }

    fn strings_of(&self, locale: &str) -> BTreeMap<String, String> {
        self.strings.strings(locale, self.args)
    }

    /// The language picker, at the top of the site: each language's button in its own name only,
    /// and the heading in the reference language, which picker.js turns into the language the
    /// browser prefers, where the pack has it.
    pub fn picker(&self) -> Markup {
        let reference = self.library.reference_locale();
        let strings = self.strings_of(reference);
        let ctx = Context { locale: reference, strings: &strings, root: String::new() };
        let locales = self.library.locales();
        let info = self.library.info().locale(reference);
        // Each language's own words for the heading, for picker.js to show the one the browser
        // prefers: a reader who does not read the reference language is greeted in her own.
        let headings: Vec<String> = locales
            .iter()
            .map(|l| {
                let strings = self.strings_of(&l.code);
                strings.get("choose-language").cloned().unwrap_or_default()
            })
            .collect();
        let body = html! {
            h1 id="language-title" {
                (ctx.icon("language", "title-icon"))
                span id="language-heading" { (ctx.t("choose-language")) }
            }
            ul class="language-list" id="language-list" {
                @for (locale, heading) in locales.iter().zip(&headings) {
                    li {
                        a class="language" data-heading=(heading) href=(Page::Home.path(&locale.code)) lang=(locale.code)
                            hreflang=(locale.code) dir=(direction(locale.direction)) {
                            (locale.endonym)
                        }
                    }
                }
            }
        };
        let alternates: Vec<(String, String)> =
            locales.iter().map(|l| (l.code.clone(), Page::Home.path(&l.code))).collect();
        self.document(&ctx, info, ctx.t("choose-language"), &alternates, None, body)
    }

    /// A page of a locale.
    ///
    /// Fails when the library cannot show the locale or the article.
    pub fn render(&self, locale: &str, page: &Page) -> Result<Markup, WebError> {
        let strings = self.strings_of(locale);
        let ctx = Context { locale, strings: &strings, root: page.root().to_owned() };
        let info = self.library.info().locale(locale);
        let services = self.library.directory(locale, &DirectoryFilter::default())?;
        let (title, body) = match page {
            Page::Home => (ctx.t("app-name").to_owned(), self.home(&ctx, &services)?),
            Page::Article(id) => {
                let article = self.library.article(locale, id)?;
                (article.title.plain(), self.article(&ctx, &article, &services))
            }
            Page::Directory => (ctx.t("directory").to_owned(), self.directory(&ctx, &services)),
            Page::SelfCheck => {
                let check = self.library.self_check(locale)?;
                let home = ctx.href(&Page::Home.path(locale));
                let signs = ctx.href(&Page::Article(check.article.clone()).path(locale));
                (check.title.plain(), self_check::page(&ctx, &check, &home, &signs))
            }
            Page::About => (ctx.t("web-about").to_owned(), self.about(&ctx)),
            Page::Keep => (ctx.t("web-keep").to_owned(), self.keep(&ctx)),
        };
        let alternates: Vec<(String, String)> = self
            .library
            .locales()
            .iter()
            .filter(|l| l.code != locale)
            .map(|l| (l.code.clone(), ctx.href(&page.path(&l.code))))
            .collect();
        Ok(self.document(&ctx, info, &title, &alternates, Some(page), body))
    }

    /// The frame of every page: the head with its policy and alternates, the bar with the leave
    /// link in the app's place, the content, and the footer with the history notice.
    fn document(
        &self,
        ctx: &Context<'_>,
        info: Option<&LocaleInfo>,
        title: &str,
        alternates: &[(String, String)],
        page: Option<&Page>,
        body: Markup,
    ) -> Markup {
        let dir = info.map_or("ltr", |l| direction(l.direction));
        let asset = |name: &str| ctx.href(&format!("{WEB_DIR}/{ASSETS_DIR}/{name}"));
        let app_name = ctx.t("app-name");
        let full_title =
            if title == app_name { title.to_owned() } else { format!("{title} – {app_name}") };
        let home = page.map(|_| ctx.href(&Page::Home.path(ctx.locale)));
        html! {
            (DOCTYPE)
            html lang=(ctx.locale) dir=(dir) {
                head {
                    meta charset="utf-8";
                    meta name="viewport" content="width=device-width, initial-scale=1";
                    meta http-equiv="Content-Security-Policy" content=(CONTENT_SECURITY_POLICY);
                    meta name="referrer" content="no-referrer";
                    title { (full_title) }
                    link rel="stylesheet" href=(asset("styles.css"));
                    link rel="stylesheet" href=(asset("web.css"));
                    @for (code, href) in alternates {
                        link rel="alternate" hreflang=(code) href=(href);
                    }
                    link rel="alternate" hreflang="x-default" href=(ctx.href(PICKER_FILE));
                    script src=(asset("leave.js")) defer {}
                    @if page == Some(&Page::Keep) {
                        script src=(asset("keep.js")) defer {}
                    }
                    @if matches!(page, Some(Page::Article(_))) {
                        script src=(asset("print.js")) defer {}
                    }
                    @if page == Some(&Page::SelfCheck) {
                        script src=(asset("self-check.js")) defer {}
                    }
                    @if page.is_none() {
                        script src=(asset("picker.js")) defer {}
                    }
                }
                body {
                    header class="bar" id="bar" {
                        nav class="bar-nav" id="bar-nav" aria-label=(ctx.t("menu")) {
                            @if let Some(home) = &home {
                                a class="bar-button" id="nav-home" href=(home) {
                                    (ctx.icon("home", "")) span class="bar-label" { (ctx.t("home")) }
                                }
                            }
                            a class="bar-button" id="nav-language" href=(ctx.href(PICKER_FILE)) {
                                (ctx.icon("language", "")) span class="bar-label" { (ctx.t("change-language")) }
                            }
                            @if page.is_some() {
                                a class="bar-button" id="nav-about" href=(ctx.href(&Page::About.path(ctx.locale))) {
                                    (ctx.icon("review", "")) span class="bar-label" { (ctx.t("web-about")) }
                                }
                            }
                        }
                        a class="quick-exit" id="quick-exit" href=(LEAVE_URL) rel="noreferrer"
                            aria-describedby="quick-exit-explained" {
                            (ctx.icon("exit", ""))
                            span class="quick-exit-label" { (ctx.t("quick-exit")) }
                        }
                        span id="quick-exit-explained" class="visually-hidden" { (ctx.t("web-quick-exit-label")) }
                    }
                    main id="view" { (body) }
                    footer class="site-footer" {
                        // The home screen says it at the top, with what the site does not store.
                        @if page != Some(&Page::Home) {
                            p class="history-note" id="history-note" {
                                (ctx.icon("important", "notice-icon"))
                                span { (ctx.t("web-history-warning")) }
                            }
                        }
                        @if let Some(page) = page {
                            (self.other_languages(ctx, page))
                        }
                    }
                }
            }
        }
    }

    /// The same page in every other language, for a helper who shares no language with the reader.
    fn other_languages(&self, ctx: &Context<'_>, page: &Page) -> Markup {
        html! {
            details class="other-languages" {
                summary { (ctx.icon("language", "notice-icon")) (ctx.t("web-other-languages")) }
                ul class="other-language-list" {
                    @for locale in self.library.locales().iter().filter(|l| l.code != ctx.locale) {
                        li {
                            a href=(ctx.href(&page.path(&locale.code))) lang=(locale.code)
                                hreflang=(locale.code) dir=(direction(locale.direction)) {
                                (locale.endonym)
                            }
                        }
                    }
                }
            }
        }
    }

    fn home(&self, ctx: &Context<'_>, services: &[ServiceEntry]) -> Result<Markup, WebError> {
        let topics = self.library.topics(ctx.locale)?;
        let emergency = emergency_contact(services);
        let app_url = self.library.info().app_url.as_deref();
        let check = match self.library.info().self_check {
            Some(_) => Some(self.library.self_check(ctx.locale)?),
            None => None,
        };
        Ok(html! {
            h1 class="visually-hidden" { (ctx.t("app-name")) }
            @if let Some(contact) = emergency {
                section class="emergency" aria-labelledby="emergency-heading" {
                    (ctx.icon("kind-emergency", "emergency-icon"))
                    div class="emergency-text" {
                        h2 id="emergency-heading" { (ctx.t("emergency-heading")) }
                        p { (ctx.t("emergency-text")) }
                    }
                    (contact_link(ctx, contact, &format!("{} {}", ctx.t("call"), contact.label), "emergency-button"))
                }
            }
            p class="history-note web-safety" id="history-note" {
                (ctx.icon("important", "notice-icon"))
                span { (ctx.t("web-history-warning")) " " (ctx.t("web-nothing-stored")) }
            }
            @if let Some(check) = &check {
                (self_check::tile(ctx, check, &ctx.href(&Page::SelfCheck.path(ctx.locale))))
            }
            h2 class="topics-heading" { (ctx.t("topics-heading")) }
            ul class="topics" id="topics" {
                @for topic in &topics {
                    li {
                        a class="topic" href=(ctx.href(&Page::Article(topic.id.clone()).path(ctx.locale)))
                            data-topic=(topic.id) {
                            (ctx.icon(&topic.icon, "topic-icon"))
                            span class="topic-text" {
                                @let title = lang_attributes(&topic.title, ctx.locale);
                                span class="topic-title" lang=[title.lang] dir=[title.dir] data-fallback=[title.fallback] {
                                    (topic.title.plain())
                                }
                                @let summary = lang_attributes(&topic.summary, ctx.locale);
                                span class="topic-summary" lang=[summary.lang] dir=[summary.dir] data-fallback=[summary.fallback] {
                                    (topic.summary.plain())
                                }
                            }
                        }
                    }
                }
            }
            a class="wide-button" id="nav-directory" href=(ctx.href(&Page::Directory.path(ctx.locale))) {
                (ctx.icon("kind-hotline", "")) (ctx.t("more-services"))
            }
            a class="wide-button" id="nav-keep" href=(ctx.href(&Page::Keep.path(ctx.locale))) {
                (ctx.icon("update", "")) (ctx.t("web-keep"))
            }
            @if let Some(url) = app_url {
                (get_the_app(ctx, url))
            }
        })
    }

    fn article(&self, ctx: &Context<'_>, article: &Article, services: &[ServiceEntry]) -> Markup {
        let title = lang_attributes(&article.title, ctx.locale);
        let home = ctx.href(&Page::Home.path(ctx.locale));
        html! {
            a class="back" id="back" href=(home) { (ctx.icon("back", "icon-back")) (ctx.t("home")) }
            div class="article-tools" {
                button type="button" class="tool" id="print" hidden { (ctx.icon("print", "")) (ctx.t("print")) }
            }
            p class="leaflet-only leaflet-header" { (ctx.t("app-name")) }
            h1 class="article-title" lang=[title.lang] dir=[title.dir] data-fallback=[title.fallback] {
                (ctx.icon(&article.icon, "title-icon"))
                span class="heading-text" { (spans(ctx, &article.title)) }
            }
            p class="review-status" id="review-status" {
                (ctx.icon("review", "notice-icon"))
                (ctx.t(article.review.message_id()))
            }
            (content_review(ctx, article.content_review.as_ref()))
            @if let Some(contact) = emergency_contact(services) {
                aside class="emergency-strip" aria-label=(ctx.t("emergency-heading")) {
                    (ctx.icon("kind-emergency", "emergency-strip-icon"))
                    p class="emergency-strip-text" { (ctx.t("emergency-heading")) }
                    (contact_link(ctx, contact, &format!("{} {}", ctx.t("call"), contact.label), "emergency-button"))
                }
            }
            (paragraph(ctx, &article.summary, Some("summary")))
            @if article.title.is_fallback || article.summary.is_fallback { (fallback_notice(ctx)) }
            @for section in &article.sections {
                @let fallback = section_is_fallback(section);
                @let heading = lang_attributes(&section.heading, ctx.locale);
                section class={ "article-section" @if fallback { " is-fallback" } } data-section=(section.id) id=(section.id) {
                    h2 lang=[heading.lang] dir=[heading.dir] data-fallback=[heading.fallback] { (spans(ctx, &section.heading)) }
                    @if fallback { (fallback_notice(ctx)) }
                    @for b in &section.blocks { (block(ctx, b)) }
                    @if !section.sources.is_empty() {
                        details class="sources section-sources" {
                            summary { (ctx.t("section-sources")) " " span class="count" { (section.sources.len()) } }
                            ul dir="ltr" {
                                @for source in &section.sources { (source_item(&source.title, &source.url)) }
                            }
                        }
                    }
                }
            }
            (phone_numbers(ctx, services))
            details class="sources" {
                summary { (ctx.t("sources")) }
                p { (ctx.t("sources-intro")) }
                ul dir="ltr" {
                    @for source in &article.sources { (source_item(&source.title, &source.url)) }
                }
            }
            p class="leaflet-only leaflet-footer" {
                (with_isolated_dates(ctx.t("information-version"))) " " (ctx.t("information-publisher"))
            }
        }
    }

    fn directory(&self, ctx: &Context<'_>, services: &[ServiceEntry]) -> Markup {
        let groups: Vec<(&str, Vec<&ServiceEntry>)> = SERVICE_KINDS
            .iter()
            .map(|(kind, name)| {
                (*name, services.iter().filter(|s| s.card.kind == *kind).collect::<Vec<_>>())
            })
            .filter(|(_, entries)| !entries.is_empty())
            .collect();
        html! {
            a class="back" id="back" href=(ctx.href(&Page::Home.path(ctx.locale))) { (ctx.icon("back", "icon-back")) (ctx.t("home")) }
            h1 { (ctx.icon("kind-hotline", "title-icon")) (ctx.t("directory")) }
            p { (ctx.t("directory-intro")) }
            nav class="filters" aria-label=(ctx.t("directory")) {
                @for (name, _) in &groups {
                    a class="filter" href={ "#kind-" (name) } {
                        (ctx.icon(&format!("kind-{name}"), "")) (ctx.t(&format!("kind-{name}")))
                    }
                }
            }
            @if groups.is_empty() { p class="empty" { (ctx.t("no-services")) } }
            @for (name, entries) in &groups {
                section class="service-group" id={ "kind-" (name) } aria-labelledby={ "kind-heading-" (name) } {
                    h2 id={ "kind-heading-" (name) } { (ctx.t(&format!("kind-{name}"))) }
                    ul class="services" {
                        @for entry in entries {
                            li data-service=(entry.card.id) { (service_entry(ctx, entry)) }
                        }
                    }
                }
            }
        }
    }

    fn about(&self, ctx: &Context<'_>) -> Markup {
        let info = self.library.info();
        html! {
            a class="back" id="back" href=(ctx.href(&Page::Home.path(ctx.locale))) { (ctx.icon("back", "icon-back")) (ctx.t("home")) }
            h1 { (ctx.icon("about", "title-icon")) (ctx.t("web-about")) }
            p { (ctx.t("app-tagline")) }
            section class="information-in-use" aria-labelledby="information-heading" {
                h2 id="information-heading" { (ctx.t("app-name")) }
                p id="information-version" { (with_isolated_dates(ctx.t("information-version"))) }
                p id="information-publisher" { (ctx.t("information-publisher")) }
                @if info.article("about").is_some() {
                    p {
                        a href=(ctx.href(&Page::Article("about".into()).path(ctx.locale))) {
                            (self.article_title(ctx.locale, "about"))
                        }
                    }
                }
            }
            section aria-labelledby="safety-heading" {
                h2 id="safety-heading" { (ctx.icon("important", "title-icon-small")) (ctx.t("web-safety-heading")) }
                p { (ctx.t("web-history-warning")) }
                p { (ctx.t("web-nothing-stored")) }
                p { (ctx.t("web-quick-exit-label")) }
                @if let Some(url) = info.app_url.as_deref() { (get_the_app(ctx, url)) }
            }
            section aria-labelledby="languages-heading" {
                h2 id="languages-heading" { (ctx.icon("review", "title-icon-small")) (ctx.t("web-languages-heading")) }
                ul class="review-list" id="review-list" {
                    @for locale in self.library.locales() {
                        li data-locale=(locale.code) {
                            span class="review-language" lang=(locale.code) dir=(direction(locale.direction)) { (locale.endonym) }
                            p class="review-status" { (ctx.icon("review", "notice-icon")) (ctx.t(locale.review.message_id())) }
                            (content_review(ctx, locale.content_review.as_ref()))
                            @if let Some(note) = &locale.review_note {
                                p class="review-note" lang=(self.library.reference_locale()) dir="ltr" { (note) }
                            }
                        }
                    }
                }
            }
        }
    }

    fn article_title(&self, locale: &str, id: &str) -> String {
        self.library.article(locale, id).map(|a| a.title.plain()).unwrap_or_default()
    }

    fn keep(&self, ctx: &Context<'_>) -> Markup {
        html! {
            a class="back" id="back" href=(ctx.href(&Page::Home.path(ctx.locale))) { (ctx.icon("back", "icon-back")) (ctx.t("home")) }
            h1 { (ctx.icon("update", "title-icon")) (ctx.t("web-keep")) }
            p { (ctx.t("web-keep-explained")) }
            p class="note" { (ctx.t("web-nothing-stored")) }
            p class="note" id="keep-needs-scripts" { (ctx.t("web-keep-needs-scripts")) }
            div class="keep-buttons" {
                button type="button" class="wide-button" id="keep-button" hidden
                    data-locale=(ctx.locale) data-worker=(ctx.href(&format!("{WEB_DIR}/sw.js")))
                    data-scope=(ctx.href(&format!("{WEB_DIR}/")))
                    data-done=(ctx.t("web-keep-done")) data-removed=(ctx.t("web-keep-removed"))
                    data-unsupported=(ctx.t("web-keep-unsupported")) data-failed=(ctx.t("error-generic")) {
                    (ctx.icon("update", "")) (ctx.t("web-keep-button"))
                }
                button type="button" class="wide-button" id="keep-remove" hidden {
                    (ctx.icon("forget", "")) (ctx.t("web-keep-remove"))
                }
            }
            p class="status" role="status" id="keep-status" {}
        }
    }
}

/// The emergency number, one tap away on the home screen and on every article, as in the app.
fn emergency_contact(services: &[ServiceEntry]) -> Option<&Contact> {
    services
        .iter()
        .filter(|s| s.card.kind == ServiceKind::Emergency)
        .find_map(|s| s.contacts.first())
}

/// Who checked the facts, and when; or that nobody has yet.
fn content_review(ctx: &Context<'_>, review: Option<&haven_format::ContentReview>) -> Markup {
    html! {
        p class="review-status content-review-status" {
            (ctx.icon("review", "notice-icon"))
            @if let Some(review) = review {
                (ctx.t("review-content-checked")) " " span class="reviewer" { (review.by) } " " bdi dir="ltr" { (review.on) }
            } @else {
                (ctx.t("review-content-not-checked"))
            }
        }
    }
}

/// The link to the app, where the NGO's pack names one.
fn get_the_app(ctx: &Context<'_>, url: &str) -> Markup {
    html! {
        p class="get-app" id="get-app" {
            a class="wide-button" href=(url) rel="noreferrer" { (ctx.icon("home", "")) (ctx.t("web-get-app")) }
            span class="hint" { (ctx.t("web-get-app-explained")) }
        }
    }
}

/// The numbers to call, at the end of every article and on its leaflet.
fn phone_numbers(ctx: &Context<'_>, services: &[ServiceEntry]) -> Markup {
    let with_phone: Vec<_> = services
        .iter()
        .filter_map(|s| Some((s, s.contacts.iter().find(|c| c.channel == Channel::Call)?)))
        .collect();
    if with_phone.is_empty() {
        return html! {};
    }
    html! {
        section class="phone-numbers" aria-labelledby="numbers-heading" {
            h2 id="numbers-heading" { (ctx.icon("phone", "title-icon-small")) (ctx.t("numbers-heading")) }
            ul class="number-list" {
                @for (service, call) in &with_phone {
                    @let kind = super::html::kind_name(&service.card);
                    li class={ "number kind-" (kind) } data-service=(service.card.id) {
                        (ctx.icon(&format!("kind-{kind}"), "number-icon"))
                        span class="number-text" {
                            @let name = lang_attributes(&service.card.name, ctx.locale);
                            span class="number-name" lang=[name.lang] dir=[name.dir] data-fallback=[name.fallback] { (spans(ctx, &service.card.name)) }
                            @if service.details.free { span class="free" { (ctx.t("free-call")) } }
                        }
                        (contact_link(ctx, call, &call.label, "number-button"))
                    }
                }
            }
        }
    }
}
