//! Syncs that go right: first install, nothing new, a small update, another static server, and what
//! `haven-pack pull` prints.

use std::process::Command;

use haven_pack::serve::router;
use haven_sync::SyncStatus;

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
fn a_sync_with_nothing_new_is_two_requests_and_no_body() {
    let workspace = Workspace::new();
    let server = TestServer::start(router(&workspace.site(2)));
    let store = workspace.store("store");
    workspace.sync(&server.url, &store).unwrap();

    server.traffic.reset();
    let outcome = workspace.sync(&server.url, &store).unwrap();
    assert_eq!(outcome.status, SyncStatus::Unchanged);
    assert_eq!(outcome.version, 2);
    // The next root version, not there (404), and the manifest, unchanged (304).
    assert_eq!(server.traffic.paths(), ["/roots/2.root.json", "/manifest.json"]);
    assert!(server.traffic.body_bytes() < 1024, "{} bytes", server.traffic.body_bytes());
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

    // Version 4 changes the article's title, the phone number, and the version in pack.toml: the
    // files of two groups, the top-level files and `en`.
    let v4 = read_published_site(&public);
    let mut expected: Vec<String> = v4
        .files()
        .iter()
        .filter(|f| ["en/help-now.ftl", "services.toml", "pack.toml"].contains(&f.path.as_str()))
        .map(|f| format!("/{}", f.blob.address()))
        .chain(
            v4.manifest
                .groups
                .iter()
                .filter(|g| g.name == "." || g.name == "en")
                .map(|g| format!("/{}", g.address())),
        )
        .collect();
    let mut blobs: Vec<String> =
        server.traffic.paths().into_iter().filter(|p| p.starts_with("/blobs/")).collect();
    blobs.sort();
    expected.sort();
    assert_eq!(blobs, expected, "only the three changed files and their two lists are downloaded");
}

