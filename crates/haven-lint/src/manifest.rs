//! `pack.toml`: every field the loader needs, in the form it needs, plus what the loader lets pass but
//! readers should not get (an article without sources).

use std::collections::HashMap;

use toml::de::DeValue;

use super::diagnostic::{Diagnostic, Problem};
use super::toml_doc::{describe, Table, TomlDoc};
use haven_format::{is_valid_id, ReviewStatus, PACK_FILE, SERVICES_FLUENT_FILE};

const TOP_FIELDS: &[&str] = &[
    "id",
    "version",
    "region",
    "reference_locale",
    "publisher",
    "published",
    "locales",
    "articles",
];
const LOCALE_FIELDS: &[&str] = &["code", "endonym", "direction", "review", "review_note"];
const ARTICLE_FIELDS: &[&str] = &["id", "icon", "sources"];
const SOURCE_FIELDS: &[&str] = &["title", "url"];
const REVIEW_VALUES: &str =
    "one of \"original\", \"reviewed\", \"machine-assisted\" or \"not-translated\"";

/// A locale as `pack.toml` lists it, read leniently so that the rest of the pack can be checked
/// even when the entry has problems.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedLocale {
    pub code: String,
    /// Where the code is written, for problems about the locale as a whole.
    pub line: usize,
    pub column: usize,
    pub endonym: Option<String>,
    pub review: Option<ReviewStatus>,
}

/// What the rest of the lint needs from `pack.toml`.
#[derive(Debug, Clone, Default)]
pub(crate) struct ManifestFacts {
    pub id: Option<String>,
    pub version: Option<u64>,
    pub reference_locale: Option<String>,
    pub locales: Vec<ListedLocale>,
    /// Article ids in the order of the home screen.
    pub articles: Vec<String>,
}

/// Checks `pack.toml` and returns what could be read of it.
pub(crate) fn check(text: &str, out: &mut Vec<Diagnostic>) -> ManifestFacts {
    let (mut doc, root) = TomlDoc::parse(PACK_FILE, text, out);
    let top = Table {
        table: root.get_ref(),
        span: 0..0,
        owner: PACK_FILE.to_owned(),
        id_prefix: String::new(),
    };
    top.check_unknown(&mut doc, TOP_FIELDS);
    let id = top.string(&mut doc, "id", true).map(|(id, _)| id.to_owned());
    for field in ["region", "publisher"] {
        top.string(&mut doc, field, true);
    }
    let version = check_version(&top, &mut doc);
    check_published(&top, &mut doc);
    let mut facts = ManifestFacts { id, version, ..ManifestFacts::default() };

    let mut first_line_of: HashMap<String, usize> = HashMap::new();
    for (table, span) in top.tables(&mut doc, "locales") {
        let mut entry = Table {
            table,
            span: span.clone(),
            owner: "a [[locales]] entry".to_owned(),
            id_prefix: "locales.".to_owned(),
        };
        let code = entry.string(&mut doc, "code", true);
        if let Some((code, _)) = code {
            entry.owner = format!("the [[locales]] entry `{code}`");
            entry.id_prefix = format!("locales.{code}.");
        }
        entry.check_unknown(&mut doc, LOCALE_FIELDS);
        let endonym = entry.string(&mut doc, "endonym", true);
        if let Some(("", span)) = &endonym {
            doc.report(
                span.start,
                entry.id("endonym"),
                Problem::InvalidValue {
                    field: "endonym".into(),
                    expected: "the language's name in the language itself".into(),
                    found: "empty text".into(),
                },
            );
        }
        if let Some((direction, span)) = entry.string(&mut doc, "direction", false) {
            if direction != "ltr" && direction != "rtl" {
                doc.report(
                    span.start,
                    entry.id("direction"),
                    Problem::InvalidValue {
                        field: "direction".into(),
                        expected: "\"ltr\" or \"rtl\"".into(),
                        found: format!("\"{direction}\""),
                    },
                );
            }
        }
        let endonym = endonym.map(|(endonym, _)| endonym.to_owned());
        entry.string(&mut doc, "review_note", false);
        let review = entry.string(&mut doc, "review", true).and_then(|(review, span)| {
            let status = review_status(review);
            if status.is_none() {
                doc.report(
                    span.start,
                    entry.id("review"),
                    Problem::InvalidValue {
                        field: "review".into(),
                        expected: REVIEW_VALUES.into(),
                        found: format!("\"{review}\""),
                    },
                );
            }
            status
        });
        let Some((code, code_span)) = code else { continue };
        if code.parse::<unic_langid::LanguageIdentifier>().is_err() || code.is_empty() {
            doc.report(
                code_span.start,
                entry.id("code"),
                Problem::InvalidValue {
                    field: "code".into(),
                    expected: "a BCP 47 language tag such as \"ro\" or \"zh-Hans\"".into(),
                    found: format!("\"{code}\""),
                },
            );
            continue;
        }
        let line = doc.line_of(code_span.start);
        if let Some(first_line) = first_line_of.get(code) {
            let problem =
                Problem::DuplicateLocale { locale: code.to_owned(), first_line: *first_line };
            doc.report(code_span.start, entry.id("code"), problem);
            continue;
        }
        first_line_of.insert(code.to_owned(), line);
        let (line, column) = doc.position(code_span.start);
        facts.locales.push(ListedLocale { code: code.to_owned(), line, column, endonym, review });
    }

    if let Some((reference, span)) = top.string(&mut doc, "reference_locale", true) {
        if !facts.locales.iter().any(|l| l.code == reference) {
            let problem = Problem::ReferenceLocaleNotListed { locale: reference.to_owned() };
            doc.report(span.start, top.id("reference_locale"), problem);
        }
        facts.reference_locale = Some(reference.to_owned());
    }

    let mut first_line_of: HashMap<String, usize> = HashMap::new();
    for (table, span) in top.tables(&mut doc, "articles") {
        let mut entry = Table {
            table,
            span: span.clone(),
            owner: "an [[articles]] entry".to_owned(),
            id_prefix: "articles.".to_owned(),
        };
        let id = entry.string(&mut doc, "id", true);
        if let Some((id, _)) = id {
            entry.owner = format!("the [[articles]] entry `{id}`");
            entry.id_prefix = format!("articles.{id}.");
        }
        entry.check_unknown(&mut doc, ARTICLE_FIELDS);
        entry.string(&mut doc, "icon", true);
        let sources = entry.tables(&mut doc, "sources");
        for (source, span) in &sources {
            let source = Table {
                table: source,
                span: span.clone(),
                owner: format!("a source of {}", entry.owner.trim_start_matches("the ")),
                id_prefix: entry.id_prefix.clone() + "sources.",
            };
            source.check_unknown(&mut doc, SOURCE_FIELDS);
            source.string(&mut doc, "title", true);
            source.string(&mut doc, "url", true);
        }
        let Some((id, id_span)) = id else { continue };
        if sources.is_empty() {
            let at = entry.get("sources").map_or(id_span.start, |s| s.span().start);
            doc.report(
                at,
                entry.id("sources"),
                Problem::ArticleWithoutSources { article: id.into() },
            );
        }
        if !is_valid_id(id) || id == SERVICES_FLUENT_FILE {
            doc.report(id_span.start, entry.id("id"), Problem::InvalidId { id: id.to_owned() });
            continue;
        }
        if let Some(first_line) = first_line_of.get(id) {
            let problem =
                Problem::DuplicateArticle { article: id.to_owned(), first_line: *first_line };
            doc.report(id_span.start, entry.id("id"), problem);
            continue;
        }
        first_line_of.insert(id.to_owned(), doc.line_of(id_span.start));
        facts.articles.push(id.to_owned());
    }
    if top.get("locales").is_none() {
        top.missing(&mut doc, "locales");
    }
    facts
}

