//! One Fluent file on its own, loaded as the app uses it: does it parse, is every id defined once,
//! does every function, service, variable, message and term it uses exist, and is every article
//! message of a shape the app can show. A message with such a problem is refused (it falls back to
//! the reference text); everything else is kept, and every problem is reported with its place.
//!
//! The file is parsed once, by `FluentResource::try_new`; the same syntax tree is what the app
//! formats and what the lint compares with the reference (`haven_lint::translation_check`).

use std::collections::{HashMap, HashSet};

// The public results (`broken`, `commented`) keep std's types; the maps the check builds for every
// message and term use Fx hashing (see the workspace's Cargo.toml).
use rustc_hash::{FxHashMap, FxHashSet};
use std::fmt;
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use fluent_syntax::parser::ErrorKind;
use unic_langid::LanguageIdentifier;

use crate::diagnostic::{Diagnostic, Problem};
use crate::fluent::{check_call, functions, Bundle, CallProblem, FunctionCall};
use crate::locale_files::{ShapeProblem, REQUIRED_ARTICLE_MESSAGES};
use crate::position::{offset_in, LineIndex};
use crate::services_file::{Channel, ServiceDirectory};

/// U+FFFD, what a program puts where it could not decode text.
const REPLACEMENT_CHARACTER: char = '\u{FFFD}';

/// What a file is for, which decides its rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// `<locale>/<article>.ftl`: messages are sections, attributes are blocks.
    Article,
    /// `<locale>/services.ftl`: one message per service.
    Services,
    /// `<locale>/self-check.ftl`: the self-check's fixed messages and one per question; `help` is a
    /// section, with blocks.
    SelfCheck,
    /// `locales/<locale>/app.ftl`: interface strings, with no functions.
    Interface,
}

/// The rules one file is checked against.
pub struct FileRules<'a> {
    pub kind: FileKind,
    pub is_reference: bool,
    pub locale: &'a str,
    /// The service directory the service functions must name; `None` when `services.toml` could
    /// not be read (that is reported once, not with every service function).
    pub services: Option<&'a ServiceDirectory>,
    /// The variables the app provides.
    pub variables: &'a [&'static str],
}

/// A message's id and the names of its attributes, in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageShape {
    pub id: String,
    pub has_value: bool,
    pub attributes: Vec<String>,
}

/// A Fluent file ready to format. Messages with problems that would show broken text are refused:
/// they behave as if missing, so the reader sees the fallback text instead.
pub struct FluentFile {
    /// The file's path in the pack, with `/` between folders: `da/help-now.ftl`.
    pub file: String,
    resource: Arc<FluentResource>,
    bundle: Bundle,
    refused: FxHashSet<String>,
    /// The messages in file order; the reference locale's order is the order of an article's sections.
    pub shapes: Vec<MessageShape>,
    /// Ids of messages and blocks lost to a syntax error (`danger`, `danger.p1`; `danger.` for a
    /// message that lost part of its text): their error is reported, not that they are missing.
    pub broken: HashSet<String>,
}

impl FluentFile {
    /// Parses `text` and checks it against `rules`, adding every problem to `out`. Keeps everything
    /// that is sound: a syntax error loses one message, not the file.
    pub fn load(
        file: &str,
        text: String,
        rules: &FileRules<'_>,
        out: &mut Vec<Diagnostic>,
    ) -> FluentFile {
        let (resource, errors) = match FluentResource::try_new(text) {
            Ok(resource) => (resource, Vec::new()),
            Err((resource, errors)) => (resource, errors),
        };
        let resource = Arc::new(resource);
        let first = out.len();
        let (broken, shapes) = check(file, &resource, errors, rules, out);
        let refused = out[first..]
            .iter()
            .filter(|d| d.problem.refuses_message())
            .filter_map(|d| d.id.as_deref())
            .map(|id| id.split('.').next().unwrap_or(id).to_owned())
            .collect();

        let langid: LanguageIdentifier = rules.locale.parse().unwrap_or_default();
        let mut bundle = Bundle::new_concurrent(vec![langid]);
        // The interface marks direction itself (phone numbers are isolated left-to-right spans), and
        // isolation marks would end up inside copied phone numbers.
        bundle.set_use_isolating(false);
        functions::register(&mut bundle);
        // A message defined twice is reported above; the bundle keeps the first, as it says.
        let _ = bundle.add_resource(resource.clone());
        FluentFile { file: file.to_owned(), resource, bundle, refused, shapes, broken }
    }

