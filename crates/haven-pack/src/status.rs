//! `haven-pack status`: how far each locale is translated, as a table a coordinator reads the way
//! they read coverage in Pontoon or Weblate. The counting is the engine's
//! ([`haven_lint::coverage`]); this module lays it out.

use std::fmt::Write;

use haven_library::ReviewStatus;
use haven_lint::{Coverage, LocaleCoverage};

const HEADINGS: [&str; 9] = [
    "Locale", "Language", "Messages", "Words", "Missing", "Obsolete", "Errors", "Warnings",
    "Review",
];

/// A header line, then one row per locale in `pack.toml` order:
///
/// ```text
/// Locale  Language    Messages           Words  Missing  Obsolete  Errors  Warnings  Review
/// en      English   62/62 100%  3193/3193 100%        0         0       0         0  original (reference)
/// de      Deutsch      0/62 0%       0/3193 0%       62         0       0        62  not translated
/// ```
pub fn to_table(coverage: &Coverage) -> String {
    let mut text = String::new();
    let pack = match (&coverage.pack_id, coverage.version) {
        (Some(id), Some(version)) => format!("{id} version {version}"),
        (Some(id), None) => id.clone(),
        _ => "This pack".to_owned(),
    };
    match coverage.locales.iter().find(|l| l.is_reference) {
        Some(reference) => {
            let _ = writeln!(
                text,
                "{pack}: {} locale(s); the reference locale `{}` has {} messages and {} words.\n",
                coverage.locales.len(),
                reference.locale,
                reference.messages,
                reference.words
            );
        }
        None => {
            let _ = writeln!(
                text,
                "{pack}: the reference locale could not be read; run `haven-pack lint`.\n"
            );
        }
    }
    let rows: Vec<[String; 9]> = coverage.locales.iter().map(row).collect();
    let mut widths = HEADINGS.map(width);
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(width(cell));
        }
    }
    let mut line = |cells: [&str; 9]| {
        let mut out = String::new();
        for (i, cell) in cells.iter().enumerate() {
            let pad = " ".repeat(widths[i] - width(cell));
            // Names are read from the left, numbers compared from the right.
            if (2..=7).contains(&i) {
                out.push_str(&pad);
                out.push_str(cell);
            } else {
                out.push_str(cell);
                if i + 1 < cells.len() {
                    out.push_str(&pad);
                }
            }
            if i + 1 < cells.len() {
                out.push_str("  ");
            }
        }
        let _ = writeln!(text, "{}", out.trim_end());
    };
    line(HEADINGS);
    for row in &rows {
        line(std::array::from_fn(|i| row[i].as_str()));
    }
    text
}

fn row(locale: &LocaleCoverage) -> [String; 9] {
    let review = match (locale.review, locale.is_reference) {
        (Some(review), true) => format!("{} (reference)", review_text(review)),
        (Some(review), false) => review_text(review).to_owned(),
        (None, _) => "missing in pack.toml".to_owned(),
    };
    [
        locale.locale.clone(),
        locale.endonym.clone().unwrap_or_else(|| "?".to_owned()),
        format!("{}/{} {}%", locale.translated, locale.messages, locale.percent_translated()),
        format!("{}/{} {}%", locale.translated_words, locale.words, locale.percent_words()),
        locale.missing.to_string(),
        locale.obsolete.to_string(),
        locale.errors.to_string(),
        locale.warnings.to_string(),
        review,
    ]
}

fn review_text(review: ReviewStatus) -> &'static str {
    match review {
        ReviewStatus::Original => "original",
        ReviewStatus::Reviewed => "reviewed",
        ReviewStatus::MachineAssisted => "machine-assisted, not reviewed",
        ReviewStatus::NotTranslated => "not translated",
    }
}

/// Columns a cell takes on a terminal: one per character, except combining marks (Thai vowel and
/// tone marks, Vietnamese accents written separately), which take none, and Chinese, Japanese and
/// Korean characters, which take two.
fn width(cell: &str) -> usize {
    cell.chars().filter(|c| !is_combining(*c)).map(|c| if is_wide(c) { 2 } else { 1 }).sum()
}

fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6)
}

fn is_combining(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E | 0x0610..=0x061A | 0x064B..=0x065F)
}

/// The coverage as JSON, for scripts.
pub fn to_json(coverage: &Coverage) -> String {
    serde_json::to_string_pretty(coverage).expect("coverage always serializes")
}
