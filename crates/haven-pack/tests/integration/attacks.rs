//! The attacks The Update Framework lists. In each, a phone has version 1 (or 2) installed, a hostile
//! server offers something else, and the phone refuses it and keeps showing what it had.

use std::io::Write;
use std::path::Path;

use axum::body::Body;
use axum::http::{header, StatusCode};
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use bytes::Bytes;
use flate2::write::GzEncoder;
use flate2::Compression;
use haven_pack::serve::router;
use haven_sync::Store;
use haven_sync::{Blob, Delta, Encoding, ManifestError, SignatureError, SyncError, SyncStatus};

use crate::fixture::*;

/// Syncs a store holding version `installed` from `app`, expects a refusal, and checks that the
/// reader still sees version `installed`.
fn refused(workspace: &Workspace, installed: u64, app: Router) -> SyncError {
    let store = workspace.store_with("store", installed);
    let server = TestServer::start(app);
    let error = workspace.sync(&server.url, &store).expect_err("the sync is refused");
    assert_in_use(workspace, &store, installed);
    error
}

/// A copy of a published site to tamper with.
fn tampered_copy(workspace: &Workspace, version: u64) -> std::path::PathBuf {
    let copy = workspace.path(&format!("tampered-v{version}"));
    copy_dir(&workspace.site(version), &copy);
    copy
}

fn blob_of(public: &Path, path: &str) -> Blob {
    read_published_site(public).file(path).unwrap().blob.clone()
}