    /// The parsed file, for checks that compare it with another (the lint's).
    pub fn resource(&self) -> &FluentResource {
        &self.resource
    }

    /// Messages that are there only as a comment (`# title = ...`, as `haven-pack new-locale`
    /// writes them), with their line: where a translator looks for what is not translated yet.
    /// Found when asked (the lint asks), not when the file is loaded for a reader.
    pub fn commented(&self) -> HashMap<String, usize> {
        commented(self.resource.source())
    }

    /// Whether the file has a message `id` that was not refused.
    pub fn has_message(&self, id: &str) -> bool {
        !self.refused.contains(id) && self.bundle.has_message(id)
    }

    /// Formats a message's value (`attribute: None`) or one attribute. `None` when the message or
    /// attribute is missing, refused, or fails to format.
    pub fn format(
        &self,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Option<String> {
        if self.refused.contains(id) {
            return None;
        }
        let message = self.bundle.get_message(id)?;
        let pattern = match attribute {
            None => message.value()?,
            Some(name) => message.get_attribute(name)?.value(),
        };
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        if errors.is_empty() {
            Some(text.into_owned())
        } else {
            tracing::warn!(file = %self.file, id, ?attribute, ?errors, "message failed to format; falling back");
            None
        }
    }
}

/// Checks one parsed file; `file` is its path in the pack, for the diagnostics. Returns the ids lost
/// to syntax errors, and the shape of every message.
fn check(
    file: &str,
    resource: &FluentResource,
    errors: Vec<fluent_syntax::parser::ParserError>,
    rules: &FileRules<'_>,
    out: &mut Vec<Diagnostic>,
) -> (HashSet<String>, Vec<MessageShape>) {
    let text = resource.source();
    let body: Vec<&ast::Entry<&str>> = resource.entries().collect();
    let index = LineIndex::new(text);
    let mut report = |offset: usize, id: Option<String>, problem: Problem| {
        let (line, column) = index.position(offset);
        out.push(Diagnostic { file: file.to_owned(), line, column, id, problem });
    };
    let mut broken = HashSet::new();
    let pieces = junk_pieces(&body, text);
    for error in &errors {
        let piece = pieces
            .iter()
            .find(|p| error.slice.as_ref().is_some_and(|slice| slice.start == p.start));
        let (offset, kind) =
            piece.and_then(precise_error).unwrap_or_else(|| (error.pos.start, error.kind.clone()));
        report(offset, piece.and_then(|p| p.owner.clone()), syntax_problem(&kind));
        if let Some(piece) = piece {
            broken.extend(piece.lost.iter().cloned());
        }
    }

    // First pass: what the file defines, so that references can be checked in any order. Messages
    // and terms share one set of names in the app's Fluent bundle: a term `-cmm` and a message `cmm`
    // clash, and only the first is kept.
    // Sized for every entry at once: growing them entry by entry cost more than filling them.
    let mut names: FxHashMap<&str, (usize, bool)> =
        FxHashMap::with_capacity_and_hasher(body.len(), Default::default());
    let mut messages: FxHashMap<&str, FxHashSet<&str>> =
        FxHashMap::with_capacity_and_hasher(body.len(), Default::default());
    let mut terms: FxHashSet<&str> = FxHashSet::default();
    let mut shapes = Vec::with_capacity(body.len());
    for entry in &body {
        let (name, is_term) = match entry {
            ast::Entry::Message(m) => (m.id.name, false),
            ast::Entry::Term(t) => (t.id.name, true),
            _ => continue,
        };
        let offset = offset_in(text, name).unwrap_or(0);
        if let Some((first_offset, first_is_term)) = names.get(name) {
            let id = if is_term { format!("-{name}") } else { name.to_owned() };
            let start = if is_term { offset.saturating_sub(1) } else { offset };
            let first_line = index.position(*first_offset).0;
            let problem = if is_term == *first_is_term {
                Problem::DuplicateMessage { id: id.clone(), first_line }
            } else {
                Problem::TermClashesWithMessage { name: name.to_owned(), first_line }
            };
            report(start, Some(id), problem);
            continue;
        }
        names.insert(name, (offset, is_term));
        match entry {
            ast::Entry::Message(m) => {
                messages.insert(name, m.attributes.iter().map(|a| a.id.name).collect());
                shapes.push(MessageShape {
                    id: name.to_owned(),
                    has_value: m.value.is_some(),
                    attributes: m.attributes.iter().map(|a| a.id.name.to_owned()).collect(),
                });
            }
            _ => {
                terms.insert(name);
            }
        }
    }

    // Text damaged by a wrong encoding on its way from a translator's editor.
    if text.contains(REPLACEMENT_CHARACTER) {
        let places = Places::of(&body, text);
        for (offset, _) in text.match_indices(REPLACEMENT_CHARACTER) {
            report(offset, places.id_at(offset), Problem::ReplacementCharacter);
        }
    }

    // Second pass: everything each message and term uses, and the shape of article messages.
    let mut walker = Walker { text, rules, messages: &messages, terms: &terms, found: Vec::new() };
    for entry in &body {
        match entry {
            ast::Entry::Message(message) => {
                let owner = PatternId { sigil: "", name: message.id.name, attribute: None };
                walker.duplicate_attributes(&message.attributes, owner);
                if let Some(value) = &message.value {
                    walker.pattern(value, owner);
                }
                for attribute in &message.attributes {
                    walker.pattern(&attribute.value, owner.attribute(attribute.id.name));
                }
                if matches!(rules.kind, FileKind::Article | FileKind::SelfCheck) {
                    walker.article_shape(message);
                }
            }
            ast::Entry::Term(term) => {
                let owner = PatternId { sigil: "-", name: term.id.name, attribute: None };
                walker.duplicate_attributes(&term.attributes, owner);
                walker.pattern(&term.value, owner);
                for attribute in &term.attributes {
                    walker.pattern(&attribute.value, owner.attribute(attribute.id.name));
                }
            }
            _ => {}
        }
    }
    for (at, id, problem) in std::mem::take(&mut walker.found) {
        report(offset_in(text, at).unwrap_or(0), Some(id), problem);
    }

    if rules.is_reference {
        for (offset, id, problem) in reference_problems(rules, &body, text, &messages, &broken) {
            report(offset, Some(id), problem);
        }
    }
    (broken, shapes)
}

/// What only the reference locale must have: every article its title and summary, and a name for
/// every service; and what it must not: text for a service that does not exist. Each problem with
/// its offset and id.
fn reference_problems(
    rules: &FileRules<'_>,
    body: &[&ast::Entry<&str>],
    text: &str,
    messages: &FxHashMap<&str, FxHashSet<&str>>,
    broken: &HashSet<String>,
) -> Vec<(usize, String, Problem)> {
    let is_missing = |id: &str| !messages.contains_key(id) && !broken.contains(id);
    let mut problems = Vec::new();
    match (rules.kind, rules.services) {
        (FileKind::Article, _) => {
            for required in REQUIRED_ARTICLE_MESSAGES.into_iter().filter(|id| is_missing(id)) {
                let problem = Problem::MissingArticleMessage { id: required.to_owned() };
                problems.push((0, required.to_owned(), problem));
            }
        }
        (FileKind::Services, Some(services)) => {
            for service in services.services.iter().filter(|s| is_missing(&s.id)) {
                let problem = Problem::ServiceWithoutText { service: service.id.clone() };
                problems.push((0, service.id.clone(), problem));
            }
            for entry in body {
                let ast::Entry::Message(message) = entry else { continue };
                if services.get(message.id.name).is_none() {
                    let service = message.id.name.to_owned();
                    let offset = offset_in(text, message.id.name).unwrap_or(0);
                    problems.push((
                        offset,
                        service.clone(),
                        Problem::TextForUnknownService { service },
                    ));
                }
            }
        }
        // Without services.toml there is nothing to compare the service texts with.
        // The self-check's messages depend on pack.toml's questions: `LocaleFiles` checks them.
        (FileKind::Services, None) | (FileKind::SelfCheck, _) | (FileKind::Interface, _) => {}
    }
    problems
}

/// The messages commented out in a file, by id, with the line of each.
fn commented(text: &str) -> HashMap<String, usize> {
    let mut commented = HashMap::new();
    for (index, line) in text.lines().enumerate() {
        if let Some(id) = line.strip_prefix("# ").and_then(junk_id) {
            commented.entry(id).or_insert(index + 1);
        }
    }
    commented
}

/// What a pattern belongs to: a message (`name`), a term (`-name`) or one of their attributes
/// (`name.attribute`). Written out only when a problem names it, so a file with no problems builds
/// no ids.
#[derive(Clone, Copy)]
struct PatternId<'a> {
    sigil: &'static str,
    name: &'a str,
    attribute: Option<&'a str>,
}

