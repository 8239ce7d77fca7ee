//! Checks that a translation says what the reference says, the way a reviewer would first look:
//! every message and block is there, each uses the same variables and services, each section is
//! written in the locale's own script and is not a copy of the reference, and its length is plausible
//! (a section a third as long as the reference was most likely cut off).
//!
//! This is the one place these comparisons live: `haven-pack lint` ([`crate::lint_pack`]) runs them
//! on every translated file of a pack and reports them with the rest. Parsing problems are the
//! loader's business (`haven_format::LocaleFiles::load`); this module compares what parsed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use fluent_syntax::ast;
use unicode_script::{Script as Unicode, UnicodeScript};

use haven_format::LineIndex;
pub use haven_format::ProblemKind;

/// A Fluent file's text, with the path to name in problems.
#[derive(Debug, Clone)]
pub struct FluentText {
    pub path: PathBuf,
    pub text: String,
}

/// What a translation check found wrong, and where: the line and column in the translated file
/// (line 1 for a message the translation does not have at all).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{path}:{line}: {id}: {problem}", id = describe_id(.message_id, .attribute.as_deref()))]
pub struct TranslationProblem {
    pub path: PathBuf,
    pub line: usize,
    pub column: usize,
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

/// A writing system, as Unicode's Script property (UAX #24, through `unicode-script`) assigns letters
/// to it; the ones the lint knows a locale to be written in.
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
    /// The script a locale is written in: the one its tag names (`sr-Latn`, `uz-Cyrl`, `zh-Hant`),
    /// else the one its language is normally written in.
    pub fn of_locale(locale: &str) -> Script {
        let mut subtags = locale.split(['-', '_']);
        let language = subtags.next().unwrap_or_default();
        let named = subtags.next().filter(|tag| tag.len() == 4).and_then(|tag| {
            let tag: String = tag
                .chars()
                .enumerate()
                .map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() })
                .collect();
            match tag.as_str() {
                // Simplified and traditional Chinese, and Japanese, are Han for this check.
                "Hans" | "Hant" | "Jpan" => Some(Script::Han),
                tag => Unicode::from_short_name(tag)
                    .map(Script::of_unicode)
                    .filter(|script| *script != Script::Other),
            }
        });
        named.unwrap_or(match language {
            "ar" | "fa" | "ur" | "ps" => Script::Arabic,
            "ru" | "uk" | "bg" | "sr" | "mk" | "be" => Script::Cyrillic,
            "th" => Script::Thai,
            "zh" | "ja" => Script::Han,
            _ => Script::Latin,
        })
    }

    /// The script of a character: its Unicode Script property, or `Other` for a script this enum
    /// does not name and for the marks and signs several scripts share (Script `Common` or
    /// `Inherited`), which [`Script::includes`] also counts.
    pub fn of_char(c: char) -> Script {
        Script::of_unicode(c.script())
    }

    /// Whether `c` is written in this script: its Unicode Script property is this script, or it is a
    /// mark or sign several scripts share (the Arabic vowel signs, the tatweel, the apostrophe `ʼ`
    /// Ukrainian writes) and its Script_Extensions name this one.
    pub fn includes(self, c: char) -> bool {
        match c.script() {
            Unicode::Common | Unicode::Inherited => {
                let extension = c.script_extension();
                !extension.is_common()
                    && !extension.is_inherited()
                    && self.unicode().is_some_and(|script| extension.contains_script(script))
            }
            script => Script::of_unicode(script) == self,
        }
    }

    fn of_unicode(script: Unicode) -> Script {
        match script {
            Unicode::Latin => Script::Latin,
            Unicode::Cyrillic => Script::Cyrillic,
            Unicode::Arabic => Script::Arabic,
            Unicode::Thai => Script::Thai,
            Unicode::Han => Script::Han,
            _ => Script::Other,
        }
    }

    fn unicode(self) -> Option<Unicode> {
        Some(match self {
            Script::Latin => Unicode::Latin,
            Script::Cyrillic => Unicode::Cyrillic,
            Script::Arabic => Unicode::Arabic,
            Script::Thai => Unicode::Thai,
            Script::Han => Unicode::Han,
            Script::Other => return None,
        })
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
    let reference_resource = parse_lossy(&reference.text);
    let translated_resource = parse_lossy(&translation.text);
    let reference_messages =
        MessageTable::of(&reference_resource.body, &LineIndex::new(&reference.text));
    let translated_messages =
        MessageTable::of(&translated_resource.body, &LineIndex::new(&translation.text));
    compare(&reference_messages, &translated_messages, &translation.path, locale, role)
}