/// The address of the file list of `group` in the version published in `public`.
fn list_address(public: &Path, group: &str) -> String {
    let published = read_published_site(public);
    published.manifest.groups.iter().find(|g| g.name == group).unwrap().address()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

/// A body that never ends.
fn endless() -> Response {
    let chunks = futures_util::stream::repeat_with(|| {
        Ok::<_, std::io::Error>(Bytes::from(vec![b'{'; 16 * 1024]))
    });
    Response::new(Body::from_stream(chunks))
}

#[test]
fn arbitrary_content_a_changed_file_is_refused() {
    let workspace = Workspace::new();
    let public = tampered_copy(&workspace, 3);
    let blob = blob_of(&public, "en/help-now.ftl");
    // Same size, one byte different.
    let mut bytes = std::fs::read(public.join(blob.address())).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x01;
    std::fs::write(public.join(blob.address()), bytes).unwrap();
    let error = refused(&workspace, 2, router(&public));
    assert!(matches!(error, SyncError::HashMismatch { .. }), "{error}");

    // Entirely other content, of another size.
    std::fs::write(public.join(blob.address()), gzip(b"title = Send money to this account\n"))
        .unwrap();
    let error = refused(&workspace, 2, router(&public));
    assert!(matches!(error, SyncError::Truncated { .. }), "{error}");
}

#[test]
fn arbitrary_content_a_manifest_changed_after_signing_is_refused() {
    let workspace = Workspace::new();
    let public = tampered_copy(&workspace, 3);
    let manifest = std::fs::read_to_string(public.join("manifest.json")).unwrap();
    std::fs::write(
        public.join("manifest.json"),
        manifest.replacen("\"version\":3", "\"version\":4", 1),
    )
    .unwrap();
    let error = refused(&workspace, 2, router(&public));
    assert!(
        matches!(error, SyncError::Signature { source: SignatureError::Invalid, .. }),
        "{error}"
    );
}

#[test]
fn arbitrary_content_a_changed_file_list_is_refused() {
    let workspace = Workspace::new();
    let public = tampered_copy(&workspace, 3);
    // The list of `en` changed since version 2, so the phone downloads it. Same size, one byte
    // different; then another list, validly gzipped, that names other bytes for the article.
    let address = list_address(&public, "en");
    let mut bytes = std::fs::read(public.join(&address)).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x01;
    std::fs::write(public.join(&address), &bytes).unwrap();
    let error = refused(&workspace, 2, router(&public));
    assert!(matches!(error, SyncError::HashMismatch { .. }), "{error}");

    let mut published = read_published_site(&workspace.site(3));
    let (_, files) = published.lists.iter_mut().find(|(g, _)| g.name == "en").unwrap();
    files.retain(|f| f.path != "en/help-now.ftl");
    let (_, served) = haven_publish::site::encode_list("en", files);
    std::fs::write(public.join(&address), served).unwrap();
    assert_list_does_not_verify(refused(&workspace, 2, router(&public)));
}

#[test]
fn arbitrary_content_a_pack_signed_by_an_untrusted_key_is_refused() {
    let workspace = Workspace::new();
    let stranger = Workspace::new();
    let public = stranger.path("public");
    stranger.publish(&stranger.content(3), &public);
    let error = refused(&workspace, 2, router(&public));
    assert!(
        matches!(error, SyncError::Signature { source: SignatureError::UntrustedKey, .. }),
        "{error}"
    );
}

#[test]
fn rollback_an_older_properly_signed_version_is_refused() {
    let workspace = Workspace::new();
    let error = refused(&workspace, 3, router(&workspace.site(2)));
    assert!(matches!(error, SyncError::Rollback { offered: 2, installed: 3, .. }), "{error}");
}

#[test]
fn replay_the_installed_version_with_other_files_is_refused() {
    let workspace = Workspace::new();
    let public = workspace.path("other-v3");
    let content = workspace.path("other-content-v3");
    copy_dir(&workspace.content(3), &content);
    edit(&content, "services.toml", CMM_PHONE, "+45 99 99 99 99");
    workspace.publish(&content, &public);
    let error = refused(&workspace, 3, router(&public));
    assert!(matches!(error, SyncError::ChangedWithoutNewVersion { version: 3, .. }), "{error}");
}

#[test]
fn indefinite_freeze_an_expired_manifest_is_refused() {
    let workspace = Workspace::new();
    let public = workspace.path("expired");
    let forty_days_ago = unix_now() - 40 * 86_400;
    workspace.publish_at(&workspace.content(3), &public, forty_days_ago, 30);
    let error = refused(&workspace, 2, router(&public));
    assert!(matches!(error, SyncError::Expired { version: 3, .. }), "{error}");
}

#[test]
fn indefinite_freeze_a_manifest_signed_to_expire_years_ahead_is_refused() {
    // Signed with the build's checks bypassed (a stolen key, or a modified tool), to stay valid for
    // ten years: a server could replay it, and freeze phones on it, for that long.
    let workspace = Workspace::new();
    let public = tampered_copy(&workspace, 3);
    let mut published = read_published_site(&public);
    published.manifest.expires = unix_now() + 3650 * 86_400;
    workspace.sign_into(&published, &public);
    let error = refused(&workspace, 2, router(&public));
    assert!(matches!(error, SyncError::ExpiresTooLate { version: 3, .. }), "{error}");
    assert_eq!(error.kind(), "expires-too-late");
}

#[test]
fn slow_retrieval_a_byte_now_and_then_hits_the_overall_deadline() {
    // One byte every 50 ms never trips the read timeout; only the deadline of the whole sync ends it.
    let workspace = Workspace::new();
    let store = workspace.store_with("store", 2);
    let drip = || async {
        let bytes = futures_util::stream::unfold((), |()| async {
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            Some((Ok::<_, std::io::Error>(Bytes::from_static(b" ")), ()))
        });
        Response::new(Body::from_stream(bytes))
    };
    let server = TestServer::start(router(&workspace.site(3)).route("/manifest.json", get(drip)));
    let mut config = workspace.config(&server.url);
    config.limits.sync_deadline = std::time::Duration::from_secs(1);
    let error = run_sync(&config, &store).expect_err("the sync is given up");
    assert!(matches!(error, SyncError::DeadlineExceeded { seconds: 1, .. }), "{error}");
    assert_eq!(error.kind(), "deadline-exceeded");
    assert_in_use(&workspace, &store, 2);
}

#[test]
fn mix_and_match_a_file_from_another_version_is_refused() {
    let workspace = Workspace::new();
    let public = tampered_copy(&workspace, 3);
    // The server answers the address of version 3's file with version 2's (validly signed) file.
    let old = blob_of(&workspace.site(2), "en/help-now.ftl");
    let new = blob_of(&public, "en/help-now.ftl");
    std::fs::copy(workspace.site(2).join(old.address()), public.join(new.address())).unwrap();
    let error = refused(&workspace, 2, router(&public));
    // Version 2's file is a few bytes shorter: the download ends before the declared size.
    assert!(
        matches!(error, SyncError::Truncated { .. } | SyncError::HashMismatch { .. }),
        "{error}"
    );
}

#[test]
fn mix_and_match_a_manifest_pointing_at_another_versions_blob_is_refused() {
    let workspace = Workspace::new();
    let public = tampered_copy(&workspace, 3);
    let old = blob_of(&workspace.site(2), "en/help-now.ftl");
    std::fs::copy(workspace.site(2).join(old.address()), public.join(old.address())).unwrap();
    let mut published = read_published_site(&public);
    published.manifest.bundle = None;
    file_mut(&mut published, "en/help-now.ftl").blob = old; // version 2's bytes, version 3's hash
    workspace.sign_into(&published, &public);
    let error = refused(&workspace, 2, router(&public));
    // The blob itself is intact, but it does not decode to the file version 3 signed for.
    assert!(
        matches!(&error, SyncError::DecompressedSize { .. } | SyncError::HashMismatch { .. }),
        "{error}"
    );
}

#[test]
fn mix_and_match_a_file_list_from_another_version_is_refused() {
    let workspace = Workspace::new();
    let public = tampered_copy(&workspace, 3);
    // The server answers the address of version 3's list of `en` with version 2's (validly signed)
    // list: the phone would keep version 2's article in version 3.
    let old = list_address(&workspace.site(2), "en");
    let new = list_address(&public, "en");
    std::fs::copy(workspace.site(2).join(old), public.join(new)).unwrap();
    assert_list_does_not_verify(refused(&workspace, 2, router(&public)));
}

/// A folder where `versions` were published one over the other, as an NGO does, so that each
/// version's changed files also have deltas against the one before; and a store that installed the
/// first of them from it.
fn published_in_turn(workspace: &Workspace, versions: &[u64]) -> (std::path::PathBuf, Store) {
    let public = workspace.path("in-turn");
    workspace.publish(&workspace.content(versions[0]), &public);
    let store = workspace.store("store");
    let server = TestServer::start(router(&public));
    workspace.sync(&server.url, &store).unwrap();
    for &version in &versions[1..] {
        workspace.publish(&workspace.content(version), &public);
    }
    (public, store)
}

#[test]
fn mix_and_match_and_arbitrary_content_a_delta_gives_the_signed_file_or_nothing() {
    let workspace = Workspace::new();
    let (public, store) = published_in_turn(&workspace, &[2, 3]);
    let published = read_published_site(&public);
    let delta = published.file("en/help-now.ftl").unwrap().delta.clone().expect("a delta");
    let refused_here = |public: &Path| {
        let server = TestServer::start(router(public));
        let error = workspace.sync(&server.url, &store).expect_err("the sync is refused");
        assert_in_use(&workspace, &store, 2);
        error
    };

    // The delta's bytes changed on the server.
    let copy = workspace.path("delta-changed");
    copy_dir(&public, &copy);
    let mut bytes = std::fs::read(copy.join(delta.blob.address())).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 0x01;
    std::fs::write(copy.join(delta.blob.address()), bytes).unwrap();
    let error = refused_here(&copy);
    assert!(matches!(error, SyncError::HashMismatch { .. }), "{error}");

    // A signed list that gives the article another file's delta (pack.toml's, from its own base):
    // the output is not the article the list signs for.
    let copy = workspace.path("delta-of-another-file");
    copy_dir(&public, &copy);
    let mut tampered = published.clone();
    let other = tampered.file("pack.toml").unwrap().delta.clone().expect("a delta");
    let base = delta.base.clone();
    file_mut(&mut tampered, "en/help-now.ftl").delta = Some(Delta { base, blob: other.blob });
    tampered.manifest.bundle = None;
    workspace.sign_into(&tampered, &copy);
    let error = refused_here(&copy);
    assert!(
        matches!(
            error,
            SyncError::HashMismatch { .. }
                | SyncError::DecompressedSize { .. }
                | SyncError::Delta { .. }
        ),
        "{error}"
    );

    // A signed list whose delta copies from past the end of the older file.
    let copy = workspace.path("delta-out-of-bounds");
    copy_dir(&public, &copy);
    let instructions = [0x81, 0x01, 0xff, 0xff, 0xff, 0x7f]; // copy 64 bytes from 268435455
    let sha256 = haven_sync::release::sha256_hex(&instructions);
    let blob = Blob { sha256, size: instructions.len() as u64, encoding: Encoding::Identity };
    std::fs::write(copy.join(blob.address()), instructions).unwrap();
    let mut tampered = published.clone();
    file_mut(&mut tampered, "en/help-now.ftl").delta = Some(Delta { base: delta.base, blob });
    tampered.manifest.bundle = None;
    workspace.sign_into(&tampered, &copy);
    let error = refused_here(&copy);
    assert!(matches!(error, SyncError::Delta { .. }), "{error}");

    // The untouched folder still works.
    let server = TestServer::start(router(&public));
    let outcome = workspace.sync(&server.url, &store).unwrap();
    assert_eq!((outcome.status, outcome.version), (SyncStatus::Updated, 3));
    assert_in_use(&workspace, &store, 3);
}

fn file_mut<'a>(
    published: &'a mut haven_publish::site::Published,
    path: &str,
) -> &'a mut haven_sync::FileEntry {
    published.lists.iter_mut().flat_map(|(_, files)| files).find(|f| f.path == path).unwrap()
}

