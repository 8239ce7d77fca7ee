//! The default pack as readers get it: 16 languages, every one complete and faithful to the English.
//! A failure names the file, the message and what is wrong, so a translator can fix it.

use haven_library::{Direction, InterfaceStrings, PackSource, ReviewStatus};

/// The languages of the people identified in Denmark (shared/facts.md, section 7), and Danish;
/// Nigerian Pidgin because Nigerians are the largest group of identified victims.
const LANGUAGES: [&str; 16] = [
    "en", "da", "ro", "bg", "hu", "pl", "uk", "ru", "th", "vi", "fil", "zh-Hans", "ar", "fr", "es",
    "pcm",
];

fn report(problems: Vec<String>) {
    assert!(problems.is_empty(), "{} problem(s):\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn every_language_is_offered_with_its_name_and_an_honest_review_status() {
    let library = crate::default_library();
    let codes: Vec<&str> = library.locales().iter().map(|l| l.code.as_str()).collect();
    assert_eq!(codes, LANGUAGES);
    for locale in library.locales() {
        assert!(!locale.endonym.is_empty());
        let expected = if locale.code == "en" {
            ReviewStatus::Original
        } else {
            ReviewStatus::MachineAssisted
        };
        assert_eq!(locale.review, expected, "{}: review status", locale.code);
    }
    assert_eq!(library.info().locale("ar").unwrap().direction, Direction::Rtl);
}

#[test]
fn every_locale_loads_without_a_single_problem() {
    let library = crate::default_library();
    let mut problems: Vec<String> =
        library.check_all_locales().iter().map(ToString::to_string).collect();
    problems.extend(
        InterfaceStrings::new(PackSource::Directory(haven_testkit::interface_strings()), "en")
            .check_all()
            .iter()
            .map(ToString::to_string),
    );
    report(problems);
}

#[test]
fn no_reader_sees_fallback_text_anywhere() {
    let library = crate::default_library();
    let mut problems = Vec::new();
    for locale in LANGUAGES {
        for article in &library.info().articles {
            let rendered = library.article(locale, &article.id).unwrap();
            for section in &rendered.sections {
                if section.heading.is_fallback || section.blocks.iter().any(|b| b.is_fallback()) {
                    problems.push(format!(
                        "{locale}/{}.ftl: section `{}` falls back",
                        article.id, section.id
                    ));
                }
            }
            if rendered.title.is_fallback || rendered.summary.is_fallback {
                problems.push(format!("{locale}/{}.ftl: title or summary falls back", article.id));
            }
        }
        let check = library.self_check(locale).unwrap();
        let texts = [&check.title, &check.summary, &check.intro, &check.help.heading]
            .into_iter()
            .chain(check.questions.iter().map(|q| &q.text))
            .chain(&check.results)
            .chain(&check.unsure);
        if texts.into_iter().any(|t| t.is_fallback)
            || check.help.blocks.iter().any(|b| b.is_fallback())
        {
            problems.push(format!("{locale}/self-check.ftl: some of the self-check falls back"));
        }
        for entry in library.directory(locale, &Default::default()).unwrap() {
            let card = &entry.card;
            if card.name.is_fallback || card.description.as_ref().is_some_and(|d| d.is_fallback) {
                problems.push(format!("{locale}/services.ftl: `{}` falls back", card.id));
            }
        }
    }
    report(problems);
}

/// The lint compares every translation with the English (every message there, the same numbers
/// and variables, its own script, a plausible length), checks plural choices, and finds numbers typed
/// into text instead of named by service: what an NGO's pack gets, the default pack gets.
#[test]
fn the_pack_and_its_interface_strings_lint_clean() {
    let pack = haven_lint::lint_pack(&PackSource::Directory(haven_testkit::default_pack()));
    let interface = haven_lint::lint_interface(&haven_testkit::interface_strings(), "en");
    let problems: Vec<String> =
        pack.diagnostics.iter().chain(&interface.diagnostics).map(ToString::to_string).collect();
    report(problems);
}

#[test]
fn only_the_locales_a_reader_uses_are_parsed() {
    let library = crate::default_library();
    library.article("th", "help-now").unwrap();
    assert_eq!(library.parsed_locales(), ["en", "th"]);
}

#[test]
fn every_article_names_its_sources() {
    let library = crate::default_library();
    for article in &library.info().articles {
        assert!(!article.sources.is_empty(), "{} has no sources", article.id);
        for source in &article.sources {
            assert!(source.url.starts_with("http"), "{}: {}", article.id, source.url);
        }
    }
}

/// The second edition's additions (issue 11): whole articles, and new sections of older ones.
/// `None` is the whole article.
const SECOND_EDITION: [(&str, Option<&[&str]>); 6] = [
    ("help-now", Some(&["after-call"])),
    ("signs", Some(&["sexual-signs", "crime-signs"])),
    ("under-18", None),
    ("no-papers", None),
    ("forced-crime", None),
    ("workers", None),
];

/// Each new section is in every language, in that language, says where its facts come from, and
/// reaches only services that `services.toml` lists.
#[test]
fn the_second_editions_sections_are_in_every_language_with_sources_and_listed_services() {
    let library = crate::default_library();
    let listed: Vec<String> = library
        .directory("en", &Default::default())
        .unwrap()
        .into_iter()
        .map(|entry| entry.card.id)
        .collect();
    let mut problems = Vec::new();
    for locale in LANGUAGES {
        for (article, wanted) in SECOND_EDITION {
            let rendered = library.article(locale, article).unwrap();
            let ids: Vec<&str> = rendered.sections.iter().map(|s| s.id.as_str()).collect();
            let wanted = wanted.map_or_else(|| ids.clone(), <[&str]>::to_vec);
            for id in wanted {
                let Some(section) = rendered.sections.iter().find(|s| s.id == id) else {
                    problems.push(format!("{locale}/{article}.ftl: no section `{id}`"));
                    continue;
                };
                if section.heading.is_fallback || section.blocks.iter().any(|b| b.is_fallback()) {
                    problems.push(format!("{locale}/{article}.ftl: `{id}` is not translated"));
                }
                if section.sources.is_empty() {
                    problems.push(format!("{article}: `{id}` names no sources"));
                }
                for service in section_services(section) {
                    if !listed.contains(&service) {
                        problems.push(format!(
                            "{locale}/{article}.ftl: `{id}` names `{service}`, not in services.toml"
                        ));
                    }
                }
            }
        }
    }
    report(problems);
}

/// The services a section reaches: its action cards and the contacts in its text.
fn section_services(section: &haven_library::Section) -> Vec<String> {
    use haven_library::{Block, Span, Text};
    let from_text = |text: &Text| -> Vec<String> {
        text.spans
            .iter()
            .filter_map(|span| match span {
                Span::Contact { contact } => Some(contact.service_id.clone()),
                Span::Text { .. } => None,
            })
            .collect()
    };
    let mut services = from_text(&section.heading);
    for block in &section.blocks {
        match block {
            Block::Paragraph { text } | Block::Important { text } => {
                services.extend(from_text(text))
            }
            Block::List { items } => services.extend(items.iter().flat_map(from_text)),
            Block::Action { contact, .. } => services.push(contact.service_id.clone()),
        }
    }
    services
}
