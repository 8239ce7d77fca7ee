//! `haven-pack status`: the coverage table a coordinator reads to see how far each language is.

use std::path::Path;
use std::process::Command;

use crate::fixture::*;
use haven_testkit::remove_message;

fn status(content: &Path, extra: &[&str]) -> String {
    let output =
        Command::new(haven_pack_binary()).arg("status").arg(content).args(extra).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

/// The cells of the row of `locale`, split at runs of two or more spaces.
fn row(table: &str, locale: &str) -> Vec<String> {
    let line = table
        .lines()
        .find(|l| l.split_whitespace().next() == Some(locale))
        .unwrap_or_else(|| panic!("no row for {locale} in\n{table}"));
    line.split("  ").map(str::trim).filter(|c| !c.is_empty()).map(str::to_owned).collect()
}

#[test]
fn the_default_pack_is_complete_in_all_sixteen_languages() {
    let table = status(&default_pack(), &[]);
    assert!(table.starts_with("dk.haven version 2: 16 locale(s); the reference locale `en` has"));
    let header = table.lines().find(|l| l.starts_with("Locale")).unwrap();
    for heading in ["Messages", "Words", "Missing", "Obsolete", "Errors", "Warnings", "Review"] {
        assert!(header.contains(heading), "{header}");
    }
    let english = row(&table, "en");
    assert_eq!(english[1], "English");
    assert_eq!(english.last().unwrap(), "original (reference)");
    let (messages, words) = (english[2].clone(), english[3].clone());
    assert!(messages.ends_with("100%") && words.ends_with("100%"));
    for locale in [
        "da", "ro", "bg", "hu", "pl", "uk", "ru", "th", "vi", "fil", "zh-Hans", "ar", "fr", "es",
        "pcm",
    ] {
        let cells = row(&table, locale);
        assert_eq!(cells[2], messages, "{locale} has every message");
        assert_eq!(cells[3], words, "{locale} has every word");
        assert_eq!(
            &cells[4..8],
            ["0", "0", "0", "0"],
            "{locale}: nothing missing, obsolete or wrong"
        );
        assert_eq!(cells.last().unwrap(), "machine-assisted, not reviewed", "{locale}");
    }
}

#[test]
fn a_missing_and_an_obsolete_message_show_in_the_counts() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    copy_dir(&default_pack(), &content);
    remove_message(&content.join("da/help-now.ftl"), "police-and-cmm");
    let da = content.join("da/help-now.ftl");
    let text = std::fs::read_to_string(&da).unwrap();
    std::fs::write(
        &da,
        text + "\nold-section = Gammel tekst\n    .p1 = Den her tekst findes ikke længere.\n",
    )
    .unwrap();

    let json: serde_json::Value =
        serde_json::from_str(&status(&content, &["--format", "json"])).unwrap();
    let locales = json["locales"].as_array().unwrap();
    let english = locales.iter().find(|l| l["locale"] == "en").unwrap();
    let danish = locales.iter().find(|l| l["locale"] == "da").unwrap();
    let total = english["messages"].as_u64().unwrap();
    assert_eq!(danish["messages"], total);
    assert_eq!(danish["translated"], total - 1);
    assert_eq!(danish["missing"], 1);
    assert_eq!(danish["obsolete"], 1);
    assert!(danish["translated_words"].as_u64() < english["words"].as_u64());
    assert_eq!(danish["warnings"], 2, "the missing and the obsolete message");
    assert_eq!(danish["errors"], 0);
    assert_eq!(danish["review"], "machine-assisted");

    let table = status(&content, &[]);
    let cells = row(&table, "da");
    // Rounded down, so a locale shows 100% only when it is complete.
    let percent = (total - 1) * 100 / total;
    assert_eq!(cells[2], format!("{}/{total} {percent}%", total - 1));
    assert_eq!(&cells[4..8], ["1", "1", "0", "2"]);
}
