//! `haven-pack new-locale`: the scaffold a volunteer translator starts from.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use haven_library::{Direction, Library, PackSource, ReviewStatus};
use haven_lint::lint_dir;
use tempfile::TempDir;

use crate::fixture::*;

fn pack_copy() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    copy_dir(&default_pack(), &content);
    (dir, content)
}

fn new_locale(content: &Path, args: &[&str]) -> Output {
    Command::new(haven_pack_binary()).arg("new-locale").arg(content).args(args).output().unwrap()
}

/// Every file of a folder, with its bytes (the pack's audio clips are not text), for checking that
/// nothing changed.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            if entry.path().is_dir() {
                stack.push(entry.path());
            } else {
                files.push((entry.path(), std::fs::read(entry.path()).unwrap()));
            }
        }
    }
    files.sort();
    files
}

#[test]
fn a_new_locale_loads_falls_back_to_english_and_only_warns_that_it_is_not_translated() {
    let (_dir, content) = pack_copy();
    let before = std::fs::read_to_string(content.join("pack.toml")).unwrap();

    let output = new_locale(&content, &["de", "--endonym", "Deutsch"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let said = String::from_utf8_lossy(&output.stdout);
    // One scaffold file per file of the reference locale: each article, and the service texts.
    let reference_files = std::fs::read_dir(content.join("en")).unwrap().count();
    assert!(said.contains(&format!("with {reference_files} files")), "{said}");
    assert!(said.contains("review = \"not-translated\""), "{said}");

    // pack.toml keeps every line, comment and entry it had, with one entry added.
    let after = std::fs::read_to_string(content.join("pack.toml")).unwrap();
    let added: Vec<&str> =
        after.lines().filter(|l| !before.lines().any(|b| b == *l) || l.is_empty()).collect();
    assert!(
        after.lines().filter(|l| !l.is_empty()).count()
            == before.lines().filter(|l| !l.is_empty()).count() + 6
    );
    assert!(added.contains(&"code = \"de\"") && added.contains(&"endonym = \"Deutsch\""));
    assert!(after.contains(
        "code = \"de\"\nendonym = \"Deutsch\"\ndirection = \"ltr\"\nreview = \"not-translated\"\n"
    ));
    let first_article = after.find("[[articles]]").unwrap();
    assert!(after.find("code = \"de\"").unwrap() < first_article, "with the other locales");
    assert!(after.starts_with(before.lines().next().unwrap()), "the opening comment stays");

    // Each reference text is there as a comment to translate from.
    let scaffold = std::fs::read_to_string(content.join("de/help-now.ftl")).unwrap();
    assert!(scaffold.contains("# title = Get help now\n"), "{scaffold}");
    assert!(scaffold.contains("#     .action = { CALL(\"emergency\") }\n"));
    assert!(content.join("de/services.ftl").is_file());

    // The lint finds no errors, only that messages are not translated yet.
    let report = lint_dir(&content);
    assert!(
        !report.has_errors(),
        "{:?}",
        report.errors().map(ToString::to_string).collect::<Vec<_>>()
    );
    assert!(report.warning_count() > 0);
    for warning in report.warnings() {
        assert!(warning.file.starts_with("de/"), "{warning}");
        assert_eq!(warning.code(), "missing-message", "{warning}");
    }
    // Each points at the commented reference text the translator starts from.
    let title = report
        .warnings()
        .find(|w| w.file == "de/help-now.ftl" && w.id.as_deref() == Some("title"))
        .unwrap();
    let title_line = scaffold.lines().position(|l| l == "# title = Get help now").unwrap() + 1;
    assert_eq!((title.line, title.column), (title_line, 1));

    // The app offers German, says it is not translated, and shows the English text meanwhile.
    let library = Library::open(PackSource::Directory(content.clone())).unwrap();
    assert!(library.check_all_locales().is_empty());
    let german = library.locales().iter().find(|l| l.code == "de").expect("German is offered");
    assert_eq!(german.review, ReviewStatus::NotTranslated);
    assert_eq!(german.endonym, "Deutsch");
    let article = library.article("de", "help-now").unwrap();
    assert_eq!(article.title.plain(), "Get help now");
    assert!(article.title.is_fallback, "the reader is told it is not translated");
}

#[test]
fn a_translated_message_counts_as_soon_as_it_is_uncommented() {
    let (_dir, content) = pack_copy();
    assert!(new_locale(&content, &["de", "--endonym", "Deutsch"]).status.success());
    let before = lint_dir(&content).warning_count();
    edit(&content, "de/help-now.ftl", "# title = Get help now", "title = Jetzt Hilfe bekommen");

    let report = lint_dir(&content);
    assert!(!report.has_errors());
    assert_eq!(report.warning_count(), before - 1, "one message fewer to translate");
    let library = Library::open(PackSource::Directory(content)).unwrap();
    let article = library.article("de", "help-now").unwrap();
    assert_eq!(article.title.plain(), "Jetzt Hilfe bekommen");
    assert!(!article.title.is_fallback);
}

#[test]
fn a_right_to_left_language_is_listed_as_such() {
    let (_dir, content) = pack_copy();
    let output = new_locale(&content, &["fa", "--endonym", "فارسی", "--dir", "rtl"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let library = Library::open(PackSource::Directory(content)).unwrap();
    let persian = library.locales().iter().find(|l| l.code == "fa").unwrap();
    assert_eq!(persian.direction, Direction::Rtl);
    assert_eq!(persian.endonym, "فارسی");
}

#[test]
fn an_existing_locale_is_refused_and_nothing_changes() {
    let (_dir, content) = pack_copy();
    let before = snapshot(&content);
    let output = new_locale(&content, &["da", "--endonym", "Dansk"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("the locale `da` is already listed"), "{stderr}");
    assert_eq!(snapshot(&content), before);
}

#[test]
fn an_invalid_tag_is_refused_with_the_right_spelling_when_there_is_one() {
    let (_dir, content) = pack_copy();
    let before = snapshot(&content);

    let output = new_locale(&content, &["pt_br", "--endonym", "Português"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("`pt_br` is not a BCP 47 language tag; write it as `pt-BR`"),
        "{stderr}"
    );

    let output = new_locale(&content, &["portuguese!", "--endonym", "Português"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("use a tag such as `de`, `pt-BR` or `sr-Latn`"), "{stderr}");

    let output = new_locale(&content, &["pt-BR", "--endonym", "  "]);
    assert!(!output.status.success(), "an empty endonym is refused too");
    assert_eq!(snapshot(&content), before, "nothing was created");
}