/// The syntax tree of a file, keeping whatever parsed when part of it did not.
fn parse_lossy(text: &str) -> ast::Resource<&str> {
    match fluent_syntax::parser::parse(text) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    }
}

/// Compares the messages of a translated file (at `path`) with those of its reference file.
pub(crate) fn compare(
    reference_messages: &MessageTable,
    translated_messages: &MessageTable,
    path: &Path,
    locale: &str,
    role: FileRole,
) -> Vec<TranslationProblem> {
    let mut problems = Vec::new();
    let problem = |message_id: &str,
                   attribute: Option<&str>,
                   (line, column): (usize, usize),
                   problem: ProblemKind| TranslationProblem {
        path: path.to_owned(),
        line,
        column,
        message_id: message_id.to_owned(),
        attribute: attribute.map(str::to_owned),
        problem,
    };

    for (id, reference_message) in &reference_messages.messages {
        let Some(translated) = translated_messages.messages.get(id) else {
            let reference_line = reference_message.position.0;
            problems.push(problem(
                id,
                None,
                (1, 1),
                ProblemKind::MissingMessage { reference_line },
            ));
            continue;
        };
        for (part, reference_part) in &reference_message.parts {
            let attribute = part.as_deref();
            let Some(translated_part) = translated.parts.get(part) else {
                let reference_line = reference_part.position.0;
                problems.push(problem(
                    id,
                    attribute,
                    translated.position,
                    ProblemKind::MissingAttribute { reference_line },
                ));
                continue;
            };
            for (placeable, position) in
                unmatched(&translated_part.placeables, &reference_part.placeables)
            {
                problems.push(problem(
                    id,
                    attribute,
                    position,
                    ProblemKind::ExtraPlaceable { placeable },
                ));
            }
            for (placeable, _) in unmatched(&reference_part.placeables, &translated_part.placeables)
            {
                problems.push(problem(
                    id,
                    attribute,
                    translated_part.position,
                    ProblemKind::MissingPlaceable { placeable },
                ));
            }
            let is_sentence = reference_part.words >= 3;
            if is_sentence && translated_part.text.trim() == reference_part.text.trim() {
                problems.push(problem(
                    id,
                    attribute,
                    translated_part.position,
                    ProblemKind::CopyOfReference,
                ));
            }
        }
        for (part, translated_part) in
            translated.parts.iter().filter(|(p, _)| !reference_message.parts.contains_key(*p))
        {
            problems.push(problem(
                id,
                part.as_deref(),
                translated_part.position,
                ProblemKind::Obsolete,
            ));
        }
        if role == FileRole::Article {
            problems.extend(
                check_section(reference_message, translated, locale)
                    .map(|kind| problem(id, None, translated.position, kind)),
            );
        }
    }
    for (id, message) in &translated_messages.messages {
        if !reference_messages.messages.contains_key(id) {
            problems.push(problem(id, None, message.position, ProblemKind::Obsolete));
        }
    }
    problems
}

/// The placeables of `these` that `those` does not have as often, with where each is.
fn unmatched(these: &[Placeable], those: &[Placeable]) -> Vec<(String, (usize, usize))> {
    let mut left: Vec<&str> = those.iter().map(|p| p.name.as_str()).collect();
    let mut found = Vec::new();
    for placeable in these {
        match left.iter().position(|name| *name == placeable.name) {
            Some(index) => {
                left.swap_remove(index);
            }
            None => found.push((placeable.name.clone(), placeable.position)),
        }
    }
    found
}

