//! `pack.toml`: what a pack is, which locales it has and which articles, with their sources; and
//! its reader, which keeps the position of every key so each problem names its line and column, and
//! reports every problem rather than only the first (as deserializing with serde would).

use std::sync::Arc;

use rustc_hash::FxHashMap as HashMap;

use serde::{Deserialize, Serialize};
use toml::de::DeValue;

use crate::diagnostic::{Diagnostic, Problem};
use crate::pack::{is_valid_id, PACK_FILE, SELF_CHECK_FLUENT_FILE, SERVICES_FLUENT_FILE};
use crate::services_file::is_https_url;
use crate::toml_doc::{describe, EntryName, Table, TomlDoc};

/// The parsed `pack.toml`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct PackInfo {
    /// Stable id of the pack. A synced pack must keep the id of the one it replaces.
    pub id: String,
    /// Grows with every published change; a pack never moves backwards.
    pub version: u64,
    pub region: String,
    /// The locale every other locale falls back to and is checked against.
    pub reference_locale: String,
    pub publisher: String,
    /// The date the facts were last checked, `YYYY-MM-DD`.
    pub published: String,
    pub locales: Vec<LocaleInfo>,
    /// In the order of the home screen.
    pub articles: Vec<ArticleInfo>,
    /// The self-check "Is this happening to me?", where the pack has one (`[self_check]`).
    pub self_check: Option<SelfCheckInfo>,
    /// Where readers of the web edition can get the app (a store page or the NGO's own page), when
    /// the NGO has one it has checked; `https://` only. The web edition links to it; `None` shows no
    /// link at all, so a reader is never sent to an app nobody verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_url: Option<String>,
}

/// `[self_check]`: yes / no questions, each about one sign, asked one per screen. Their text is in
/// `<locale>/self-check.ftl`; the reader's answers never leave the screen.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SelfCheckInfo {
    /// The article that explains the signs; the result links to it, and each question's sources are
    /// sources of that article.
    pub article: String,
    /// In the order they are asked.
    pub questions: Vec<QuestionInfo>,
}

/// One question of the self-check.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct QuestionInfo {
    /// Also the id of the question's message in `self-check.ftl`.
    pub id: String,
    pub icon: String,
    /// Which sign it asks about, in the editors' words (not shown to readers).
    pub sign: String,
    /// The ids of the article's sources that list the sign.
    pub sources: Vec<String>,
}

/// One language of the pack, as `pack.toml` describes it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all(serialize = "camelCase"))]
pub struct LocaleInfo {
    /// A BCP 47 language tag such as `ro` or `zh-Hans`.
    pub code: String,
    /// The language's name in the language itself, so a reader can find it without reading English.
    pub endonym: String,
    pub direction: Direction,
    /// How far the language of the translation has been checked.
    pub review: ReviewStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_note: Option<String>,
    /// Whether a legal adviser or an NGO has checked the facts in this locale; `None` until one has.
    /// A separate state from [`LocaleInfo::review`]: a text can be a fine translation of guidance
    /// no lawyer has read, and a reader deserves to know both.
    pub content_review: Option<ContentReview>,
}

/// Who checked the facts of a locale's text, and when.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ContentReview {
    /// A name and role, such as "Jane Doe, lawyer, Example NGO".
    pub by: String,
    /// `YYYY-MM-DD`.
    pub on: String,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    #[default]
    Ltr,
    Rtl,
}

/// How far a locale's text has been checked. The app shows this on every article, because a reader
/// deserves to know when guidance about their safety was machine-assisted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReviewStatus {
    /// Written in this language from the sources.
    Original,
    /// Translated and reviewed by a native speaker.
    Reviewed,
    /// Machine-assisted translation, not yet reviewed by a native speaker.
    MachineAssisted,
    /// A scaffold: nothing translated yet, everything falls back.
    #[default]
    NotTranslated,
}

