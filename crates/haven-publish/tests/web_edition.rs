//! The web edition as a reader's browser gets it: every page of the default pack and of small
//! packs changed the way an editor (or an attacker who got hold of a translation) would.

use std::collections::BTreeSet;
use std::path::Path;

use haven_format::PackSource;
use haven_library::{Block, InterfaceStrings, Library};
use haven_publish::build::PublishError;
use haven_publish::web_edition::{self, Page, WebFile, CONTENT_SECURITY_POLICY};

fn small_pack() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/broken-packs/_pack")
}

fn render(content: &Path) -> (Library, Vec<WebFile>) {
    let library = Library::open(PackSource::Directory(content.to_owned())).unwrap();
    let strings = InterfaceStrings::new(
        PackSource::Directory(haven_testkit::interface_strings()),
        library.reference_locale(),
    );
    let files = web_edition::render(&library, &strings).unwrap();
    (library, files)
}

fn text(file: &WebFile) -> &str {
    std::str::from_utf8(&file.bytes).unwrap()
}

fn page<'a>(files: &'a [WebFile], path: &str) -> &'a str {
    text(files.iter().find(|f| f.path == path).unwrap_or_else(|| panic!("no page {path}")))
}

fn pages(files: &[WebFile]) -> impl Iterator<Item = &WebFile> {
    files.iter().filter(|f| f.path.ends_with(".html"))
}