#[test]
fn endless_data_a_manifest_that_never_ends_is_cut_off() {
    let workspace = Workspace::new();
    let app = router(&workspace.site(3)).route("/manifest.json", get(|| async { endless() }));
    let error = refused(&workspace, 2, app);
    assert!(matches!(error, SyncError::TooLarge { limit, .. } if limit == 1 << 20), "{error}");
}

#[test]
fn endless_data_a_file_that_never_ends_is_cut_off() {
    let workspace = Workspace::new();
    let public = workspace.site(3);
    let blob = blob_of(&public, "en/help-now.ftl");
    let route = format!("/{}", blob.address());
    let app = router(&public).route(&route, get(|| async { endless() }));
    let error = refused(&workspace, 2, app);
    assert!(matches!(error, SyncError::TooLarge { limit, .. } if limit == blob.size), "{error}");
}

#[test]
fn endless_data_a_file_list_that_never_ends_is_cut_off() {
    let workspace = Workspace::new();
    let public = workspace.site(3);
    let published = read_published_site(&public);
    let group = published.manifest.groups.iter().find(|g| g.name == "en").unwrap();
    let route = format!("/{}", group.address());
    let app = router(&public).route(&route, get(|| async { endless() }));
    let error = refused(&workspace, 2, app);
    assert!(matches!(error, SyncError::TooLarge { limit, .. } if limit == group.size), "{error}");
}

