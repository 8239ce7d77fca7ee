//! Checks that a translation says what the reference says, the way a reviewer would first look:
//! every message and block is there, each uses the same variables and services, each section is
//! written in the locale's own script and is not a copy of the reference, and its length is plausible
//! (a section a third as long as the reference was most likely cut off).
//!
//! Parsing problems are the loader's business ([`crate::Library::check_all_locales`]); this module
//! compares what parsed.

use std::collections::BTreeMap;
use std::path::PathBuf;

use fluent_syntax::ast;


/// A Fluent file's text, with the path to name in problems.
#[derive(Debug, Clone)]
pub struct FluentText {
    pub path: PathBuf,
    pub text: String,
}

/// What a translation check found wrong, and where.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{path}:{line}: {id}: {problem}", id = describe_id(.message_id, .attribute.as_deref()))]
pub struct TranslationProblem {
    pub path: PathBuf,
    pub line: usize,
    pub message_id: String,
    pub attribute: Option<String>,
    pub problem: ProblemKind,
}

fn describe_id(message: &str, attribute: Option<&str>) -> String {
    match attribute {
        Some(attribute) => format!("`{message}.{attribute}`"),
        None => format!("`{message}`"),
    }
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ProblemKind {
    #[error("not translated: the reference has this message")]
    MissingMessage,
    #[error("not translated: the reference has this attribute")]
    MissingAttribute,
    #[error("obsolete: the reference no longer has this")]
    Obsolete,
    #[error("uses {found:?} where the reference uses {expected:?}; variables and services must match")]
    PlaceablesDiffer { expected: Vec<String>, found: Vec<String> },
    #[error("is mostly not in {expected} script ({percent}% of its letters are)")]
    WrongScript { expected: Script, percent: u32 },
    #[error("is the same as the reference text: translate it")]
    CopyOfReference,
    #[error("is {percent}% of the reference's length, outside {min}-{max}%: is text missing or left over?")]
    ImplausibleLength { percent: u32, min: u32, max: u32 },
}

/// A writing system, by the Unicode blocks its letters come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Script {
    Latin,
    Cyrillic,
    Arabic,
    Thai,
    Han,
    Other,
}

impl std::fmt::Display for Script {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self, f)
    }
}

impl Script {
    /// The script a locale is normally written in.
    pub fn of_locale(locale: &str) -> Script {
        match locale.split(['-', '_']).next().unwrap_or(locale) {
            "ar" | "fa" | "ur" | "ps" => Script::Arabic,
            "ru" | "uk" | "bg" | "sr" | "mk" | "be" => Script::Cyrillic,
            "th" => Script::Thai,
            "zh" | "ja" => Script::Han,
            _ => Script::Latin,
        }
    }

    pub fn of_char(c: char) -> Script {
        match c as u32 {
            0x0041..=0x024F | 0x1E00..=0x1EFF => Script::Latin,
            0x0400..=0x052F => Script::Cyrillic,
            0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Script::Arabic,
            0x0E00..=0x0E7F => Script::Thai,
            0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF => Script::Han,
            _ => Script::Other,
        }
    }

    /// The plausible range of a translation's length, in percent of English text. Chinese says in one
    /// character what English says in three or four.
    fn length_range(self) -> (u32, u32) {
        match self {
            Script::Han => (12, 90),
            _ => (45, 260),
        }
    }
}

/// How a translation is compared with its reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileRole {
    /// An article: each section must be in the locale's script, not a copy, and of a plausible length.
    Article,
    /// Short strings (interface labels, service names): every message translated, placeables equal.
    Strings,
}

