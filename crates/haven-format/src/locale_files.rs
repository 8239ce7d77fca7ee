//! The Fluent files of one locale of a pack, parsed and checked against the article format.

use std::collections::HashMap;

use crate::error::PackError;
use crate::fluent::{FunctionCheck, ParsedFile};
use crate::pack::{Pack, SERVICES_FLUENT_FILE};

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
    pub articles: HashMap<String, ParsedFile>,
    pub services: Option<ParsedFile>,
}

impl LocaleFiles {
    /// Parses every file of a locale. A missing file in a translation is not a problem (its text falls
    /// back); a missing file in the reference locale is.
    pub fn parse(pack: &Pack, locale: &str, is_reference: bool) -> (LocaleFiles, Vec<PackError>) {
        let mut problems = Vec::new();
        let mut read = |file: &str| -> Option<ParsedFile> {
            let relative = Pack::fluent_path(locale, file);
            let text = match pack.source.read_text(&relative) {
                Ok(Some(text)) => text,
                Ok(None) => {
                    if is_reference {
                        problems.push(PackError::MissingReferenceArticle {
                            locale: locale.to_owned(),
                            path: pack.source.display_path(&relative),
                        });
                    }
                    return None;
                }
                Err(error) => {
                    problems.push(error);
                    return None;
                }
            };
            let (parsed, file_problems) = ParsedFile::parse(
                pack.source.display_path(&relative),
                locale,
                text,
                FunctionCheck::Services(&pack.services),
            );
            problems.extend(file_problems);
            Some(parsed)
        };

        let mut articles = HashMap::new();
        for article in &pack.info.articles {
            if let Some(file) = read(&article.id) {
                articles.insert(article.id.clone(), file);
            }
        }
        let services = read(SERVICES_FLUENT_FILE);

        for file in articles.values_mut() {
            check_article_shape(file, is_reference, &mut problems);
        }
        (LocaleFiles { articles, services }, problems)
    }
}

/// Why an article message is not of a shape the renderer understands. One rule for the loader, which
/// refuses such a message, and for `haven-pack lint`, which reports it.
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

/// Refuses section messages the renderer would not understand, naming each.
fn check_article_shape(file: &mut ParsedFile, is_reference: bool, problems: &mut Vec<PackError>) {
    let mut refused = Vec::new();
    for shape in &file.shapes {
        let problem = ShapeProblem::of(
            &shape.id,
            shape.has_value,
            shape.attributes.iter().map(String::as_str),
        );
        if let Some(problem) = problem {
            refused.push((shape.id.clone(), problem.reason(&shape.id)));
        }
    }
    if is_reference {
        for required in REQUIRED_ARTICLE_MESSAGES {
            if !file.shapes.iter().any(|s| s.id == required) {
                problems.push(PackError::InvalidMessage {
                    path: file.path.clone(),
                    line: 1,
                    message_id: required.to_owned(),
                    reason: "every article in the reference locale needs it".into(),
                });
            }
        }
    }
    for (id, reason) in refused {
        problems.push(PackError::InvalidMessage {
            path: file.path.clone(),
            line: file.line_of(&id),
            message_id: id.clone(),
            reason,
        });
        file.refuse(&id);
    }
}

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
