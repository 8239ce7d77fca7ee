//! `services.toml`: the directory of services. Phone numbers and addresses live here once, so a changed
//! number is edited in one place and every article in every language shows the new one.
//!
//! Its reader keeps the position of every key and reports every problem: ids, kinds, and contact
//! details that work when a reader taps them.

use rustc_hash::FxHashMap as HashMap;

use serde::{Deserialize, Serialize};
use toml::de::DeValue;

use crate::diagnostic::{Diagnostic, Problem};
use crate::pack::{is_valid_id, SERVICES_FILE};
use crate::toml_doc::{describe, EntryName, Table, TomlDoc};

/// The parsed `services.toml`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ServiceDirectory {
    pub services: Vec<Service>,
}

/// The language-independent facts about one service. Its name and description are translated in
/// `<locale>/services.ftl`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Service {
    pub id: String,
    pub kind: ServiceKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// The number to dial from a foreign SIM card, where it differs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub international_phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sms: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<String>,
    /// Languages spoken, as locale codes. Empty when not verified.
    pub languages: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    /// Calling costs nothing.
    pub free: bool,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ServiceKind {
    Emergency,
    Police,
    Hotline,
    Shelter,
    Legal,
    Health,
    Support,
    Authority,
}

/// A way to reach a service, as named by the Fluent functions `CALL`, `SMS`, `EMAIL` and `WEB`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    Call,
    Sms,
    Email,
    Web,
}

impl Channel {
    pub const ALL: [Channel; 4] = [Channel::Call, Channel::Sms, Channel::Email, Channel::Web];

    /// The Fluent function that inserts this channel into text.
    pub fn function_name(self) -> &'static str {
        match self {
            Channel::Call => "CALL",
            Channel::Sms => "SMS",
            Channel::Email => "EMAIL",
            Channel::Web => "WEB",
        }
    }

    pub fn from_function_name(name: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|c| c.function_name() == name)
    }
}

/// A channel of a service, ready for a link: what to show and where it goes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Contact {
    pub channel: Channel,
    pub service_id: String,
    /// What the reader sees, such as `+45 70 20 25 50`.
    pub label: String,
    /// A `tel:`, `sms:`, `mailto:` or `https:` address.
    pub href: String,
}

impl Service {
    /// The contact for a channel, or `None` if the service cannot be reached that way.
    pub fn contact(&self, channel: Channel) -> Option<Contact> {
        let (label, href) = match channel {
            Channel::Call => {
                let phone = self.phone.as_ref()?;
                (phone.clone(), format!("tel:{}", dialable(phone)))
            }
            Channel::Sms => {
                let sms = self.sms.as_ref()?;
                (sms.clone(), format!("sms:{}", dialable(sms)))
            }
            Channel::Email => {
                let email = self.email.as_ref()?;
                (email.clone(), format!("mailto:{email}"))
            }
            Channel::Web => {
                let url = self.url.as_ref()?;
                (url.trim_start_matches("https://").trim_end_matches('/').to_owned(), url.clone())
            }
        };
        Some(Contact { channel, service_id: self.id.clone(), label, href })
    }

    /// Every way to reach the service, most direct first.
    pub fn contacts(&self) -> Vec<Contact> {
        let mut contacts: Vec<Contact> =
            Channel::ALL.into_iter().filter_map(|c| self.contact(c)).collect();
        if let Some(international) = &self.international_phone {
            contacts.insert(
                1.min(contacts.len()),
                Contact {
                    channel: Channel::Call,
                    service_id: self.id.clone(),
                    label: international.clone(),
                    href: format!("tel:{}", dialable(international)),
                },
            );
        }
        contacts
    }
}

/// What is wrong with how a phone or SMS number is written, if anything.
///
/// The rule, so that a number works when tapped on any phone, including one with a foreign SIM card:
/// - only digits, spaces between groups, and a leading `+`;
/// - either the **international form**: `+`, the country code and the number, 5 to 15 digits in all
///   (`+45 70 20 25 50`, `+45 114`);
/// - or a **short national number** of 3 to 6 digits that does not start with 0 (`112`, `114`,
///   `1813`, `116 000`): emergency and service numbers that have no international form.
///
/// A longer number without `+` (`70 20 25 50`, `0800 123 456`) only works inside its own country.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhoneProblem {
    /// Letters, dashes, brackets or other characters.
    NotOnlyDigits,
    /// A national number too long to be a short number: it needs `+` and the country code.
    NotInternational,
    /// `+` with too few or too many digits to be a real international number.
    WrongLength,
}

/// Checks a phone or SMS number against the rule described at [`PhoneProblem`]. `international_only`
/// refuses short numbers too (for `international_phone`).
pub fn phone_problem(number: &str, international_only: bool) -> Option<PhoneProblem> {
    let (is_international, rest) = match number.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, number),
    };
    if rest.is_empty() || !rest.chars().all(|c| c.is_ascii_digit() || c == ' ') {
        return Some(PhoneProblem::NotOnlyDigits);
    }
    let digits = rest.chars().filter(char::is_ascii_digit).count();
    if is_international {
        (!(5..=15).contains(&digits)).then_some(PhoneProblem::WrongLength)
    } else if international_only || !(3..=6).contains(&digits) || rest.starts_with('0') {
        Some(PhoneProblem::NotInternational)
    } else {
        None
    }
}