impl ReviewStatus {
    /// The status a `review = "..."` value names.
    pub fn from_name(text: &str) -> Option<ReviewStatus> {
        match text {
            "original" => Some(ReviewStatus::Original),
            "reviewed" => Some(ReviewStatus::Reviewed),
            "machine-assisted" => Some(ReviewStatus::MachineAssisted),
            "not-translated" => Some(ReviewStatus::NotTranslated),
            _ => None,
        }
    }

    /// The id of the interface string that explains this status to a reader.
    pub fn message_id(self) -> &'static str {
        match self {
            ReviewStatus::Original => "review-original",
            ReviewStatus::Reviewed => "review-reviewed",
            ReviewStatus::MachineAssisted => "review-machine-assisted",
            ReviewStatus::NotTranslated => "review-not-translated",
        }
    }
}

/// One article: its file name, pictogram and sources.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ArticleInfo {
    pub id: String,
    pub icon: String,
    /// The article's bibliography.
    pub sources: Vec<Source>,
    /// Which of those sources each section's facts come from (`[articles.sections]`), in file order.
    pub sections: Vec<SectionSources>,
}

impl ArticleInfo {
    /// The sources a section names, in the order it names them; ids that are not sources of the
    /// article (an error the loader reports) are left out.
    pub fn sources_of(&self, section: &str) -> Vec<&Source> {
        let Some(entry) = self.sections.iter().find(|s| s.section == section) else {
            return Vec::new();
        };
        entry
            .sources
            .iter()
            .filter_map(|id| self.sources.iter().find(|s| s.id.as_deref() == Some(id)))
            .collect()
    }
}

/// Where the facts of an article were checked.
///
/// Its texts are shared (`Arc<str>`): every article a reader opens copies its sources into each
/// section that names them, and a copy is then a count, not three new strings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Source {
    /// How a section names this source; a source without one is only in the bibliography.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<Arc<str>>,
    pub title: Arc<str>,
    pub url: Arc<str>,
}

/// One line of `[articles.sections]`: a section (a message id of the reference file) and the ids of
/// its sources.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SectionSources {
    pub section: String,
    pub sources: Vec<String>,
    /// Where the line starts in `pack.toml`, as a byte offset, for problems about it
    /// ([`crate::Pack::position_in_pack_file`] turns it into a line and column).
    #[serde(skip)]
    pub offset: usize,
}

impl PackInfo {
    /// Reads the text of a `pack.toml` with the loader's reader: what could be read, and every
    /// problem (file `pack.toml`). For tools that edit the file; a pack is opened with
    /// [`crate::Pack::load`].
    pub fn read(text: &str) -> (PackInfo, Vec<Diagnostic>) {
        let mut problems = Vec::new();
        let (info, _) = read(text, &mut problems);
        (info, problems)
    }

    pub fn locale(&self, code: &str) -> Option<&LocaleInfo> {
        self.locales.iter().find(|l| l.code == code)
    }

    pub fn article(&self, id: &str) -> Option<&ArticleInfo> {
        self.articles.iter().find(|a| a.id == id)
    }

    /// The Fluent files every locale has, without `.ftl`: each article, then the service texts,
    /// then the self-check's where the pack has one.
    pub fn fluent_file_names(&self) -> Vec<&str> {
        let self_check = self.self_check.as_ref().map(|_| SELF_CHECK_FLUENT_FILE);
        self.articles
            .iter()
            .map(|a| a.id.as_str())
            .chain([SERVICES_FLUENT_FILE])
            .chain(self_check)
            .collect()
    }
}

