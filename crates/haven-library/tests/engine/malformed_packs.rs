//! A broken pack is refused with a message that names the file, line and column and says how to fix
//! it, and the rest of the pack keeps working where it can. (The wording of every problem is checked
//! case by case in `tests/broken-packs`, through the same loader.)

use crate::pack_fixture::PackCopy;

#[test]
fn bad_toml_names_the_file_line_and_column() {
    let pack = PackCopy::new();
    pack.replace("pack.toml", "version = 2", "version = \"two\"");
    let error = pack.refusal();
    let error = error.trim_start_matches("the pack cannot be used: ");
    assert!(error.starts_with("pack.toml:"), "{error}");
    assert!(error.contains("error[invalid-value] `version`"), "{error}");
    let line: usize = error.split(':').nth(1).unwrap().parse().unwrap();
    let expected = std::fs::read_to_string(pack.path("pack.toml"))
        .unwrap()
        .lines()
        .position(|l| l.starts_with("version"))
        .unwrap()
        + 1;
    assert_eq!(line, expected, "{error}");
}

#[test]
fn a_fluent_syntax_error_names_the_line_and_only_that_message_falls_back() {
    let pack = PackCopy::new();
    pack.replace("da/help-now.ftl", "title = ", "title = { $");
    assert_eq!(pack.problems().len(), 1, "{:?}", pack.problems());
    assert!(pack.problems()[0].starts_with("da/help-now.ftl:1:"), "{:?}", pack.problems());
    let library = pack.open().unwrap();
    let article = library.article("da", "help-now").unwrap();
    assert!(article.title.is_fallback, "the broken title falls back to English");
    assert!(!article.summary.is_fallback, "the rest of the file is still Danish");
}

#[test]
fn an_unknown_service_id_names_the_file_and_the_message() {
    let pack = PackCopy::new();
    pack.replace("ro/help-now.ftl", "CALL(\"cmm-hotline\")", "CALL(\"cmm-hotlien\")");
    let problems = pack.problems();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].starts_with("ro/help-now.ftl:"), "{problems:?}");
    assert!(
        problems[0].contains("CALL(\"cmm-hotlien\"): no service with this id in services.toml"),
        "{problems:?}"
    );
}

#[test]
fn a_listed_locale_without_files_is_named_and_left_out() {
    let pack = PackCopy::new();
    std::fs::remove_dir_all(pack.path("vi")).unwrap();
    let library = pack.open().unwrap();
    assert!(
        !library.locales().iter().any(|l| l.code == "vi"),
        "a reader is not offered an empty language"
    );
    let problems: Vec<String> = library.problems().iter().map(ToString::to_string).collect();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].starts_with("pack.toml:"), "{problems:?}");
    assert!(problems[0].contains("error[locale-without-files] `locales.vi`"), "{problems:?}");
}

#[test]
fn a_missing_reference_folder_refuses_the_pack() {
    let pack = PackCopy::new();
    std::fs::remove_dir_all(pack.path("en")).unwrap();
    let error = pack.refusal();
    assert!(error.contains("error[locale-without-files] `locales.en`"), "{error}");
}

#[test]
fn a_folder_not_listed_in_pack_toml_is_named() {
    let pack = PackCopy::new();
    std::fs::create_dir(pack.path("pt")).unwrap();
    std::fs::write(pack.path("pt/help-now.ftl"), "title = Ajuda\n").unwrap();
    let library = pack.open().unwrap();
    let problems: Vec<String> = library.problems().iter().map(ToString::to_string).collect();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].starts_with("pt/:1:1: error[unlisted-locale] `pt`"), "{problems:?}");
}

#[test]
fn a_missing_services_file_refuses_the_pack() {
    let pack = PackCopy::new();
    std::fs::remove_file(pack.path("services.toml")).unwrap();
    let error = pack.refusal();
    assert!(error.contains("services.toml:1:1: error[missing-pack-file]"), "{error}");
}

#[test]
fn an_unknown_block_name_is_refused_with_its_message_id() {
    let pack = PackCopy::new();
    pack.replace("en/signs.ftl", "    .p1 =", "    .paragraph =");
    let problems = pack.problems();
    assert!(
        problems.iter().any(|p| p.starts_with("en/signs.ftl:")
            && p.contains("Attribute `.paragraph` is not a block")),
        "{problems:?}"
    );
}
