//! `haven-pack directory export` and `import`: the service directory out to HSDS 3.0 JSON and back,
//! as an NGO runs them.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tempfile::TempDir;

use crate::fixture::*;

fn pack_copy() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    copy_dir(&default_pack(), &content);
    (dir, content)
}

fn directory(args: &[&Path]) -> Output {
    Command::new(haven_pack_binary()).arg("directory").args(args).output().unwrap()
}

#[test]
fn an_exported_directory_imported_again_leaves_services_toml_as_it_was() {
    let (dir, content) = pack_copy();
    let services = content.join("services.toml");
    let before = std::fs::read(&services).unwrap();
    let file = dir.path().join("directory.json");

    let export = directory(&[Path::new("export"), &content, Path::new("--out"), &file]);
    assert!(export.status.success(), "{}", String::from_utf8_lossy(&export.stderr));
    let said = String::from_utf8_lossy(&export.stdout);
    assert!(said.starts_with("Wrote 14 services to "), "{said}");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(json["contents"].as_array().unwrap().len(), 14);

    let import = directory(&[Path::new("import"), &file, Path::new("--into"), &content]);
    assert!(import.status.success(), "{}", String::from_utf8_lossy(&import.stderr));
    let said = String::from_utf8_lossy(&import.stdout);
    assert!(said.contains("0 updated, 0 added, 14 unchanged."), "{said}");
    assert!(!said.contains("Not imported"), "{said}");
    assert_eq!(std::fs::read(&services).unwrap(), before);
}

#[test]
fn importing_a_file_that_is_not_hsds_names_the_json_path_and_changes_nothing() {
    let (dir, content) = pack_copy();
    let services = content.join("services.toml");
    let before = std::fs::read(&services).unwrap();
    let file = dir.path().join("wrong.json");
    std::fs::write(&file, r#"{"contents": [{"id": "x", "name": ["Police"], "status": "active"}]}"#)
        .unwrap();

    let import = directory(&[Path::new("import"), &file, Path::new("--into"), &content]);
    assert!(!import.status.success());
    let said = String::from_utf8_lossy(&import.stderr);
    assert!(said.contains("wrong.json: nothing was imported into"), "{said}");
    assert!(said.contains("$.contents[0].name: expected a string, found an array"), "{said}");
    assert_eq!(std::fs::read(&services).unwrap(), before);
}
