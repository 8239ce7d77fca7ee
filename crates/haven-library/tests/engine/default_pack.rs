//! The default pack as readers get it: 15 languages, every one complete and faithful to the English.
//! A failure names the file, the message and what is wrong, so a translator can fix it.

use haven_library::{Direction, InterfaceStrings, PackSource, ReviewStatus};
use haven_lint::translation_check::{check_file, FileRole, FluentText};

/// The languages of the people identified in Denmark (shared/facts.md, section 7), and Danish.
const LANGUAGES: [&str; 15] = [
    "en", "da", "ro", "bg", "hu", "pl", "uk", "ru", "th", "vi", "fil", "zh-Hans", "ar", "fr", "es",
];

fn read(source: &PackSource, relative: &str) -> FluentText {
    FluentText {
        path: source.display_path(relative),
        text: source.read_text(relative).unwrap().unwrap_or_default(),
    }
}

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
        for entry in library.directory(locale, &Default::default()).unwrap() {
            let card = &entry.card;
            if card.name.is_fallback || card.description.as_ref().is_some_and(|d| d.is_fallback) {
                problems.push(format!("{locale}/services.ftl: `{}` falls back", card.id));
            }
        }
    }
    report(problems);
}

#[test]
fn each_translation_matches_the_english_in_placeables_script_and_length() {
    let library = crate::default_library();
    let source = library.source();
    let interface =
        InterfaceStrings::new(PackSource::Directory(haven_testkit::interface_strings()), "en");
    let (reference_path, reference_strings) = interface.source("en").unwrap();
    let mut problems = Vec::new();
    for locale in LANGUAGES.iter().filter(|l| **l != "en") {
        for article in &library.info().articles {
            let relative = format!("{}.ftl", article.id);
            problems.extend(check_file(
                &read(source, &format!("en/{relative}")),
                &read(source, &format!("{locale}/{relative}")),
                locale,
                FileRole::Article,
            ));
        }
        problems.extend(check_file(
            &read(source, "en/services.ftl"),
            &read(source, &format!("{locale}/services.ftl")),
            locale,
            FileRole::Strings,
        ));
        let (path, text) = interface
            .source(locale)
            .unwrap_or_else(|| panic!("locales/{locale}/app.ftl is missing"));
        problems.extend(check_file(
            &FluentText { path: reference_path.clone(), text: reference_strings.clone() },
            &FluentText { path, text },
            locale,
            FileRole::Strings,
        ));
    }
    report(problems.iter().map(ToString::to_string).collect());
}

#[test]
fn no_phone_number_is_typed_into_the_text() {
    // Numbers live once, in services.toml, and reach the text through CALL("id"); a number typed into
    // an article would go stale when the NGO corrects it.
    let library = crate::default_library();
    let source = library.source();
    let outside_placeables = |line: &str| -> String {
        line.split('{').map(|part| part.split_once('}').map_or(part, |(_, rest)| rest)).collect()
    };
    let has_number = |text: &str| {
        let digits: String = text.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
        ["112", "114", "+45", "70202550"].iter().any(|n| digits.contains(n))
    };
    let mut problems = Vec::new();
    for locale in LANGUAGES {
        for file in library.info().articles.iter().map(|a| a.id.as_str()).chain(["services"]) {
            let text = read(source, &format!("{locale}/{file}.ftl"));
            for (index, line) in text.text.lines().enumerate() {
                if !line.trim_start().starts_with('#') && has_number(&outside_placeables(line)) {
                    problems.push(format!(
                        "{}:{}: a phone number is typed into the text; use CALL(\"id\")",
                        text.path.display(),
                        index + 1
                    ));
                }
            }
        }
    }
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
