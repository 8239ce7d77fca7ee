//! Articles become blocks the interface can build with `textContent`: headings, paragraphs, lists and
//! service actions that carry the service's real number.

use haven_library::{Block, Span};

#[test]
fn help_now_starts_with_a_tap_to_call_emergency_action() {
    let library = crate::default_library();
    let article = library.article("en", "help-now").unwrap();
    let first_action = article
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .find_map(|b| match b {
            Block::Action { contact, service } => Some((contact, service)),
            _ => None,
        })
        .expect("an action block");
    assert_eq!(first_action.0.href, "tel:112");
    assert_eq!(first_action.1.id, "emergency");
    // The summary carries the number as a contact span, not as typed text.
    assert!(article
        .summary
        .spans
        .iter()
        .any(|s| matches!(s, Span::Contact { contact } if contact.href == "tel:112")));
}

#[test]
fn a_changed_number_in_services_toml_reaches_every_language() {
    let pack = crate::pack_fixture::PackCopy::new();
    pack.replace("services.toml", "+45 70 20 25 50", "+45 11 22 33 44");
    let library = pack.open().unwrap();
    for locale in ["en", "th", "ar"] {
        let article = library.article(locale, "help-now").unwrap();
        let hrefs: Vec<&str> = article
            .sections
            .iter()
            .flat_map(|s| &s.blocks)
            .filter_map(|b| match b {
                Block::Action { contact, .. } => Some(contact.href.as_str()),
                _ => None,
            })
            .collect();
        assert!(hrefs.contains(&"tel:+4511223344"), "{locale}: {hrefs:?}");
    }
}

#[test]
fn only_the_packs_own_contact_addresses_count_as_listed() {
    let library = crate::default_library();
    let every_contact_shown: Vec<String> = library
        .directory("en", &Default::default())
        .unwrap()
        .into_iter()
        .flat_map(|entry| entry.contacts)
        .map(|contact| contact.href)
        .collect();
    assert!(every_contact_shown.iter().any(|href| href == "tel:112"));
    assert!(every_contact_shown.iter().all(|href| library.lists_contact(href)));
    for unlisted in ["tel:+4599999999", "https://example.com/", "file:///etc/passwd", "tel:112 "] {
        assert!(!library.lists_contact(unlisted), "{unlisted} is not in services.toml");
    }
}

#[test]
fn lists_become_items_and_each_text_names_its_language() {
    let library = crate::default_library();
    let article = library.article("th", "signs").unwrap();
    let items: Vec<_> = article
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::List { items } => Some(items),
            _ => None,
        })
        .flatten()
        .collect();
    assert!(items.len() >= 5, "the warning signs are a list");
    assert!(items.iter().all(|t| t.lang == "th" && !t.plain().starts_with('-')));
}

#[test]
fn the_about_article_fills_in_the_pack_version_and_date() {
    let library = crate::default_library();
    let text = serde_json::to_string(&library.article("en", "about").unwrap()).unwrap();
    assert!(text.contains(&library.info().published), "the check date is shown");
}

#[test]
fn a_section_missing_in_a_translation_falls_back_and_is_marked() {
    let pack = crate::pack_fixture::PackCopy::new();
    let file = pack.path("da/health.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    let first_section =
        text.lines().filter(|l| !l.starts_with(' ') && l.contains(" = ")).nth(2).unwrap();
    let id = first_section.split(" =").next().unwrap().to_owned();
    haven_testkit::remove_message(&file, &id);
    let library = pack.open().unwrap();
    let article = library.article("da", "health").unwrap();
    let section = article.sections.iter().find(|s| s.id == id).unwrap();
    assert!(section.heading.is_fallback && section.heading.lang == "en");
    assert!(article.sections.iter().filter(|s| s.id != id).all(|s| !s.heading.is_fallback));
}