/// Whether a web address is one the app may open: `https://` only, so that nobody between the phone
/// and the service can read or change what a reader sees.
pub fn is_https_url(url: &str) -> bool {
    url.strip_prefix("https://").is_some_and(|rest| !rest.is_empty())
}

/// A phone number as a `tel:` URI wants it: digits and a leading `+`, nothing else.
fn dialable(number: &str) -> String {
    number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect()
}

impl ServiceDirectory {
    pub fn get(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id == id)
    }
}

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

/// Reads `services.toml`: every service that has an id (the first of services with the same id),
/// read as far as it goes, and every problem.
pub(crate) fn read(text: &str, out: &mut Vec<Diagnostic>) -> ServiceDirectory {
    let (mut doc, root) = TomlDoc::parse(SERVICES_FILE, text, out);
    let top = Table::fixed(root.get_ref(), 0..0, SERVICES_FILE, "");
    top.check_unknown(&mut doc, TOP_FIELDS);
    let mut directory = ServiceDirectory::default();
    let mut first_offset_of: HashMap<String, usize> = HashMap::default();
    for (table, span) in top.tables(&mut doc, "services") {
        let name = EntryName {
            list: "services",
            unnamed: "a [[services]] entry",
            named: "the service",
            id: None,
        };
        let (entry, id) = Table::entry(&mut doc, table, span, name, "id");
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
        let hours = entry.string(&mut doc, "hours", false).map(|(text, _)| text.to_owned());
        let area = entry.string(&mut doc, "area", false).map(|(text, _)| text.to_owned());
        let languages = entry.texts(&mut doc, "languages");
        let sources = entry.texts(&mut doc, "sources");
        let mut is_free = false;
        if let Some(free) = entry.get("free") {
            if let DeValue::Boolean(value) = free.get_ref() {
                is_free = *value;
            } else {
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
        if let Some(first) = first_offset_of.get(id) {
            let first_line = doc.line_of(*first);
            let problem = Problem::DuplicateService { service: id.to_owned(), first_line };
            doc.report(id_span.start, entry.id("id"), problem);
            continue;
        }
        first_offset_of.insert(id.to_owned(), id_span.start);
        directory.services.push(Service {
            id: id.to_owned(),
            // An unknown kind is reported above; the service's contacts are still worth checking.
            kind: kind.unwrap_or(ServiceKind::Support),
            phone,
            international_phone,
            sms,
            email,
            url,
            hours,
            languages,
            area,
            free: is_free,
            sources,
        });
    }
    directory
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

#[cfg(test)]
mod tests {
    use super::*;

    fn service(phone: Option<&str>) -> Service {
        Service {
            id: "cmm-hotline".into(),
            kind: ServiceKind::Hotline,
            phone: phone.map(Into::into),
            international_phone: None,
            sms: None,
            email: Some("cmm@sbst.dk".into()),
            url: Some("https://cmm.dk/".into()),
            hours: None,
            languages: vec![],
            area: None,
            free: false,
            sources: vec![],
        }
    }

    #[test]
    fn a_phone_number_becomes_a_tel_link_with_only_digits() {
        let contact = service(Some("+45 70 20 25 50")).contact(Channel::Call).unwrap();
        assert_eq!(contact.label, "+45 70 20 25 50");
        assert_eq!(contact.href, "tel:+4570202550");
    }

    #[test]
    fn phone_numbers_must_be_international_or_short_national_numbers() {
        for good in ["+45 70 20 25 50", "+45 114", "112", "114", "1813", "116 000"] {
            assert_eq!(phone_problem(good, false), None, "{good}");
        }
        assert_eq!(phone_problem("70 20 25 50", false), Some(PhoneProblem::NotInternational));
        assert_eq!(phone_problem("0800 123", false), Some(PhoneProblem::NotInternational));
        assert_eq!(phone_problem("112", true), Some(PhoneProblem::NotInternational));
        assert_eq!(phone_problem("+45-70-20", false), Some(PhoneProblem::NotOnlyDigits));
        assert_eq!(phone_problem("call 112", false), Some(PhoneProblem::NotOnlyDigits));
        assert_eq!(phone_problem("+45", false), Some(PhoneProblem::WrongLength));
        assert!(is_https_url("https://cmm.dk") && !is_https_url("http://cmm.dk"));
    }

    #[test]
    fn a_service_without_a_phone_offers_no_call() {
        let s = service(None);
        assert!(s.contact(Channel::Call).is_none());
        let channels: Vec<_> = s.contacts().iter().map(|c| c.channel).collect();
        assert_eq!(channels, vec![Channel::Email, Channel::Web]);
        assert_eq!(s.contact(Channel::Email).unwrap().href, "mailto:cmm@sbst.dk");
        assert_eq!(s.contact(Channel::Web).unwrap().label, "cmm.dk");
    }
}