#[test]
fn an_update_published_over_the_last_one_downloads_only_deltas_where_the_phone_has_the_base() {
    let workspace = Workspace::new();
    let public = workspace.path("public");
    workspace.publish(&workspace.content(2), &public);
    let server = TestServer::start(router(&public));
    let store = workspace.store("store");
    let behind = workspace.store("behind");
    let first = workspace.sync(&server.url, &store).unwrap();
    workspace.sync(&server.url, &behind).unwrap();

    // Version 3 changes one sentence of one article: two lists and two deltas of tens of bytes.
    workspace.publish(&workspace.content(3), &public);
    server.traffic.reset();
    let outcome = workspace.sync(&server.url, &store).unwrap();
    assert_eq!((outcome.status, outcome.version), (SyncStatus::Updated, 3));
    assert_in_use(&workspace, &store, 3);
    let v3 = read_published_site(&public);
    let deltas: Vec<String> = ["pack.toml", "en/help-now.ftl"]
        .iter()
        .map(|path| format!("/{}", v3.file(path).unwrap().delta.as_ref().unwrap().blob.address()))
        .collect();
    let lists: Vec<String> =
        v3.manifest.groups.iter().map(|g| format!("/{}", g.address())).collect();
    let blobs: Vec<String> = server
        .traffic
        .paths()
        .into_iter()
        .filter(|p| p.starts_with("/blobs/") && !lists.contains(p))
        .collect();
    // The next root (not there), the manifest, its signature, two lists and two deltas.
    assert_eq!(server.traffic.requests(), 7, "{:?}", server.traffic.paths());
    assert_eq!(blobs.len(), 2);
    assert!(deltas.iter().all(|d| blobs.contains(d)), "{blobs:?}");
    assert!(
        outcome.bytes_downloaded * 20 < first.bytes_downloaded,
        "{} bytes for the update, {} for the first sync",
        outcome.bytes_downloaded,
        first.bytes_downloaded
    );

    // Version 4 also changes a phone number. A phone still on version 2 has the older file only for
    // services.toml (unchanged in version 3): it gets that one as a delta, the others whole.
    workspace.publish(&workspace.content(4), &public);
    server.traffic.reset();
    let outcome = workspace.sync(&server.url, &behind).unwrap();
    assert_eq!((outcome.status, outcome.version), (SyncStatus::Updated, 4));
    assert_in_use(&workspace, &behind, 4);
    let v4 = read_published_site(&public);
    let paths = server.traffic.paths();
    let services = v4.file("services.toml").unwrap();
    assert!(paths.contains(&format!("/{}", services.delta.as_ref().unwrap().blob.address())));
    for path in ["pack.toml", "en/help-now.ftl"] {
        let file = v4.file(path).unwrap();
        assert!(paths.contains(&format!("/{}", file.blob.address())), "{path} whole: {paths:?}");
    }
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

#[test]
fn a_web_server_that_compresses_on_its_own_serves_the_same_folder() {
    let workspace = Workspace::new();
    let public = workspace.site(2);
    let (server, _nginx) = ChildServer::nginx(&public);
    let store = workspace.store("store");

    // What the server does to a client that accepts gzip, as browsers do: the signed files must be
    // taken byte for byte, or no signature or hash would match.
    let addr = server.url.trim_start_matches("http://").trim_end_matches('/');
    let accepts_gzip = [("Accept-Encoding", "gzip")];
    let (_, headers) = http_get(addr, "/manifest.json", &accepts_gzip);
    assert_eq!(header(&headers, "content-encoding"), Some("gzip"), "nginx compresses: {headers:?}");
    let list = std::fs::read_dir(public.join("blobs"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .find(|name| name.ends_with(".gz"))
        .expect("a file list, gzipped");
    let (_, headers) = http_get(addr, &format!("/blobs/{list}"), &[]);
    assert_eq!(header(&headers, "content-encoding"), Some("gzip"), "a .gz labelled: {headers:?}");

    let first = workspace.sync(&server.url, &store).unwrap();
    assert_eq!((first.status, first.version), (SyncStatus::Updated, 2));
    assert_in_use(&workspace, &store, 2);
    let second = workspace.sync(&server.url, &store).unwrap();
    assert_eq!((second.status, second.bytes_downloaded), (SyncStatus::Unchanged, 0));
}

fn pull(url: &str, key: &std::path::Path, store: &std::path::Path, json: bool) -> (bool, String) {
    let mut command = Command::new(haven_pack_binary());
    command.args(["pull", url, "--trusted-root"]).arg(key).arg("--store").arg(store);
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

    let (ok, out) = pull(&server.url, &workspace.root_public_path, &store, true);
    assert!(ok);
    let report: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(report["status"], "updated");
    assert_eq!(report["version"], 2);
    assert!(report["bytes_downloaded"].as_u64().unwrap() > 0);
    assert!(report.get("reason").is_none());
    assert_eq!(out.trim().lines().count(), 1, "one object on one line");

    let (ok, out) = pull(&server.url, &workspace.root_public_path, &store, true);
    assert!(ok);
    let report: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(report["status"], "unchanged");
    assert_eq!(report["version"], 2);
    assert_eq!(report["bytes_downloaded"], 0);

    // Another NGO's root key: the site's root is refused, version 2 stays in use.
    let stranger = Workspace::new();
    let (ok, out) = pull(&server.url, &stranger.root_public_path, &store, true);
    assert!(!ok);
    let report: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(report["status"], "refused");
    assert_eq!(report["kind"], "root-signature", "{report}");
    assert!(report["reason"].as_str().unwrap().contains("root version 1"), "{report}");

    let (ok, out) = pull(&server.url, &workspace.root_public_path, &store, false);
    assert!(ok);
    assert!(out.starts_with("Unchanged: version 2"), "{out}");
}

#[test]
fn only_one_sync_of_a_store_runs_at_a_time() {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{mpsc, Arc};
    use std::time::Duration;

    use axum::routing::get;
    use haven_sync::{sync, SyncProgress, SyncStage};

    // The automatic check and the reader's check of the same phone, at once: the first asks for the
    // manifest, which the server holds until the second has started.
    let workspace = Workspace::new();
    let store = workspace.store_with("store", 2);
    let public = workspace.site(3);
    let manifest = std::fs::read(public.join("manifest.json")).unwrap();
    let (entered, first_asked) = mpsc::channel::<()>();
    let gate = Arc::new(tokio::sync::Semaphore::new(0));
    let is_first = Arc::new(AtomicBool::new(true));
    let held = {
        let gate = gate.clone();
        move || {
            let (gate, is_first, entered) = (gate.clone(), is_first.clone(), entered.clone());
            let manifest = manifest.clone();
            async move {
                if is_first.swap(false, Ordering::SeqCst) {
                    let _ = entered.send(());
                    gate.acquire().await.unwrap().forget();
                }
                manifest
            }
        }
    };
    let server = TestServer::start(router(&public).route("/manifest.json", get(held)));
    let config = workspace.config(&server.url);

    let first = {
        let (config, store) = (config.clone(), store.clone());
        std::thread::spawn(move || run_sync(&config, &store))
    };
    first_asked
        .recv_timeout(Duration::from_secs(60))
        .expect("the first sync asks for the manifest");
    let (waiting, second_waits) = mpsc::channel::<()>();
    let second = std::thread::spawn(move || {
        let progress = move |p: SyncProgress| {
            if p.stage == SyncStage::WaitingForAnotherSync {
                let _ = waiting.send(());
            }
        };
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(sync(&config, &store, Some(&progress)))
    });
    second_waits
        .recv_timeout(Duration::from_secs(60))
        .expect("the second sync waits for the first instead of cleaning its staging folder");
    gate.add_permits(1);

    let first = first.join().unwrap().unwrap();
    let second = second.join().unwrap().unwrap();
    assert_eq!((first.status, first.version), (SyncStatus::Updated, 3));
    assert_eq!((second.status, second.version), (SyncStatus::Unchanged, 3));
    let store = workspace.store("store");
    assert_in_use(&workspace, &store, 3);
}
