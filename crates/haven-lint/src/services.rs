//! `services.toml`: ids, kinds, and contact details that work when a reader taps them. The rules for
//! numbers and addresses live with the service directory ([`haven_format::phone_problem`],
//! [`haven_format::is_https_url`]); this module applies them to every service and says where.

use std::collections::HashMap;

use toml::de::DeValue;

use super::diagnostic::{Diagnostic, Problem};
use super::toml_doc::{describe, Table, TomlDoc};
use haven_format::{
    is_https_url, is_valid_id, phone_problem, Service, ServiceDirectory, ServiceKind, SERVICES_FILE,
};

const TOP_FIELDS: &[&str] = &["services"];
const SERVICE_FIELDS: &[&str] = &[
    "id",
    "kind",
    "phone",
    "international_phone",
    "sms",
    "email",
    "url",
    "hours",
    "languages",
    "area",
    "free",
    "sources",
];

/// Checks `services.toml` and returns the services that have an id, for checking the service
/// functions of the Fluent files (the first of services with the same id).
pub(crate) fn check(text: &str, out: &mut Vec<Diagnostic>) -> ServiceDirectory {
    let (mut doc, root) = TomlDoc::parse(SERVICES_FILE, text, out);
    let top = Table {
        table: root.get_ref(),
        span: 0..0,
        owner: SERVICES_FILE.to_owned(),
        id_prefix: String::new(),
    };
    top.check_unknown(&mut doc, TOP_FIELDS);
    let mut directory = ServiceDirectory::default();
    let mut first_line_of: HashMap<String, usize> = HashMap::new();
    for (table, span) in top.tables(&mut doc, "services") {
        let mut entry = Table {
            table,
            span,
            owner: "a [[services]] entry".to_owned(),
            id_prefix: "services.".to_owned(),
        };
        let id = entry.string(&mut doc, "id", true);
        if let Some((id, _)) = id {
            entry.owner = format!("the service `{id}`");
            entry.id_prefix = format!("services.{id}.");
        }
        entry.check_unknown(&mut doc, SERVICE_FIELDS);
        let kind = entry.string(&mut doc, "kind", true).and_then(|(kind, span)| {
            let parsed = service_kind(kind);
            if parsed.is_none() {
                doc.report(
                    span.start,
                    entry.id("kind"),
                    Problem::UnknownKind { kind: kind.into() },
                );
            }
            parsed
        });
        let mut number = |field: &str, international_only: bool| {
            let (number, span) = entry.string(&mut doc, field, false)?;
            if let Some(problem) = phone_problem(number, international_only) {
                doc.report(
                    span.start,
                    entry.id(field),
                    Problem::PhoneNotInternational {
                        field: field.replace('_', " "),
                        number: number.to_owned(),
                        problem,
                    },
                );
            }
            Some(number.to_owned())
        };
        let phone = number("phone", false);
        let international_phone = number("international_phone", true);
        let sms = number("sms", false);
        let email = entry.string(&mut doc, "email", false).map(|(email, span)| {
            if !is_email(email) {
                doc.report(
                    span.start,
                    entry.id("email"),
                    Problem::InvalidValue {
                        field: "email".into(),
                        expected: "an e-mail address such as \"cmm@sbst.dk\"".into(),
                        found: format!("\"{email}\""),
                    },
                );
            }
            email.to_owned()
        });
        let url = entry.string(&mut doc, "url", false).map(|(url, span)| {
            if !is_https_url(url) {
                doc.report(span.start, entry.id("url"), Problem::InsecureUrl { url: url.into() });
            }
            url.to_owned()
        });
        for field in ["hours", "area"] {
            entry.string(&mut doc, field, false);
        }
        for field in ["languages", "sources"] {
            check_list_of_text(&entry, &mut doc, field);
        }
        if let Some(free) = entry.get("free") {
            if !matches!(free.get_ref(), DeValue::Boolean(_)) {
                doc.report(
                    free.span().start,
                    entry.id("free"),
                    Problem::InvalidValue {
                        field: "free".into(),
                        expected: "true or false".into(),
                        found: describe(free.get_ref()),
                    },
                );
            }
        }

        let Some((id, id_span)) = id else { continue };
        if !is_valid_id(id) {
            doc.report(id_span.start, entry.id("id"), Problem::InvalidId { id: id.to_owned() });
        }
        if let Some(first_line) = first_line_of.get(id) {
            let problem =
                Problem::DuplicateService { service: id.to_owned(), first_line: *first_line };
            doc.report(id_span.start, entry.id("id"), problem);
            continue;
        }
        first_line_of.insert(id.to_owned(), doc.line_of(id_span.start));
        directory.services.push(Service {
            id: id.to_owned(),
            // An unknown kind is reported above; the service's contacts are still worth checking.
            kind: kind.unwrap_or(ServiceKind::Support),
            phone,
            international_phone,
            sms,
            email,
            url,
            hours: None,
            languages: Vec::new(),
            area: None,
            free: false,
            sources: Vec::new(),
        });
    }
    directory
}

fn check_list_of_text(entry: &Table<'_, '_>, doc: &mut TomlDoc<'_, '_>, field: &str) {
    let Some(value) = entry.get(field) else { return };
    let is_list_of_text = match value.get_ref() {
        DeValue::Array(items) => items.iter().all(|i| matches!(i.get_ref(), DeValue::String(_))),
        _ => false,
    };
    if !is_list_of_text {
        doc.report(
            value.span().start,
            entry.id(field),
            Problem::InvalidValue {
                field: field.into(),
                expected: "a list of texts in double quotes, such as [\"da\", \"en\"]".into(),
                found: describe(value.get_ref()),
            },
        );
    }
}

fn is_email(text: &str) -> bool {
    text.split_once('@').is_some_and(|(user, domain)| {
        !user.is_empty() && domain.contains('.') && !text.contains(char::is_whitespace)
    })
}

fn service_kind(text: &str) -> Option<ServiceKind> {
    Some(match text {
        "emergency" => ServiceKind::Emergency,
        "police" => ServiceKind::Police,
        "hotline" => ServiceKind::Hotline,
        "shelter" => ServiceKind::Shelter,
        "legal" => ServiceKind::Legal,
        "health" => ServiceKind::Health,
        "support" => ServiceKind::Support,
        "authority" => ServiceKind::Authority,
        _ => return None,
    })
}