/// Every value of `attribute="..."` in the page.
fn attribute_values<'a>(html: &'a str, attribute: &str) -> Vec<&'a str> {
    let needle = format!(" {attribute}=\"");
    html.match_indices(&needle)
        .map(|(at, _)| {
            let rest = &html[at + needle.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect()
}

#[test]
fn content_is_shown_as_text_never_as_markup() {
    let dir = tempfile::tempdir().unwrap();
    haven_testkit::copy_dir(&small_pack(), dir.path());
    let edit = |file: &str, from: &str, to: &str| {
        let path = dir.path().join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{file} has no {from:?}");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    };
    edit(
        "da/help-now.ftl",
        "title = Få hjælp nu",
        "title = Få hjælp <script>alert(\"title\")</script> nu",
    );
    edit(
        "da/help-now.ftl",
        "Samtalen kan være anonym.",
        "Samtalen <img src=x onerror=alert(1)> & \"anonym\".",
    );
    let (_, files) = render(dir.path());
    let mut pages_with_title = 0;
    for file in pages(&files) {
        let html = text(file);
        assert!(!html.contains("<script>alert"), "{}: a script from the pack runs", file.path);
        assert!(!html.contains("<img src=x"), "{}: an element from the pack", file.path);
        if html.contains("&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;") {
            pages_with_title += 1;
        }
    }
    // The title shows, as text, on the Danish home screen and on the article itself.
    assert!(pages_with_title >= 2, "the title shows as text on the home screen and the article");
    let article = page(&files, "web/da/articles/help-now.html");
    assert!(
        article.contains("Samtalen &lt;img src=x onerror=alert(1)&gt; &amp; &quot;anonym&quot;.")
    );
}

#[test]
fn every_page_has_its_language_direction_alternates_and_policy() {
    let (library, files) = render(&haven_testkit::default_pack());
    let locales: Vec<&str> = library.locales().iter().map(|l| l.code.as_str()).collect();
    assert_eq!(locales.len(), 16);
    let mut checked = 0;
    for file in pages(&files) {
        let html = text(file);
        let path = &file.path;
        assert!(html.starts_with("<!DOCTYPE html>"), "{path}");
        let policy = format!(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"{CONTENT_SECURITY_POLICY}\">"
        );
        assert!(html.contains(&policy), "{path}: no content security policy");
        assert!(CONTENT_SECURITY_POLICY.starts_with("default-src 'self'"));
        assert!(!html.contains("<script>") && !html.contains(" style="), "{path}: inline code");
        assert!(html.contains("id=\"quick-exit\""), "{path}: no way to leave");
        assert!(html.contains("id=\"history-note\""), "{path}: no word about the history");
        let Some(locale) = path.strip_prefix("web/").and_then(|p| p.split('/').next()) else {
            // The language picker: a link to every language's home, each in its own language.
            assert_eq!(path, "index.html");
            for info in library.locales() {
                let link = format!(
                    "href=\"web/{0}/index.html\" lang=\"{0}\" hreflang=\"{0}\" dir=\"{1}\">{2}</a>",
                    info.code,
                    if info.code == "ar" { "rtl" } else { "ltr" },
                    info.endonym
                );
                assert!(html.contains(&link), "the picker has no {link}");
            }
            continue;
        };
        let direction = if locale == "ar" { "rtl" } else { "ltr" };
        assert!(
            html.contains(&format!("<html lang=\"{locale}\" dir=\"{direction}\">")),
            "{path}: wrong lang or dir"
        );
        let alternates: BTreeSet<&str> = attribute_values(html, "hreflang").into_iter().collect();
        for other in locales.iter().filter(|l| **l != locale) {
            assert!(alternates.contains(other), "{path}: no hreflang {other}");
        }
        assert!(html.contains("hreflang=\"x-default\""), "{path}: no x-default");
        checked += 1;
    }
    // 16 locales, each with the home, directory, self-check, about, keep pages and 11 articles.
    assert_eq!(checked, 16 * (5 + library.info().articles.len()));
}

#[test]
fn the_hreflang_links_lead_to_the_same_page_in_the_other_language() {
    let (_, files) = render(&haven_testkit::default_pack());
    let article = page(&files, "web/th/articles/rights.html");
    assert!(article.contains(
        "<link rel=\"alternate\" hreflang=\"da\" href=\"../../../web/da/articles/rights.html\">"
    ));
    let existing: BTreeSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    for file in pages(&files).filter(|f| f.path.starts_with("web/")) {
        let depth = file.path.matches('/').count();
        for href in attribute_values(text(file), "href") {
            if href.contains(':') || href.starts_with('#') {
                continue;
            }
            let mut parts: Vec<&str> = file.path.split('/').take(depth).collect();
            for part in href.split('#').next().unwrap().split('/') {
                if part == ".." {
                    parts.pop();
                } else {
                    parts.push(part);
                }
            }
            let target = parts.join("/");
            assert!(
                existing.contains(target.as_str()),
                "{}: a link to {href} leads nowhere",
                file.path
            );
        }
    }
}

#[test]
fn the_phone_links_are_the_numbers_of_services_toml() {
    let content = haven_testkit::default_pack();
    let services = std::fs::read_to_string(content.join("services.toml")).unwrap();
    let dialable = |number: &str| -> String {
        number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect()
    };
    let listed: BTreeSet<String> = services
        .lines()
        .filter_map(|line| {
            let line = line.trim();
            let value = line
                .strip_prefix("phone = ")
                .or_else(|| line.strip_prefix("international_phone = "))?;
            Some(format!("tel:{}", dialable(value.trim_matches('"'))))
        })
        .collect();
    assert!(listed.contains("tel:112"), "services.toml lists 112");
    let (_, files) = render(&content);
    let mut shown = BTreeSet::new();
    for file in pages(&files) {
        for href in
            attribute_values(text(file), "href").into_iter().filter(|h| h.starts_with("tel:"))
        {
            assert!(
                listed.contains(href),
                "{}: {href} is not a number of services.toml",
                file.path
            );
            shown.insert(href.to_owned());
        }
    }
    // Every number is reachable from the directory, in every language.
    let directory = page(&files, "web/uk/directory.html");
    for number in &listed {
        assert!(directory.contains(&format!("href=\"{number}\"")), "the directory lacks {number}");
    }
    assert_eq!(shown, listed);
    // SMS and e-mail links as well, where services.toml has them.
    let english = page(&files, "web/en/directory.html");
    assert!(english.contains("href=\"mailto:"), "the directory has e-mail links");
}

#[test]
fn text_not_yet_translated_is_marked_in_the_readers_language() {
    let dir = tempfile::tempdir().unwrap();
    haven_testkit::copy_dir(&small_pack(), dir.path());
    haven_testkit::remove_message(&dir.path().join("da/help-now.ftl"), "cmm");
    let (_, files) = render(dir.path());
    let article = page(&files, "web/da/articles/help-now.html");
    // The section falls back to English, marked as such, with the notice in Danish.
    assert!(article.contains(
        "<h2 lang=\"en\" dir=\"ltr\" data-fallback=\"true\">Call the Danish Centre against Human Trafficking</h2>"
    ));
    let danish_notice =
        std::fs::read_to_string(haven_testkit::interface_strings().join("da/app.ftl"))
            .unwrap()
            .lines()
            .find_map(|l| l.strip_prefix("not-translated = ").map(str::to_owned))
            .unwrap();
    assert!(article.contains(&danish_notice), "the notice is in Danish");
    assert_eq!(
        article.matches("class=\"fallback-notice\"").count(),
        1,
        "only the section not translated"
    );
    // The Danish sections that are translated carry no mark.
    assert!(article.contains("<h2>Er du i fare lige nu?</h2>"));
    // Russian has every message: no mark at all.
    let russian = page(&files, "web/ru/articles/help-now.html");
    assert!(!russian.contains("data-fallback") && !russian.contains("class=\"fallback-notice\""));
}

#[test]
fn sources_and_both_review_states_are_shown() {
    let (library, files) = render(&haven_testkit::default_pack());
    let article = page(&files, "web/da/articles/help-now.html");
    assert!(article.contains("class=\"sources section-sources\""), "each section's sources");
    let first = &library.info().article("help-now").unwrap().sources[0];
    assert!(article.contains(&format!("href=\"{}\"", first.url)));
    let about = page(&files, "web/en/about-this-site.html");
    for locale in library.locales() {
        assert!(about.contains(&format!("data-locale=\"{}\"", locale.code)));
        if let Some(note) = &locale.review_note {
            assert!(about.contains(note.as_str()), "the review note of {}", locale.code);
        }
    }
    assert!(about.contains("Machine-assisted translation, not yet checked by a native speaker."));
    assert!(about.contains("The facts have not yet been checked by a legal adviser"));
}

#[test]
fn the_app_link_is_shown_only_where_the_pack_names_one() {
    let (_, files) = render(&haven_testkit::default_pack());
    for file in pages(&files) {
        assert!(
            !text(file).contains("id=\"get-app\""),
            "{}: an app link nobody verified",
            file.path
        );
    }
    let dir = tempfile::tempdir().unwrap();
    haven_testkit::copy_dir(&small_pack(), dir.path());
    let pack_toml = dir.path().join("pack.toml");
    let text_of_pack = std::fs::read_to_string(&pack_toml).unwrap();
    let with_link = text_of_pack.replacen(
        "published = \"2026-11-29\"",
        "published = \"2026-11-29\"\napp_url = \"https://example.org/get-haven\"",
        1,
    );
    assert_ne!(with_link, text_of_pack);
    std::fs::write(&pack_toml, with_link).unwrap();
    let (_, files) = render(dir.path());
    let home = page(&files, "web/da/index.html");
    assert!(
        home.contains("href=\"https://example.org/get-haven\""),
        "the Danish home links to the app"
    );
}

#[test]
fn nothing_is_kept_unless_the_reader_asks_and_then_only_one_language() {
    let (_, files) = render(&haven_testkit::default_pack());
    // Only the "keep" page loads the script that registers the service worker.
    for file in pages(&files) {
        let registers = text(file).contains("keep.js");
        assert_eq!(registers, file.path.ends_with("/keep.html"), "{}", file.path);
    }
    let list: serde_json::Value =
        serde_json::from_str(page(&files, "web/th/offline.json")).unwrap();
    let kept: Vec<&str> =
        list["files"].as_array().unwrap().iter().map(|f| f.as_str().unwrap()).collect();
    assert!(kept.contains(&"th/articles/help-now.html"));
    // The self-check page is kept with the rest, and with it only its sentences, never answers.
    assert!(kept.contains(&"th/self-check.html") && kept.contains(&"_assets/self-check.js"));
    assert!(kept.iter().all(|f| f.starts_with("th/") || f.starts_with("_assets/")), "{kept:?}");
}

#[test]
fn a_folder_without_interface_strings_is_refused_by_name() {
    let out = tempfile::tempdir().unwrap();
    let nowhere = out.path().join("no-locales");
    let refused = web_edition::publish(
        &haven_testkit::default_pack(),
        PackSource::Directory(nowhere.clone()),
        out.path(),
    );
    let Err(PublishError::WebEdition(error)) = refused else { panic!("{refused:?}") };
    assert!(error.to_string().contains("no-locales"), "{error}");
    assert!(!out.path().join("index.html").exists());
}

#[test]
fn writing_replaces_the_web_folder_and_keeps_the_signed_files() {
    let out = tempfile::tempdir().unwrap();
    std::fs::write(out.path().join("manifest.json"), "{}").unwrap();
    std::fs::create_dir_all(out.path().join("web/xx")).unwrap();
    std::fs::write(out.path().join("web/xx/index.html"), "old").unwrap();
    let (report, _) =
        web_edition::publish(&small_pack(), web_edition::assets::interface_strings(), out.path())
            .unwrap();
    assert_eq!(report.locales, 3);
    assert_eq!(std::fs::read_to_string(out.path().join("manifest.json")).unwrap(), "{}");
    assert!(!out.path().join("web/xx").exists(), "a locale the pack no longer has is gone");
    assert!(out.path().join(Page::Home.path("ru")).is_file());
    assert!(out.path().join("index.html").is_file());
}

/// Text as maud writes it into a page.
fn escaped(text: &str) -> String {
    maud::html! { (text) }.into_string()
}

/// The part of `html` between `start` and the next `end`.
fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html.find(start).unwrap_or_else(|| panic!("no {start}")) + start.len();
    &html[from..from + html[from..].find(end).unwrap_or_else(|| panic!("no {end} after {start}"))]
}

#[test]
fn the_self_check_is_in_every_locale_with_its_questions_help_and_every_result() {
    let (library, files) = render(&haven_testkit::default_pack());
    let locales: Vec<&str> = library.locales().iter().map(|l| l.code.as_str()).collect();
    for locale in &locales {
        let check = library.self_check(locale).unwrap();
        let path = Page::SelfCheck.path(locale);
        let html = page(&files, &path);
        let direction = if *locale == "ar" { "rtl" } else { "ltr" };
        assert!(html.contains(&format!("<html lang=\"{locale}\" dir=\"{direction}\">")), "{path}");
        assert!(
            html.contains(&format!("content=\"{CONTENT_SECURITY_POLICY}\"")),
            "{path}: no policy"
        );
        let alternates: BTreeSet<&str> = attribute_values(html, "hreflang").into_iter().collect();
        for other in locales.iter().filter(|l| *l != locale) {
            assert!(alternates.contains(other), "{path}: no hreflang {other}");
        }
        assert!(html.contains(&escaped(&check.title.plain())), "{path}: no title");
        assert!(html.contains(&escaped(&check.intro.plain())), "{path}: no introduction");

        // Every question, in the order it is asked, with its pictogram: the page without scripts.
        let list = between(html, "<ol class=\"check-list\" id=\"check-list\">", "</ol>");
        let mut at = 0;
        for question in &check.questions {
            let item = format!("<li class=\"check-item\" data-question=\"{}\">", question.id);
            let found = list[at..].find(&item).map(|i| i + at);
            let found =
                found.unwrap_or_else(|| panic!("{path}: {} missing or out of order", question.id));
            let rest = &list[found..];
            let item = &rest[..rest.find("</li>").unwrap()];
            assert!(
                item.contains(&format!("icons/{}.svg", question.icon)),
                "{path}: {}",
                question.id
            );
            assert!(item.contains(&escaped(&question.text.plain())), "{path}: {}", question.id);
            at = found + 1;
        }
        assert_eq!(list.matches("<li ").count(), check.questions.len(), "{path}");

        // What the signs mean, with its call buttons, outside any script's reach.
        let help = between(html, "id=\"check-help\"", "</section>");
        let calls: Vec<&str> = check
            .help
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Action { contact, .. } => Some(contact.href.as_str()),
                _ => None,
            })
            .collect();
        assert!(calls.contains(&"tel:112"), "{locale}: the help section calls 112");
        for href in &calls {
            assert!(help.contains(&format!("href=\"{href}\"")), "{path}: no call button {href}");
        }
        let signs = format!("href=\"../../web/{locale}/articles/{}.html\"", check.article);
        assert!(html.contains(&signs), "{path}: no link to the signs article");

        // Every sentence the result can need, for the script to pick, and none shown as it is.
        let results = between(html, "<template id=\"check-results\">", "</template>");
        assert_eq!(results.matches("<p ").count(), check.questions.len() + 1, "{path}");
        for (count, sentence) in check.results.iter().enumerate() {
            let at =
                results.find(&format!("data-count=\"{count}\"")).expect("a sentence per count");
            let paragraph = &results[at..at + results[at..].find("</p>").unwrap()];
            assert!(paragraph.contains(&escaped(&sentence.plain())), "{path}: results[{count}]");
        }
        let unsure = between(html, "<template id=\"check-unsure\">", "</template>");
        for (index, sentence) in check.unsure.iter().enumerate() {
            let at = unsure.find(&format!("data-count=\"{}\"", index + 1)).expect("unsure");
            let paragraph = &unsure[at..at + unsure[at..].find("</p>").unwrap()];
            assert!(paragraph.contains(&escaped(&sentence.plain())), "{path}: unsure[{index}]");
        }

        // Nothing the answers could go into: no form, no field, no address with a query.
        assert!(!html.contains("<form") && !html.contains("<input"), "{path}: a form");
        for value in attribute_values(html, "href").into_iter().chain(attribute_values(html, "src"))
        {
            assert!(!value.contains('?'), "{path}: {value} has a query");
        }
        // Only the self-check loads its script, and the buttons it needs are hidden without it.
        assert!(html.contains("src=\"../../web/_assets/self-check.js\" defer"), "{path}");
        assert!(
            html.contains("id=\"check-start\" hidden"),
            "{path}: a start button that does nothing"
        );

        // One tap from the home screen, as in the app.
        let home = page(&files, &Page::Home.path(locale));
        assert!(
            home.contains(&format!(
                "id=\"open-self-check\" href=\"../../web/{locale}/self-check.html\""
            )),
            "{locale}: the home screen has no tile for the self-check"
        );
    }
    for file in pages(&files).filter(|f| !f.path.ends_with("/self-check.html")) {
        assert!(!text(file).contains("self-check.js"), "{}", file.path);
    }
}

