//! How far each locale is translated, counted the way translators read coverage in Pontoon or
//! Weblate: messages and source words translated, messages missing and obsolete, against the
//! reference locale.

use serde::Serialize;

use super::{AudioCoverage, CheckedFile, Scan};
use crate::translation_check::MessageTable;
use haven_format::ReviewStatus;

/// The coverage of every locale `pack.toml` lists, in its order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Coverage {
    /// The pack's id and version, when `pack.toml` gives them.
    pub pack_id: Option<String>,
    pub version: Option<u64>,
    pub reference_locale: Option<String>,
    pub locales: Vec<LocaleCoverage>,
}

/// One locale's coverage. Messages are counted over all its files (articles and service texts);
/// words are the reference's words, so locales are comparable whatever their language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LocaleCoverage {
    pub locale: String,
    pub endonym: Option<String>,
    pub review: Option<ReviewStatus>,
    pub is_reference: bool,
    /// Messages of the reference.
    pub messages: usize,
    /// Reference messages this locale has.
    pub translated: usize,
    /// Words of the reference.
    pub words: usize,
    /// Words of the reference messages this locale has.
    pub translated_words: usize,
    /// Reference messages this locale does not have (or that do not parse): readers see them in the
    /// reference language.
    pub missing: usize,
    /// Messages the reference no longer has.
    pub obsolete: usize,
    /// Problems `haven-pack lint` reports in this locale's files and `pack.toml` entry.
    pub errors: usize,
    pub warnings: usize,
    /// How much of the locale can be heard.
    pub audio: AudioCoverage,
}

impl LocaleCoverage {
    /// Messages translated, in whole percent (rounded down, so 100 means complete).
    pub fn percent_translated(&self) -> usize {
        percent(self.translated, self.messages)
    }

    pub fn percent_words(&self) -> usize {
        percent(self.translated_words, self.words)
    }
}

/// An empty reference counts as complete.
fn percent(part: usize, whole: usize) -> usize {
    (part * 100).checked_div(whole).unwrap_or(100)
}

/// Message and word counts of one locale, added up file by file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Counts {
    messages: usize,
    translated: usize,
    words: usize,
    translated_words: usize,
    missing: usize,
    obsolete: usize,
}

impl Counts {
    pub fn of_reference<'a>(
        tables: impl IntoIterator<Item = (&'a String, &'a MessageTable)>,
    ) -> Counts {
        let mut counts = Counts::default();
        for (_, table) in tables {
            let words: usize = table.messages.values().map(|m| m.word_count()).sum();
            counts.messages += table.messages.len();
            counts.translated += table.messages.len();
            counts.words += words;
            counts.translated_words += words;
        }
        counts
    }

    pub fn add_missing_file(&mut self, reference: &MessageTable) {
        self.messages += reference.messages.len();
        self.missing += reference.messages.len();
        self.words += reference.messages.values().map(|m| m.word_count()).sum::<usize>();
    }

    pub fn add_file(&mut self, reference: &MessageTable, translation: &CheckedFile) {
        for (id, message) in &reference.messages {
            let words = message.word_count();
            self.messages += 1;
            self.words += words;
            if translation.table.messages.contains_key(id) {
                self.translated += 1;
                self.translated_words += words;
            } else {
                self.missing += 1;
            }
        }
        self.obsolete += translation
            .table
            .messages
            .keys()
            .filter(|id| !reference.messages.contains_key(*id))
            .count();
    }
}

pub(crate) fn count(scan: Scan) -> Coverage {
    let Some(pack) = scan.pack else {
        return Coverage {
            pack_id: None,
            version: None,
            reference_locale: None,
            locales: Vec::new(),
        };
    };
    let reference = &pack.info.reference_locale;
    let reference_counts =
        scan.counts.iter().find(|(l, _)| l == reference).map(|(_, c)| *c).unwrap_or_default();
    let locales = pack
        .info
        .locales
        .iter()
        .map(|listed| {
            let is_reference = *reference == listed.code;
            // A locale without files has every message missing.
            let counts = scan.counts.iter().find(|(l, _)| *l == listed.code).map_or(
                Counts {
                    messages: reference_counts.messages,
                    words: reference_counts.words,
                    missing: reference_counts.messages,
                    ..Counts::default()
                },
                |(_, c)| *c,
            );
            let folder = format!("{}/", listed.code);
            let entry = format!("locales.{}", listed.code);
            let (errors, warnings) = scan
                .diagnostics
                .iter()
                .filter(|d| {
                    d.file.starts_with(&folder)
                        || d.id
                            .as_deref()
                            .is_some_and(|id| id == entry || id.starts_with(&format!("{entry}.")))
                })
                .fold((0, 0), |(e, w), d| if d.is_error() { (e + 1, w) } else { (e, w + 1) });
            LocaleCoverage {
                locale: listed.code.clone(),
                endonym: Some(listed.endonym.clone()).filter(|e| !e.is_empty()),
                review: Some(listed.review),
                is_reference,
                messages: counts.messages,
                translated: counts.translated,
                words: counts.words,
                translated_words: counts.translated_words,
                missing: counts.missing,
                obsolete: counts.obsolete,
                errors,
                warnings,
                audio: scan
                    .audio
                    .iter()
                    .find(|(l, _)| *l == listed.code)
                    .map(|(_, a)| a.clone())
                    .unwrap_or_default(),
            }
        })
        .collect();
    Coverage {
        pack_id: Some(pack.info.id.clone()).filter(|id| !id.is_empty()),
        version: Some(pack.info.version).filter(|v| *v > 0),
        reference_locale: Some(pack.info.reference_locale.clone()).filter(|r| !r.is_empty()),
        locales,
    }
}
