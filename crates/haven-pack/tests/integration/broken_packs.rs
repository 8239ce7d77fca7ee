//! The broken-pack corpus, `tests/broken-packs/` at the root of the repository: tests are data.
//!
//! `_pack/` is a small pack with no problems. Every other folder is one case: `patch.toml` breaks a
//! copy of `_pack` in one way, and `expected.txt` holds the exact lines the lint must report for it,
//! as `haven-pack lint` prints them (file, line, column, severity, check, id, what is wrong and how to
//! fix it). Lines starting with `#` are comments. See `tests/broken-packs/README.md`.
//!
//! After a deliberate change to the lint's wording, regenerate the expected files with
//! `HAVEN_BLESS=1 cargo test -p haven-pack --test integration broken_packs` and review the diff.

use std::fs;
use std::path::Path;

use haven_lint::{lint_dir, lint_interface, lint_pack, LintReport};

use crate::corpus::{broken_pack, cases, corpus};
use crate::fixture::default_pack;

fn lines(report: &LintReport) -> Vec<String> {
    report.diagnostics.iter().map(ToString::to_string).collect()
}

/// The expected lines of a case, without comments (the case's description) and blank lines.
fn expected(case: &Path) -> Vec<String> {
    let text = fs::read_to_string(case.join("expected.txt")).unwrap_or_default();
    text.lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_broken_pack_gets_exactly_its_expected_diagnostics() {
    let bless = std::env::var_os("HAVEN_BLESS").is_some();
    let cases = cases();
    assert!(cases.len() >= 30, "the corpus has a case per problem; found {}", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let dir = tempfile::tempdir().unwrap();
        let patch = match broken_pack(case, dir.path()) {
            Ok(patch) => patch,
            Err(error) => {
                failures.push(format!("{name}: cannot apply patch.toml: {error}"));
                continue;
            }
        };
        let report = lint_dir(dir.path());
        let actual = lines(&report);
        let expected = expected(case);
        if bless {
            let header = format!("# {}", patch.description);
            let text = std::iter::once(header).chain(actual.iter().cloned()).collect::<Vec<_>>();
            fs::write(case.join("expected.txt"), text.join("\n") + "\n").unwrap();
            continue;
        }
        if actual != expected {
            failures.push(format!(
                "{name} ({}):\n  expected:\n    {}\n  got:\n    {}",
                patch.description,
                expected.join("\n    "),
                actual.join("\n    ")
            ));
        }
        // A broken pack is never silently fine.
        if actual.is_empty() {
            failures.push(format!("{name}: a broken pack must get at least one diagnostic"));
        }
    }
    assert!(failures.is_empty(), "{} case(s) failed:\n\n{}", failures.len(), failures.join("\n\n"));
}

/// Each check of the lint has a case whose expected output shows it, so that its wording and
/// position are pinned down. (Only `unreadable-file`, which needs bytes that are not UTF-8, is
/// tested in `linting.rs` instead.)
#[test]
fn the_corpus_has_a_case_for_every_check() {
    let all: String = cases().iter().map(|case| expected(case).join("\n")).collect();
    for code in [
        "syntax-error",
        "missing-default-variant",
        "missing-plural-categories",
        "missing-message",
        "obsolete",
        "missing-attribute",
        "missing-placeable",
        "extra-placeable",
        "unknown-service",
        "unknown-function",
        "unknown-message-reference",
        "unknown-term",
        "unknown-variable",
        "invalid-article-message",
        "missing-article-message",
        "duplicate-message",
        "wrong-script",
        "copy-of-reference",
        "implausible-length",
        "missing-file",
        "missing-reference-file",
        "unknown-file",
        "number-in-text",
        "duplicate-service",
        "phone-not-international",
        "insecure-url",
        "unknown-kind",
        "service-without-text",
        "invalid-id",
        "locale-without-files",
        "unlisted-locale",
        "missing-field",
        "unknown-field",
        "invalid-value",
        "article-without-sources",
        "invalid-toml",
        "reference-locale-not-listed",
        "duplicate-locale",
        "duplicate-article",
        "duplicate-attribute",
        "duplicate-variant",
        "term-clashes-with-message",
        "replacement-character",
        "text-for-unknown-service",
        "missing-pack-file",
        "clip-size-mismatch",
        "clip-file-missing",
        "unknown-clip-message",
        "recording-without-speaker",
        "unknown-clip-source",
        "outdated-audio",
    ] {
        assert!(all.contains(&format!("[{code}]")), "no case in tests/broken-packs shows `{code}`");
    }
}

#[test]
fn the_pack_the_cases_start_from_has_no_problems() {
    let report = lint_dir(&corpus().join("_pack"));
    assert_eq!(lines(&report), Vec::<String>::new());
}

#[test]
fn the_default_pack_lints_clean_with_no_errors_and_no_warnings() {
    let report = lint_dir(&default_pack());
    assert_eq!(lines(&report), Vec::<String>::new(), "content/ must lint clean");
    // The copy compiled into the app is the same pack.
    assert!(lint_pack(&haven_testkit::bundled_default_pack()).is_clean());
}

#[test]
fn the_interface_strings_lint_clean_against_english() {
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let report = lint_interface(&locales, "en");
    assert_eq!(lines(&report), Vec::<String>::new(), "locales/*/app.ftl must lint clean");
}