impl<'a> PatternId<'a> {
    /// The id of one of this message's or term's attributes.
    fn attribute(self, attribute: &'a str) -> PatternId<'a> {
        PatternId { attribute: Some(attribute), ..self }
    }
}

impl fmt::Display for PatternId<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.sigil, self.name)?;
        match self.attribute {
            Some(attribute) => write!(f, ".{attribute}"),
            None => Ok(()),
        }
    }
}

/// Walks the placeables of patterns, collecting problems as (where, id, problem); `where` is a slice
/// of the file's text.
struct Walker<'t, 'r> {
    text: &'t str,
    rules: &'r FileRules<'r>,
    messages: &'r FxHashMap<&'t str, FxHashSet<&'t str>>,
    terms: &'r FxHashSet<&'t str>,
    found: Vec<(&'t str, String, Problem)>,
}

impl<'t> Walker<'t, '_> {
    fn pattern(&mut self, pattern: &ast::Pattern<&'t str>, id: PatternId<'_>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                self.expression(expression, id);
            }
        }
    }

    fn expression(&mut self, expression: &ast::Expression<&'t str>, id: PatternId<'_>) {
        match expression {
            ast::Expression::Inline(inline) => self.inline(inline, id),
            ast::Expression::Select { selector, variants } => {
                self.inline(selector, id);
                self.duplicate_variants(variants, id);
                for variant in variants {
                    self.pattern(&variant.value, id);
                }
            }
        }
    }

    fn inline(&mut self, inline: &ast::InlineExpression<&'t str>, id: PatternId<'_>) {
        match inline {
            ast::InlineExpression::FunctionReference { id: function, arguments } => {
                let argument = match arguments.positional.first() {
                    Some(ast::InlineExpression::StringLiteral { value }) => {
                        Some((*value).to_owned())
                    }
                    _ => None,
                };
                let call = FunctionCall { function: function.name.to_owned(), argument };
                let problem = if self.rules.kind == FileKind::Interface {
                    Some(Problem::UnknownFunction {
                        function: call.function.clone(),
                        is_interface: true,
                    })
                } else {
                    let checked = match self.rules.services {
                        Some(services) => check_call(&call, services),
                        None if Channel::from_function_name(&call.function).is_some() => Ok(()),
                        None => Err(CallProblem::UnknownFunction),
                    };
                    match checked {
                        Ok(()) => None,
                        Err(CallProblem::UnknownFunction) => Some(Problem::UnknownFunction {
                            function: call.function.clone(),
                            is_interface: false,
                        }),
                        Err(CallProblem::BadService(reason)) => Some(Problem::UnknownService {
                            function: call.function.clone(),
                            service: call.argument.clone().unwrap_or_default(),
                            reason,
                        }),
                    }
                };
                if let Some(problem) = problem {
                    self.found.push((function.name, id.to_string(), problem));
                }
                for argument in &arguments.positional {
                    self.inline(argument, id);
                }
                for argument in &arguments.named {
                    self.inline(&argument.value, id);
                }
            }
            ast::InlineExpression::VariableReference { id: variable } => {
                if !self.rules.variables.contains(&variable.name) {
                    let problem = Problem::UnknownVariable {
                        variable: variable.name.to_owned(),
                        known: self.rules.variables.to_vec(),
                    };
                    self.found.push((self.before(variable.name), id.to_string(), problem));
                }
            }
            ast::InlineExpression::MessageReference { id: message, attribute } => {
                let exists = self.messages.get(message.name).is_some_and(|attributes| {
                    attribute.as_ref().is_none_or(|a| attributes.contains(a.name))
                });
                if !exists {
                    let reference = match attribute {
                        Some(a) => format!("{}.{}", message.name, a.name),
                        None => message.name.to_owned(),
                    };
                    let problem = Problem::UnknownMessageReference { reference };
                    self.found.push((message.name, id.to_string(), problem));
                }
            }
            ast::InlineExpression::TermReference { id: term, arguments, .. } => {
                if !self.terms.contains(term.name) {
                    let problem = Problem::UnknownTerm { term: term.name.to_owned() };
                    self.found.push((self.before(term.name), id.to_string(), problem));
                }
                for argument in arguments.iter().flat_map(|a| &a.named) {
                    self.inline(&argument.value, id);
                }
            }
            ast::InlineExpression::Placeable { expression } => self.expression(expression, id),
            ast::InlineExpression::StringLiteral { .. }
            | ast::InlineExpression::NumberLiteral { .. } => {}
        }
    }

    /// Whether the app can show an article message: the rule is the loader's ([`ShapeProblem`]).
    fn article_shape(&mut self, message: &ast::Message<&'t str>) {
        let id = message.id.name;
        let attributes = message.attributes.iter().map(|a| a.id.name);
        let Some(problem) = ShapeProblem::of(id, message.value.is_some(), attributes) else {
            return;
        };
        let at = match &problem {
            ShapeProblem::NotABlock { attribute } => {
                message.attributes.iter().find(|a| a.id.name == attribute).map_or(id, |a| a.id.name)
            }
            _ => id,
        };
        let reason = problem.reason(id);
        self.found.push((at, id.to_owned(), Problem::InvalidArticleMessage { reason }));
    }

    /// An attribute given twice: the app shows the first one twice and never the second.
    fn duplicate_attributes(
        &mut self,
        attributes: &[ast::Attribute<&'t str>],
        owner: PatternId<'_>,
    ) {
        for (i, attribute) in attributes.iter().enumerate() {
            let name = attribute.id.name;
            if attributes[..i].iter().any(|a| a.id.name == name) {
                let problem = Problem::DuplicateAttribute { attribute: name.to_owned() };
                self.found.push((name, owner.attribute(name).to_string(), problem));
            }
        }
    }

    /// A variant key given twice: the second variant is never chosen.
    fn duplicate_variants(&mut self, variants: &[ast::Variant<&'t str>], id: PatternId<'_>) {
        let key = |variant: &ast::Variant<&'t str>| match variant.key {
            ast::VariantKey::Identifier { name } => name,
            ast::VariantKey::NumberLiteral { value } => value,
        };
        for (i, variant) in variants.iter().enumerate() {
            if variants[..i].iter().any(|v| key(v) == key(variant)) {
                let problem = Problem::DuplicateVariant { key: key(variant).to_owned() };
                self.found.push((key(variant), id.to_string(), problem));
            }
        }
    }

    /// The text from the character before `name` (the `$` of a variable, the `-` of a term), so
    /// the column points at what the translator typed.
    fn before(&self, name: &'t str) -> &'t str {
        match offset_in(self.text, name) {
            Some(offset) if offset > 0 && self.text.is_char_boundary(offset - 1) => {
                &self.text[offset - 1..offset + name.len()]
            }
            _ => name,
        }
    }
}

/// Where each message and block starts, to name the message a place in the file belongs to.
struct Places {
    /// Start offsets and ids (`danger`, `danger.p1`), in file order.
    starts: Vec<(usize, String)>,
}

impl Places {
    fn of(body: &[&ast::Entry<&str>], text: &str) -> Places {
        let mut starts = Vec::new();
        for entry in body {
            let (name, id, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name, m.id.name.to_owned(), &m.attributes),
                ast::Entry::Term(t) => (t.id.name, format!("-{}", t.id.name), &t.attributes),
                _ => continue,
            };
            let Some(offset) = offset_in(text, name) else { continue };
            starts.push((offset, id.clone()));
            for attribute in attributes {
                if let Some(offset) = offset_in(text, attribute.id.name) {
                    starts.push((offset, format!("{id}.{}", attribute.id.name)));
                }
            }
        }
        Places { starts }
    }

    /// The message or block that the text at `offset` belongs to.
    fn id_at(&self, offset: usize) -> Option<String> {
        let index = self.starts.partition_point(|(start, _)| *start <= offset);
        index.checked_sub(1).map(|i| self.starts[i].1.clone())
    }
}

