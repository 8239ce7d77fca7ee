//! The HSDS exchange as an NGO uses it: the export is valid HSDS 3.0 by the specification's own
//! schema files (vendored in `hsds-3.0/`), and an export imported again gives back the same
//! `services.toml`.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use haven_library::{Library, PackSource};
use haven_publish::hsds::{self, DirectoryError};
use serde_json::Value;
use tempfile::TempDir;

fn pack_copy() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("pack");
    haven_testkit::copy_dir(&haven_testkit::default_pack(), &pack);
    (dir, pack)
}

fn services_toml(pack: &Path) -> String {
    fs::read_to_string(pack.join("services.toml")).unwrap()
}

/// A validator for what the vendored schema files state: `required`, `type`, `enum`, `format`
/// (`uuid`, `email`, `uri`), `properties`, `items` and `$ref` to a sibling file. One check is
/// stricter than JSON Schema: a field the schema does not define is an error, because Haven means
/// to write none (HSDS allows extra fields only where its own would not do).
struct Schemas {
    dir: PathBuf,
    files: HashMap<String, Value>,
}

impl Schemas {
    fn new() -> Schemas {
        Schemas {
            dir: Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hsds-3.0"),
            files: HashMap::new(),
        }
    }

    fn file(&mut self, name: &str) -> Value {
        let dir = self.dir.clone();
        self.files
            .entry(name.to_owned())
            .or_insert_with(|| {
                let text = fs::read_to_string(dir.join(name))
                    .unwrap_or_else(|_| panic!("{name} is not vendored in tests/hsds-3.0"));
                serde_json::from_str(&text).unwrap()
            })
            .clone()
    }

    fn check_file(&mut self, name: &str, value: &Value, path: &str) -> Vec<String> {
        let schema = self.file(name);
        let mut errors = Vec::new();
        self.check(&schema, value, path, &mut errors);
        errors
    }

    fn check(&mut self, schema: &Value, value: &Value, path: &str, errors: &mut Vec<String>) {
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            let target = self.file(reference);
            return self.check(&target, value, path, errors);
        }
        if let Some(kind) = schema.get("type").and_then(Value::as_str) {
            let matches = match kind {
                "string" => value.is_string(),
                "number" => value.is_number(),
                "integer" => value.is_i64() || value.is_u64(),
                "boolean" => value.is_boolean(),
                "array" => value.is_array(),
                "object" => value.is_object(),
                other => panic!("a type the validator does not know: {other}"),
            };
            if !matches {
                errors.push(format!("{path}: not of type {kind}: {value}"));
                return;
            }
        }
        if let Some(allowed) = schema.get("enum").and_then(Value::as_array) {
            if !allowed.contains(value) {
                errors.push(format!("{path}: {value} is not one of {allowed:?}"));
            }
        }
        if let (Some(format), Some(text)) =
            (schema.get("format").and_then(Value::as_str), value.as_str())
        {
            let valid = match format {
                "uuid" => is_uuid(text),
                "email" => {
                    text.split_once('@').is_some_and(|(u, d)| !u.is_empty() && d.contains('.'))
                }
                "uri" => text
                    .split_once(':')
                    .is_some_and(|(scheme, rest)| !scheme.is_empty() && !rest.is_empty()),
                _ => true,
            };
            if !valid {
                errors.push(format!("{path}: `{text}` is not of format {format}"));
            }
        }
        if let Some(object) = value.as_object() {
            for required in schema.get("required").and_then(Value::as_array).into_iter().flatten() {
                let key = required.as_str().unwrap();
                if !object.contains_key(key) {
                    errors.push(format!("{path}: missing required `{key}`"));
                }
            }
            let properties = schema.get("properties").and_then(Value::as_object);
            for (key, item) in object {
                if let Some(property) = properties.and_then(|p| p.get(key)) {
                    self.check(property, item, &format!("{path}.{key}"), errors);
                } else if schema.get("properties").is_some() {
                    errors.push(format!("{path}.{key}: not a property of the schema"));
                }
            }
        }
        if let (Some(items), Some(array)) = (schema.get("items"), value.as_array()) {
            for (index, item) in array.iter().enumerate() {
                self.check(items, item, &format!("{path}[{index}]"), errors);
            }
        }
    }
}

