//! Fluent: parsing a pack's files, checking the functions they call, and formatting their messages.

pub(crate) mod functions;

pub use fluent_bundle::FluentArgs;
pub use functions::{check_call, function_calls, split_markers, CallProblem, FunctionCall, Piece};

pub use crate::fluent_file::{FileKind, FileRules, FluentFile, MessageShape};

use fluent_syntax::ast;

/// A part of a pattern that checks look at: a run of text, or a choice (`{ $n -> ... }`).
pub enum PatternPart<'a, 't> {
    Text(&'t str),
    Select { selector: &'a ast::InlineExpression<&'t str>, variants: &'a [ast::Variant<&'t str>] },
}

/// Visits the text and the choices of a pattern in order, the variants of each choice included.
pub fn walk_pattern<'a, 't>(
    pattern: &'a ast::Pattern<&'t str>,
    visit: &mut dyn FnMut(PatternPart<'a, 't>),
) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => visit(PatternPart::Text(value)),
            ast::PatternElement::Placeable { expression } => walk_expression(expression, visit),
        }
    }
}

fn walk_expression<'a, 't>(
    expression: &'a ast::Expression<&'t str>,
    visit: &mut dyn FnMut(PatternPart<'a, 't>),
) {
    match expression {
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            walk_expression(expression, visit)
        }
        ast::Expression::Inline(_) => {}
        ast::Expression::Select { selector, variants } => {
            visit(PatternPart::Select { selector, variants });
            for variant in variants {
                walk_pattern(&variant.value, visit);
            }
        }
    }
}

/// The patterns of every message and term of a file, each with its id (`danger`, `danger.p1`,
/// `-brand`), in file order.
pub fn patterns<'a, 't>(
    entries: impl Iterator<Item = &'a ast::Entry<&'t str>>,
) -> Vec<(String, &'a ast::Pattern<&'t str>)>
where
    't: 'a,
{
    let mut found = Vec::new();
    for entry in entries {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            _ => continue,
        };
        if let Some(value) = value {
            found.push((id.clone(), value));
        }
        for attribute in attributes {
            found.push((format!("{id}.{}", attribute.id.name), &attribute.value));
        }
    }
    found
}

/// Bundles are shared between the app's threads, so they use the thread-safe memoizer.
pub(crate) type Bundle =
    fluent_bundle::concurrent::FluentBundle<std::sync::Arc<fluent_bundle::FluentResource>>;
