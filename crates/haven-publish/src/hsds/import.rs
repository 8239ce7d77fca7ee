//! An HSDS file back into `services.toml`, edited in place; everything it cannot map is reported
//! with its JSON path.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use haven_format::{
    is_https_url, is_valid_id, phone_problem, PhoneProblem, Service, ServiceKind, SERVICES_FILE,
    SERVICES_FLUENT_FILE,
};
use haven_library::{Library, PackSource};
use serde::Serialize;
use serde_json::Value;
use toml_edit::{value, Array, ArrayOfTables, DocumentMut, Item, Table};

use super::json::{wrong_type, Object};
use super::{
    service_uuid, DirectoryError, Term, FREE_TO_CALL, INTERNATIONAL_PHONE, SERVICE_ID,
    SERVICE_KIND, SOURCE, TERMS,
};

/// What an import did, by Haven service id, and what it could not map.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportReport {
    /// New services, added at the end of `services.toml`.
    pub added: Vec<String>,
    /// Services whose facts the file changed.
    pub updated: Vec<String>,
    pub unchanged: Vec<String>,
    /// Services of `services.toml` the file does not mention: kept as they were.
    pub not_in_file: Vec<String>,
    /// The Fluent file the names of new services were added to, if any.
    pub names_written_to: Option<PathBuf>,
    pub not_mapped: Vec<NotMapped>,
}

/// A value of the HSDS file that did not go into the pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NotMapped {
    /// Where it is, such as `$.contents[2].phones[1].number`.
    pub path: String,
    pub reason: String,
}

