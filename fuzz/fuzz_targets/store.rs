//! The store reader: what the app opens at every start, a folder any other app with storage access,
//! a damaged disk or an interrupted sync may have changed.
//!
//! Input: files (`current`, `packs/1/manifest.json`, `roots/1.root.json`, ...; see
//! `haven_fuzz::store_files`) written into a fresh folder. Then what start-up does: open the store,
//! walk the root chain from the seeds' root key, and pick the pack to use, under the root and under
//! the signing key directly. Every check of an installed pack runs (signature, lists, every file's
//! hash, the pack loader on the folder) when the input keeps those bytes as the seeds have them.

#![no_main]

use std::path::Path;

use haven_fuzz::{root_keys, signing_key, store_files};
use haven_sync::{Store, Trust};
use libfuzzer_sys::fuzz_target;

fn scratch() -> tempfile::TempDir {
    // Memory-backed when there is one: a store is many small files.
    let shm = Path::new("/dev/shm");
    if shm.is_dir() {
        if let Ok(dir) = tempfile::tempdir_in(shm) {
            return dir;
        }
    }
    tempfile::tempdir().expect("a temporary folder")
}

fuzz_target!(|data: &[u8]| {
    let files = store_files(data);
    let dir = scratch();
    for (path, bytes) in &files {
        let target = dir.path().join(path);
        if let Some(parent) = target.parent() {
            if std::fs::create_dir_all(parent).is_err() {
                continue;
            }
        }
        let _ = std::fs::write(&target, bytes);
    }
    let Ok(store) = Store::open(dir.path()) else { return };
    let _ = store.installed_versions();
    let root_trust = Trust::Root(root_keys());
    if let Some(root) = store.trusted_root(&root_keys()) {
        assert!(root.version >= 1);
    }
    let keys = store.signing_keys(&root_trust);
    if let Some(pack) = store.current_with(&root_trust) {
        assert!(!keys.is_empty(), "a pack verified with no signing key");
        assert!(pack.dir.starts_with(dir.path()));
    }
    if let Some(pack) = store.current(&[signing_key()]) {
        assert_eq!(pack.version, pack.manifest.version);
        assert!(pack.dir.starts_with(dir.path()));
    }
});