fn is_uuid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12])
        && groups
            .iter()
            .all(|g| g.chars().all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()))
}

/// Every error of a page: the envelope against `Page`, each service against `service.json`, and
/// (HSDS 3.0: "all `id` fields now have format `uuid`") every id and foreign key a UUID.
fn hsds_errors(page: &Value) -> Vec<String> {
    let mut schemas = Schemas::new();
    // The API's list responses are a `Page` with `contents` beside it (`allOf`), which is what
    // the export writes.
    let mut envelope = page.clone();
    envelope.as_object_mut().unwrap().remove("contents");
    let mut errors = schemas.check_file("page.json", &envelope, "$");
    for (index, service) in page["contents"].as_array().unwrap().iter().enumerate() {
        errors.extend(schemas.check_file("service.json", service, &format!("$.contents[{index}]")));
    }
    uuid_errors(page, "$", &mut errors);
    errors
}

fn uuid_errors(value: &Value, path: &str, errors: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, item) in map {
                let path = format!("{path}.{key}");
                if (key == "id" || key.ends_with("_id")) && !item.as_str().is_some_and(is_uuid) {
                    errors.push(format!("{path}: {item} is not a UUID"));
                }
                uuid_errors(item, &path, errors);
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                uuid_errors(item, &format!("{path}[{index}]"), errors);
            }
        }
        _ => {}
    }
}

/// A service with every field `services.toml` has, added to a copy of the default pack, with its
/// name in the reference locale. Every detail is made up (`example.org`, numbers of the right form
/// only) and lives only in a temporary copy.
const EVERY_FIELD: &str = r#"
[[services]]
id = "every-field"
kind = "legal"
phone = "+45 11 22 33 44"
international_phone = "+45 11 22 33 45"
sms = "1234"
email = "help@example.org"
url = "https://example.org"
hours = "Monday to Friday"
languages = ["en", "da"]
area = "Aarhus"
free = true
sources = [
  "https://example.org/a",
  "https://example.org/b",
]
"#;

fn with_every_field(pack: &Path) {
    let mut services = services_toml(pack);
    services.push_str(EVERY_FIELD);
    fs::write(pack.join("services.toml"), services).unwrap();
    let fluent = pack.join("en/services.ftl");
    let mut text = fs::read_to_string(&fluent).unwrap();
    text.push_str("\nevery-field = Every field\n    .description = A test service.\n    .access = Write to it.\n");
    fs::write(fluent, text).unwrap();
}

fn export_value(pack: &Path) -> Value {
    serde_json::from_str(&hsds::export(pack).unwrap().json).unwrap()
}

#[test]
fn the_export_of_the_default_pack_is_valid_hsds_3_0() {
    let page = export_value(&haven_testkit::default_pack());
    assert_eq!(hsds_errors(&page), Vec::<String>::new());
    let contents = page["contents"].as_array().unwrap();
    let library = Library::open(PackSource::Directory(haven_testkit::default_pack())).unwrap();
    let directory = library.directory("en", &Default::default()).unwrap();
    assert_eq!(contents.len(), directory.len());
    assert_eq!(page["total_items"], directory.len());
    let cmm = contents
        .iter()
        .find(|s| s["name"] == "Danish Centre against Human Trafficking (CMM)")
        .unwrap();
    assert_eq!(cmm["phones"][0]["number"], "+45 70 20 25 50");
    assert_eq!(cmm["email"], "cmm@sbst.dk");
    assert_eq!(cmm["service_areas"][0]["name"], "Denmark");
    // No service's languages are verified, so none is exported.
    assert!(contents.iter().all(|s| s.get("languages").is_none()));
    // 112 is free to call; CMM's hotline is not known to be.
    let emergency = &contents[0];
    assert_eq!(emergency["phones"][0]["number"], "112");
    assert_eq!(emergency["cost_options"][0]["amount"], 0);
    assert!(cmm.get("cost_options").is_none());
}

