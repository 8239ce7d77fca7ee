//! The service directory exchanged as HSDS 3.0, Open Referral's Human Services Data Specification:
//! how service directories move between the organisations that keep them. An NGO can hand Haven's
//! directory to a 211 line or a referral platform, and take their corrections back, without
//! retyping a phone number.
//!
//! - [`export`]: `services.toml` and the reference locale's names and descriptions, as HSDS JSON.
//! - [`import`]: an HSDS JSON file back into `services.toml`, edited in place.
//!
//! ## The file
//!
//! HSDS defines one JSON schema per object and no file for many records; its API wraps lists in a
//! `Page` (`total_items`, `empty`, `contents`, ...). The export is such a page, as `GET
//! /services?full=true` would answer: every service fully nested, its organization inside it. Import
//! takes a page or a bare array of services.
//!
//! ## Decisions
//!
//! - **Ids are UUIDs** (HSDS 3.0: "all `id` fields now have format `uuid`"). Each is a UUID v5 of a
//!   name made of the pack id and the Haven id, such as `urn:haven:dk.haven:service:cmm-hotline`
//!   (and `...:phone`, `...:organization`), so exporting again gives the same ids and a receiver can
//!   match records across exports.
//! - **Haven's id, kind and sources are service `attributes`.** HSDS 3.0 has no identifier list for
//!   services (`organization_identifiers` are third-party ids of organizations, such as a charity
//!   number), and `metadata` records changes (its required fields are the date, the action, the
//!   field and its previous and new value), which a source URL is not. An attribute links a service
//!   to a taxonomy term and may carry a `value`: the vocabulary here has three terms
//!   (`haven-service-id`, `haven-service-kind`, `haven-source`), each embedded with its name and
//!   description so a receiver can read what it means. Import reads them back; a service without a
//!   `haven-service-id` is matched by its UUID, else it is new.
//! - **One organization per service, named as the service.** HSDS's organization is the one that
//!   delivers the service; Haven does not record providers separately, and the pack's publisher
//!   (the NGO that checked the numbers) delivers none of them, so naming it would tell receivers
//!   something false. On import, an organization named as its service is taken for one of these
//!   and skipped; any other is reported, since `services.toml` has no place for a provider.
//! - **Languages**: exported only as `services.toml` lists them. The default pack lists none,
//!   because no service's languages are verified in the fact brief, so its export has none; nothing
//!   is inferred from the locales of the pack.
//! - **Fields**: `phone` and `international_phone` are `voice` phones, in that order (the second
//!   one says it is for a foreign SIM card), `sms` a `text` phone; `area` a service area; `hours` a
//!   schedule's description; `email` and `url` the service's own; `free` (calling costs nothing) a
//!   cost option of amount 0 and the same sentence in `fees_description`; the name, `.description`
//!   and `.access` of the reference locale are `name`, `description` and `application_process`.
//! - **Import keeps ids stable and the file's layout**: `services.toml` is edited with `toml_edit`,
//!   so a value that did not change is not touched, and comments and order survive. Services the
//!   file does not mention stay. A value `services.toml` would refuse (a number that does not dial,
//!   an `http://` address) is not written but reported, with its JSON path, like everything else
//!   the import cannot map, so the pack still opens in the app afterwards.
//! - **Names of new services** go into the reference locale's `services.ftl` (appended, braces
//!   escaped, on one line), because a service without a name there shows its id to readers. Names
//!   of known services are never changed by an import: translations are made from them, so a
//!   different name is reported instead.
//! - **Writes are atomic**, with `haven_sync::durable::write_atomically`: `services.ftl` first, then
//!   `services.toml`, so a crash between them leaves at worst a name no service uses yet, which the
//!   lint reports, never a half-written file.

mod export;
mod import;
mod json;

pub use export::{export, Export};
pub use import::{import, ImportReport, NotMapped};

use std::path::PathBuf;

use uuid::Uuid;

/// What stops an export or an import. Nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum DirectoryError {
    #[error("the pack cannot be opened: {0}")]
    Pack(#[from] haven_format::PackRefused),
    #[error("not JSON: {message}")]
    NotJson { message: String },
    #[error("{path}: expected {expected}, found {found}")]
    NotHsds { path: String, expected: String, found: String },
    #[error("cannot read {}: {source}", path.display())]
    Read { path: PathBuf, source: std::io::Error },
    #[error("cannot write {}: {source}", path.display())]
    Write { path: PathBuf, source: std::io::Error },
    #[error("{}: {message}", path.display())]
    ServicesFile { path: PathBuf, message: String },
}

/// The HSDS id of a Haven record: a UUID v5 of `urn:haven:<pack>:<name>`, the same at every export.
pub fn hsds_id(pack_id: &str, name: &str) -> String {
    Uuid::new_v5(&Uuid::NAMESPACE_URL, format!("urn:haven:{pack_id}:{name}").as_bytes()).to_string()
}

fn service_uuid(pack_id: &str, service: &str) -> String {
    hsds_id(pack_id, &format!("service:{service}"))
}

fn part_uuid(pack_id: &str, service: &str, part: &str) -> String {
    hsds_id(pack_id, &format!("service:{service}:{part}"))
}

/// A term of Haven's small vocabulary, the taxonomy its attributes point to.
struct Term {
    code: &'static str,
    link_type: &'static str,
    name: &'static str,
    description: &'static str,
}

const SERVICE_ID: Term = Term {
    code: "haven-service-id",
    link_type: "identifier",
    name: "Haven service id",
    description: "The id of the service in the Haven content pack (services.toml), by which its \
        articles and translations name it.",
};
const SERVICE_KIND: Term = Term {
    code: "haven-service-kind",
    link_type: "service_type",
    name: "Haven service kind",
    description: "What kind of service it is, in Haven's words: emergency, police, hotline, \
        shelter, legal, health, support or authority.",
};
const SOURCE: Term = Term {
    code: "haven-source",
    link_type: "source",
    name: "Source",
    description: "A page the service's details were checked against.",
};
const TERMS: [&Term; 3] = [&SERVICE_ID, &SERVICE_KIND, &SOURCE];

impl Term {
    /// The same for every pack: the vocabulary is Haven's, not one pack's.
    fn uuid(&self) -> String {
        hsds_id("taxonomy", self.code)
    }
}

/// What the export says for `free = true`, and what import recognises as its own.
const FREE_TO_CALL: &str = "Calling costs nothing.";
const FREE_OPTION: &str = "Calling the service";
/// The description of the second voice phone, the one for a foreign SIM card.
const INTERNATIONAL_PHONE: &str = "The number to dial from a phone with a foreign SIM card.";