/// Text the parser skipped, and what it belonged to.
struct JunkPiece<'t> {
    /// Where it starts in the file.
    start: usize,
    content: &'t str,
    /// The message or block it was part of: `danger`, or `danger.p1` for a block of `danger`.
    owner: Option<String>,
    /// The messages and blocks lost with it (`danger`, `danger.p1`, `danger.action`): their syntax
    /// error is reported, not that they are missing.
    lost: Vec<String>,
}

/// The skipped pieces of a file. A broken block of a message is skipped together with the blocks
/// after it, while the message keeps what came before; so a piece that starts with `.name =` belongs
/// to the message before it.
fn junk_pieces<'t>(body: &[&ast::Entry<&'t str>], text: &'t str) -> Vec<JunkPiece<'t>> {
    let mut pieces = Vec::new();
    let mut last_message: Option<&str> = None;
    for entry in body {
        match entry {
            ast::Entry::Message(message) => last_message = Some(message.id.name),
            ast::Entry::Term(_) => last_message = None,
            ast::Entry::Junk { content } => {
                let Some(start) = offset_in(text, content) else { continue };
                let (owner, lost) = match (junk_id(content), last_message) {
                    (Some(id), _) => (Some(id.clone()), vec![id]),
                    (None, Some(message)) => {
                        let blocks: Vec<String> = content
                            .lines()
                            .filter_map(block_name)
                            .map(|block| format!("{message}.{block}"))
                            .collect();
                        let owner = blocks.first().cloned().unwrap_or_else(|| message.to_owned());
                        // A broken continuation line still leaves its message incomplete.
                        let lost =
                            if blocks.is_empty() { vec![format!("{message}.")] } else { blocks };
                        (Some(owner), lost)
                    }
                    (None, None) => (None, Vec::new()),
                };
                pieces.push(JunkPiece { start, content, owner, lost });
            }
            _ => {}
        }
    }
    pieces
}

