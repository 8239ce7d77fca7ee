//! The self-check "Is this happening to me?": its questions in the reader's language, with their
//! sources, and a result for every count of answers, formatted in advance so the answers stay in the
//! page.

use haven_library::{Block, LookupError, PackSource};

#[test]
fn every_question_is_asked_in_order_with_the_sources_of_its_sign() {
    let library = crate::default_library();
    let check = library.self_check("da").unwrap();
    let order: Vec<&str> = check.questions.iter().map(|q| q.id.as_str()).collect();
    let listed: Vec<&str> = library
        .info()
        .self_check
        .as_ref()
        .unwrap()
        .questions
        .iter()
        .map(|q| q.id.as_str())
        .collect();
    assert_eq!(order, listed);
    assert_eq!(check.questions[0].text.plain(), "Har nogen taget dit pas eller ID-kort?");
    assert_eq!(check.questions[0].text.lang, "da");
    for question in &check.questions {
        assert!(!question.sources.is_empty(), "{} has no source", question.id);
        assert!(question.sources.iter().all(|s| s.url.starts_with("http")), "{}", question.id);
    }
    assert_eq!(check.article, "signs");
}

#[test]
fn there_is_a_result_for_every_count_and_it_uses_the_languages_plurals() {
    let library = crate::default_library();
    let check = library.self_check("en").unwrap();
    let total = check.questions.len();
    assert_eq!(check.results.len(), total + 1);
    assert_eq!(check.results[0].plain(), format!("You said yes to none of the {total} signs."));
    assert_eq!(check.results[1].plain(), format!("You said yes to one of the {total} signs."));
    assert_eq!(check.results[3].plain(), format!("You said yes to 3 of the {total} signs."));
    assert_eq!(check.unsure.len(), total);
    assert_eq!(check.unsure[0].plain(), "You were not sure about one question.");

    // Polish has a separate form for 2-4 ("pytania") and for 5 and more ("pytań").
    let polish = library.self_check("pl").unwrap();
    let noun =
        |text: &haven_library::Text| text.plain().split_whitespace().nth(1).map(str::to_owned);
    assert_eq!(noun(&polish.unsure[1]).as_deref(), Some("pytania"));
    assert_eq!(noun(&polish.unsure[4]).as_deref(), Some("pytań"));
}

#[test]
fn the_result_offers_the_hotline_and_the_emergency_number_as_buttons() {
    let library = crate::default_library();
    let check = library.self_check("ar").unwrap();
    let calls: Vec<&str> = check
        .help
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Action { contact, .. } => Some(contact.href.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(calls, ["tel:+4570202550", "tel:112"]);
    assert_eq!(check.help.heading.lang, "ar");
}

#[test]
fn a_pack_without_a_self_check_says_so_and_an_untranslated_question_falls_back_marked() {
    let dir = tempfile::tempdir().unwrap();
    haven_testkit::copy_dir(&haven_testkit::default_pack(), dir.path());
    haven_testkit::remove_message(&dir.path().join("da/self-check.ftl"), "debt");
    let library = haven_library::Library::open(PackSource::Directory(dir.path().into())).unwrap();
    let check = library.self_check("da").unwrap();
    let debt = check.questions.iter().find(|q| q.id == "debt").unwrap();
    assert!(debt.text.is_fallback);
    assert_eq!(debt.text.lang, "en");
    assert!(!check.questions[0].text.is_fallback);

    let pack_toml = dir.path().join("pack.toml");
    let text = std::fs::read_to_string(&pack_toml).unwrap();
    let without = &text[..text.find("[self_check]").unwrap()];
    std::fs::write(&pack_toml, without).unwrap();
    std::fs::remove_file(dir.path().join("en/self-check.ftl")).unwrap();
    for locale in library.locales() {
        let _ = std::fs::remove_file(dir.path().join(format!("{}/self-check.ftl", locale.code)));
    }
    let library = haven_library::Library::open(PackSource::Directory(dir.path().into())).unwrap();
    assert_eq!(library.self_check("en").unwrap_err(), LookupError::NoSelfCheck);
    assert!(library.check_all_locales().is_empty(), "{:?}", library.check_all_locales());
}