#[test]
fn endless_data_a_file_larger_than_declared_is_cut_off() {
    let workspace = Workspace::new();
    let public = workspace.site(3);
    let blob = blob_of(&public, "en/help-now.ftl");
    let mut bytes = std::fs::read(public.join(blob.address())).unwrap();
    bytes.extend_from_slice(&[0; 4096]);
    let route = format!("/{}", blob.address());
    // With an honest Content-Length (refused before reading) and without one (cut off while reading).
    for declare_length in [true, false] {
        let bytes = bytes.clone();
        let app = router(&public).route(
            &route,
            get(move || async move {
                let mut response = Response::builder().status(StatusCode::OK);
                if declare_length {
                    response = response.header(header::CONTENT_LENGTH, bytes.len());
                    response.body(Body::from(bytes)).unwrap()
                } else {
                    let chunks = futures_util::stream::iter(
                        bytes
                            .chunks(512)
                            .map(|c| Ok::<_, std::io::Error>(Bytes::copy_from_slice(c)))
                            .collect::<Vec<_>>(),
                    );
                    response.body(Body::from_stream(chunks)).unwrap()
                }
            }),
        );
        let error = refused(&workspace, 2, app);
        assert!(matches!(error, SyncError::TooLarge { .. }), "{error}");
    }
}