#[test]
fn the_self_check_shows_its_text_as_text_never_as_markup() {
    let dir = tempfile::tempdir().unwrap();
    haven_testkit::copy_dir(&haven_testkit::default_pack(), dir.path());
    let path = dir.path().join("en/self-check.ftl");
    let original = std::fs::read_to_string(&path).unwrap();
    let edited = original
        .replacen("title = Is this happening to me?", "title = Is this <b>happening</b> to me?", 1)
        .replacen(
            "documents = Has someone taken your passport",
            "documents = Has someone taken your <script>alert(1)</script> passport",
            1,
        )
        .replacen(
            "[0] You said yes to none of",
            "[0] You said yes to none <img src=x onerror=alert(2)> & \"none\" of",
            1,
        );
    assert_eq!(
        edited.matches('<').count(),
        original.matches('<').count() + 5,
        "every edit applied"
    );
    std::fs::write(&path, edited).unwrap();
    let (_, files) = render(dir.path());
    let html = page(&files, "web/en/self-check.html");
    assert!(html.contains("Has someone taken your &lt;script&gt;alert(1)&lt;/script&gt; passport"));
    assert!(html.contains("none &lt;img src=x onerror=alert(2)&gt; &amp; &quot;none&quot; of"));
    assert!(
        !html.contains("<script>alert") && !html.contains("<img src=x") && !html.contains("<b>")
    );
    let home = page(&files, "web/en/index.html");
    assert!(home.contains("Is this &lt;b&gt;happening&lt;/b&gt; to me?"), "the home tile");
    assert!(!home.contains("<b>"));
}

