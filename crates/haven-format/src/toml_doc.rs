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
    pub name: TableName<'a>,
}

/// How problems name a table and the ids of its fields. The words are put together only when a
/// problem is reported: a pack without problems has hundreds of tables and never needs them.
#[derive(Debug, Clone)]
pub(crate) enum TableName<'a> {
    /// A whole file or a table with a fixed place: "pack.toml" with ids "", "[self_check]" with
    /// ids "self_check.".
    Fixed { owner: &'static str, id_prefix: &'static str },
    /// An entry of a list of tables.
    Entry(EntryName<'a>),
    /// A table inside another: "a source of [[articles]] entry `x`" with ids "articles.x.sources.".
    Part { of: Box<TableName<'a>>, owner: &'static str, key: &'static str },
}

/// An entry of a list of tables (`[[locales]]`), named by its id once that is read.
#[derive(Debug, Clone, Copy)]
pub(crate) struct EntryName<'a> {
    /// The list's key, the start of its fields' ids: "locales".
    pub list: &'static str,
    /// The entry while its id is unknown: "a [[locales]] entry".
    pub unnamed: &'static str,
    /// What comes before its id: "the [[locales]] entry" (giving "the [[locales]] entry `da`").
    pub named: &'static str,
    pub id: Option<&'a str>,
}

impl TableName<'_> {
    /// How a reader knows which table: "pack.toml", "the [[locales]] entry `da`".
    pub fn owner(&self) -> String {
        match self {
            TableName::Fixed { owner, .. } => (*owner).to_owned(),
            TableName::Entry(EntryName { named, id: Some(id), .. }) => format!("{named} `{id}`"),
            TableName::Entry(EntryName { unnamed, id: None, .. }) => (*unnamed).to_owned(),
            TableName::Part { of, owner, .. } => {
                format!("{owner} {}", of.owner().trim_start_matches("the "))
            }
        }
    }

    /// The prefix of the ids of its fields: "", "locales.da.".
    pub fn id_prefix(&self) -> String {
        match self {
            TableName::Fixed { id_prefix, .. } => (*id_prefix).to_owned(),
            TableName::Entry(EntryName { list, id: Some(id), .. }) => format!("{list}.{id}."),
            TableName::Entry(EntryName { list, id: None, .. }) => format!("{list}."),
            TableName::Part { of, key, .. } => format!("{}{key}.", of.id_prefix()),
        }
    }
}

impl<'a, 't> Table<'a, 't> {
    /// The whole file, or a table with a fixed place in it.
    pub fn fixed(
        table: &'a DeTable<'t>,
        span: Range<usize>,
        owner: &'static str,
        id_prefix: &'static str,
    ) -> Self {
        Table { table, span, name: TableName::Fixed { owner, id_prefix } }
    }

    /// An entry of a list of tables, named by its text field `id_key`, which is reported when it
    /// is missing. Returns the entry and its id with the id's place.
    pub fn entry(
        doc: &mut TomlDoc<'_, '_>,
        table: &'a DeTable<'t>,
        span: Range<usize>,
        name: EntryName<'a>,
        id_key: &str,
    ) -> (Self, Option<(&'a str, Range<usize>)>) {
        let mut entry = Table { table, span, name: TableName::Entry(name) };
        let id = entry.string(doc, id_key, true);
        entry.name = TableName::Entry(EntryName { id: id.as_ref().map(|(id, _)| *id), ..name });
        (entry, id)
    }

    /// A table inside this one, named after it: `owner` "a source of" and `key` "sources" give
    /// "a source of [[articles]] entry `x`" with ids "articles.x.sources.".
    pub fn part(
        &self,
        table: &'a DeTable<'t>,
        span: Range<usize>,
        owner: &'static str,
        key: &'static str,
    ) -> Self {
        let of = Box::new(self.name.clone());
        Table { table, span, name: TableName::Part { of, owner, key } }
    }

    pub fn id(&self, field: &str) -> Option<String> {
        Some(format!("{}{field}", self.name.id_prefix()))
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
                        owner: self.name.owner(),
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
            Problem::MissingField { field: key.to_owned(), owner: self.name.owner() },
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