/// Script and length of a whole section: the unit a reader reads, and long enough to judge.
fn check_section(reference: &Message, translated: &Message, locale: &str) -> Option<ProblemKind> {
    let expected = Script::of_locale(locale);
    let text: String = translated.parts.values().map(|p| p.text.as_str()).collect();
    let reference_text: String = reference.parts.values().map(|p| p.text.as_str()).collect();
    let (letters, in_script) =
        text.chars().filter_map(letter_scripts).fold((0, 0), |(all, in_script), scripts| {
            (all + 1, in_script + usize::from(scripts & expected.bit() != 0))
        });
    if let Some(share) = (in_script * 100).checked_div(letters) {
        // Proper names (CMM, MitID, Reden International) stay in Latin letters in every language.
        if share < 60 {
            return Some(ProblemKind::WrongScript {
                expected: expected.to_string(),
                percent: share as u32,
            });
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

/// The scripts that include a letter ([`Script::includes`]), one bit per [`Script`], or `None` for
/// what is not a letter (`char::is_alphabetic`). Remembered per block of 256 characters: outside
/// ASCII the standard library and `unicode-script` search a table for every character, which made
/// this check most of the lint's time on Thai, Russian and Chinese text.
fn letter_scripts(c: char) -> Option<u8> {
    static BLOCKS: [OnceLock<[Option<u8>; 256]>; 256] = [const { OnceLock::new() }; 256];
    let code = c as u32;
    if code >= 0x1_0000 {
        return c.is_alphabetic().then(|| scripts_of(c));
    }
    let block = BLOCKS[(code >> 8) as usize].get_or_init(|| {
        std::array::from_fn(|low| {
            char::from_u32((code & !0xFF) | low as u32)
                .filter(|c| c.is_alphabetic())
                .map(scripts_of)
        })
    });
    block[(code & 0xFF) as usize]
}

fn scripts_of(c: char) -> u8 {
    SCRIPTS.iter().filter(|script| script.includes(c)).fold(0, |bits, script| bits | script.bit())
}

/// The scripts a locale can be written in, as far as the lint knows.
const SCRIPTS: [Script; 5] =
    [Script::Latin, Script::Cyrillic, Script::Arabic, Script::Thai, Script::Han];

impl Script {
    fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// A variable, function call, message or term reference in a text, and where it is.
#[derive(Debug, Clone)]
pub(crate) struct Placeable {
    /// As written in Fluent, without the braces: `$version`, `CALL("emergency")`, `-brand`.
    pub name: String,
    pub position: (usize, usize),
}

/// The value or one attribute of a message.
#[derive(Debug, Default)]
pub(crate) struct Part {
    /// Line and column of the attribute name, or of the message id for the value.
    pub position: (usize, usize),
    /// The literal text, without placeables.
    pub text: String,
    /// How many words `text` has.
    pub words: usize,
    /// Variables, functions with their arguments, and references, sorted.
    pub placeables: Vec<Placeable>,
}

#[derive(Debug)]
pub(crate) struct Message {
    /// Line and column of the message id.
    pub position: (usize, usize),
    /// `None` is the value; `Some(name)` an attribute.
    pub parts: BTreeMap<Option<String>, Part>,
}

impl Message {
    /// How many words of text the message has (its value and attributes), as translation tools
    /// count coverage.
    pub fn word_count(&self) -> usize {
        self.parts.values().map(|p| p.words).sum()
    }
}

/// The messages of one file by id: what a translation is compared on.
#[derive(Debug, Default)]
pub(crate) struct MessageTable {
    pub messages: BTreeMap<String, Message>,
}

impl MessageTable {
    /// The messages of a parsed file; `index` is the line index of the text it was parsed from.
    pub fn of<'a>(
        entries: impl IntoIterator<Item = &'a ast::Entry<&'a str>>,
        index: &LineIndex<'_>,
    ) -> MessageTable {
        let mut messages = BTreeMap::new();
        for entry in entries {
            let ast::Entry::Message(message) = entry else { continue };
            let position = index.position_of(message.id.name);
            let mut parts = BTreeMap::new();
            if let Some(value) = &message.value {
                parts.insert(None, part(value, position, index));
            }
            for attribute in &message.attributes {
                let position = index.position_of(attribute.id.name);
                // The first of two attributes with one name is the one the app shows.
                parts
                    .entry(Some(attribute.id.name.to_owned()))
                    .or_insert_with(|| part(&attribute.value, position, index));
            }
            // The first definition wins, as in the app.
            messages.entry(message.id.name.to_owned()).or_insert(Message { position, parts });
        }
        MessageTable { messages }
    }
}

fn part(pattern: &ast::Pattern<&str>, position: (usize, usize), index: &LineIndex<'_>) -> Part {
    let mut part = Part { position, ..Part::default() };
    collect(pattern, &mut part, index);
    part.placeables.sort_by(|a, b| a.name.cmp(&b.name));
    part.words = part.text.split_whitespace().count();
    part
}

fn collect(pattern: &ast::Pattern<&str>, part: &mut Part, index: &LineIndex<'_>) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => part.text.push_str(value),
            ast::PatternElement::Placeable { expression } => {
                collect_expression(expression, part, index)
            }
        }
    }
}

fn collect_expression(expression: &ast::Expression<&str>, part: &mut Part, index: &LineIndex<'_>) {
    match expression {
        ast::Expression::Inline(inline) => collect_inline(inline, part, index),
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, part, index);
            // Variants may legitimately differ (plural forms), so only the default one is compared.
            if let Some(default) = variants.iter().find(|v| v.default) {
                collect(&default.value, part, index);
            }
        }
    }
}