/// Compares one translated file with its reference file.
pub fn check_file(
    reference: &FluentText,
    translation: &FluentText,
    locale: &str,
    role: FileRole,
) -> Vec<TranslationProblem> {
    let reference_messages = messages(&reference.text);
    let translated_messages = messages(&translation.text);
    let mut problems = Vec::new();
    let problem = |message_id: &str, attribute: Option<&str>, line: usize, problem: ProblemKind| {
        TranslationProblem {
            path: translation.path.clone(),
            line,
            message_id: message_id.to_owned(),
            attribute: attribute.map(str::to_owned),
            problem,
        }
    };

    for (id, reference_message) in &reference_messages {
        let Some(translated) = translated_messages.get(id) else {
            problems.push(problem(id, None, 1, ProblemKind::MissingMessage));
            continue;
        };
        for (part, reference_part) in &reference_message.parts {
            let attribute = part.as_deref();
            let Some(translated_part) = translated.parts.get(part) else {
                problems.push(problem(id, attribute, translated.line, ProblemKind::MissingAttribute));
                continue;
            };
            if translated_part.placeables != reference_part.placeables {
                problems.push(problem(
                    id,
                    attribute,
                    translated.line,
                    ProblemKind::PlaceablesDiffer {
                        expected: reference_part.placeables.clone(),
                        found: translated_part.placeables.clone(),
                    },
                ));
            }
            let is_sentence = reference_part.text.split_whitespace().count() >= 3;
            if is_sentence && translated_part.text.trim() == reference_part.text.trim() {
                problems.push(problem(id, attribute, translated.line, ProblemKind::CopyOfReference));
            }
        }
        for part in translated.parts.keys().filter(|p| !reference_message.parts.contains_key(*p)) {
            problems.push(problem(id, part.as_deref(), translated.line, ProblemKind::Obsolete));
        }
        if role == FileRole::Article {
            problems.extend(
                check_section(reference_message, translated, locale)
                    .map(|kind| problem(id, None, translated.line, kind)),
            );
        }
    }
    for (id, message) in &translated_messages {
        if !reference_messages.contains_key(id) {
            problems.push(problem(id, None, message.line, ProblemKind::Obsolete));
        }
    }
    problems
}

/// Script and length of a whole section: the unit a reader reads, and long enough to judge.
fn check_section(reference: &Message, translated: &Message, locale: &str) -> Option<ProblemKind> {
    let expected = Script::of_locale(locale);
    let text: String = translated.parts.values().map(|p| p.text.as_str()).collect();
    let reference_text: String = reference.parts.values().map(|p| p.text.as_str()).collect();
    let letters: Vec<Script> = text.chars().filter(|c| c.is_alphabetic()).map(Script::of_char).collect();
    if !letters.is_empty() {
        let share = letters.iter().filter(|s| **s == expected).count() * 100 / letters.len();
        // Proper names (CMM, MitID, Reden International) stay in Latin letters in every language.
        if share < 60 {
            return Some(ProblemKind::WrongScript { expected, percent: share as u32 });
        }
    }
    let reference_length = reference_text.chars().count();
    if reference_length >= 40 {
        let percent = (text.chars().count() * 100 / reference_length) as u32;
        let (min, max) = expected.length_range();
        if percent < min || percent > max {
            return Some(ProblemKind::ImplausibleLength { percent, min, max });
        }
    }
    None
}

#[derive(Debug, Default)]
struct Part {
    /// The literal text, without placeables.
    text: String,
    /// Variables, functions with their arguments, and references, sorted.
    placeables: Vec<String>,
}

#[derive(Debug)]
struct Message {
    line: usize,
    /// `None` is the value; `Some(name)` an attribute.
    parts: BTreeMap<Option<String>, Part>,
}

fn messages(text: &str) -> BTreeMap<String, Message> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        let ast::Entry::Message(message) = entry else { continue };
        let line = crate::l10n::message_line(text, message.id.name);
        let mut parts = BTreeMap::new();
        if let Some(value) = &message.value {
            parts.insert(None, part(value));
        }
        for attribute in &message.attributes {
            parts.insert(Some(attribute.id.name.to_owned()), part(&attribute.value));
        }
        messages.insert(message.id.name.to_owned(), Message { line, parts });
    }
    messages
}

fn part(pattern: &ast::Pattern<&str>) -> Part {
    let mut part = Part::default();
    collect(pattern, &mut part);
    part.placeables.sort();
    part
}

fn collect(pattern: &ast::Pattern<&str>, part: &mut Part) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => part.text.push_str(value),
            ast::PatternElement::Placeable { expression } => collect_expression(expression, part),
        }
    }
}

