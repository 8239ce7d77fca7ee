//! Optional groups of a release: one language's voice (`audio/<locale>/`), downloaded only when the
//! reader asks for it, verified and installed whole next to the pack in use, kept and updated by the
//! next versions, and removed to free its space. (The attacks on them are in `attacks.rs`.)

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

use axum::extract::Request;
use axum::middleware::{self, Next};
use haven_pack::serve::router;
use haven_sync::release::{FORMAT, OPTIONAL_GROUPS_FORMAT};
use haven_sync::{
    fetch_group, offered_groups, remove_group, Store, SyncConfig, SyncError, SyncOutcome,
    SyncProgress, SyncStatus,
};

use crate::fixture::*;
use crate::interruptions::pull_killed_at;
use haven_testkit::noise;

/// The Danish voice's clips in every version, and from version 4 on its summary clip says something
/// new; the Arabic voice has one clip.
pub const DA_EMERGENCY: &str = "audio/da/home--emergency.ogg";
pub const DA_SUMMARY: &str = "audio/da/help-now--summary.ogg";
pub const AR_EMERGENCY: &str = "audio/ar/home--emergency.ogg";
pub const DA_BYTES: u64 = 40_000 + 30_000;
pub const AR_BYTES: u64 = 50_000;

/// What a clip of the pack at `version` holds.
pub fn clip(path: &str, version: u64) -> Vec<u8> {
    match path {
        DA_EMERGENCY => noise(1, 40_000),
        DA_SUMMARY if version >= 4 => noise(100 + version, 30_000),
        DA_SUMMARY => noise(2, 30_000),
        AR_EMERGENCY => noise(3, 50_000),
        _ => unreachable!("{path} is not a clip of the test pack"),
    }
}

/// The default pack at `version` (see [`Workspace::content`]) with a Danish and an Arabic voice.
pub fn content_with_voices(workspace: &Workspace, version: u64) -> PathBuf {
    let dir = workspace.path(&format!("content-voices-v{version}"));
    if !dir.exists() {
        copy_dir(&workspace.content(version), &dir);
        // Only the two voices below: not the clips the default pack embeds for every locale.
        std::fs::remove_dir_all(dir.join(haven_sync::release::AUDIO_DIR)).unwrap();
        for path in [DA_EMERGENCY, DA_SUMMARY, AR_EMERGENCY] {
            let target = dir.join(path);
            std::fs::create_dir_all(target.parent().unwrap()).unwrap();
            std::fs::write(target, clip(path, version)).unwrap();
        }
    }
    dir
}

/// The default pack at `version` with no audio at all (not even the clips it embeds).
pub fn site_without_voices(workspace: &Workspace, version: u64) -> PathBuf {
    let public = workspace.path(&format!("public-text-v{version}"));
    if !public.join("manifest.json").exists() {
        let dir = workspace.path(&format!("content-text-v{version}"));
        copy_dir(&workspace.content(version), &dir);
        std::fs::remove_dir_all(dir.join(haven_sync::release::AUDIO_DIR)).unwrap();
        workspace.publish(&dir, &public);
    }
    public
}

/// [`content_with_voices`] published into a folder of its own.
pub fn site_with_voices(workspace: &Workspace, version: u64) -> PathBuf {
    let public = workspace.path(&format!("public-voices-v{version}"));
    if !public.join("manifest.json").exists() {
        workspace.publish(&content_with_voices(workspace, version), &public);
    }
    public
}

/// A phone that has synced version `version` of [`site_with_voices`] (no voice yet), with the
/// server it synced from, whose traffic is counted from here on.
pub fn synced_with_voices(workspace: &Workspace, version: u64) -> (TestServer, Store) {
    let server = TestServer::start(router(&site_with_voices(workspace, version)));
    let store = workspace.store("store");
    workspace.sync(&server.url, &store).unwrap();
    server.traffic.reset();
    (server, store)
}

pub fn run_fetch(config: &SyncConfig, store: &Store, name: &str) -> Result<SyncOutcome, SyncError> {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(fetch_group(config, store, name, None))
}

