//! Whether a translation is older than the reference text it translates.
//!
//! A translation that was right when it was made goes wrong silently when the reference changes
//! under it: a new deadline, a corrected right. So `haven-pack mark-translated` records, per locale,
//! a fingerprint of each reference message a translation was made from
//! (`<locale>/translated-from.toml`), and the lint warns where the reference's fingerprint is no
//! longer the recorded one. A message with no record is not judged: an NGO that does not use the
//! record gets no warnings from it.

use std::collections::BTreeMap;

use haven_format::{Diagnostic, LocaleFiles, Pack, PackSource, Problem};
use sha2::{Digest, Sha256};

use crate::translation_check::{Message, MessageTable};
use crate::CheckedFile;

/// The record's name in each locale folder.
pub const RECORD_FILE: &str = "translated-from.toml";

/// The record of one locale: file name (without `.ftl`) to message id to fingerprint.
pub(crate) type Record = BTreeMap<String, BTreeMap<String, String>>;

/// A fingerprint of what a message says: the text of its value and blocks, with whitespace
/// normalised (re-wrapping a line changes nothing), and the names of the services and variables it
/// uses. Positions and comments are left out, so moving a message is not a change.
pub(crate) fn fingerprint(message: &Message) -> String {
    let mut hasher = Sha256::new();
    for (attribute, part) in &message.parts {
        hasher.update(attribute.as_deref().unwrap_or("").as_bytes());
        hasher.update([0]);
        for word in part.text.split_whitespace() {
            hasher.update(word.as_bytes());
            hasher.update([b' ']);
        }
        hasher.update([0]);
        for placeable in &part.placeables {
            hasher.update(placeable.name.as_bytes());
            hasher.update([0]);
        }
    }
    hex::encode(&hasher.finalize()[..8])
}

/// Reads `<locale>/translated-from.toml`; `None` when the locale has none. A record that cannot be
/// read is reported and judged as no record.
pub(crate) fn read_record(pack: &Pack, locale: &str, out: &mut Vec<Diagnostic>) -> Option<Record> {
    let file = format!("{locale}/{RECORD_FILE}");
    let text = match pack.source.read_text(&file) {
        Ok(Some(text)) => text,
        Ok(None) => return None,
        Err(reason) => {
            out.push(at_start(&file, Problem::Unreadable { reason }));
            return None;
        }
    };
    match toml::from_str::<Record>(&text) {
        Ok(record) => Some(record),
        Err(error) => {
            let (line, column) = error
                .span()
                .map(|span| haven_format::LineIndex::new(&text).position(span.start))
                .unwrap_or((1, 1));
            out.push(Diagnostic {
                file,
                line,
                column,
                id: None,
                problem: Problem::InvalidToml { message: error.message().trim().to_owned() },
            });
            None
        }
    }
}

/// Warns for each message of `checked` whose reference changed since it was recorded.
pub(crate) fn check(
    recorded: Option<&BTreeMap<String, String>>,
    reference: &MessageTable,
    checked: &CheckedFile,
    locale: &str,
    reference_locale: &str,
    out: &mut Vec<Diagnostic>,
) {
    let Some(recorded) = recorded else { return };
    for (id, message) in &checked.table.messages {
        let (Some(was), Some(now)) = (recorded.get(id), reference.messages.get(id)) else {
            continue;
        };
        if *was != fingerprint(now) {
            let (line, column) = message.position;
            out.push(Diagnostic {
                file: checked.file.clone(),
                line,
                column,
                id: Some(id.clone()),
                problem: Problem::OutdatedTranslation {
                    reference_locale: reference_locale.to_owned(),
                    locale: locale.to_owned(),
                },
            });
        }
    }
}

/// Why a record cannot be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecordError {
    #[error("the pack cannot be read: {0}")]
    Pack(String),
    #[error("`{locale}` is not a locale of this pack with files; its locales are: {known}")]
    UnknownLocale { locale: String, known: String },
    #[error("`{locale}` is the reference locale; only translations are recorded against it")]
    IsReference { locale: String },
}

/// The text of `<locale>/translated-from.toml` that marks every message the locale has translated as
/// translated from the reference text of today. For `haven-pack mark-translated`, after a translator
/// has checked the locale against the reference.
pub fn translation_record(source: &PackSource, locale: &str) -> Result<String, RecordError> {
    let (pack, problems) = Pack::load(source.clone());
    let pack = pack.ok_or_else(|| {
        let first = problems.first().map(ToString::to_string).unwrap_or_default();
        RecordError::Pack(first)
    })?;
    if pack.is_reference(locale) {
        return Err(RecordError::IsReference { locale: locale.to_owned() });
    }
    if !pack.usable_locales.iter().any(|l| l.code == locale) {
        let known: Vec<&str> = pack.usable_locales.iter().map(|l| l.code.as_str()).collect();
        return Err(RecordError::UnknownLocale {
            locale: locale.to_owned(),
            known: known.join(", "),
        });
    }
    let tables = |code: &str| -> BTreeMap<String, MessageTable> {
        let (mut files, _) = LocaleFiles::load(&pack, code);
        let mut tables = BTreeMap::new();
        for name in pack.fluent_file_names() {
            if let Some(file) = files.take(name) {
                tables.insert(name.to_owned(), CheckedFile::of(file).table);
            }
        }
        tables
    };
    let reference = tables(&pack.info.reference_locale);
    let translation = tables(locale);
    let mut record = Record::new();
    for (name, table) in &translation {
        let Some(reference) = reference.get(name) else { continue };
        let messages: BTreeMap<String, String> = table
            .messages
            .keys()
            .filter_map(|id| Some((id.clone(), fingerprint(reference.messages.get(id)?))))
            .collect();
        if !messages.is_empty() {
            record.insert(name.clone(), messages);
        }
    }
    let body = toml::to_string(&record).expect("a map of texts is always TOML");
    Ok(format!(
        "# Written by `haven-pack mark-translated`: for each message of this locale, a fingerprint of\n\
         # the {} text it was translated from. The lint warns when that text has changed since.\n\n{body}",
        pack.info.reference_locale
    ))
}

fn at_start(file: &str, problem: Problem) -> Diagnostic {
    Diagnostic { file: file.to_owned(), line: 1, column: 1, id: None, problem }
}