#[test]
fn fast_forward_a_huge_version_needs_a_trusted_key() {
    let workspace = Workspace::new();
    let attacker = Workspace::new();
    let public = attacker.path("public");
    let content = attacker.content(3);
    set_version(&content, i64::MAX as u64); // the largest version pack.toml can hold
    attacker.publish(&content, &public);
    let error = refused(&workspace, 2, router(&public));
    assert!(matches!(error, SyncError::Signature { .. }), "{error}");
}

#[test]
fn fast_forward_recovery_removing_a_compromised_key_retires_what_it_signed() {
    // Key A was stolen and used to push version 1000; the new app release trusts only key B.
    let compromised = Workspace::new();
    let store = compromised.store("store");
    let content = compromised.content(2);
    set_version(&content, 1000);
    let public = compromised.path("public-1000");
    compromised.publish(&content, &public);
    let server = TestServer::start(router(&public));
    compromised.sync(&server.url, &store).unwrap();
    assert_eq!(compromised.version_in_use(&store), Some(1000));

    let rotated = Workspace::new();
    assert_eq!(rotated.version_in_use(&store), None, "the app falls back to its own pack");
    let server = TestServer::start(router(&rotated.site(2)));
    let outcome = rotated.sync(&server.url, &store).unwrap();
    assert_eq!((outcome.status, outcome.version), (SyncStatus::Updated, 2));
    assert_in_use(&rotated, &store, 2);
}

#[test]
fn wrong_content_a_path_that_escapes_the_store_is_refused() {
    let workspace = Workspace::new();
    for escape in
        ["../escaped.ftl", "en/../../escaped.ftl", "/tmp/escaped.ftl", "en\\..\\escaped.ftl"]
    {
        let public = tampered_copy(&workspace, 3);
        let mut published = read_published_site(&public);
        file_mut(&mut published, "en/help-now.ftl").path = escape.to_owned();
        workspace.sign_into(&published, &public);
        let store_dir = workspace.path("store");
        let _ = std::fs::remove_dir_all(&store_dir);
        let error = refused(&workspace, 2, router(&public));
        assert!(
            matches!(error, SyncError::Manifest { source: ManifestError::UnsafePath { .. }, .. }),
            "{escape}: {error}"
        );
        assert!(!workspace.path("escaped.ftl").exists());
        assert!(!Path::new("/tmp/escaped.ftl").exists());
        std::fs::remove_dir_all(&public).unwrap();
    }
}

#[test]
fn wrong_content_another_pack_is_refused() {
    let workspace = Workspace::new();
    let content = workspace.content(3);
    edit(&content, "pack.toml", "id = \"dk.haven\"", "id = \"xx.other\"");
    let public = workspace.path("other-pack");
    workspace.publish(&content, &public);
    let error = refused(&workspace, 2, router(&public));
    assert!(matches!(error, SyncError::WrongPack { .. }), "{error}");
}

#[test]
fn wrong_content_a_blob_with_a_foreign_address_is_refused() {
    // A blob's address is `blobs/` and its hash: a "hash" that is a path or a URL is refused before
    // anything is fetched with it.
    let workspace = Workspace::new();
    for foreign in ["../../manifest.json", "https://evil.example/x"] {
        let public = tampered_copy(&workspace, 3);
        let mut published = read_published_site(&public);
        file_mut(&mut published, "en/help-now.ftl").blob.sha256 = foreign.into();
        workspace.sign_into(&published, &public);
        let error = refused(&workspace, 2, router(&public));
        assert!(
            matches!(error, SyncError::Manifest { source: ManifestError::InvalidHash { .. }, .. }),
            "{foreign}: {error}"
        );
        std::fs::remove_dir_all(&public).unwrap();
    }
}

