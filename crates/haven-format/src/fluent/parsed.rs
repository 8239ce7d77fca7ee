//! One parsed Fluent file, with the messages it refused.

use std::collections::HashSet;
use std::path::PathBuf;

use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use super::functions::{self, CallProblem};
use super::Bundle;
use crate::error::{line_and_column, PackError};
use crate::services_file::ServiceDirectory;

/// A message's id and the names of its attributes, in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageShape {
    pub id: String,
    /// Where the message starts, from 1.
    pub line: usize,
    pub has_value: bool,
    pub attributes: Vec<String>,
}

/// A Fluent file ready to format. Messages with errors are refused: they behave as if missing, so the
/// reader sees the fallback text instead of broken text.
pub struct ParsedFile {
    pub path: PathBuf,
    bundle: Bundle,
    refused: HashSet<String>,
    /// The messages in file order; the reference locale's order is the order of an article's sections.
    pub shapes: Vec<MessageShape>,
}

/// How strictly to check the functions a file calls.
pub enum FunctionCheck<'a> {
    /// Content files: every function must be a service function naming a real service.
    Services(&'a ServiceDirectory),
    /// Interface strings use no functions.
    NoFunctions,
}

impl ParsedFile {
    /// Parses `text` and checks every message. Problems are returned alongside the file, which keeps
    /// everything that is sound: a syntax error loses one message, not the language.
    pub fn parse(
        path: PathBuf,
        locale: &str,
        text: String,
        check: FunctionCheck<'_>,
    ) -> (ParsedFile, Vec<PackError>) {
        let mut problems = Vec::new();
        let resource = match FluentResource::try_new(text.clone()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    let (line, column) = line_and_column(&text, error.pos.start);
                    problems.push(PackError::FluentSyntax {
                        path: path.clone(),
                        line,
                        column,
                        message: error.kind.to_string(),
                    });
                }
                resource
            }
        };

        let mut refused = HashSet::new();
        let mut shapes = Vec::new();
        for entry in resource.entries() {
            let ast::Entry::Message(message) = entry else { continue };
            let id = message.id.name;
            shapes.push(MessageShape {
                id: id.to_owned(),
                line: message_line(&text, id),
                has_value: message.value.is_some(),
                attributes: message.attributes.iter().map(|a| a.id.name.to_owned()).collect(),
            });
            for call in functions::function_calls(message) {
                let problem = match &check {
                    FunctionCheck::Services(services) => functions::check_call(&call, services),
                    FunctionCheck::NoFunctions => Err(CallProblem::UnknownFunction),
                };
                let line = message_line(&text, id);
                match problem {
                    Ok(()) => continue,
                    Err(CallProblem::UnknownFunction) => {
                        problems.push(PackError::UnknownFunction {
                            path: path.clone(),
                            line,
                            message_id: id.to_owned(),
                            function: call.function.clone(),
                        })
                    }
                    Err(CallProblem::BadService(reason)) => {
                        problems.push(PackError::UnknownService {
                            path: path.clone(),
                            line,
                            message_id: id.to_owned(),
                            function: call.function.clone(),
                            service_id: call.argument.clone().unwrap_or_default(),
                            reason,
                        })
                    }
                }
                refused.insert(id.to_owned());
            }
        }

        let langid: LanguageIdentifier = locale.parse().unwrap_or_default();
        let mut bundle = Bundle::new_concurrent(vec![langid]);
        // The interface marks direction itself (phone numbers are isolated left-to-right spans), and
        // isolation marks would end up inside copied phone numbers.
        bundle.set_use_isolating(false);
        functions::register(&mut bundle);
        if let Err(errors) = bundle.add_resource(resource) {
            for error in errors {
                if let fluent_bundle::FluentError::Overriding { id, .. } = &error {
                    problems.push(PackError::InvalidMessage {
                        path: path.clone(),
                        line: message_line(&text, id),
                        message_id: id.clone(),
                        reason: "defined twice; the first definition is used".into(),
                    });
                }
            }
        }
        (ParsedFile { path, bundle, refused, shapes }, problems)
    }

    /// Refuses a message: it will be treated as missing, and the fallback used instead.
    pub fn refuse(&mut self, id: &str) {
        self.refused.insert(id.to_owned());
    }

    /// The line a message starts on, or 1 when the file has no such message.
    pub fn line_of(&self, id: &str) -> usize {
        self.shapes.iter().find(|s| s.id == id).map_or(1, |s| s.line)
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
            tracing::warn!(path = %self.path.display(), id, ?attribute, ?errors, "message failed to format; falling back");
            None
        }
    }
}

/// The 1-based line where a message is defined, for error messages.
pub fn message_line(text: &str, id: &str) -> usize {
    text.split('\n')
        .position(|line| {
            line.strip_prefix(id).is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(1, |index| index + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::services_file::{Service, ServiceKind};

    fn directory() -> ServiceDirectory {
        ServiceDirectory {
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
        }
    }

    fn parse(text: &str) -> (ParsedFile, Vec<PackError>) {
        let services = directory();
        ParsedFile::parse(
            "da/help-now.ftl".into(),
            "da",
            text.into(),
            FunctionCheck::Services(&services),
        )
    }

    #[test]
    fn a_syntax_error_loses_one_message_and_names_its_line() {
        let (file, problems) = parse("good = Fine\nbroken = { $\nalso-good = Still here\n");
        assert!(file.has_message("good"));
        assert!(file.has_message("also-good"));
        assert!(!file.has_message("broken"));
        match &problems[..] {
            [PackError::FluentSyntax { path, line, .. }] => {
                assert_eq!(path, &PathBuf::from("da/help-now.ftl"));
                assert_eq!(*line, 2);
            }
            other => panic!("expected one syntax error, got {other:?}"),
        }
    }

    #[test]
    fn an_unknown_service_is_refused_with_file_line_and_message_id() {
        let (file, problems) =
            parse("title = Help\ndanger = Danger\n    .p1 = Call { CALL(\"emergancy\") }\n");
        assert!(
            !file.has_message("danger"),
            "a message naming a missing service must not be shown"
        );
        let error = problems.first().expect("an error").to_string();
        assert_eq!(
            error,
            "da/help-now.ftl:2: message `danger`: CALL(\"emergancy\"): no service with this id in services.toml"
        );
    }

    #[test]
    fn a_service_without_that_channel_is_refused() {
        let (_, problems) = parse("x = { EMAIL(\"emergency\") }\n");
        assert!(problems[0].to_string().contains("the service has no email"), "{}", problems[0]);
    }

    #[test]
    fn an_unknown_function_is_named() {
        let (_, problems) = parse("x = { NUMBER(\"5\") } { PHONE(\"emergency\") }\n");
        let names: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(names.iter().any(|e| e.contains("unknown function NUMBER")), "{names:?}");
        assert!(names.iter().any(|e| e.contains("unknown function PHONE")), "{names:?}");
    }
}
