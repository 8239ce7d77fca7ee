//! Reading `pack.toml` and `services.toml` with the position of every key and value, so that each
//! problem names its line and column, and every problem is reported rather than only the first (as
//! deserializing with serde would).

use std::ops::Range;

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use crate::diagnostic::{Diagnostic, Problem};
use crate::position::LineIndex;

/// A TOML file being checked: its name in the pack, its text and where problems go.
pub(crate) struct TomlDoc<'t, 'o> {
    pub file: String,
    index: LineIndex<'t>,
    out: &'o mut Vec<Diagnostic>,
}

impl<'t, 'o> TomlDoc<'t, 'o> {
    /// Parses `text`, reporting every syntax error, and returns what could be read.
    pub fn parse(
        file: impl Into<String>,
        text: &'t str,
        out: &'o mut Vec<Diagnostic>,
    ) -> (TomlDoc<'t, 'o>, Spanned<DeTable<'t>>) {
        let (table, errors) = DeTable::parse_recoverable(text);
        let mut doc = TomlDoc { file: file.into(), index: LineIndex::new(text), out };
        for error in errors {
            let at = error.span().map_or(0, |span| span.start);
            doc.report(
                at,
                None,
                Problem::InvalidToml { message: error.message().trim().to_owned() },
            );
        }
        (doc, table)
    }

    pub fn report(&mut self, offset: usize, id: Option<String>, problem: Problem) {
        let (line, column) = self.index.position(offset);
        self.out.push(Diagnostic { file: self.file.clone(), line, column, id, problem });
    }

    pub fn line_of(&self, offset: usize) -> usize {
        self.index.position(offset).0
    }

    pub fn position(&self, offset: usize) -> (usize, usize) {
        self.index.position(offset)
    }
}

/// A table of the file (the whole file, a `[[locales]]` entry, a service), with how to name it in
/// problems.
pub(crate) struct Table<'a, 't> {
    pub table: &'a DeTable<'t>,
    pub span: Range<usize>,
    /// How a reader knows which table: "pack.toml", "the [[locales]] entry `da`".
    pub owner: String,
    /// The prefix of the ids of its fields: "", "locales.da.".
    pub id_prefix: String,
}

impl<'a, 't> Table<'a, 't> {
    pub fn id(&self, field: &str) -> Option<String> {
        Some(format!("{}{field}", self.id_prefix))
    }

    pub fn get(&self, key: &str) -> Option<&'a Spanned<DeValue<'t>>> {
        self.table.get(key)
    }

    /// Reports every key that is not in `allowed`.
    pub fn check_unknown(&self, doc: &mut TomlDoc<'_, '_>, allowed: &[&'static str]) {
        for key in self.table.keys() {
            if !allowed.contains(&key.get_ref().as_ref()) {
                doc.report(
                    key.span().start,
                    self.id(key.get_ref()),
                    Problem::UnknownField {
                        field: key.get_ref().to_string(),
                        owner: self.owner.clone(),
                        allowed: allowed.to_vec(),
                    },
                );
            }
        }
    }

    /// A text field: reported when missing (if `required`) or not text.
    pub fn string(
        &self,
        doc: &mut TomlDoc<'_, '_>,
        key: &str,
        required: bool,
    ) -> Option<(&'a str, Range<usize>)> {
        let Some(value) = self.get(key) else {
            if required {
                self.missing(doc, key);
            }
            return None;
        };
        match value.get_ref() {
            DeValue::String(text) => Some((text.as_ref(), value.span())),
            other => {
                doc.report(
                    value.span().start,
                    self.id(key),
                    Problem::InvalidValue {
                        field: key.to_owned(),
                        expected: "text in double quotes".to_owned(),
                        found: describe(other),
                    },
                );
                None
            }
        }
    }

    /// A whole number of at least 0, such as `bytes = 10422`: reported when missing (if
    /// `required`) or not such a number.
    pub fn count(&self, doc: &mut TomlDoc<'_, '_>, key: &str, required: bool) -> Option<u64> {
        let Some(value) = self.get(key) else {
            if required {
                self.missing(doc, key);
            }
            return None;
        };
        let number = match value.get_ref() {
            DeValue::Integer(number) if number.radix() == 10 => {
                number.as_str().replace('_', "").parse::<u64>().ok()
            }
            _ => None,
        };
        if number.is_none() {
            doc.report(
                value.span().start,
                self.id(key),
                Problem::InvalidValue {
                    field: key.to_owned(),
                    expected: "a whole number of 0 or more, such as 10422".to_owned(),
                    found: describe(value.get_ref()),
                },
            );
        }
        number
    }

    /// A list of tables (`[[locales]]`), or nothing.
    pub fn tables(
        &self,
        doc: &mut TomlDoc<'_, '_>,
        key: &str,
    ) -> Vec<(&'a DeTable<'t>, Range<usize>)> {
        let Some(value) = self.get(key) else { return Vec::new() };
        let DeValue::Array(items) = value.get_ref() else {
            doc.report(
                value.span().start,
                self.id(key),
                Problem::InvalidValue {
                    field: key.to_owned(),
                    expected: format!("a list of [[{key}]] tables"),
                    found: describe(value.get_ref()),
                },
            );
            return Vec::new();
        };
        items
            .iter()
            .filter_map(|item| match item.get_ref() {
                DeValue::Table(table) => Some((table, item.span())),
                other => {
                    doc.report(
                        item.span().start,
                        self.id(key),
                        Problem::InvalidValue {
                            field: key.to_owned(),
                            expected: format!("a [[{key}]] table"),
                            found: describe(other),
                        },
                    );
                    None
                }
            })
            .collect()
    }

    /// A list of texts, such as `languages = ["da", "en"]`; empty when missing or not such a list.
    pub fn texts(&self, doc: &mut TomlDoc<'_, '_>, field: &str) -> Vec<String> {
        let Some(value) = self.get(field) else { return Vec::new() };
        let texts: Option<Vec<String>> = match value.get_ref() {
            DeValue::Array(items) => items
                .iter()
                .map(|i| match i.get_ref() {
                    DeValue::String(text) => Some(text.to_string()),
                    _ => None,
                })
                .collect(),
            _ => None,
        };
        if texts.is_none() {
            doc.report(
                value.span().start,
                self.id(field),
                Problem::InvalidValue {
                    field: field.into(),
                    expected: "a list of texts in double quotes, such as [\"da\", \"en\"]".into(),
                    found: describe(value.get_ref()),
                },
            );
        }
        texts.unwrap_or_default()
    }

    pub fn missing(&self, doc: &mut TomlDoc<'_, '_>, key: &str) {
        doc.report(
            self.span.start,
            self.id(key),
            Problem::MissingField { field: key.to_owned(), owner: self.owner.clone() },
        );
    }
}

/// A value as a reader would recognise it in a problem.
pub(crate) fn describe(value: &DeValue<'_>) -> String {
    match value {
        DeValue::String(text) => format!("the text \"{text}\""),
        DeValue::Integer(number) => format!("the number {}", number.as_str()),
        DeValue::Float(number) => format!("the number {}", number.as_str()),
        DeValue::Boolean(value) => format!("{value}"),
        DeValue::Datetime(date) => format!("the date {date} without quotes"),
        DeValue::Array(_) => "a list".to_owned(),
        DeValue::Table(_) => "a table".to_owned(),
    }
}