pub fn fetch(
    workspace: &Workspace,
    url: &str,
    store: &Store,
    name: &str,
) -> Result<SyncOutcome, SyncError> {
    run_fetch(&workspace.config(url), store, name)
}

pub fn remove(store: &Store, name: &str) -> Result<u64, SyncError> {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(remove_group(store, name))
}

/// What the app offers: each voice, its size, and whether it is on the phone.
pub fn voices(workspace: &Workspace, store: &Store) -> Vec<(String, u64, bool)> {
    let pack = store.current_with(&workspace.trust()).expect("a verified pack in the store");
    pack.optional_groups().into_iter().map(|g| (g.name, g.bytes, g.installed)).collect()
}

/// The clip at `path` as the app reads it from the pack in use, if it is there.
pub fn read_clip(workspace: &Workspace, store: &Store, path: &str) -> Option<Vec<u8>> {
    let pack = store.current_with(&workspace.trust()).expect("a verified pack in the store");
    std::fs::read(pack.dir.join(path)).ok()
}

/// The addresses of the blobs (files and list) of `group` in the version published in `public`.
pub fn group_blobs(public: &Path, group: &str) -> HashSet<String> {
    let published = read_published_site(public);
    let (list, files) = published.lists.iter().find(|(g, _)| g.name == group).unwrap();
    files
        .iter()
        .map(|f| format!("/{}", f.blob.address()))
        .chain([format!("/{}", list.address())])
        .collect()
}

fn blobs_requested(server: &TestServer) -> HashSet<String> {
    server.traffic.paths().into_iter().filter(|p| p.starts_with("/blobs/")).collect()
}

#[test]
fn a_sync_downloads_no_voice_and_shows_each_voices_size_before_it_is_asked_for() {
    let workspace = Workspace::new();
    let public = site_with_voices(&workspace, 2);
    let server = TestServer::start(router(&public));
    let store = workspace.store("store");

    let outcome = workspace.sync(&server.url, &store).unwrap();
    assert_eq!((outcome.status, outcome.version), (SyncStatus::Updated, 2));
    assert_in_use(&workspace, &store, 2);
    let requested = blobs_requested(&server);
    for group in ["audio/da", "audio/ar"] {
        let fetched: Vec<_> =
            group_blobs(&public, group).intersection(&requested).cloned().collect();
        assert!(fetched.is_empty(), "{group} was downloaded by a plain sync: {fetched:?}");
    }
    // What the same pack costs without voices: the voices add only their two lines to the manifest.
    let text_only = TestServer::start(router(&site_without_voices(&workspace, 2)));
    let without = workspace.sync(&text_only.url, &workspace.store("text-only")).unwrap();
    assert!(
        outcome.bytes_downloaded < without.bytes_downloaded + 1_000,
        "{} bytes with voices, {} without",
        outcome.bytes_downloaded,
        without.bytes_downloaded
    );
    assert_eq!(
        voices(&workspace, &store),
        [("audio/ar".to_owned(), AR_BYTES, false), ("audio/da".to_owned(), DA_BYTES, false)]
    );
    assert_eq!(read_clip(&workspace, &store, DA_EMERGENCY), None);

    // A pack with voices is of the new manifest format; one without stays in the old one, so the
    // apps that read only that keep taking its updates.
    assert_eq!(read_published_site(&public).manifest.format, OPTIONAL_GROUPS_FORMAT);
    assert_eq!(read_published_site(&site_without_voices(&workspace, 2)).manifest.format, FORMAT);

    // Nothing new: still nothing of the voices.
    let again = workspace.sync(&server.url, &store).unwrap();
    assert_eq!(again.status, SyncStatus::Unchanged);
}

