//! The Fluent functions that put a service's contact details into text: `CALL("id")`, `SMS("id")`,
//! `EMAIL("id")` and `WEB("id")`.
//!
//! Formatting cannot return structure, only text, so each function returns a marker made of Unicode
//! private-use characters that no translation contains. The renderer splits formatted text at those
//! markers into text and contact spans. The ids are checked against the directory when a file is
//! parsed, not when it is shown, so a typo is reported with the file and message id.

use fluent_bundle::{FluentArgs, FluentValue};
use fluent_syntax::ast;

use crate::services_file::{Channel, ServiceDirectory};

const MARK_START: char = '\u{E000}';
const MARK_END: char = '\u{E001}';

/// The marker a service function leaves in formatted text.
pub fn marker(channel: Channel, service_id: &str) -> String {
    format!("{MARK_START}{}:{service_id}{MARK_END}", channel.function_name())
}

/// Registers the service functions on a bundle.
pub fn register(bundle: &mut super::Bundle) {
    for channel in Channel::ALL {
        bundle
            .add_function(channel.function_name(), move |positional, _named: &FluentArgs| {
                match positional.first() {
                    Some(FluentValue::String(id)) => FluentValue::from(marker(channel, id)),
                    _ => FluentValue::Error,
                }
            })
            .expect("each service function is registered once per bundle");
    }
}

/// A piece of formatted text: plain text, or a reference to a service's contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Service { channel: Channel, service_id: &'a str },
}

/// Splits formatted text at service markers.
pub fn split_markers(text: &str) -> Vec<Piece<'_>> {
    let mut pieces = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(MARK_START) {
        let Some(len) = rest[start..].find(MARK_END) else { break };
        if start > 0 {
            pieces.push(Piece::Text(&rest[..start]));
        }
        let inner = &rest[start + MARK_START.len_utf8()..start + len];
        if let Some((name, id)) = inner.split_once(':') {
            if let Some(channel) = Channel::from_function_name(name) {
                pieces.push(Piece::Service { channel, service_id: id });
            }
        }
        rest = &rest[start + len + MARK_END.len_utf8()..];
    }
    if !rest.is_empty() {
        pieces.push(Piece::Text(rest));
    }
    pieces
}

/// A use of a function in a message, found by walking the syntax tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FunctionCall {
    pub function: String,
    /// The first argument when it is a string literal, as service functions need.
    pub argument: Option<String>,
}

/// What is wrong with a function call, if anything.
pub fn check_call(call: &FunctionCall, services: &ServiceDirectory) -> Result<(), CallProblem> {
    let Some(channel) = Channel::from_function_name(&call.function) else {
        return Err(CallProblem::UnknownFunction);
    };
    let Some(id) = &call.argument else {
        return Err(CallProblem::BadService("needs a service id in quotes".into()));
    };
    match services.get(id) {
        None => Err(CallProblem::BadService("no service with this id in services.toml".into())),
        Some(service) if service.contact(channel).is_none() => {
            Err(CallProblem::BadService(format!(
                "the service has no {} in services.toml",
                match channel {
                    Channel::Call => "phone",
                    Channel::Sms => "sms",
                    Channel::Email => "email",
                    Channel::Web => "url",
                }
            )))
        }
        Some(_) => Ok(()),
    }
}

pub enum CallProblem {
    UnknownFunction,
    BadService(String),
}

/// Every function call in a message: value, attributes, and inside select expressions.
pub fn function_calls<S: AsRef<str>>(message: &ast::Message<S>) -> Vec<FunctionCall> {
    let mut calls = Vec::new();
    let patterns = message.value.iter().chain(message.attributes.iter().map(|a| &a.value));
    for pattern in patterns {
        collect_pattern(pattern, &mut calls);
    }
    calls
}

fn collect_pattern<S: AsRef<str>>(pattern: &ast::Pattern<S>, calls: &mut Vec<FunctionCall>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression(expression, calls);
        }
    }
}

fn collect_expression<S: AsRef<str>>(
    expression: &ast::Expression<S>,
    calls: &mut Vec<FunctionCall>,
) {
    match expression {
        ast::Expression::Inline(inline) => collect_inline(inline, calls),
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, calls);
            for variant in variants {
                collect_pattern(&variant.value, calls);
            }
        }
    }
}

fn collect_inline<S: AsRef<str>>(inline: &ast::InlineExpression<S>, calls: &mut Vec<FunctionCall>) {
    match inline {
        ast::InlineExpression::FunctionReference { id, arguments } => {
            let argument = match arguments.positional.first() {
                Some(ast::InlineExpression::StringLiteral { value }) => {
                    Some(value.as_ref().to_owned())
                }
                _ => None,
            };
            calls.push(FunctionCall { function: id.name.as_ref().to_owned(), argument });
            for arg in &arguments.positional {
                collect_inline(arg, calls);
            }
        }
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, calls),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_split_back_into_text_and_services() {
        let text = format!("Call {} now.", marker(Channel::Call, "emergency"));
        assert_eq!(
            split_markers(&text),
            vec![
                Piece::Text("Call "),
                Piece::Service { channel: Channel::Call, service_id: "emergency" },
                Piece::Text(" now."),
            ]
        );
    }

    #[test]
    fn function_calls_are_found_inside_select_expressions() {
        let source = "m = { $n ->\n    [one] { CALL(\"a\") }\n   *[other] { EMAIL(\"b\") }\n}\n    .p = { WEB(\"c\") }\n";
        let resource = fluent_syntax::parser::parse(source).expect("valid");
        let ast::Entry::Message(message) = &resource.body[0] else { panic!("not a message") };
        let names: Vec<_> = function_calls(message)
            .into_iter()
            .map(|c| (c.function, c.argument.unwrap()))
            .collect();
        assert_eq!(
            names,
            vec![
                ("CALL".into(), "a".into()),
                ("EMAIL".into(), "b".into()),
                ("WEB".into(), "c".into())
            ]
        );
    }
}