/// Imports the HSDS JSON `json` into the pack in `content_dir`: known services are updated in
/// place, new ones added, and nothing is written when nothing changed.
///
/// Fails, writing nothing, when the text is not JSON, is not an HSDS page or array of services, has
/// a value of the wrong type, or the pack cannot be opened.
pub fn import(json: &str, content_dir: &Path) -> Result<ImportReport, DirectoryError> {
    let root: Value = serde_json::from_str(json)
        .map_err(|e| DirectoryError::NotJson { message: e.to_string() })?;
    let (items, base) = match &root {
        Value::Array(items) => (items, "$".to_owned()),
        Value::Object(map) => match map.get("contents") {
            Some(Value::Array(items)) => (items, "$.contents".to_owned()),
            Some(other) => return Err(wrong_type("$.contents", "an array of services", other)),
            None => {
                return Err(DirectoryError::NotHsds {
                    path: "$".into(),
                    expected: "an HSDS page (an object with `contents`) or an array of services"
                        .into(),
                    found: "an object without `contents`".into(),
                })
            }
        },
        other => return Err(wrong_type("$", "an HSDS page or an array of services", other)),
    };

    let library = Library::open(PackSource::Directory(content_dir.to_owned()))?;
    let pack_id = library.info().id.clone();
    let reference = library.reference_locale().to_owned();
    let entries = library.directory(&reference, &Default::default()).unwrap_or_default();

    let mut report = ImportReport::default();
    let mut incoming = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let service = Object::new(item, format!("{base}[{index}]"))?;
        if let Some(read) = read_service(&service, &mut report.not_mapped)? {
            incoming.push(read);
        }
    }

    let services_path = content_dir.join(SERVICES_FILE);
    let text = fs::read_to_string(&services_path)
        .map_err(|source| DirectoryError::Read { path: services_path.clone(), source })?;
    let mut doc: DocumentMut = text.parse().map_err(|e: toml_edit::TomlError| {
        DirectoryError::ServicesFile { path: services_path.clone(), message: e.message().into() }
    })?;

    let by_uuid: HashMap<String, &str> =
        entries.iter().map(|e| (service_uuid(&pack_id, &e.card.id), e.card.id.as_str())).collect();
    let mut taken: HashSet<String> = entries.iter().map(|e| e.card.id.clone()).collect();
    let mut seen: HashSet<String> = HashSet::new();
    let mut new_names = String::new();

    for read in incoming {
        let id = match &read.haven_id {
            Some((id, path)) if !is_valid_id(id) => {
                report.not_mapped.push(NotMapped {
                    path: path.clone(),
                    reason: format!(
                        "`{id}` is not a Haven id (lower-case letters, digits and -); an id was \
                        made from the name instead"
                    ),
                });
                None
            }
            Some((id, _)) => Some(id.clone()),
            None => by_uuid.get(&read.uuid).map(|id| (*id).to_owned()),
        }
        .unwrap_or_else(|| unique_id(&read.name, &taken));
        if !seen.insert(id.clone()) {
            report.not_mapped.push(NotMapped {
                path: read.path.clone(),
                reason: format!("a second service with the Haven id `{id}`; the first was kept"),
            });
            continue;
        }
        taken.insert(id.clone());

        if let Some(entry) = entries.iter().find(|e| e.card.id == id) {
            let fluent = format!("{reference}/{SERVICES_FLUENT_FILE}.ftl");
            let texts = [
                ("name", Some(entry.card.name.plain()), Some(read.name.clone())),
                (
                    "description",
                    entry.card.description.as_ref().map(|t| t.plain()),
                    read.description.clone(),
                ),
                (
                    "application_process",
                    entry.card.access.as_ref().map(|t| t.plain()),
                    read.access.clone(),
                ),
            ];
            for (field, ours, theirs) in texts {
                if theirs.is_some() && ours != theirs {
                    report.not_mapped.push(NotMapped {
                        path: format!("{}.{field}", read.path),
                        reason: format!(
                            "differs from `{id}` in {fluent}, which was left as it is: \
                            translations are made from that text, so change it there"
                        ),
                    });
                }
            }
            let table =
                service_table(&mut doc, &id).ok_or_else(|| DirectoryError::ServicesFile {
                    path: services_path.clone(),
                    message: format!("the service `{id}` is not a [[services]] table"),
                })?;
            let kind = read.kind.unwrap_or(entry.details.kind);
            if update(table, &entry.details, &read.facts(&id, kind)) {
                report.updated.push(id);
            } else {
                report.unchanged.push(id);
            }
        } else {
            let kind = read.kind.unwrap_or_else(|| {
                report.not_mapped.push(NotMapped {
                    path: format!("{}.attributes", read.path),
                    reason: format!(
                        "no `{}` attribute: `{id}` was added as kind = \"support\"; check it",
                        SERVICE_KIND.code
                    ),
                });
                ServiceKind::Support
            });
            let table = new_table(&read.facts(&id, kind));
            services_array(&mut doc).push(table);
            new_names.push_str(&fluent_entry(&id, &read));
            report.added.push(id);
        }
    }
    report.not_in_file =
        entries.iter().map(|e| e.card.id.clone()).filter(|id| !seen.contains(id)).collect();

    // The name first: a crash before services.toml is written leaves a message no service uses,
    // which the lint reports; never a service readers see by its id.
    if !new_names.is_empty() {
        let path = content_dir.join(&reference).join(format!("{SERVICES_FLUENT_FILE}.ftl"));
        let mut fluent = fs::read_to_string(&path).unwrap_or_default();
        if !fluent.is_empty() && !fluent.ends_with('\n') {
            fluent.push('\n');
        }
        fluent.push_str(&new_names);
        write(&path, &fluent)?;
        report.names_written_to = Some(path);
    }
    let updated = doc.to_string();
    if updated != text {
        write(&services_path, &updated)?;
    }
    Ok(report)
}

fn write(path: &Path, text: &str) -> Result<(), DirectoryError> {
    haven_sync::durable::write_atomically(path, text.as_bytes())
        .map_err(|source| DirectoryError::Write { path: path.to_owned(), source })
}

/// One HSDS service as read: its facts for `services.toml`, and its texts for Fluent.
struct Incoming {
    path: String,
    uuid: String,
    /// The `haven-service-id` attribute, and where it is.
    haven_id: Option<(String, String)>,
    kind: Option<ServiceKind>,
    name: String,
    description: Option<String>,
    access: Option<String>,
    /// What goes into `services.toml`; its `id` and `kind` are decided once the service is matched.
    details: Service,
}

impl Incoming {
    fn facts(&self, id: &str, kind: ServiceKind) -> Service {
        Service { id: id.to_owned(), kind, ..self.details.clone() }
    }
}

const SERVICE_FIELDS: &[&str] = &[
    "id",
    "organization_id",
    "name",
    "description",
    "url",
    "email",
    "status",
    "application_process",
    "fees_description",
    "schedules",
    "languages",
    "phones",
    "organization",
    "cost_options",
    "service_areas",
    "attributes",
];