#[test]
fn fetching_a_voice_downloads_only_its_files_and_the_pack_in_use_reads_them() {
    let workspace = Workspace::new();
    let public = site_with_voices(&workspace, 2);
    let (server, store) = synced_with_voices(&workspace, 2);
    let progress_seen = std::sync::Mutex::new(Vec::new());
    let progress = |p: SyncProgress| progress_seen.lock().unwrap().push(p);
    let config = workspace.config(&server.url);
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let outcome =
        runtime.block_on(fetch_group(&config, &store, "audio/da", Some(&progress))).unwrap();
    assert_eq!((outcome.status, outcome.version), (SyncStatus::Updated, 2));

    // Its list and its two clips, and of the rest only the root check, the manifest and signature.
    assert_eq!(blobs_requested(&server), group_blobs(&public, "audio/da"));
    assert_eq!(server.traffic.requests(), 3 + 3, "{:?}", server.traffic.paths());
    let body = server.traffic.body_bytes();
    assert!((DA_BYTES..DA_BYTES + 4_000).contains(&body), "{body} bytes for {DA_BYTES} of clips");
    let seen = progress_seen.lock().unwrap();
    let last = seen.last().expect("progress is told");
    assert!(last.bytes_expected >= DA_BYTES, "the size is known before the download: {last:?}");

    assert_eq!(read_clip(&workspace, &store, DA_EMERGENCY), Some(clip(DA_EMERGENCY, 2)));
    assert_eq!(read_clip(&workspace, &store, DA_SUMMARY), Some(clip(DA_SUMMARY, 2)));
    assert_eq!(read_clip(&workspace, &store, AR_EMERGENCY), None);
    assert_eq!(
        voices(&workspace, &store),
        [("audio/ar".to_owned(), AR_BYTES, false), ("audio/da".to_owned(), DA_BYTES, true)]
    );
    assert_in_use(&workspace, &store, 2);

    // Asked again: nothing to download.
    server.traffic.reset();
    let again = fetch(&workspace, &server.url, &store, "audio/da").unwrap();
    assert_eq!(again.status, SyncStatus::Unchanged);
    assert!(blobs_requested(&server).is_empty(), "{:?}", server.traffic.paths());

    // A name the version does not have as a voice.
    for name in ["audio/xx", "da", "../audio/da"] {
        let error = fetch(&workspace, &server.url, &store, name).expect_err("no such voice");
        assert_eq!(error.kind(), "unknown-group", "{name}: {error}");
    }
}

#[test]
fn a_voice_asked_for_before_the_first_sync_comes_with_the_pack() {
    let workspace = Workspace::new();
    let public = site_with_voices(&workspace, 2);
    let server = TestServer::start(router(&public));
    let store = workspace.store("store");
    let outcome = fetch(&workspace, &server.url, &store, "audio/ar").unwrap();
    assert_eq!((outcome.status, outcome.version), (SyncStatus::Updated, 2));
    assert_in_use(&workspace, &store, 2);
    assert_eq!(read_clip(&workspace, &store, AR_EMERGENCY), Some(clip(AR_EMERGENCY, 2)));
    assert_eq!(read_clip(&workspace, &store, DA_EMERGENCY), None);
}

#[test]
fn the_size_of_each_voice_is_told_before_anything_large_is_downloaded_and_nothing_is_installed() {
    let workspace = Workspace::new();
    let public = site_with_voices(&workspace, 2);
    let server = TestServer::start(router(&public));
    let store = workspace.store("store");
    let config = workspace.config(&server.url);
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();

    // The app still on its embedded pack: the sizes come from the signed manifest alone.
    let (version, groups) = runtime.block_on(offered_groups(&config, &store)).unwrap();
    let seen: Vec<_> = groups.iter().map(|g| (g.name.as_str(), g.bytes, g.installed)).collect();
    assert_eq!(
        (version, seen),
        (2, vec![("audio/ar", AR_BYTES, false), ("audio/da", DA_BYTES, false)])
    );
    assert!(blobs_requested(&server).is_empty(), "{:?}", server.traffic.paths());
    assert!(
        server.traffic.body_bytes() < 4_000,
        "{} bytes to learn the sizes",
        server.traffic.body_bytes()
    );
    assert!(store.current_with(&workspace.trust()).is_none(), "nothing is installed");

    // Once a voice is on the phone, the same version says so.
    fetch(&workspace, &server.url, &store, "audio/da").unwrap();
    let (_, groups) = runtime.block_on(offered_groups(&config, &store)).unwrap();
    let installed: Vec<_> =
        groups.iter().filter(|g| g.installed).map(|g| g.name.as_str()).collect();
    assert_eq!(installed, ["audio/da"]);

    // A manifest that cannot be trusted tells no sizes.
    let stranger = Workspace::new();
    let error =
        runtime.block_on(offered_groups(&stranger.config(&server.url), &stranger.store("s")));
    assert_eq!(error.unwrap_err().kind(), "root-signature");
}

