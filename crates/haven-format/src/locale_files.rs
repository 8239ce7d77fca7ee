//! The Fluent files of one locale of a pack, loaded and checked against the article format.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::diagnostic::{Diagnostic, Problem};
use crate::fluent_file::{FileKind, FileRules, FluentFile};
use crate::pack::{at_start, Pack, SELF_CHECK_FLUENT_FILE, SERVICES_FLUENT_FILE};
use crate::pack_file::SelfCheckInfo;
use crate::{CONTENT_VARIABLES, SELF_CHECK_VARIABLES};

pub const TITLE: &str = "title";
pub const SUMMARY: &str = "summary";

/// What an attribute of a section message is, by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    Important,
    List,
    Action,
}

/// `.p1` is a paragraph, `.list2` a list, `.important` a highlighted paragraph, `.action` a service
/// button. Digits after the kind keep attribute names unique.
pub fn block_kind(attribute: &str) -> Option<BlockKind> {
    [
        ("important", BlockKind::Important),
        ("action", BlockKind::Action),
        ("list", BlockKind::List),
        ("p", BlockKind::Paragraph),
    ]
    .into_iter()
    .find_map(|(prefix, kind)| {
        let rest = attribute.strip_prefix(prefix)?;
        rest.chars().all(|c| c.is_ascii_digit()).then_some(kind)
    })
}

/// The parsed Fluent files of one locale.
pub struct LocaleFiles {
    pub articles: HashMap<String, FluentFile>,
    pub services: Option<FluentFile>,
    /// `self-check.ftl`, where the pack has a self-check and the locale has the file.
    pub self_check: Option<FluentFile>,
}

impl LocaleFiles {
    /// Loads every file of a locale, each with the rules of its kind, and reports every problem. A
    /// file missing from a translation is not a problem here (its text falls back; the lint says
    /// so); a file missing from the reference locale is, and so is a file no article names.
    pub fn load(pack: &Pack, locale: &str) -> (LocaleFiles, Vec<Diagnostic>) {
        let is_reference = pack.is_reference(locale);
        let mut problems = Vec::new();
        let services = pack.has_services.then_some(&pack.services);
        let mut read = |name: &str, kind: FileKind| -> Option<FluentFile> {
            let file = Pack::fluent_path(locale, name);
            let text = match pack.source.read_text(&file) {
                Ok(Some(text)) => text,
                Ok(None) => {
                    if is_reference {
                        let problem = Problem::MissingReferenceFile { file: format!("{name}.ftl") };
                        problems.push(at_start(&file, None, problem));
                    }
                    return None;
                }
                Err(reason) => {
                    problems.push(at_start(&file, None, Problem::Unreadable { reason }));
                    return None;
                }
            };
            let variables: &[&str] = match kind {
                FileKind::SelfCheck => &SELF_CHECK_VARIABLES,
                _ => &CONTENT_VARIABLES,
            };
            let rules = FileRules { kind, is_reference, locale, services, variables };
            Some(FluentFile::load(&file, text, &rules, &mut problems))
        };

        let mut articles = HashMap::default();
        for article in &pack.info.articles {
            if let Some(file) = read(&article.id, FileKind::Article) {
                articles.insert(article.id.clone(), file);
            }
        }
        let services = read(SERVICES_FLUENT_FILE, FileKind::Services);
        let self_check = match &pack.info.self_check {
            Some(_) => read(SELF_CHECK_FLUENT_FILE, FileKind::SelfCheck),
            None => None,
        };
        if is_reference {
            check_section_sources(pack, locale, &articles, &mut problems);
            if let (Some(info), Some(file)) = (&pack.info.self_check, &self_check) {
                check_self_check_messages(info, file, locale, &mut problems);
            }
        }

        let known: HashSet<&str> = pack.fluent_file_names().into_iter().collect();
        for name in pack.listing.files(locale) {
            if !known.contains(name.as_str()) {
                let file = Pack::fluent_path(locale, name);
                let problem = Problem::UnknownFile { file: format!("{name}.ftl") };
                problems.push(at_start(&file, None, problem));
            }
        }
        if let Some(voice) = pack.voice(locale) {
            let has_message = |file: &str, message: &str| match file {
                SELF_CHECK_FLUENT_FILE => {
                    self_check.as_ref().is_some_and(|f| f.has_message(message))
                }
                article => articles.get(article).is_some_and(|f| f.has_message(message)),
            };
            crate::voice_file::check_messages(voice, has_message, &mut problems);
        }
        (LocaleFiles { articles, services, self_check }, problems)
    }
}