#[test]
fn the_validator_finds_what_breaks_the_schema() {
    let mut page = export_value(&haven_testkit::default_pack());
    let service = &mut page["contents"][0];
    service.as_object_mut().unwrap().remove("name");
    service["status"] = "open".into();
    service["phones"][0]["number"] = 112.into();
    service["organization_id"] = "emergency".into();
    let errors = hsds_errors(&page);
    for expected in [
        "$.contents[0]: missing required `name`",
        "$.contents[0].status: \"open\" is not one of",
        "$.contents[0].phones[0].number: not of type string",
        "$.contents[0].organization_id: \"emergency\" is not a UUID",
    ] {
        assert!(errors.iter().any(|e| e.starts_with(expected)), "{expected} not in {errors:#?}");
    }
}

#[test]
fn every_field_of_services_toml_is_exported_as_valid_hsds_and_read_back() {
    let (_dir, pack) = pack_copy();
    with_every_field(&pack);
    let before = services_toml(&pack);
    let export = hsds::export(&pack).unwrap();
    let page: Value = serde_json::from_str(&export.json).unwrap();
    assert_eq!(hsds_errors(&page), Vec::<String>::new());
    let service = page["contents"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(service["phones"][1]["number"], "+45 11 22 33 45");
    assert_eq!(service["phones"][2]["type"], "text");
    assert_eq!(service["schedules"][0]["description"], "Monday to Friday");
    assert_eq!(service["languages"][1]["code"], "da");
    assert_eq!(service["application_process"], "Write to it.");

    let report = hsds::import(&export.json, &pack).unwrap();
    assert_eq!(report.not_mapped, vec![]);
    assert_eq!(report.unchanged.len(), page["contents"].as_array().unwrap().len());
    assert_eq!(services_toml(&pack), before);
}

#[test]
fn a_round_trip_leaves_the_default_services_toml_byte_identical() {
    let (_dir, pack) = pack_copy();
    let before = services_toml(&pack);
    let export = hsds::export(&pack).unwrap();
    assert_eq!(hsds::export(&pack).unwrap(), export, "a second export gives other ids or order");
    let report = hsds::import(&export.json, &pack).unwrap();
    assert_eq!(report.not_mapped, vec![]);
    assert!(report.added.is_empty() && report.updated.is_empty(), "{report:?}");
    assert_eq!(services_toml(&pack), before);
    // Ids are derived from the pack and the service: another pack id gives other ids.
    let pack_toml = fs::read_to_string(pack.join("pack.toml")).unwrap();
    fs::write(pack.join("pack.toml"), pack_toml.replace("id = \"dk.haven\"", "id = \"dk.other\""))
        .unwrap();
    let other = export_value(&pack);
    let first: Value = serde_json::from_str(&export.json).unwrap();
    assert_ne!(other["contents"][0]["id"], first["contents"][0]["id"]);
}

#[test]
fn an_import_changes_only_what_changed_and_keeps_the_comments() {
    let (_dir, pack) = pack_copy();
    let before = services_toml(&pack);
    let mut page = export_value(&pack);
    let cmm = page["contents"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|s| s["email"] == "cmm@sbst.dk")
        .unwrap();
    cmm.as_object_mut().unwrap().remove("email");
    cmm["service_areas"][0]["name"] = "Copenhagen".into();
    let report = hsds::import(&page.to_string(), &pack).unwrap();
    assert_eq!(report.updated, vec!["cmm-hotline"]);
    let after = services_toml(&pack);
    assert_eq!(
        before.replace("email = \"cmm@sbst.dk\"\n", "").replace(
            "url = \"https://cmm.dk\"\narea = \"Denmark\"",
            "url = \"https://cmm.dk\"\narea = \"Copenhagen\""
        ),
        after
    );
    assert!(after.contains("# No phone or street address is verified."));
}

#[test]
fn a_service_haven_does_not_know_is_added_with_its_name_in_the_reference_locale() {
    let (_dir, pack) = pack_copy();
    let mut page = export_value(&pack);
    let foreign = serde_json::json!({
        "id": "7d0a9c3e-4c1b-4f7e-9a57-3a7e0f6c1d20",
        "name": "Example Advice {Centre}",
        "description": "Advice on work contracts.\nIn person.",
        "status": "active",
        "url": "https://example.org/advice",
        "eligibility_description": "Adults",
        "phones": [{ "id": "5b1f7f0e-6d0f-4e0e-8c1a-0d9d4b3f2a10", "number": "(555) 010-0000" }],
        "organization": { "id": "0f3c2a1e-9b8d-4c7f-a6e5-d4c3b2a19080", "name": "Example Trust", "description": "A trust." }
    });
    page["contents"].as_array_mut().unwrap().push(foreign);
    let index = page["contents"].as_array().unwrap().len() - 1;
    let report = hsds::import(&page.to_string(), &pack).unwrap();

    assert_eq!(report.added, vec!["example-advice-centre"]);
    let paths: Vec<&str> = report.not_mapped.iter().map(|n| n.path.as_str()).collect();
    for field in ["eligibility_description", "phones[0].number", "organization", "attributes"] {
        let expected = format!("$.contents[{index}].{field}");
        assert!(paths.contains(&expected.as_str()), "{expected} not in {paths:?}");
    }
    let services = services_toml(&pack);
    assert!(
        services.ends_with(
            "\n[[services]]\nid = \"example-advice-centre\"\nkind = \"support\"\nurl = \"https://example.org/advice\"\n"
        ),
        "{services}"
    );
    // The reader sees the new service by its name, as the app would show it.
    let library = Library::open(PackSource::Directory(pack.clone())).unwrap();
    let entry = library
        .directory("da", &Default::default())
        .unwrap()
        .into_iter()
        .find(|e| e.card.id == "example-advice-centre")
        .unwrap();
    assert_eq!(entry.card.name.plain(), "Example Advice {Centre}");
    assert!(entry.card.name.is_fallback);
    assert_eq!(entry.card.description.unwrap().plain(), "Advice on work contracts. In person.");
    assert!(library.problems().is_empty(), "{:?}", library.problems());
    // Imported again, nothing is added twice.
    let again = hsds::import(&export_value(&pack).to_string(), &pack).unwrap();
    assert!(again.added.is_empty() && again.updated.is_empty(), "{again:?}");
}

#[test]
fn bad_input_names_its_json_path_and_changes_nothing() {
    let (_dir, pack) = pack_copy();
    let before = services_toml(&pack);
    let mut wrong_name = export_value(&pack);
    wrong_name["contents"][3]["name"] = 5.into();
    let mut wrong_phones = export_value(&pack);
    wrong_phones["contents"][1]["phones"] = "114".into();
    let mut no_id = export_value(&pack);
    no_id["contents"][0].as_object_mut().unwrap().remove("id");
    let cases = [
        ("{ \"contents\": [", "not JSON: EOF while parsing"),
        ("{\"services\": []}", "$: expected an HSDS page (an object with `contents`)"),
        ("\"services\"", "$: expected an HSDS page or an array of services, found a string"),
        (&wrong_name.to_string(), "$.contents[3].name: expected a string, found a number"),
        (&wrong_phones.to_string(), "$.contents[1].phones: expected an array, found a string"),
        (
            &no_id.to_string(),
            "$.contents[0].id: expected a string (HSDS requires it), found nothing",
        ),
    ];
    for (json, message) in cases {
        let error = hsds::import(json, &pack).unwrap_err();
        assert!(
            matches!(error, DirectoryError::NotJson { .. } | DirectoryError::NotHsds { .. }),
            "{error:?}"
        );
        assert!(error.to_string().starts_with(message), "{error} does not start with {message}");
        assert_eq!(services_toml(&pack), before);
    }
    let names: Vec<_> = fs::read_dir(&pack).unwrap().map(|e| e.unwrap().file_name()).collect();
    let original: Vec<_> = fs::read_dir(haven_testkit::default_pack())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), original.len(), "a file was left behind: {names:?}");
}