#[test]
fn removing_a_voice_frees_its_space_and_leaves_the_pack_in_use() {
    let workspace = Workspace::new();
    let (server, store) = synced_with_voices(&workspace, 2);
    let before = store_bytes(&store);
    fetch(&workspace, &server.url, &store, "audio/da").unwrap();
    let pack_dir = store.current_with(&workspace.trust()).unwrap().dir;
    assert!(pack_dir.join("audio/da").is_dir());
    assert!(store_bytes(&store) >= before + DA_BYTES);

    assert_eq!(remove(&store, "audio/da").unwrap(), DA_BYTES);
    assert!(!pack_dir.join("audio/da").exists(), "the clips are deleted");
    let after = store_bytes(&store);
    assert!(after <= before, "the store takes {after} bytes, {before} before the voice");
    assert_eq!(
        voices(&workspace, &store),
        [("audio/ar".to_owned(), AR_BYTES, false), ("audio/da".to_owned(), DA_BYTES, false)]
    );
    assert_in_use(&workspace, &store, 2);
    assert_eq!(remove(&store, "audio/da").unwrap(), 0, "already removed");
    assert_eq!(remove(&store, "../en").unwrap_err().kind(), "unknown-group");
    assert!(pack_dir.join("en").is_dir());

    // A sync afterwards does not bring it back.
    let outcome = workspace.sync(&server.url, &store).unwrap();
    assert_eq!(outcome.status, SyncStatus::Unchanged);
    assert_eq!(read_clip(&workspace, &store, DA_EMERGENCY), None);
}

/// What the store takes on disk, its files' sizes added up.
fn store_bytes(store: &Store) -> u64 {
    walk(store.dir()).iter().map(|p| std::fs::metadata(p).unwrap().len()).sum()
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        if entry.file_type().unwrap().is_dir() {
            out.extend(walk(&entry.path()));
        } else {
            out.push(entry.path());
        }
    }
    out
}

#[test]
fn a_new_version_keeps_the_voice_the_reader_asked_for_and_updates_only_its_changed_clip() {
    let workspace = Workspace::new();
    let store = workspace.store("store");
    let server = TestServer::start(router(&site_with_voices(&workspace, 3)));
    workspace.sync(&server.url, &store).unwrap();
    fetch(&workspace, &server.url, &store, "audio/da").unwrap();

    // Version 4 changes the text and the Danish summary clip.
    let public = site_with_voices(&workspace, 4);
    let server = TestServer::start(router(&public));
    let outcome = workspace.sync(&server.url, &store).unwrap();
    assert_eq!((outcome.status, outcome.version), (SyncStatus::Updated, 4));
    assert_in_use(&workspace, &store, 4);
    assert_eq!(read_clip(&workspace, &store, DA_SUMMARY), Some(clip(DA_SUMMARY, 4)));
    assert_eq!(read_clip(&workspace, &store, DA_EMERGENCY), Some(clip(DA_EMERGENCY, 4)));
    assert_eq!(read_clip(&workspace, &store, AR_EMERGENCY), None, "never asked for");
    let kept_for_fallback = store.dir().join("packs/3/content");
    assert!(kept_for_fallback.join("en").is_dir(), "version 3 is kept to fall back on");
    assert!(!kept_for_fallback.join("audio/da").exists(), "but not its voice, taking space twice");
    assert_eq!(
        voices(&workspace, &store),
        [("audio/ar".to_owned(), AR_BYTES, false), ("audio/da".to_owned(), DA_BYTES, true)]
    );

    let published = read_published_site(&public);
    let requested = blobs_requested(&server);
    let changed = format!("/{}", published.file(DA_SUMMARY).unwrap().blob.address());
    let unchanged = format!("/{}", published.file(DA_EMERGENCY).unwrap().blob.address());
    assert!(requested.contains(&changed), "the changed clip: {requested:?}");
    assert!(!requested.contains(&unchanged), "the unchanged clip is kept from version 3");
    assert!(group_blobs(&public, "audio/ar").is_disjoint(&requested));
}

