//! Things that break in the middle: the server, the process, the disk, and the store itself. After
//! each, the app still gets a pack that works (the old or the new one, never a broken one), and the
//! next sync succeeds.

use std::collections::HashSet;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Arc};
use std::time::Duration;

use axum::extract::Request;
use axum::middleware::{self, Next};
use haven_pack::serve::router;
use haven_sync::{SyncError, SyncStatus};

use crate::fixture::*;

#[test]
fn the_server_dies_mid_download_and_the_next_sync_fetches_only_the_rest() {
    let workspace = Workspace::new();
    let store = workspace.store_with("store", 2);
    let public = workspace.site(4); // three files changed since version 2
                                    // The file lists are blobs too, fetched before the files; they arrive whole.
    let lists: HashSet<String> = read_published_site(&public)
        .manifest
        .groups
        .iter()
        .map(|g| format!("/{}", g.address()))
        .collect();
    let file_blobs = |paths: Vec<String>| -> Vec<String> {
        paths.into_iter().filter(|p| p.starts_with("/blobs/") && !lists.contains(p)).collect()
    };
    let dying = Arc::new(AtomicBool::new(true));
    let served_blobs = Arc::new(AtomicUsize::new(0));
    let app = {
        let dying = dying.clone();
        let lists = lists.clone();
        router(&public).layer(middleware::from_fn(move |request: Request, next: Next| {
            let dying = dying.clone();
            let served_blobs = served_blobs.clone();
            let path = request.uri().path().to_owned();
            let is_blob = path.starts_with("/blobs/") && !lists.contains(&path);
            async move {
                let response = next.run(request).await;
                if !is_blob || !dying.load(Ordering::SeqCst) {
                    return response;
                }
                if served_blobs.fetch_add(1, Ordering::SeqCst) == 0 {
                    return response;
                }
                // The second blob: half of it, then the connection breaks.
                half_then_broken(response).await
            }
        }))
    };
    let server = TestServer::start(app);

    let error = workspace.sync(&server.url, &store).expect_err("the download breaks off");
    assert!(matches!(error, SyncError::Network { .. } | SyncError::Truncated { .. }), "{error}");
    assert_in_use(&workspace, &store, 2);
    let first_blobs = file_blobs(server.traffic.paths());
    assert_eq!(first_blobs.len(), 2, "one blob arrived whole, the second broke off");

    // The server is back. The blob that arrived whole is not downloaded again, nor are the lists.
    dying.store(false, Ordering::SeqCst);
    server.traffic.reset();
    let outcome = workspace.sync(&server.url, &store).unwrap();
    assert_eq!((outcome.status, outcome.version), (SyncStatus::Updated, 4));
    let paths = server.traffic.paths();
    assert!(!paths.iter().any(|p| lists.contains(p)), "the lists were kept: {paths:?}");
    let second_blobs = file_blobs(paths);
    assert_eq!(second_blobs.len(), 2, "the two blobs still missing: {second_blobs:?}");
    assert!(!second_blobs.contains(&first_blobs[0]));
    assert!(second_blobs.contains(&first_blobs[1]));
    assert_in_use(&workspace, &store, 4);
}

/// Runs `haven-pack pull` (with `--group GROUP` when given) until it pauses at `stage`, then kills
/// it with SIGKILL.
pub fn pull_killed_at(
    workspace: &Workspace,
    url: &str,
    store: &std::path::Path,
    group: Option<&str>,
    stage: &str,
) {
    let mut child = Command::new(haven_pack_binary())
        .arg("pull")
        .arg(url)
        .args(group.map(|g| ["--group", g]).into_iter().flatten())
        .arg("--trusted-root")
        .arg(&workspace.root_public_path)
        .arg("--store")
        .arg(store)
        .env("HAVEN_SYNC_PAUSE_AT", stage)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if line.contains("paused at") {
                let _ = tx.send(line);
            }
        }
    });
    let paused = rx.recv_timeout(Duration::from_secs(60));
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(paused.unwrap(), format!("haven-sync: paused at {stage}"));
}

#[test]
fn the_process_killed_at_any_point_of_a_sync_leaves_a_working_pack() {
    let workspace = Workspace::new();
    let server = TestServer::start(router(&workspace.site(3)));
    for stage in ["manifest-verified", "blob-cached", "staged", "renamed", "switched"] {
        let name = format!("store-{stage}");
        let store = workspace.store_with(&name, 2);
        pull_killed_at(&workspace, &server.url, store.dir(), None, stage);

        let in_use = workspace.version_in_use(&store).expect("a verified pack");
        assert_in_use(&workspace, &store, in_use);
        let expected = if stage == "switched" { 3 } else { 2 };
        assert_eq!(in_use, expected, "killed at {stage}");

        let output = Command::new(haven_pack_binary())
            .args(["pull", &server.url, "--trusted-root"])
            .arg(&workspace.root_public_path)
            .arg("--store")
            .arg(store.dir())
            .args(["--format", "json"])
            .output()
            .unwrap();
        assert!(output.status.success(), "the next pull after a kill at {stage} succeeds");
        let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        assert_eq!(report["version"], 3);
        assert_in_use(&workspace, &store, 3);
    }
}