fn read_service(
    service: &Object<'_>,
    not_mapped: &mut Vec<NotMapped>,
) -> Result<Option<Incoming>, DirectoryError> {
    let mut note = |path: String, reason: String| not_mapped.push(NotMapped { path, reason });
    let uuid = service.required_str("id")?.to_owned();
    let name = collapse(service.required_str("name")?);
    let status = service.required_str("status")?;
    if name.is_empty() {
        return Err(DirectoryError::NotHsds {
            path: service.at("name"),
            expected: "the service's name".into(),
            found: "an empty string".into(),
        });
    }
    if status != "active" {
        note(
            service.at("status"),
            format!("the service is `{status}`: Haven lists services people can reach, so it was not imported"),
        );
        return Ok(None);
    }
    service.report_unknown(SERVICE_FIELDS, "the service", &mut note);
    let mut read = Incoming {
        path: service.path.clone(),
        uuid,
        haven_id: None,
        kind: None,
        description: service.str("description")?.map(collapse).filter(|t| !t.is_empty()),
        access: service.str("application_process")?.map(collapse).filter(|t| !t.is_empty()),
        name,
        details: empty(ServiceKind::Support),
    };

    if let Some(url) = service.str("url")? {
        if is_https_url(url) {
            read.details.url = Some(url.to_owned());
        } else {
            note(
                service.at("url"),
                format!("`{url}` is not an https:// address, the only kind the app opens"),
            );
        }
    }
    if let Some(email) = service.str("email")? {
        if is_email(email) {
            read.details.email = Some(email.to_owned());
        } else {
            note(service.at("email"), format!("`{email}` is not an e-mail address"));
        }
    }
    if let Some(fees) = service.str("fees_description")? {
        if fees != FREE_TO_CALL {
            note(
                service.at("fees_description"),
                "services.toml records only whether calling is free (read from cost_options)"
                    .into(),
            );
        }
    }

    let mut voice = Vec::new();
    for phone in service.objects("phones")? {
        phone.report_unknown(
            &["id", "service_id", "number", "type", "description"],
            "a phone",
            &mut note,
        );
        let number = phone.required_str("number")?;
        let kind = phone.str("type")?.unwrap_or("voice");
        if let Some(description) = phone.str("description")? {
            if description != INTERNATIONAL_PHONE {
                note(
                    phone.at("description"),
                    "services.toml keeps no description of a phone".into(),
                );
            }
        }
        match kind {
            "text" if read.details.sms.is_none() => {
                read.details.sms = dialable(number, false, &phone.at("number"), &mut note);
            }
            "text" => note(phone.at("number"), "services.toml has one SMS number".into()),
            "voice" | "cell" => voice.push((number, phone.at("number"))),
            other => note(
                phone.at("type"),
                format!("a `{other}` number: services.toml has numbers to call and to text only"),
            ),
        }
    }
    let mut voice = voice.into_iter();
    if let Some((number, path)) = voice.next() {
        read.details.phone = dialable(number, false, &path, &mut note);
    }
    if let Some((number, path)) = voice.next() {
        read.details.international_phone = dialable(number, true, &path, &mut note);
    }
    for (_, path) in voice {
        note(path, "services.toml has one number to call and one for a foreign SIM card".into());
    }

    for (index, schedule) in service.objects("schedules")?.into_iter().enumerate() {
        schedule.report_unknown(&["id", "service_id", "description"], "a schedule", &mut note);
        match schedule.str("description")? {
            Some(hours) if index == 0 => read.details.hours = Some(hours.to_owned()),
            _ => note(
                schedule.path.clone(),
                "services.toml keeps one description of opening hours".into(),
            ),
        }
    }
    for language in service.objects("languages")? {
        language.report_unknown(&["id", "service_id", "code", "name"], "a language", &mut note);
        match language.str("code")? {
            Some(code) => read.details.languages.push(code.to_owned()),
            None => note(language.path.clone(), "a language without an ISO 639 `code`".into()),
        }
    }
    for (index, area) in service.objects("service_areas")?.into_iter().enumerate() {
        area.report_unknown(&["id", "service_id", "name"], "a service area", &mut note);
        match area.str("name")? {
            Some(name) if index == 0 => read.details.area = Some(name.to_owned()),
            _ => note(area.path.clone(), "services.toml keeps one area, by name".into()),
        }
    }
    for cost in service.objects("cost_options")? {
        if cost.number("amount")? == Some(0.0) {
            read.details.free = true;
        } else {
            note(cost.path.clone(), "services.toml records only whether calling is free".into());
        }
    }
    for attribute in service.objects("attributes")? {
        let term_code = match attribute.object("taxonomy_term")? {
            Some(term) => term.str("code")?.map(str::to_owned),
            None => None,
        };
        let term_id = attribute.str("taxonomy_term_id")?;
        let term = TERMS
            .iter()
            .find(|t| term_code.as_deref() == Some(t.code) || term_id == Some(t.uuid().as_str()));
        let value = attribute.str("value")?;
        match (term, value) {
            (Some(term), Some(value)) => {
                read_attribute(term, value, &attribute, &mut read, &mut note)
            }
            (Some(_), None) => {
                note(attribute.at("value"), "a Haven attribute without a value".into())
            }
            (None, _) => note(
                attribute.path.clone(),
                "an attribute of a taxonomy Haven does not use; services.toml has no place for it"
                    .into(),
            ),
        }
    }
    if let Some(organization) = service.object("organization")? {
        let provider = organization.str("name")?.map(collapse);
        if provider.as_deref() != Some(read.name.as_str()) {
            note(
                organization.path.clone(),
                "services.toml has no organizations: the provider was not kept".into(),
            );
        }
    }
    Ok(Some(read))
}