#[test]
fn a_fetch_that_breaks_off_leaves_no_half_voice_and_the_next_one_downloads_only_the_rest() {
    let workspace = Workspace::new();
    let public = site_with_voices(&workspace, 2);
    let store = workspace.store("store");
    let clips: HashSet<String> = [DA_EMERGENCY, DA_SUMMARY]
        .iter()
        .map(|path| format!("/{}", read_published_site(&public).file(path).unwrap().blob.address()))
        .collect();
    let dying = Arc::new(AtomicBool::new(true));
    let served = Arc::new(AtomicUsize::new(0));
    let app = {
        let (dying, clips) = (dying.clone(), clips.clone());
        router(&public).layer(middleware::from_fn(move |request: Request, next: Next| {
            let (dying, served) = (dying.clone(), served.clone());
            let is_clip = clips.contains(request.uri().path());
            async move {
                let response = next.run(request).await;
                if !is_clip
                    || !dying.load(Ordering::SeqCst)
                    || served.fetch_add(1, Ordering::SeqCst) == 0
                {
                    return response;
                }
                // The second clip: half of it, then the connection breaks.
                half_then_broken(response).await
            }
        }))
    };
    let server = TestServer::start(app);
    workspace.sync(&server.url, &store).unwrap();

    let error = fetch(&workspace, &server.url, &store, "audio/da").expect_err("it breaks off");
    assert!(matches!(error, SyncError::Network { .. } | SyncError::Truncated { .. }), "{error}");
    assert_eq!(read_clip(&workspace, &store, DA_EMERGENCY), None, "no clip of a half voice");
    assert_eq!(read_clip(&workspace, &store, DA_SUMMARY), None);
    assert!(!voices(&workspace, &store).iter().any(|(_, _, installed)| *installed));
    assert_in_use(&workspace, &store, 2);

    dying.store(false, Ordering::SeqCst);
    server.traffic.reset();
    fetch(&workspace, &server.url, &store, "audio/da").unwrap();
    let again: Vec<String> = blobs_requested(&server).intersection(&clips).cloned().collect();
    assert_eq!(again.len(), 1, "only the clip that broke off: {again:?}");
    assert_eq!(read_clip(&workspace, &store, DA_SUMMARY), Some(clip(DA_SUMMARY, 2)));
}

#[test]
fn the_process_killed_in_the_middle_of_a_fetch_leaves_the_voice_absent_never_half() {
    let workspace = Workspace::new();
    let server = TestServer::start(router(&site_with_voices(&workspace, 2)));
    for stage in ["manifest-verified", "blob-cached", "group-staged"] {
        let store = workspace.store(&format!("store-{stage}"));
        workspace.sync(&server.url, &store).unwrap();
        pull_killed_at(&workspace, &server.url, store.dir(), Some("audio/da"), stage);

        assert_in_use(&workspace, &store, 2);
        assert_eq!(read_clip(&workspace, &store, DA_EMERGENCY), None, "killed at {stage}");
        assert!(!voices(&workspace, &store).iter().any(|(_, _, installed)| *installed));

        let outcome = fetch(&workspace, &server.url, &store, "audio/da").unwrap();
        assert_eq!(outcome.status, SyncStatus::Updated, "the next fetch after a kill at {stage}");
        assert_eq!(read_clip(&workspace, &store, DA_SUMMARY), Some(clip(DA_SUMMARY, 2)));
        assert!(
            std::fs::read_dir(store.dir().join("staging")).unwrap().next().is_none(),
            "what the killed fetch staged is cleaned up"
        );
    }
}
