//! Syncs that go right: first install, nothing new, a small update, another static server, and what
//! `haven-pack pull` prints.

use std::process::Command;

use haven_core::sync::SyncStatus;
use haven_pack::serve::router;

use crate::fixture::*;

#[test]
fn a_first_sync_installs_the_pack_and_the_app_opens_it() {
    let workspace = Workspace::new();
    let server = ChildServer::haven_pack(&workspace.site(2));
    let store = workspace.store("store");
    assert_eq!(workspace.version_in_use(&store), None, "an empty store: the app uses its own pack");

    let outcome = workspace.sync(&server.url, &store).unwrap();
    assert_eq!(outcome.status, SyncStatus::Updated);
    assert_eq!(outcome.version, 2);
    assert!(outcome.bytes_downloaded > 0);
    assert_in_use(&workspace, &store, 2);
}

#[test]
fn a_sync_with_nothing_new_is_one_request_with_no_body() {
    let workspace = Workspace::new();
    let server = TestServer::start(router(&workspace.site(2)));
    let store = workspace.store("store");
    workspace.sync(&server.url, &store).unwrap();

    server.traffic.reset();
    let outcome = workspace.sync(&server.url, &store).unwrap();
    assert_eq!(outcome.status, SyncStatus::Unchanged);
    assert_eq!(outcome.version, 2);
    assert_eq!(server.traffic.requests(), 1);
    assert_eq!(server.traffic.body_bytes(), 0);
    assert_in_use(&workspace, &store, 2);
}

#[test]
fn an_update_downloads_only_the_changed_files_and_the_reader_sees_the_new_number() {
    let workspace = Workspace::new();
    let store = workspace.store_with("store", 3);
    let public = workspace.site(4);
    let server = TestServer::start(router(&public));

    let outcome = workspace.sync(&server.url, &store).unwrap();
    assert_eq!((outcome.status, outcome.version), (SyncStatus::Updated, 4));
    assert_in_use(&workspace, &store, 4);

    // Version 4 changes the article's title, the phone number, and the version in pack.toml.
    let v4 = read_manifest(&public);
    let changed: Vec<String> = v4
        .files
        .iter()
        .filter(|f| ["en/help-now.ftl", "services.toml", "pack.toml"].contains(&f.path.as_str()))
        .map(|f| format!("/{}", f.blob.address))
        .collect();
    let mut blobs: Vec<String> =
        server.traffic.paths().into_iter().filter(|p| p.starts_with("/blobs/")).collect();
    blobs.sort();
    let mut expected = changed.clone();
    expected.sort();
    assert_eq!(blobs, expected, "only the three changed files are downloaded");
}

#[test]
fn a_plain_static_server_serves_the_same_folder() {
    let workspace = Workspace::new();
    let public = workspace.site(2);
    let server = ChildServer::python(&public);
    let store = workspace.store("store");

    let first = workspace.sync(&server.url, &store).unwrap();
    assert_eq!((first.status, first.version), (SyncStatus::Updated, 2));
    assert_in_use(&workspace, &store, 2);
    let second = workspace.sync(&server.url, &store).unwrap();
    assert_eq!(second.status, SyncStatus::Unchanged);
    assert_eq!(second.bytes_downloaded, 0, "Last-Modified gives a 304");
}

fn pull(url: &str, key: &std::path::Path, store: &std::path::Path, json: bool) -> (bool, String) {
    let mut command = Command::new(haven_pack_binary());
    command.args(["pull", url, "--trusted-key"]).arg(key).arg("--store").arg(store);
    if json {
        command.args(["--format", "json"]);
    }
    let output = command.output().unwrap();
    (output.status.success(), String::from_utf8(output.stdout).unwrap())
}

#[test]
fn pull_prints_one_json_object_and_fails_only_when_refused() {
    let workspace = Workspace::new();
    let server = ChildServer::haven_pack(&workspace.site(2));
    let store = workspace.path("store");

    let (ok, out) = pull(&server.url, &workspace.public_path, &store, true);
    assert!(ok);
    let report: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(report["status"], "updated");
    assert_eq!(report["version"], 2);
    assert!(report["bytes_downloaded"].as_u64().unwrap() > 0);
    assert!(report.get("reason").is_none());
    assert_eq!(out.trim().lines().count(), 1, "one object on one line");

    let (ok, out) = pull(&server.url, &workspace.public_path, &store, true);
    assert!(ok);
    let report: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(report["status"], "unchanged");
    assert_eq!(report["version"], 2);
    assert_eq!(report["bytes_downloaded"], 0);

    // Another NGO's key: the manifest is refused, version 2 stays in use.
    let stranger = Workspace::new();
    let (ok, out) = pull(&server.url, &stranger.public_path, &store, true);
    assert!(!ok);
    let report: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(report["status"], "refused");
    assert!(report["reason"].as_str().unwrap().contains("not trusted"), "{report}");

    let (ok, out) = pull(&server.url, &workspace.public_path, &store, false);
    assert!(ok);
    assert!(out.starts_with("Unchanged: version 2"), "{out}");
}