impl LocaleFiles {
    /// Takes the file named as in [`Pack::fluent_file_names`] out of the set.
    pub fn take(&mut self, name: &str) -> Option<FluentFile> {
        match name {
            SERVICES_FLUENT_FILE => self.services.take(),
            SELF_CHECK_FLUENT_FILE => self.self_check.take(),
            article => self.articles.remove(article),
        }
    }
}

/// The reference self-check needs its fixed messages and a message for every question, or the
/// reader would meet an empty screen.
fn check_self_check_messages(
    info: &SelfCheckInfo,
    file: &FluentFile,
    locale: &str,
    problems: &mut Vec<Diagnostic>,
) {
    let needed =
        SelfCheckInfo::MESSAGES.iter().copied().chain(info.questions.iter().map(|q| q.id.as_str()));
    for id in needed {
        if !file.has_message(id) && !file.broken.contains(id) {
            let path = Pack::fluent_path(locale, SELF_CHECK_FLUENT_FILE);
            let problem = Problem::MissingSelfCheckMessage { id: id.to_owned() };
            problems.push(at_start(&path, Some(id.to_owned()), problem));
        }
    }
}

/// Every line of `[articles.sections]` must name a section of the reference file: its sources are
/// shown next to that section, and a misspelt id would leave the section looking unsourced.
fn check_section_sources(
    pack: &Pack,
    locale: &str,
    articles: &HashMap<String, FluentFile>,
    problems: &mut Vec<Diagnostic>,
) {
    for article in &pack.info.articles {
        let Some(file) = articles.get(&article.id) else { continue };
        for entry in &article.sections {
            // A message refused for another problem is still a section: its own problem says so.
            let is_section = entry.section != TITLE
                && entry.section != SUMMARY
                && (file.shapes.iter().any(|s| s.id == entry.section)
                    || file.broken.contains(&entry.section));
            if !is_section {
                let (line, column) = pack.position_in_pack_file(entry.offset);
                problems.push(Diagnostic {
                    file: crate::pack::PACK_FILE.to_owned(),
                    line,
                    column,
                    id: Some(format!("articles.{}.sections.{}", article.id, entry.section)),
                    problem: Problem::SectionNotInReference {
                        section: entry.section.clone(),
                        file: Pack::fluent_path(locale, &article.id),
                    },
                });
            }
        }
    }
}

/// Why an article message is not of a shape the renderer understands; the loader refuses such a
/// message, and reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShapeProblem {
    /// `title` or `summary` without text.
    NeedsValue,
    /// A section message without a heading.
    SectionNeedsHeading,
    /// An attribute whose name is not a block kind.
    NotABlock { attribute: String },
}

impl ShapeProblem {
    /// Checks one message of an article: its id, whether it has a value, and its attribute names.
    pub fn of<'a>(
        id: &str,
        has_value: bool,
        mut attributes: impl Iterator<Item = &'a str>,
    ) -> Option<ShapeProblem> {
        if id == TITLE || id == SUMMARY {
            (!has_value).then_some(ShapeProblem::NeedsValue)
        } else if !has_value {
            Some(ShapeProblem::SectionNeedsHeading)
        } else {
            attributes
                .find(|a| block_kind(a).is_none())
                .map(|a| ShapeProblem::NotABlock { attribute: a.to_owned() })
        }
    }

    /// The reason, for a message that names the message id already.
    pub fn reason(&self, id: &str) -> String {
        match self {
            ShapeProblem::NeedsValue => format!("`{id}` needs a value"),
            ShapeProblem::SectionNeedsHeading => {
                "a section needs its heading as the message value".to_owned()
            }
            ShapeProblem::NotABlock { attribute } => format!(
                "attribute `.{attribute}` is not a block; use .p1, .list1, .important or .action (with digits to keep names unique)"
            ),
        }
    }
}

/// The messages every article of the reference locale must have.
pub const REQUIRED_ARTICLE_MESSAGES: [&str; 2] = [TITLE, SUMMARY];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attribute_names_decide_block_kinds() {
        assert_eq!(block_kind("p"), Some(BlockKind::Paragraph));
        assert_eq!(block_kind("p12"), Some(BlockKind::Paragraph));
        assert_eq!(block_kind("list1"), Some(BlockKind::List));
        assert_eq!(block_kind("important"), Some(BlockKind::Important));
        assert_eq!(block_kind("action2"), Some(BlockKind::Action));
        assert_eq!(block_kind("paragraph"), None);
        assert_eq!(block_kind("title"), None);
    }
}