#[test]
fn a_pack_without_a_self_check_has_no_page_and_no_tile_for_it() {
    let (_, files) = render(&small_pack());
    assert!(files.iter().all(|f| !f.path.ends_with("self-check.html")));
    for file in pages(&files) {
        assert!(!text(file).contains("open-self-check"), "{}: a tile leading nowhere", file.path);
    }
}

#[test]
fn each_language_of_the_picker_carries_its_own_words_for_the_heading() {
    let (library, files) = render(&haven_testkit::default_pack());
    let picker = page(&files, "index.html");
    assert!(picker.contains("src=\"web/_assets/picker.js\" defer"));
    for locale in library.locales() {
        let strings = std::fs::read_to_string(
            haven_testkit::interface_strings().join(&locale.code).join("app.ftl"),
        )
        .unwrap();
        let heading = strings
            .lines()
            .find_map(|l| l.strip_prefix("choose-language = "))
            .unwrap_or_else(|| panic!("{}: no choose-language", locale.code));
        let link = format!(
            "data-heading=\"{}\" href=\"web/{}/index.html\" lang=\"{}\"",
            escaped(heading),
            locale.code,
            locale.code
        );
        assert!(picker.contains(&link), "the picker has no {link}");
    }
    // Without scripts the heading is in the reference language.
    assert!(picker.contains("<span id=\"language-heading\">Choose your language</span>"));
}