/// `p1` for a line `    .p1 = ...`.
fn block_name(line: &str) -> Option<&str> {
    let rest = line.strip_prefix(char::is_whitespace)?.trim_start().strip_prefix('.')?;
    let (name, _) = rest.split_once('=')?;
    let name = name.trim_end();
    (!name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .then_some(name)
}

/// Where in a skipped piece the mistake really is. The parser reports where the piece starts (it
/// gave up on the whole message or block there); parsing the piece's text again as a message of its
/// own finds the character that broke it, such as a `,` where a `}` should be.
fn precise_error(piece: &JunkPiece<'_>) -> Option<(usize, ErrorKind)> {
    let equals = piece.content.lines().next()?.find('=')?;
    let value = &piece.content[equals + 1..];
    let retry = format!("x ={value}");
    let Err((_, errors)) = fluent_syntax::parser::parse(retry.as_str()) else { return None };
    let first = errors.into_iter().next()?;
    let offset = piece.start + equals + 1 + first.pos.start.checked_sub(3)?;
    Some((offset, first.kind))
}

/// The id of a message that failed to parse, read from the start of its text.
fn junk_id(junk: &str) -> Option<String> {
    let first_line = junk.lines().next()?;
    let (id, _) = first_line.split_once('=')?;
    let id = id.trim_end();
    let is_id = id.starts_with(|c: char| c.is_ascii_alphabetic())
        && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    is_id.then(|| id.to_owned())
}

/// A parser error in plain words, with a hint that fits the kind of mistake.
fn syntax_problem(kind: &ErrorKind) -> Problem {
    if *kind == ErrorKind::MissingDefaultVariant {
        return Problem::MissingDefaultVariant;
    }
    let hint = match kind {
        ErrorKind::ExpectedToken('}') | ErrorKind::UnbalancedClosingBrace => {
            "Check that every { has its } on the same line."
        }
        ErrorKind::ExpectedToken('=') => "A message is written `id = text`, with the id first.",
        ErrorKind::ExpectedMessageField { .. } => {
            "Write the text after '=', or indent the lines of the message by four spaces."
        }
        ErrorKind::UnterminatedStringLiteral => "Close the quotes, as in { CALL(\"emergency\") }.",
        ErrorKind::ExpectedInlineExpression | ErrorKind::ExpectedCharRange { .. } => {
            "Inside { } write a service function, variable or message as the reference does, \
             such as { CALL(\"emergency\") }."
        }
        ErrorKind::MultipleDefaultVariants => "Mark only one variant with *.",
        _ => {
            "Indent every line of a message by four spaces, and start no line of text with *, [ \
             or . (Fluent reads those as syntax); compare with the reference file."
        }
    };
    Problem::SyntaxError { parser_message: kind.to_string(), hint: hint.to_owned() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::services_file::{Service, ServiceKind};

    fn load(text: &str) -> (FluentFile, Vec<Diagnostic>) {
        let services = ServiceDirectory {
            services: vec![Service {
                id: "emergency".into(),
                kind: ServiceKind::Emergency,
                phone: Some("112".into()),
                international_phone: None,
                sms: None,
                email: None,
                url: None,
                hours: None,
                languages: vec![],
                area: None,
                free: true,
                sources: vec![],
            }],
        };
        let rules = FileRules {
            kind: FileKind::Article,
            is_reference: false,
            locale: "da",
            services: Some(&services),
            variables: &crate::CONTENT_VARIABLES,
        };
        let mut out = Vec::new();
        let file = FluentFile::load("da/help-now.ftl", text.into(), &rules, &mut out);
        (file, out)
    }

    #[test]
    fn a_syntax_error_loses_one_message_and_names_its_place() {
        let (file, problems) = load("good = Fine\nbroken = { $\nalso-good = Still here\n");
        assert!(file.has_message("good") && file.has_message("also-good"));
        assert!(!file.has_message("broken"));
        let codes: Vec<String> =
            problems.iter().map(|d| format!("{}:{}:{}", d.code(), d.line, d.column)).collect();
        assert_eq!(codes.len(), 1, "{problems:?}");
        assert!(codes[0].starts_with("syntax-error:2:"), "{codes:?}");
    }

    #[test]
    fn a_message_naming_a_missing_service_is_refused_and_the_rest_is_kept() {
        let (file, problems) =
            load("title = Help\ndanger = Danger\n    .p1 = Call { CALL(\"emergancy\") }\n");
        assert!(!file.has_message("danger"), "a message naming a missing service is not shown");
        assert!(file.has_message("title"));
        assert_eq!(
            problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
            ["da/help-now.ftl:3:18: error[unknown-service] `danger.p1`: CALL(\"emergancy\"): no service with this id in services.toml. Use an id from services.toml, or add the missing contact there."]
        );
    }

    #[test]
    fn a_message_defined_twice_keeps_the_first_as_the_problem_says() {
        let (file, problems) = load("title = First\ntitle = Second\n");
        assert_eq!(file.format("title", None, None).as_deref(), Some("First"));
        assert_eq!(problems[0].code(), "duplicate-message");
    }

    #[test]
    fn the_id_of_a_broken_message_is_read_from_its_text() {
        assert_eq!(junk_id("danger = { CALL(\n"), Some("danger".to_owned()));
        assert_eq!(junk_id("    .p1 = x\n"), None);
        assert_eq!(junk_id("}\n"), None);
    }
}