#[test]
fn a_disk_write_that_fails_leaves_the_pack_in_use() {
    let workspace = Workspace::new();
    let server = TestServer::start(router(&workspace.site(3)));

    // A file where the cache folder should be: nothing can be downloaded into it.
    let store = workspace.store_with("store", 2);
    let cache = store.dir().join("blobs");
    std::fs::remove_dir_all(&cache).unwrap();
    std::fs::write(&cache, b"not a folder").unwrap();
    let error = workspace.sync(&server.url, &store).expect_err("the write fails");
    assert!(matches!(error, SyncError::Io { .. }), "{error}");
    assert_in_use(&workspace, &store, 2);

    // A file where the new version's folder must go: the final rename fails.
    std::fs::remove_file(&cache).unwrap();
    std::fs::create_dir(&cache).unwrap();
    let blocker = store.dir().join("packs").join("3");
    std::fs::write(&blocker, b"not a folder").unwrap();
    let error = workspace.sync(&server.url, &store).expect_err("the install fails");
    assert!(matches!(error, SyncError::Io { .. }), "{error}");
    assert_in_use(&workspace, &store, 2);

    std::fs::remove_file(&blocker).unwrap();
    let outcome = workspace.sync(&server.url, &store).unwrap();
    assert_eq!((outcome.status, outcome.version), (SyncStatus::Updated, 3));
    assert_in_use(&workspace, &store, 3);
}

#[test]
fn a_store_damaged_on_disk_falls_back_to_a_pack_that_verifies() {
    let workspace = Workspace::new();
    let store = workspace.store_with("store", 2);
    let server = TestServer::start(router(&workspace.site(3)));
    workspace.sync(&server.url, &store).unwrap();
    assert_in_use(&workspace, &store, 3);

    // One changed byte in version 3: the app gets version 2, which still verifies.
    let damaged = store.dir().join("packs/3/content/en/help-now.ftl");
    let text = std::fs::read_to_string(&damaged).unwrap();
    std::fs::write(&damaged, text.replacen("help", "hlep", 1)).unwrap();
    assert_in_use(&workspace, &store, 2);

    // A file slipped into version 2 as well: nothing verifies, the app uses its own pack.
    std::fs::write(store.dir().join("packs/2/content/en/extra.ftl"), "x = y\n").unwrap();
    assert_eq!(workspace.version_in_use(&store), None);

    // A garbled pointer changes nothing about what verifies.
    std::fs::write(store.dir().join("current"), b"\xff garbage").unwrap();
    assert_eq!(workspace.version_in_use(&store), None);

    // A file list gone from version 3 as well.
    let lists = store.dir().join("packs/3/lists");
    let list = std::fs::read_dir(&lists).unwrap().next().unwrap().unwrap().path();
    std::fs::remove_file(list).unwrap();
    assert_eq!(workspace.version_in_use(&store), None);

    // The next sync repairs version 3 from the same signed manifest.
    let outcome = workspace.sync(&server.url, &store).unwrap();
    assert_eq!((outcome.status, outcome.version), (SyncStatus::Updated, 3));
    assert_in_use(&workspace, &store, 3);
}

#[test]
fn a_store_written_in_the_previous_manifest_format_is_not_used_but_still_counts_against_rollback() {
    let workspace = Workspace::new();
    let store = workspace.store_with("store", 2);
    // Version 5 as an app that wrote manifest format 1 installed it: a signed manifest listing every
    // file, and the files.
    let old = store.dir().join("packs/5");
    copy_dir(&store.dir().join("packs/2/content"), &old.join("content"));
    let legacy = format!(
        "{{\n\"format\":1,\n\"pack_id\":\"{PACK_ID}\",\n\"version\":5,\n\"created\":{},\n\
        \"expires\":{},\n\"files\":[]}}\n",
        unix_now(),
        unix_now() + 86_400
    );
    let manifest = read_published_site(&workspace.site(2)).manifest;
    let signature = haven_publish::build::sign(&manifest, legacy.as_bytes(), &workspace.secret);
    std::fs::write(old.join("manifest.json"), &legacy).unwrap();
    std::fs::write(old.join("manifest.json.minisig"), signature.unwrap()).unwrap();
    std::fs::write(store.dir().join("current"), "5\n").unwrap();

    // It does not verify in this format: the newest pack that does is used.
    assert_in_use(&workspace, &store, 2);
    // Its signed version is still the floor: version 3 would be a rollback.
    let server = TestServer::start(router(&workspace.site(3)));
    let error = workspace.sync(&server.url, &store).expect_err("a rollback");
    assert!(matches!(error, SyncError::Rollback { offered: 3, installed: 5, .. }), "{error}");
    // The same version 5, published in this format, replaces it.
    let content = workspace.content(4);
    let v5 = workspace.path("content-v5");
    copy_dir(&content, &v5);
    set_version(&v5, 5);
    let public = workspace.path("public-v5");
    workspace.publish(&v5, &public);
    let server = TestServer::start(router(&public));
    let outcome = workspace.sync(&server.url, &store).unwrap();
    assert_eq!((outcome.status, outcome.version), (SyncStatus::Updated, 5));
    assert_eq!(workspace.version_in_use(&store), Some(5));
}
