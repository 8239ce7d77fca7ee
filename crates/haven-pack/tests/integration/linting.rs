//! `haven-pack lint` and the lint inside `haven-pack build`, as an NGO editor meets them: what the
//! terminal says, the exit code a script sees, and whether a pack gets signed.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use haven_lint::{lint_dir, Problem};
use tempfile::TempDir;

use crate::fixture::*;

/// A copy of the default pack to break.
fn pack_copy() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    copy_dir(&default_pack(), &content);
    (dir, content)
}

fn lint(content: &Path, extra: &[&str]) -> Output {
    Command::new(haven_pack_binary()).arg("lint").arg(content).args(extra).output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn line_of(content: &Path, file: &str, needle: &str) -> usize {
    let text = std::fs::read_to_string(content.join(file)).unwrap();
    text.lines().position(|l| l.contains(needle)).expect("the text is in the file") + 1
}

#[test]
fn a_translation_that_drops_the_emergency_number_fails_with_file_line_and_fix() {
    let (_dir, content) = pack_copy();
    let line = line_of(&content, "ru/help-now.ftl", "danger = ");
    edit(&content, "ru/help-now.ftl", "Звоните { CALL(\"emergency\") }, если", "Звоните, если");

    let output = lint(&content, &[]);
    assert_eq!(output.status.code(), Some(1), "errors make lint fail");
    let text = stdout(&output);
    let expected = format!(
        "{}:{}:6: error[missing-placeable] `danger.p1`: This text does not use {{ CALL(\"emergency\") }}, which the reference uses here.",
        content.join("ru/help-now.ftl").display(),
        line + 1
    );
    assert!(text.contains(&expected), "{text}");
    assert!(text.contains("Put it back into the translated text"), "says how to fix it: {text}");
    assert!(text.trim_end().ends_with(
        "1 error and 0 warnings; fix the errors before publishing (`haven-pack build` refuses them)."
    ));
}

#[test]
fn a_missing_translation_is_a_warning_and_lint_succeeds() {
    let (_dir, content) = pack_copy();
    haven_testkit::remove_message(&content.join("da/help-now.ftl"), "police-and-cmm");

    let output = lint(&content, &[]);
    assert!(output.status.success(), "warnings alone do not fail: {}", stdout(&output));
    let text = stdout(&output);
    assert!(
        text.contains(
            "da/help-now.ftl:1:1: warning[missing-message] `police-and-cmm`: Not translated"
        ),
        "{text}"
    );
    assert!(text.contains("1 warning and no errors; the pack can be published."), "{text}");
}

#[test]
fn json_output_gives_every_field_an_editor_needs() {
    let (_dir, content) = pack_copy();
    edit(&content, "services.toml", "phone = \"+45 70 20 25 50\"", "phone = \"70 20 25 50\"");
    let output = lint(&content, &["--format", "json"]);
    assert_eq!(output.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    assert_eq!(json["errors"], 1);
    let diagnostic = &json["diagnostics"][0];
    assert_eq!(diagnostic["file"], "services.toml");
    assert_eq!(diagnostic["line"], line_of(&content, "services.toml", "phone = \"70 20 25 50\""));
    assert_eq!(diagnostic["column"], 9);
    assert_eq!(diagnostic["severity"], "error");
    assert_eq!(diagnostic["code"], "phone-not-international");
    assert_eq!(diagnostic["id"], "services.cmm-hotline.phone");
    assert_eq!(
        diagnostic["message"],
        "The phone number \"70 20 25 50\" is not in international form."
    );
    assert!(diagnostic["help"].as_str().unwrap().contains("+45 70 20 25 50"));
}

#[test]
fn the_default_pack_and_its_interface_strings_lint_clean_on_the_command_line() {
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let output = lint(&default_pack(), &["--interface", locales.to_str().unwrap()]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(text.contains("content: no problems."), "{text}");
    assert!(text.contains("locales: no problems."), "{text}");
}

#[test]
fn a_folder_that_is_not_a_pack_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let output = lint(dir.path(), &[]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("not a pack folder (it has no pack.toml)"), "{stderr}");
}

#[test]
fn a_file_that_is_not_text_is_named_and_the_rest_still_checked() {
    let (_dir, content) = pack_copy();
    std::fs::write(content.join("da/help-now.ftl"), b"title = F\xe5 hj\xe6lp nu\n").unwrap();
    edit(&content, "ru/help-now.ftl", "CALL(\"emergency\") }, если", "CALL(\"emergancy\") }, если");
    let report = lint_dir(&content);
    let unreadable = report.diagnostics.iter().find(|d| d.file == "da/help-now.ftl").unwrap();
    assert!(
        matches!(&unreadable.problem, Problem::Unreadable { reason } if reason.contains("not UTF-8"))
    );
    assert!(unreadable.is_error());
    assert!(
        report
            .diagnostics
            .iter()
            .any(|d| d.file == "ru/help-now.ftl" && d.code() == "unknown-service"),
        "one bad file does not hide the problems of the others"
    );
}

#[test]
fn build_refuses_what_only_the_lint_finds_and_publishes_nothing() {
    // The app would load this pack, but the number does not dial from a foreign SIM card.
    let workspace = Workspace::new();
    let content = workspace.content(2);
    edit(&content, "services.toml", "phone = \"+45 70 20 25 50\"", "phone = \"70 20 25 50\"");
    let out = workspace.path("public");
    let output = workspace.run_build(&content, &out, &[]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("services.toml:"), "names the file and line: {stderr}");
    assert!(stderr.contains("error[phone-not-international]"), "{stderr}");
    assert!(stderr.contains("the pack has 1 error(s); fix them and build again"), "{stderr}");
    assert!(!out.join("manifest.json").exists(), "nothing is published");
}

#[test]
fn build_publishes_a_pack_with_only_warnings_and_shows_them() {
    let workspace = Workspace::new();
    let content = workspace.content(2);
    std::fs::write(content.join("da/old-notes.ftl"), "title = Noter\n").unwrap();
    let out = workspace.path("public");
    let output = workspace.run_build(&content, &out, &[]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(stderr.contains("da/old-notes.ftl:1:1: warning[unknown-file]"), "{stderr}");
    assert!(out.join("manifest.json").exists());
}

#[test]
fn interface_strings_that_lose_a_variable_or_a_label_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let locales = dir.path().join("locales");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales"), &locales);
    let da = locales.join("da/app.ftl");
    let text = std::fs::read_to_string(&da).unwrap();
    let line = text.lines().position(|l| l.contains("{ $version }")).unwrap() + 1;
    std::fs::write(&da, text.replacen("{ $version }", "{ $versoin }", 1)).unwrap();

    let output = lint(&default_pack(), &["--interface", locales.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    let place = format!("{}:{line}:", locales.join("da/app.ftl").display());
    assert!(text.contains(&place), "names the file and line: {text}");
    assert!(text.contains("error[unknown-variable]"), "{text}");
    assert!(text.contains("does not use { $version }, which the reference uses here"), "{text}");
    assert!(text.contains("content: no problems."), "the pack itself is fine: {text}");
}