#[test]
fn wrong_content_a_file_listed_in_another_groups_list_is_refused() {
    // Each list holds only its own group's files, so an unchanged list can be reused safely.
    let workspace = Workspace::new();
    let public = tampered_copy(&workspace, 3);
    let mut published = read_published_site(&public);
    file_mut(&mut published, "en/help-now.ftl").path = "da/help-now-2.ftl".into();
    workspace.sign_into(&published, &public);
    let error = refused(&workspace, 2, router(&public));
    assert!(
        matches!(error, SyncError::Manifest { source: ManifestError::OutsideGroup { .. }, .. }),
        "{error}"
    );
}

/// A file list that does not match its signed hash is refused, whichever check sees it first: its
/// length, its size limit or its hash.
fn assert_list_does_not_verify(error: SyncError) {
    assert!(
        matches!(
            error,
            SyncError::Truncated { .. }
                | SyncError::TooLarge { .. }
                | SyncError::HashMismatch { .. }
        ),
        "{error}"
    );
}

/// The attacks again, on an optional group: a phone with version 2 (or 3, or 4) installed, the text
/// only, asks for the Danish voice. A refused voice stays unavailable; the text stays in use.
mod voices {
    use super::*;
    use crate::optional_groups::*;

    /// Asks a store holding `installed` (from the site with voices) for the Danish voice from
    /// `app`, expects a refusal, and checks that the voice is absent and the text still in use.
    fn voice_refused(workspace: &Workspace, installed: u64, app: Router) -> SyncError {
        let (_, store) = synced_with_voices(workspace, installed);
        let server = TestServer::start(app);
        let error = fetch(workspace, &server.url, &store, "audio/da").expect_err("refused");
        assert_in_use(workspace, &store, installed);
        assert_eq!(read_clip(workspace, &store, DA_EMERGENCY), None);
        assert_eq!(read_clip(workspace, &store, DA_SUMMARY), None);
        assert!(!voices(workspace, &store).iter().any(|(_, _, installed)| *installed));
        // Nothing of it is left in the pack folder, and the text still syncs.
        let pack = store.current_with(&workspace.trust()).unwrap();
        assert!(!pack.dir.join("audio").join("da").exists());
        let server = TestServer::start(router(&site_with_voices(workspace, installed)));
        assert_eq!(workspace.sync(&server.url, &store).unwrap().status, SyncStatus::Unchanged);
        error
    }

    fn voices_copy(workspace: &Workspace, version: u64) -> std::path::PathBuf {
        let copy = workspace.path(&format!("tampered-voices-v{version}"));
        copy_dir(&site_with_voices(workspace, version), &copy);
        copy
    }

    #[test]
    fn arbitrary_content_a_changed_clip_is_refused_with_a_clear_message() {
        let workspace = Workspace::new();
        let public = voices_copy(&workspace, 2);
        let blob = blob_of(&public, DA_SUMMARY);
        let mut bytes = std::fs::read(public.join(blob.address())).unwrap();
        bytes[1000] ^= 0x01;
        std::fs::write(public.join(blob.address()), bytes).unwrap();
        let error = voice_refused(&workspace, 2, router(&public));
        assert!(matches!(error, SyncError::HashMismatch { .. }), "{error}");
        assert_eq!(error.kind(), "hash-mismatch");
        assert!(error.to_string().contains("SHA-256"), "{error}");
    }