fn read_attribute(
    term: &Term,
    value: &str,
    attribute: &Object<'_>,
    read: &mut Incoming,
    note: &mut impl FnMut(String, String),
) {
    if term.code == SERVICE_ID.code {
        read.haven_id = Some((value.to_owned(), attribute.at("value")));
    } else if term.code == SERVICE_KIND.code {
        match serde_json::from_value(Value::String(value.to_owned())) {
            Ok(kind) => read.kind = Some(kind),
            Err(_) => note(
                attribute.at("value"),
                format!("`{value}` is not a Haven kind (emergency, police, hotline, shelter, legal, health, support, authority)"),
            ),
        }
    } else if term.code == SOURCE.code {
        read.details.sources.push(value.to_owned());
    }
}

/// A number as services.toml takes it, or `None` with a note saying why it would not dial.
fn dialable(
    number: &str,
    international_only: bool,
    path: &str,
    note: &mut impl FnMut(String, String),
) -> Option<String> {
    let Some(problem) = phone_problem(number, international_only) else {
        return Some(number.to_owned());
    };
    let why = match problem {
        PhoneProblem::NotOnlyDigits => "only digits, spaces and a leading + are allowed",
        PhoneProblem::NotInternational if international_only => {
            "the number for a foreign SIM card needs + and the country code"
        }
        PhoneProblem::NotInternational => "a number this long needs + and the country code",
        PhoneProblem::WrongLength => "an international number has 5 to 15 digits",
    };
    note(path.to_owned(), format!("`{number}` does not dial from every phone: {why}"));
    None
}

fn is_email(text: &str) -> bool {
    text.split_once('@').is_some_and(|(user, domain)| {
        !user.is_empty() && domain.contains('.') && !text.contains(char::is_whitespace)
    })
}

/// Writes into `table` the facts that differ from `old`, leaving every other key (and its comments)
/// as it was. Returns whether anything changed.
fn update(table: &mut Table, old: &Service, new: &Service) -> bool {
    let mut changed = false;
    let kind = kind_name(new.kind);
    if old.kind != new.kind {
        table.insert("kind", value(kind));
        changed = true;
    }
    let texts = [
        ("phone", &old.phone, &new.phone),
        ("international_phone", &old.international_phone, &new.international_phone),
        ("sms", &old.sms, &new.sms),
        ("email", &old.email, &new.email),
        ("url", &old.url, &new.url),
        ("hours", &old.hours, &new.hours),
    ];
    for (key, old, new) in texts {
        changed |= set_text(table, key, old, new);
    }
    changed |= set_list(table, "languages", &old.languages, &new.languages);
    changed |= set_text(table, "area", &old.area, &new.area);
    if old.free != new.free {
        if new.free {
            table.insert("free", value(true));
        } else {
            table.remove("free");
        }
        changed = true;
    }
    changed |= set_list(table, "sources", &old.sources, &new.sources);
    changed
}

