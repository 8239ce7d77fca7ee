//! `services.toml` and the reference locale's names as one HSDS page of fully nested services.

use std::path::Path;

use haven_library::{Library, PackSource, ServiceEntry};
use serde::Serialize;

use super::{
    part_uuid, service_uuid, DirectoryError, Term, FREE_OPTION, FREE_TO_CALL, INTERNATIONAL_PHONE,
    SERVICE_ID, SERVICE_KIND, SOURCE,
};

/// An exported directory: the JSON to write, and how many services it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Export {
    pub json: String,
    pub services: usize,
}

/// Exports the directory of the pack in `content_dir`. The same pack gives the same bytes.
///
/// Fails when the pack cannot be opened as the app would open it.
pub fn export(content_dir: &Path) -> Result<Export, DirectoryError> {
    let library = Library::open(PackSource::Directory(content_dir.to_owned()))?;
    let pack_id = library.info().id.clone();
    let reference = library.reference_locale().to_owned();
    let entries = library
        .directory(&reference, &Default::default())
        .expect("the reference locale is always in the pack");
    let contents: Vec<HsdsService> = entries.iter().map(|e| service(&pack_id, e)).collect();
    let page = Page {
        total_items: contents.len(),
        total_pages: 1,
        page_number: 1,
        size: contents.len(),
        first_page: true,
        last_page: true,
        empty: contents.is_empty(),
        contents,
    };
    let mut json = serde_json::to_string_pretty(&page).expect("plain data always serialises");
    json.push('\n');
    Ok(Export { json, services: page.size })
}

fn service(pack_id: &str, entry: &ServiceEntry) -> HsdsService {
    let s = &entry.details;
    let id = service_uuid(pack_id, &s.id);
    let part = |name: &str| part_uuid(pack_id, &s.id, name);
    let phone = |name: &str, number: &str, kind: &'static str, description: Option<&str>| Phone {
        id: part(name),
        service_id: id.clone(),
        number: number.to_owned(),
        kind,
        description: description.map(str::to_owned),
    };
    let mut phones = Vec::new();
    if let Some(number) = &s.phone {
        phones.push(phone("phone", number, "voice", None));
    }
    if let Some(number) = &s.international_phone {
        phones.push(phone("international_phone", number, "voice", Some(INTERNATIONAL_PHONE)));
    }
    if let Some(number) = &s.sms {
        phones.push(phone("sms", number, "text", None));
    }
    let attribute = |name: String, term: &Term, value: &str| Attribute {
        id: part(&name),
        link_id: id.clone(),
        link_type: term.link_type,
        link_entity: "service",
        taxonomy_term_id: term.uuid(),
        value: value.to_owned(),
        taxonomy_term: TaxonomyTerm {
            id: term.uuid(),
            code: term.code,
            name: term.name,
            description: term.description,
        },
    };
    let kind = serde_json::to_value(s.kind).expect("a kind serialises");
    let mut attributes = vec![
        attribute("attribute:id".into(), &SERVICE_ID, &s.id),
        attribute("attribute:kind".into(), &SERVICE_KIND, kind.as_str().unwrap_or_default()),
    ];
    for (index, source) in s.sources.iter().enumerate() {
        attributes.push(attribute(format!("attribute:source:{index}"), &SOURCE, source));
    }
    let name = entry.card.name.plain();
    let description = entry.card.description.as_ref().map(|t| t.plain());
    HsdsService {
        organization_id: part("organization"),
        name: name.clone(),
        description: description.clone(),
        url: s.url.clone(),
        email: s.email.clone(),
        status: "active",
        application_process: entry.card.access.as_ref().map(|t| t.plain()),
        fees_description: s.free.then_some(FREE_TO_CALL),
        phones,
        schedules: s
            .hours
            .iter()
            .map(|hours| Schedule {
                id: part("schedule"),
                service_id: id.clone(),
                description: hours.clone(),
            })
            .collect(),
        languages: s
            .languages
            .iter()
            .map(|code| Language {
                id: part(&format!("language:{code}")),
                service_id: id.clone(),
                code: code.clone(),
            })
            .collect(),
        service_areas: s
            .area
            .iter()
            .map(|area| ServiceArea {
                id: part("area"),
                service_id: id.clone(),
                name: area.clone(),
            })
            .collect(),
        cost_options: if s.free {
            vec![CostOption {
                id: part("cost"),
                service_id: id.clone(),
                option: FREE_OPTION,
                amount: 0,
                amount_description: FREE_TO_CALL,
            }]
        } else {
            vec![]
        },
        attributes,
        organization: Organization {
            id: part("organization"),
            description: description.unwrap_or_else(|| name.clone()),
            name,
            website: s.url.clone(),
        },
        id,
    }
}

// The HSDS objects Haven writes, with their fields in the order of the schema files, so that the
// JSON reads like the specification's examples.

#[derive(Serialize)]
struct Page {
    total_items: usize,
    total_pages: u32,
    page_number: u32,
    size: usize,
    first_page: bool,
    last_page: bool,
    empty: bool,
    contents: Vec<HsdsService>,
}

#[derive(Serialize)]
struct HsdsService {
    id: String,
    organization_id: String,
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<String>,
    status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    application_process: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    fees_description: Option<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    schedules: Vec<Schedule>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    languages: Vec<Language>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    phones: Vec<Phone>,
    organization: Organization,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    cost_options: Vec<CostOption>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    service_areas: Vec<ServiceArea>,
    attributes: Vec<Attribute>,
}

#[derive(Serialize)]
struct Phone {
    id: String,
    service_id: String,
    number: String,
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<String>,
}

#[derive(Serialize)]
struct Schedule {
    id: String,
    service_id: String,
    description: String,
}

#[derive(Serialize)]
struct Language {
    id: String,
    service_id: String,
    code: String,
}

#[derive(Serialize)]
struct ServiceArea {
    id: String,
    service_id: String,
    name: String,
}

#[derive(Serialize)]
struct CostOption {
    id: String,
    service_id: String,
    option: &'static str,
    amount: u32,
    amount_description: &'static str,
}

#[derive(Serialize)]
struct Organization {
    id: String,
    name: String,
    description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    website: Option<String>,
}

#[derive(Serialize)]
struct Attribute {
    id: String,
    link_id: String,
    taxonomy_term_id: String,
    link_type: &'static str,
    link_entity: &'static str,
    value: String,
    taxonomy_term: TaxonomyTerm,
}

#[derive(Serialize)]
struct TaxonomyTerm {
    id: String,
    code: &'static str,
    name: &'static str,
    description: &'static str,
}
