//! `haven-pack status`: how far each locale is translated, as a table a coordinator reads the way
//! they read coverage in Pontoon or Weblate. The counting is the engine's
//! ([`haven_lint::coverage`]); this module lays it out.

use std::fmt::Write;

use haven_library::ReviewStatus;
use haven_lint::{Coverage, LocaleCoverage};
use unicode_width::UnicodeWidthStr;

const HEADINGS: [&str; 10] = [
    "Locale", "Language", "Messages", "Words", "Missing", "Obsolete", "Errors", "Warnings",
    "Audio", "Review",
];

/// A header line, then one row per locale in `pack.toml` order:
///
/// ```text
/// Locale  Language    Messages           Words  Missing  Obsolete  Errors  Warnings  Audio       Review
/// en      English   62/62 100%  3193/3193 100%        0         0       0         0  62/62 100%  original (reference)
/// de      Deutsch      0/62 0%       0/3193 0%       62         0       0        62  0/0 0%      not translated
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
    let rows: Vec<[String; 10]> = coverage.locales.iter().map(row).collect();
    let mut widths = HEADINGS.map(width);
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(width(cell));
        }
    }
    let mut line = |cells: [&str; 10]| {
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
    let silent: Vec<&LocaleCoverage> =
        coverage.locales.iter().filter(|l| l.audio.no_voice.is_some()).collect();
    if !silent.is_empty() {
        let _ = writeln!(text);
    }
    for locale in silent {
        let reason = locale.audio.no_voice.as_deref().unwrap_or_default();
        let _ = writeln!(
            text,
            "`{}` has no synthetic voice ({reason}): only recordings can be heard.",
            locale.locale
        );
    }
    text
}

/// Messages with a clip of today's text, and what else a coordinator should know about the audio.
fn audio_cell(locale: &LocaleCoverage) -> String {
    let audio = &locale.audio;
    let mut cell = format!("{}/{} {}%", audio.spoken, audio.messages, audio.percent());
    if audio.recorded > 0 {
        let _ = write!(cell, ", {} recorded", audio.recorded);
    }
    if audio.outdated > 0 {
        let _ = write!(cell, ", {} outdated", audio.outdated);
    }
    if audio.no_voice.is_some() {
        cell.push_str(", no voice");
    }
    cell
}

fn row(locale: &LocaleCoverage) -> [String; 10] {
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
        audio_cell(locale),
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

/// Columns a cell takes on a terminal, by Unicode's East Asian Width (`unicode-width`): Chinese,
/// Japanese and Korean characters take two, combining marks (Thai vowel and tone marks, Arabic vowel
/// signs, Vietnamese accents written separately) none.
fn width(cell: &str) -> usize {
    UnicodeWidthStr::width(cell)
}

/// The coverage as JSON, for scripts.
pub fn to_json(coverage: &Coverage) -> String {
    serde_json::to_string_pretty(coverage).expect("coverage always serializes")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locale(code: &str, endonym: &str) -> LocaleCoverage {
        LocaleCoverage {
            locale: code.into(),
            endonym: Some(endonym.into()),
            review: Some(ReviewStatus::MachineAssisted),
            is_reference: false,
            messages: 62,
            translated: 62,
            words: 3193,
            translated_words: 3193,
            missing: 0,
            obsolete: 0,
            errors: 0,
            warnings: 0,
            audio: haven_lint::AudioCoverage::default(),
        }
    }

    #[test]
    fn columns_line_up_in_every_script() {
        let endonyms = [
            ("en", "English"),
            ("zh-Hans", "简体中文"),
            ("th", "ไทย"),
            ("ar", "العربية"),
            ("vi", "Tie\u{302}\u{301}ng Vie\u{323}\u{302}t"),
            ("ko", "한국어"),
            ("ja", "日本語"),
            // Devanagari's vowel signs and virama under or over a letter take no column.
            ("hi", "हिन्दी"),
            ("ne", "नेपाली"),
        ];
        let coverage = Coverage {
            pack_id: Some("dk.haven".into()),
            version: Some(1),
            reference_locale: Some("en".into()),
            locales: endonyms.iter().map(|(code, name)| locale(code, name)).collect(),
        };
        let table = to_table(&coverage);
        // On screen, every line's Messages column ends, and its Review column starts, where the
        // header's do. (Measured with unicode-width as a terminal is.)
        let screen = |text: &str| unicode_width::UnicodeWidthStr::width(text);
        let at = |line: &str, text: &str, heading: &str| {
            line.find(text)
                .map(|i| i + text.len())
                .or_else(|| line.find(heading).map(|i| i + heading.len()))
        };
        let starts: Vec<(usize, usize)> = table
            .lines()
            .skip(2)
            .map(|line| {
                let messages_end = at(line, "62/62 100%", "Messages").unwrap();
                let review = line.find("machine-assisted").or_else(|| line.find("Review")).unwrap();
                (screen(&line[..messages_end]), screen(&line[..review]))
            })
            .collect();
        assert_eq!(starts.len(), endonyms.len() + 1, "{table}");
        assert!(starts.iter().all(|s| *s == starts[0]), "{starts:?}\n{table}");
        assert_eq!([width("简体中文"), width("ไทย"), width("नेपाली")], [8, 3, 5]);
    }
}