impl SelfCheckInfo {
    /// The messages `self-check.ftl` has besides one per question.
    pub const MESSAGES: [&'static str; 5] = ["title", "summary", "intro", "result", "help"];
}

const TOP_FIELDS: &[&str] = &[
    "id",
    "version",
    "region",
    "reference_locale",
    "publisher",
    "published",
    "locales",
    "articles",
    "self_check",
    "app_url",
];
const LOCALE_FIELDS: &[&str] = &[
    "code",
    "endonym",
    "direction",
    "review",
    "review_note",
    "content_reviewed_by",
    "content_reviewed_on",
];
const ARTICLE_FIELDS: &[&str] = &["id", "icon", "sections", "sources"];
const SOURCE_FIELDS: &[&str] = &["id", "title", "url"];
const SELF_CHECK_FIELDS: &[&str] = &["article", "questions"];
const QUESTION_FIELDS: &[&str] = &["id", "icon", "sign", "sources"];
const REVIEW_VALUES: &str =
    "one of \"original\", \"reviewed\", \"machine-assisted\" or \"not-translated\"";

/// Where each locale's `code` is written in `pack.toml`, as a byte offset, for problems about a
/// locale as a whole.
pub type LocalePositions = HashMap<String, usize>;

/// Reads `pack.toml`: what could be read of it, where each locale is listed, and every problem.
/// An entry with problems is still read as far as it goes, so the rest of the pack can be checked;
/// a locale or article whose id is unusable (or listed twice) is left out.
pub(crate) fn read(text: &str, out: &mut Vec<Diagnostic>) -> (PackInfo, LocalePositions) {
    let mut positions = LocalePositions::default();
    let (mut doc, root) = TomlDoc::parse(PACK_FILE, text, out);
    let top = Table::fixed(root.get_ref(), 0..0, PACK_FILE, "");
    top.check_unknown(&mut doc, TOP_FIELDS);
    let text_of = |field: &str, doc: &mut TomlDoc<'_, '_>| {
        top.string(doc, field, true).map(|(text, _)| text.to_owned()).unwrap_or_default()
    };
    let mut info = PackInfo {
        id: text_of("id", &mut doc),
        region: text_of("region", &mut doc),
        publisher: text_of("publisher", &mut doc),
        ..PackInfo::default()
    };
    info.version = check_version(&top, &mut doc).unwrap_or_default();
    info.published = check_published(&top, &mut doc).unwrap_or_default();
    info.app_url = top.string(&mut doc, "app_url", false).and_then(|(url, span)| {
        if is_https_url(url) {
            return Some(url.to_owned());
        }
        doc.report(span.start, top.id("app_url"), Problem::InsecureAppUrl { url: url.to_owned() });
        None
    });

    let mut first_offset_of: HashMap<String, usize> = HashMap::default();
    for (table, span) in top.tables(&mut doc, "locales") {
        let name = EntryName {
            list: "locales",
            unnamed: "a [[locales]] entry",
            named: "the [[locales]] entry",
            id: None,
        };
        let (entry, code) = Table::entry(&mut doc, table, span.clone(), name, "code");
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
        let mut direction = Direction::Ltr;
        if let Some((name, span)) = entry.string(&mut doc, "direction", false) {
            if name == "rtl" {
                direction = Direction::Rtl;
            } else if name != "ltr" {
                doc.report(
                    span.start,
                    entry.id("direction"),
                    Problem::InvalidValue {
                        field: "direction".into(),
                        expected: "\"ltr\" or \"rtl\"".into(),
                        found: format!("\"{name}\""),
                    },
                );
            }
        }
        let endonym = endonym.map(|(endonym, _)| endonym.to_owned()).unwrap_or_default();
        let review_note =
            entry.string(&mut doc, "review_note", false).map(|(note, _)| note.to_owned());
        let review = entry.string(&mut doc, "review", true).and_then(|(review, span)| {
            let status = ReviewStatus::from_name(review);
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
        let content_review = read_content_review(&entry, &mut doc);
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
        if let Some(first) = first_offset_of.get(code) {
            let first_line = doc.line_of(*first);
            let problem = Problem::DuplicateLocale { locale: code.to_owned(), first_line };
            doc.report(code_span.start, entry.id("code"), problem);
            continue;
        }
        first_offset_of.insert(code.to_owned(), code_span.start);
        positions.insert(code.to_owned(), code_span.start);
        info.locales.push(LocaleInfo {
            code: code.to_owned(),
            endonym,
            direction,
            // A missing or unknown status is reported above; until it is fixed, claim nothing.
            review: review.unwrap_or(ReviewStatus::NotTranslated),
            review_note,
            content_review,
        });
    }

    if let Some((reference, span)) = top.string(&mut doc, "reference_locale", true) {
        if info.locale(reference).is_none() {
            let problem = Problem::ReferenceLocaleNotListed { locale: reference.to_owned() };
            doc.report(span.start, top.id("reference_locale"), problem);
        }
        info.reference_locale = reference.to_owned();
    }

    let mut first_offset_of: HashMap<String, usize> = HashMap::default();
    for (table, span) in top.tables(&mut doc, "articles") {
        let name = EntryName {
            list: "articles",
            unnamed: "an [[articles]] entry",
            named: "the [[articles]] entry",
            id: None,
        };
        let (entry, id) = Table::entry(&mut doc, table, span.clone(), name, "id");
        entry.check_unknown(&mut doc, ARTICLE_FIELDS);
        let icon = entry.string(&mut doc, "icon", true).map(|(icon, _)| icon.to_owned());
        let sources = entry.tables(&mut doc, "sources");
        let mut article_sources = Vec::new();
        let mut source_offset_of: HashMap<&str, usize> = HashMap::default();
        for (source, span) in &sources {
            let source = entry.part(source, span.clone(), "a source of", "sources");
            source.check_unknown(&mut doc, SOURCE_FIELDS);
            let source_id = source.string(&mut doc, "id", false).and_then(|(source_id, span)| {
                if !is_valid_id(source_id) {
                    let problem = Problem::InvalidId { id: source_id.to_owned() };
                    doc.report(span.start, source.id("id"), problem);
                    return None;
                }
                if let Some(first) = source_offset_of.get(source_id) {
                    let first_line = doc.line_of(*first);
                    let problem =
                        Problem::DuplicateSource { source_id: source_id.to_owned(), first_line };
                    doc.report(span.start, source.id("id"), problem);
                    return None;
                }
                source_offset_of.insert(source_id, span.start);
                Some(source_id.into())
            });
            let title = source.string(&mut doc, "title", true);
            let url = source.string(&mut doc, "url", true);
            if let (Some((title, _)), Some((url, _))) = (title, url) {
                article_sources.push(Source {
                    id: source_id,
                    title: title.into(),
                    url: url.into(),
                });
            }
        }
        let article = id.as_ref().map_or("", |(id, _)| *id);
        let sections = read_sections(&entry, article, &mut doc, &source_offset_of);
        let Some((id, id_span)) = id else { continue };
        if sources.is_empty() {
            let at = entry.get("sources").map_or(id_span.start, |s| s.span().start);
            doc.report(
                at,
                entry.id("sources"),
                Problem::ArticleWithoutSources { article: id.into() },
            );
        }
        if !is_valid_id(id) || id == SERVICES_FLUENT_FILE || id == SELF_CHECK_FLUENT_FILE {
            doc.report(id_span.start, entry.id("id"), Problem::InvalidId { id: id.to_owned() });
            continue;
        }
        if let Some(first) = first_offset_of.get(id) {
            let first_line = doc.line_of(*first);
            let problem = Problem::DuplicateArticle { article: id.to_owned(), first_line };
            doc.report(id_span.start, entry.id("id"), problem);
            continue;
        }
        first_offset_of.insert(id.to_owned(), id_span.start);
        info.articles.push(ArticleInfo {
            id: id.to_owned(),
            icon: icon.unwrap_or_default(),
            sources: article_sources,
            sections,
        });
    }
    if top.get("locales").is_none() {
        top.missing(&mut doc, "locales");
    }
    info.self_check = read_self_check(&top, &mut doc, &info.articles);
    (info, positions)
}

/// `[self_check]` and its `[[self_check.questions]]`. A question whose id is unusable (or given
/// twice) is left out; the rest are asked.
fn read_self_check(
    top: &Table<'_, '_>,
    doc: &mut TomlDoc<'_, '_>,
    articles: &[ArticleInfo],
) -> Option<SelfCheckInfo> {
    let value = top.get("self_check")?;
    let DeValue::Table(table) = value.get_ref() else {
        doc.report(
            value.span().start,
            top.id("self_check"),
            Problem::InvalidValue {
                field: "self_check".into(),
                expected: "a table [self_check] with `article` and [[self_check.questions]]".into(),
                found: describe(value.get_ref()),
            },
        );
        return None;
    };
    let check = Table::fixed(table, value.span(), "[self_check]", "self_check.");
    check.check_unknown(doc, SELF_CHECK_FIELDS);
    let article = check.string(doc, "article", true).and_then(|(id, span)| {
        let found = articles.iter().find(|a| a.id == id);
        if found.is_none() {
            let problem = Problem::UnknownArticle { article: id.to_owned() };
            doc.report(span.start, check.id("article"), problem);
        }
        found
    });
    let mut questions = Vec::new();
    let mut first_offset_of: HashMap<String, usize> = HashMap::default();
    for (table, span) in check.tables(doc, "questions") {
        let name = EntryName {
            list: "self_check.questions",
            unnamed: "a [[self_check.questions]] entry",
            named: "the [[self_check.questions]] entry",
            id: None,
        };
        let (entry, id) = Table::entry(doc, table, span.clone(), name, "id");
        entry.check_unknown(doc, QUESTION_FIELDS);
        let icon = entry.string(doc, "icon", true).map(|(icon, _)| icon.to_owned());
        let sign = entry.string(doc, "sign", true).map(|(sign, _)| sign.to_owned());
        let sources = entry.texts(doc, "sources");
        if entry.get("sources").is_none() {
            entry.missing(doc, "sources");
        }
        if let Some(article) = article {
            let at = entry.get("sources").map_or(span.start, |s| s.span().start);
            for source in &sources {
                if !article.sources.iter().any(|s| s.id.as_deref() == Some(source.as_str())) {
                    let problem = Problem::UnknownQuestionSource {
                        article: article.id.clone(),
                        source_id: source.clone(),
                    };
                    doc.report(at, entry.id("sources"), problem);
                }
            }
        }
        let Some((id, id_span)) = id else { continue };
        if !is_valid_id(id) {
            doc.report(id_span.start, entry.id("id"), Problem::InvalidId { id: id.to_owned() });
            continue;
        }
        if SelfCheckInfo::MESSAGES.contains(&id) {
            let problem = Problem::ReservedQuestionId { id: id.to_owned() };
            doc.report(id_span.start, entry.id("id"), problem);
            continue;
        }
        if let Some(first) = first_offset_of.get(id) {
            let first_line = doc.line_of(*first);
            let problem = Problem::DuplicateQuestion { question: id.to_owned(), first_line };
            doc.report(id_span.start, entry.id("id"), problem);
            continue;
        }
        first_offset_of.insert(id.to_owned(), id_span.start);
        questions.push(QuestionInfo {
            id: id.to_owned(),
            icon: icon.unwrap_or_default(),
            sign: sign.unwrap_or_default(),
            sources,
        });
    }
    if questions.is_empty() && first_offset_of.is_empty() {
        check.missing(doc, "questions");
    }
    Some(SelfCheckInfo { article: article.map(|a| a.id.clone()).unwrap_or_default(), questions })
}

/// `[articles.sections]`: for each section, the ids of its sources, each of which must be one of the
/// article's `[[articles.sources]]`. Whether each section is in the reference file is checked when
/// that file is loaded ([`crate::LocaleFiles`]).
fn read_sections<'a>(
    entry: &Table<'a, '_>,
    article: &str,
    doc: &mut TomlDoc<'_, '_>,
    source_ids: &HashMap<&str, usize>,
) -> Vec<SectionSources> {
    let Some(value) = entry.get("sections") else { return Vec::new() };
    let DeValue::Table(table) = value.get_ref() else {
        doc.report(
            value.span().start,
            entry.id("sections"),
            Problem::InvalidValue {
                field: "sections".into(),
                expected: "a table [articles.sections] with one line per section, such as danger = [\"politi-112\"]".into(),
                found: describe(value.get_ref()),
            },
        );
        return Vec::new();
    };
    let sections = entry.part(table, value.span(), "[articles.sections] of", "sections");
    let mut out = Vec::new();
    for (key, _) in table.iter() {
        let section = key.get_ref().to_string();
        let sources = sections.texts(doc, &section);
        let at = sections.get(&section).map_or(key.span().start, |v| v.span().start);
        for source in &sources {
            if !source_ids.contains_key(source.as_str()) {
                let problem = Problem::UnknownSource {
                    article: article.to_owned(),
                    source_id: source.clone(),
                };
                doc.report(at, sections.id(&section), problem);
            }
        }
        out.push(SectionSources { section, sources, offset: key.span().start });
    }
    out
}

/// `content_reviewed_by` and `content_reviewed_on`: both, or neither.
fn read_content_review(entry: &Table<'_, '_>, doc: &mut TomlDoc<'_, '_>) -> Option<ContentReview> {
    let by = entry.string(doc, "content_reviewed_by", false);
    let on = entry.string(doc, "content_reviewed_on", false);
    match (by, on) {
        (None, None) => None,
        (Some(_), None) => {
            entry.missing(doc, "content_reviewed_on");
            None
        }
        (None, Some(_)) => {
            entry.missing(doc, "content_reviewed_by");
            None
        }
        (Some((by, by_span)), Some((on, on_span))) => {
            if by.trim().is_empty() {
                doc.report(
                    by_span.start,
                    entry.id("content_reviewed_by"),
                    Problem::InvalidValue {
                        field: "content_reviewed_by".into(),
                        expected: "the name and role of who checked the facts".into(),
                        found: "empty text".into(),
                    },
                );
                return None;
            }
            if !is_iso_date(on) {
                doc.report(
                    on_span.start,
                    entry.id("content_reviewed_on"),
                    Problem::InvalidValue {
                        field: "content_reviewed_on".into(),
                        expected: "the date the facts were checked, such as \"2026-12-01\"".into(),
                        found: format!("\"{on}\""),
                    },
                );
                return None;
            }
            Some(ContentReview { by: by.to_owned(), on: on.to_owned() })
        }
    }
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
fn check_published(top: &Table<'_, '_>, doc: &mut TomlDoc<'_, '_>) -> Option<String> {
    let Some(value) = top.get("published") else {
        top.missing(doc, "published");
        return None;
    };
    let date = match value.get_ref() {
        DeValue::String(text) if is_iso_date(text) => Some(text.to_string()),
        _ => None,
    };
    if date.is_none() {
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
    date
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

    /// A problem names the table it is in, also a table inside an entry or an entry without its id,
    /// so the publisher can find it.
    #[test]
    fn a_problem_names_its_table_and_the_field_id() {
        let text = r#"
[[locales]]
endonym = "Dansk"

[[articles]]
id = "help-now"
icon = "help"
[[articles.sources]]
id = "police"
titel = "The police"
url = "https://politi.dk/"
[articles.sections]
danger = 3
"#;
        let mut out = Vec::new();
        read(text, &mut out);
        let problem = |id: &str| {
            out.iter()
                .find(|d| d.id.as_deref() == Some(id))
                .unwrap_or_else(|| panic!("no problem with the id {id} in {out:#?}"))
                .problem
                .clone()
        };
        let Problem::MissingField { owner, .. } = problem("locales.code") else { panic!() };
        assert_eq!(owner, "a [[locales]] entry");
        let Problem::UnknownField { owner, .. } = problem("articles.help-now.sources.titel") else {
            panic!()
        };
        assert_eq!(owner, "a source of [[articles]] entry `help-now`");
        let Problem::MissingField { owner, .. } = problem("articles.help-now.sources.title") else {
            panic!()
        };
        assert_eq!(owner, "a source of [[articles]] entry `help-now`");
        assert!(matches!(
            problem("articles.help-now.sections.danger"),
            Problem::InvalidValue { .. }
        ));
    }
}