fn collect_expression(expression: &ast::Expression<&str>, part: &mut Part) {
    match expression {
        ast::Expression::Inline(inline) => collect_inline(inline, part),
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, part);
            // Variants may legitimately differ (plural forms), so only the default one is compared.
            if let Some(default) = variants.iter().find(|v| v.default) {
                collect(&default.value, part);
            }
        }
    }
}

fn collect_inline(inline: &ast::InlineExpression<&str>, part: &mut Part) {
    match inline {
        ast::InlineExpression::StringLiteral { value } => part.text.push_str(value),
        ast::InlineExpression::NumberLiteral { value } => part.text.push_str(value),
        ast::InlineExpression::VariableReference { id } => part.placeables.push(format!("${}", id.name)),
        ast::InlineExpression::MessageReference { id, attribute } => part.placeables.push(match attribute {
            Some(a) => format!("{}.{}", id.name, a.name),
            None => id.name.to_owned(),
        }),
        ast::InlineExpression::TermReference { id, .. } => part.placeables.push(format!("-{}", id.name)),
        ast::InlineExpression::FunctionReference { id, arguments } => {
            let argument = match arguments.positional.first() {
                Some(ast::InlineExpression::StringLiteral { value }) => format!("\"{value}\""),
                _ => String::new(),
            };
            part.placeables.push(format!("{}({argument})", id.name));
        }
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, part),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(reference: &str, translation: &str, locale: &str) -> Vec<String> {
        let reference = FluentText { path: "en/a.ftl".into(), text: reference.into() };
        let translation = FluentText { path: format!("{locale}/a.ftl").into(), text: translation.into() };
        check_file(&reference, &translation, locale, FileRole::Article)
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    const REFERENCE: &str = "title = Get help now\nsummary = Call { CALL(\"emergency\") } if you are in danger right now. It is free.\n";

    #[test]
    fn a_faithful_translation_passes() {
        let danish = "title = Få hjælp nu\nsummary = Ring { CALL(\"emergency\") }, hvis du er i fare lige nu. Det er gratis.\n";
        assert_eq!(check(REFERENCE, danish, "da"), Vec::<String>::new());
    }

    #[test]
    fn a_missing_or_extra_service_or_variable_is_named() {
        let translation = "title = Få hjælp nu\nsummary = Ring { CALL(\"police\") } { $name }, hvis du er i fare lige nu. Det er gratis.\n";
        let problems = check(REFERENCE, translation, "da");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].starts_with("da/a.ftl:2: `summary`: uses [\"$name\", \"CALL(\\\"police\\\")\"]"), "{}", problems[0]);
    }

    #[test]
    fn text_in_the_wrong_script_is_named() {
        let thai_file_in_english = "title = Get help now\nsummary = Call { CALL(\"emergency\") } if you are in danger now. It is free.\n";
        let problems = check(REFERENCE, thai_file_in_english, "th");
        assert!(problems.iter().any(|p| p.contains("`summary`: is mostly not in Thai script (0%")), "{problems:?}");
    }

    #[test]
    fn a_copy_and_a_cut_off_translation_are_named() {
        let copy = REFERENCE;
        assert!(check(REFERENCE, copy, "da").iter().any(|p| p.contains("`summary`: is the same as the reference")));
        let cut = "title = Få hjælp nu\nsummary = Ring { CALL(\"emergency\") }.\n";
        let problems = check(REFERENCE, cut, "da");
        assert!(problems.iter().any(|p| p.contains("`summary`: is 12% of the reference's length, outside 45-260%")), "{problems:?}");
    }

    #[test]
    fn missing_and_obsolete_messages_are_named() {
        let problems = check(REFERENCE, "title = Få hjælp nu\nold = Gammel\n", "da");
        assert!(problems.contains(&"da/a.ftl:1: `summary`: not translated: the reference has this message".to_owned()), "{problems:?}");
        assert!(problems.contains(&"da/a.ftl:2: `old`: obsolete: the reference no longer has this".to_owned()), "{problems:?}");
    }
}