fn collect_inline(inline: &ast::InlineExpression<&str>, part: &mut Part, index: &LineIndex<'_>) {
    let mut push =
        |name: String, position: (usize, usize)| part.placeables.push(Placeable { name, position });
    match inline {
        ast::InlineExpression::StringLiteral { value } => part.text.push_str(value),
        ast::InlineExpression::NumberLiteral { value } => part.text.push_str(value),
        ast::InlineExpression::VariableReference { id } => {
            push(format!("${}", id.name), index.position_of_sigil(id.name))
        }
        ast::InlineExpression::MessageReference { id, attribute } => push(
            match attribute {
                Some(a) => format!("{}.{}", id.name, a.name),
                None => id.name.to_owned(),
            },
            index.position_of(id.name),
        ),
        ast::InlineExpression::TermReference { id, .. } => {
            push(format!("-{}", id.name), index.position_of_sigil(id.name))
        }
        ast::InlineExpression::FunctionReference { id, arguments } => {
            let argument = match arguments.positional.first() {
                Some(ast::InlineExpression::StringLiteral { value }) => format!("\"{value}\""),
                _ => String::new(),
            };
            push(format!("{}({argument})", id.name), index.position_of(id.name));
        }
        ast::InlineExpression::Placeable { expression } => {
            collect_expression(expression, part, index)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_remembered_letters_are_the_standard_librarys() {
        for code in (0..0x3_0000).step_by(7) {
            if let Some(c) = char::from_u32(code) {
                let expected = c
                    .is_alphabetic()
                    .then(|| SCRIPTS.map(|script| script.includes(c)).map(u8::from));
                let remembered = letter_scripts(c)
                    .map(|bits| SCRIPTS.map(|s| bits & s.bit()).map(|b| u8::from(b != 0)));
                assert_eq!(remembered, expected, "U+{code:04X}");
            }
        }
    }

    fn check(reference: &str, translation: &str, locale: &str) -> Vec<String> {
        let reference = FluentText { path: "en/a.ftl".into(), text: reference.into() };
        let translation =
            FluentText { path: format!("{locale}/a.ftl").into(), text: translation.into() };
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
        assert_eq!(
            problems,
            vec![
                "da/a.ftl:2: `summary`: uses { $name }, which the reference does not use here",
                "da/a.ftl:2: `summary`: uses { CALL(\"police\") }, which the reference does not use here",
                "da/a.ftl:2: `summary`: does not use { CALL(\"emergency\") }, which the reference uses here",
            ]
        );
    }

    #[test]
    fn text_in_the_wrong_script_is_named() {
        let thai_file_in_english = "title = Get help now\nsummary = Call { CALL(\"emergency\") } if you are in danger now. It is free.\n";
        let problems = check(REFERENCE, thai_file_in_english, "th");
        assert!(
            problems.iter().any(|p| p.contains("`summary`: is mostly not in Thai script (0%")),
            "{problems:?}"
        );
    }

    #[test]
    fn a_copy_and_a_cut_off_translation_are_named() {
        let copy = REFERENCE;
        assert!(check(REFERENCE, copy, "da")
            .iter()
            .any(|p| p.contains("`summary`: is the same as the reference")));
        let cut = "title = Få hjælp nu\nsummary = Ring { CALL(\"emergency\") }.\n";
        let problems = check(REFERENCE, cut, "da");
        assert!(problems.iter().any(|p| p.contains("`summary`: is 12% of the reference's length, outside 45-260%")), "{problems:?}");
    }

    #[test]
    fn missing_and_obsolete_messages_are_named() {
        let problems = check(REFERENCE, "title = Få hjælp nu\nold = Gammel\n", "da");
        assert!(problems.contains(&"da/a.ftl:1: `summary`: not translated: the reference has this message, so readers see the reference text".to_owned()), "{problems:?}");
        assert!(problems.contains(&"da/a.ftl:2: `old`: obsolete: the reference no longer has this, so readers never see it".to_owned()), "{problems:?}");
    }

    #[test]
    fn a_script_named_in_the_locale_tag_is_the_one_expected() {
        assert_eq!(Script::of_locale("sr"), Script::Cyrillic);
        assert_eq!(Script::of_locale("sr-Latn"), Script::Latin);
        assert_eq!(Script::of_locale("sr-Latn-RS"), Script::Latin);
        assert_eq!(Script::of_locale("uz-Cyrl"), Script::Cyrillic);
        assert_eq!(Script::of_locale("zh-Hant"), Script::Han);
        assert_eq!(Script::of_locale("pt-BR"), Script::Latin);
        let serbian_latin = "title = Potražite pomoć odmah\nsummary = Pozovite { CALL(\"emergency\") } ako ste sada u opasnosti. Besplatno je.\n";
        assert_eq!(check(REFERENCE, serbian_latin, "sr-Latn"), Vec::<String>::new());
        assert!(check(REFERENCE, serbian_latin, "sr")
            .iter()
            .any(|p| p.contains("is mostly not in Cyrillic script")));
    }

    #[test]
    fn letters_count_with_the_script_unicode_gives_them() {
        // The Arabic vowel signs and the tatweel belong to no one script, but are written in Arabic.
        assert!(Script::Arabic.includes('\u{64E}') && Script::Arabic.includes('\u{640}'));
        // The apostrophe Ukrainian writes inside words (пʼять).
        assert!(Script::Cyrillic.includes('ʼ'));
        // Han beyond the first block: the iteration mark, and the extensions names are written with.
        for c in ['々', '〇', '𠮷', '𡈽'] {
            assert!(Script::Han.includes(c), "{c}");
        }
        // Latin beyond Latin Extended-B: the open e and o of many African languages, full-width
        // letters.
        for c in ['ɛ', 'ɔ', 'Ａ', 'ꞌ'] {
            assert!(Script::Latin.includes(c), "{c}");
        }
        assert!(!Script::Latin.includes('я') && !Script::Thai.includes('a'));
        assert_eq!(Script::of_char('ก'), Script::Thai);
    }
}