/// The version is what a phone compares to refuse an older pack, so it must be a whole number.
fn check_version(top: &Table<'_, '_>, doc: &mut TomlDoc<'_, '_>) -> Option<u64> {
    let Some(value) = top.get("version") else {
        top.missing(doc, "version");
        return None;
    };
    let version = match value.get_ref() {
        DeValue::Integer(number) if number.radix() == 10 => {
            number.as_str().replace('_', "").parse::<u64>().ok()
        }
        _ => None,
    };
    if version.is_none() {
        doc.report(
            value.span().start,
            top.id("version"),
            Problem::InvalidValue {
                field: "version".into(),
                expected: "a whole number without quotes, such as 2, that grows with every published change".into(),
                found: describe(value.get_ref()),
            },
        );
    }
    version
}

/// The date the facts were last checked is shown to readers, so it must be a real date.
fn check_published(top: &Table<'_, '_>, doc: &mut TomlDoc<'_, '_>) {
    let Some(value) = top.get("published") else {
        top.missing(doc, "published");
        return;
    };
    let is_date = match value.get_ref() {
        DeValue::String(text) => is_iso_date(text),
        _ => false,
    };
    if !is_date {
        doc.report(
            value.span().start,
            top.id("published"),
            Problem::InvalidValue {
                field: "published".into(),
                expected: "the date the facts were last checked, in quotes, such as \"2026-11-29\""
                    .into(),
                found: describe(value.get_ref()),
            },
        );
    }
}

fn is_iso_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [year, month, day] = parts[..] else { return false };
    let number = |s: &str, len: usize| {
        (s.len() == len && s.chars().all(|c| c.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    matches!(
        (number(year, 4), number(month, 2), number(day, 2)),
        (Some(_), Some(1..=12), Some(1..=31))
    )
}

fn review_status(text: &str) -> Option<ReviewStatus> {
    match text {
        "original" => Some(ReviewStatus::Original),
        "reviewed" => Some(ReviewStatus::Reviewed),
        "machine-assisted" => Some(ReviewStatus::MachineAssisted),
        "not-translated" => Some(ReviewStatus::NotTranslated),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_be_year_month_day() {
        assert!(is_iso_date("2026-11-29"));
        assert!(!is_iso_date("29-11-2026"));
        assert!(!is_iso_date("2026-13-01"));
        assert!(!is_iso_date("2026-1-01"));
    }
}