    #[test]
    fn arbitrary_content_a_changed_voice_list_is_refused() {
        let workspace = Workspace::new();
        let public = voices_copy(&workspace, 2);
        let address = list_address(&public, "audio/da");
        let mut bytes = std::fs::read(public.join(&address)).unwrap();
        let middle = bytes.len() / 2;
        bytes[middle] ^= 0x01;
        std::fs::write(public.join(&address), bytes).unwrap();
        assert_list_does_not_verify(voice_refused(&workspace, 2, router(&public)));
    }

    #[test]
    fn rollback_a_voice_from_an_older_version_is_refused() {
        let workspace = Workspace::new();
        let error = voice_refused(&workspace, 3, router(&site_with_voices(&workspace, 2)));
        assert!(matches!(error, SyncError::Rollback { offered: 2, installed: 3, .. }), "{error}");
        assert_eq!(error.kind(), "rollback");
    }

    #[test]
    fn arbitrary_content_a_voice_from_a_manifest_not_signed_by_a_trusted_key_is_refused() {
        let workspace = Workspace::new();
        let stranger = Workspace::new();
        let public = voices_copy(&workspace, 2);
        // The same site, its manifest signed again by someone else's key.
        let published = read_published_site(&public);
        sign_into(&published, &public, &stranger.secret);
        let error = voice_refused(&workspace, 2, router(&public));
        assert!(matches!(error, SyncError::Signature { .. }), "{error}");
        assert_eq!(error.kind(), "signature");
    }

    #[test]
    fn mix_and_match_a_voice_list_from_another_version_is_refused() {
        // Version 4 changes a Danish clip, so its list differs from version 3's: the server answers
        // version 4's address with version 3's (validly signed) list.
        let workspace = Workspace::new();
        let public = voices_copy(&workspace, 4);
        let old = list_address(&site_with_voices(&workspace, 3), "audio/da");
        let new = list_address(&public, "audio/da");
        assert_ne!(old, new);
        std::fs::copy(site_with_voices(&workspace, 3).join(old), public.join(new)).unwrap();
        assert_list_does_not_verify(voice_refused(&workspace, 4, router(&public)));
    }

    #[test]
    fn endless_data_a_voice_larger_than_its_bound_is_not_downloaded() {
        let workspace = Workspace::new();
        let (server, store) = synced_with_voices(&workspace, 2);
        let mut config = workspace.config(&server.url);
        config.limits.max_optional_group_bytes = DA_BYTES - 1;
        let error = run_fetch(&config, &store, "audio/da").expect_err("too large");
        assert!(
            matches!(error, SyncError::GroupTooLarge { bytes, .. } if bytes == DA_BYTES),
            "{error}"
        );
        assert_eq!(error.kind(), "group-too-large");
        let requested: Vec<String> = server.traffic.paths();
        assert!(!requested.iter().any(|p| p.starts_with("/blobs/")), "{requested:?}");
        assert_eq!(read_clip(&workspace, &store, DA_EMERGENCY), None);
        assert_in_use(&workspace, &store, 2);
    }

    #[test]
    fn arbitrary_content_a_clip_changed_on_the_phone_is_removed_and_the_text_stays_in_use() {
        let workspace = Workspace::new();
        let (server, store) = synced_with_voices(&workspace, 2);
        fetch(&workspace, &server.url, &store, "audio/da").unwrap();
        let pack = store.current_with(&workspace.trust()).unwrap();
        let mut bytes = std::fs::read(pack.dir.join(DA_SUMMARY)).unwrap();
        bytes[10] ^= 0x01;
        std::fs::write(pack.dir.join(DA_SUMMARY), bytes).unwrap();

        // The next start: the text of version 2, without the voice.
        assert_in_use(&workspace, &store, 2);
        assert_eq!(read_clip(&workspace, &store, DA_SUMMARY), None);
        assert_eq!(read_clip(&workspace, &store, DA_EMERGENCY), None, "the voice goes whole");
        // And the reader can download it again.
        fetch(&workspace, &server.url, &store, "audio/da").unwrap();
        assert_eq!(read_clip(&workspace, &store, DA_SUMMARY), Some(clip(DA_SUMMARY, 2)));
    }
}