fn set_text(table: &mut Table, key: &str, old: &Option<String>, new: &Option<String>) -> bool {
    if old == new {
        return false;
    }
    match new {
        Some(text) => table.insert(key, value(text.as_str())),
        None => table.remove(key),
    };
    true
}

fn set_list(table: &mut Table, key: &str, old: &[String], new: &[String]) -> bool {
    if old == new {
        return false;
    }
    if new.is_empty() {
        table.remove(key);
    } else {
        table.insert(key, value(list(new)));
    }
    true
}

/// A list as `services.toml` writes one: inline when it has one item, else one item a line.
fn list(items: &[String]) -> Array {
    let mut array: Array = items.iter().map(String::as_str).collect();
    if items.len() > 1 {
        for item in array.iter_mut() {
            item.decor_mut().set_prefix("\n  ");
        }
        array.set_trailing_comma(true);
        array.set_trailing("\n");
    }
    array
}

fn new_table(service: &Service) -> Table {
    let mut table = Table::new();
    table.decor_mut().set_prefix("\n");
    table.insert("id", value(service.id.as_str()));
    table.insert("kind", value(kind_name(service.kind)));
    // Every other field, in the order services.toml lists them, as a change from nothing.
    update(&mut table, &empty(service.kind), service);
    table
}

fn empty(kind: ServiceKind) -> Service {
    Service {
        id: String::new(),
        kind,
        phone: None,
        international_phone: None,
        sms: None,
        email: None,
        url: None,
        hours: None,
        languages: vec![],
        area: None,
        free: false,
        sources: vec![],
    }
}

fn kind_name(kind: ServiceKind) -> String {
    serde_json::to_value(kind).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

fn services_array(doc: &mut DocumentMut) -> &mut ArrayOfTables {
    if doc.get("services").and_then(Item::as_array_of_tables).is_none() {
        doc.insert("services", Item::ArrayOfTables(ArrayOfTables::new()));
    }
    doc["services"].as_array_of_tables_mut().expect("just made an array of tables")
}

fn service_table<'a>(doc: &'a mut DocumentMut, id: &str) -> Option<&'a mut Table> {
    doc.get_mut("services")?
        .as_array_of_tables_mut()?
        .iter_mut()
        .find(|t| t.get("id").and_then(Item::as_str) == Some(id))
}

/// A new service's id, made from its name: kebab-case ASCII, unique in the pack.
fn unique_id(name: &str, taken: &HashSet<String>) -> String {
    let mut base = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            base.push(c.to_ascii_lowercase());
        } else if !base.is_empty() && !base.ends_with('-') {
            base.push('-');
        }
    }
    let mut base = base.trim_end_matches('-').to_owned();
    if !base.starts_with(|c: char| c.is_ascii_lowercase()) {
        base = format!("service-{base}").trim_end_matches('-').to_owned();
    }
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// The reference-locale messages of a new service: its name, description and how to reach it.
fn fluent_entry(id: &str, read: &Incoming) -> String {
    let mut entry = format!("\n{id} = {}\n", fluent_text(&read.name));
    for (attribute, text) in [("description", &read.description), ("access", &read.access)] {
        if let Some(text) = text {
            entry.push_str(&format!("    .{attribute} = {}\n", fluent_text(text)));
        }
    }
    entry
}

/// Text as a one-line Fluent value: `{` and `}` would start a placeable, so they are written as
/// string literals.
fn fluent_text(text: &str) -> String {
    let mut out = String::new();
    for c in collapse(text).chars() {
        match c {
            '{' => out.push_str("{\"{\"}"),
            '}' => out.push_str("{\"}\"}"),
            c => out.push(c),
        }
    }
    out
}

/// Whitespace, line breaks included, as single spaces.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_id_is_the_name_in_kebab_case_and_unique() {
        let taken: HashSet<String> = ["hopenow".to_owned()].into();
        assert_eq!(unique_id("Røde Kors: Health Clinic", &taken), "r-de-kors-health-clinic");
        assert_eq!(unique_id("HopeNow", &taken), "hopenow-2");
        assert_eq!(unique_id("112 line", &taken), "service-112-line");
    }

    #[test]
    fn braces_in_an_imported_name_cannot_start_a_placeable() {
        assert_eq!(fluent_text("Help {now}\n line"), "Help {\"{\"}now{\"}\"} line");
    }
}
