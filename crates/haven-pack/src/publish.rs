//! `haven-pack build`: check a pack exactly as the app will load it, then write it as a static site
//! that any web host or CDN can serve.
//!
//! ```text
//! PUBLIC_DIR/
//!   manifest.json          signed description of this version (see haven_core::sync::manifest)
//!   manifest.json.minisig  its minisign signature
//!   blobs/<sha256>[.gz]    every file, named by the hash of its bytes as served: cacheable forever
//! ```
//!
//! Building into a folder that already holds a version keeps its blobs (phones and CDN caches may
//! still ask for them), reuses the blob of every unchanged file so its address does not change, and
//! replaces the manifest with one rename.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use flate2::write::GzEncoder;
use flate2::{Compression, GzBuilder};
use haven_core::sync::manifest::{
    check_pack_path, sha256_hex, Blob, Encoding, FileEntry, Manifest, BLOBS_DIR, FORMAT,
    MANIFEST_FILE, SIGNATURE_FILE,
};
use haven_core::sync::{verify_signature, TrustedKey};
use haven_core::{Library, PackError, PackSource};
use minisign::SecretKey;

use crate::keys::public_key_text;

/// What `build` needs.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub content_dir: PathBuf,
    pub out: PathBuf,
    /// Unix seconds to record as the creation time.
    pub now: u64,
    pub expires_in_days: u64,
    /// Refuse to re-sign the version already published, even with the same files.
    pub require_new_version: bool,
}

/// What `build` wrote.
#[derive(Debug, Clone)]
pub struct BuildReport {
    pub manifest: Manifest,
    /// Blobs written by this build.
    pub new_blobs: usize,
    /// Blobs of files unchanged since the version already published, kept at their address.
    pub reused_blobs: usize,
}

/// Why a pack was not published. Nothing in the public folder changed.
#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    #[error("the pack has {} problem(s); fix them and build again", problems.len())]
    InvalidPack { problems: Vec<PackError> },
    #[error("{}: {reason}", path.display())]
    UnpublishableFile { path: PathBuf, reason: String },
    #[error("{}: pack `{published}` is published here; this pack is `{building}`", out.display())]
    OtherPack { out: PathBuf, published: String, building: String },
    #[error("version {building} is older than version {published} already published; raise `version` in pack.toml")]
    OlderVersion { building: u64, published: u64 },
    #[error("version {version} is already published with other files; raise `version` in pack.toml so phones take the change")]
    SameVersionChanged { version: u64 },
    #[error("version {version} is already published; raise `version` in pack.toml (required by --version-check)")]
    VersionNotRaised { version: u64 },
    #[error("signing failed: {reason}")]
    Signing { reason: String },
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> PublishError + '_ {
    move |source| PublishError::Io { path: path.to_owned(), source }
}

/// Opens the pack as the app will and returns every problem in every locale.
///
/// Fails when the pack cannot be opened at all or has any problem.
pub fn check_pack(content_dir: &Path) -> Result<Library, PublishError> {
    let library = Library::open(PackSource::Directory(content_dir.to_owned()))
        .map_err(|e| PublishError::InvalidPack { problems: vec![e] })?;
    let problems = library.check_all_locales();
    if problems.is_empty() {
        Ok(library)
    } else {
        Err(PublishError::InvalidPack { problems })
    }
}

/// Checks, signs and writes the pack in `options.content_dir` into `options.out`.
///
/// Fails when the pack has a problem, has a file that cannot be published, is another pack or an
/// older version than the one published in `out`, or the same version with other files; or when a
/// file cannot be read or written.
pub fn build(options: &BuildOptions, key: &SecretKey) -> Result<BuildReport, PublishError> {
    let library = check_pack(&options.content_dir)?;
    let info = library.info();
    let files = pack_files(&options.content_dir)?;
    let previous = published_manifest(&options.out);

    let mut pending: Vec<(Blob, Vec<u8>)> = Vec::new();
    let mut reused_blobs = 0;
    let mut entries = Vec::with_capacity(files.len());
    let mut bundle_input = Vec::new();
    for (relative, path) in &files {
        let bytes = fs::read(path).map_err(io(path))?;
        let sha256 = sha256_hex(&bytes);
        let reusable = previous.as_ref().and_then(|p| {
            p.files
                .iter()
                .find(|f| f.sha256 == sha256 && is_blob_intact(&options.out, &f.blob))
                .map(|f| f.blob.clone())
        });
        let blob = match reusable {
            Some(blob) => {
                reused_blobs += 1;
                blob
            }
            None => {
                let (blob, served) = encode_blob(&bytes, true);
                pending.push((blob.clone(), served));
                blob
            }
        };
        entries.push(FileEntry { path: relative.clone(), size: bytes.len() as u64, sha256, blob });
        bundle_input.extend_from_slice(&bytes);
    }
    let (bundle, served) = encode_blob(&bundle_input, false);
    pending.push((bundle.clone(), served));

    let manifest = Manifest {
        format: FORMAT,
        pack_id: info.id.clone(),
        version: info.version,
        created: options.now,
        expires: options.now.saturating_add(options.expires_in_days.saturating_mul(86_400)),
        files: entries,
        bundle: Some(bundle),
    };
    if let Some(previous) = &previous {
        check_against_published(options, previous, &manifest)?;
    }

    // Only now is anything written: blobs first, so that the manifest never names a missing one.
    let blobs_dir = options.out.join(BLOBS_DIR);
    fs::create_dir_all(&blobs_dir).map_err(io(&blobs_dir))?;
    let mut new_blobs = 0;
    for (blob, served) in &pending {
        if !is_blob_intact(&options.out, blob) {
            write_atomically(&options.out.join(&blob.address), served)?;
            new_blobs += 1;
        }
    }
    #[cfg(unix)]
    fs::File::open(&blobs_dir).and_then(|d| d.sync_all()).map_err(io(&blobs_dir))?;
    let manifest_bytes = manifest.to_json();
    let signature = sign(&manifest, &manifest_bytes, key)?;
    publish_atomically(&options.out, &manifest_bytes, signature.as_bytes())?;
    Ok(BuildReport { manifest, new_blobs, reused_blobs })
}

/// Signs the manifest's bytes and checks the signature as the app will, with the key's public half.
///
/// Fails when the key cannot sign (for example it is still encrypted).
pub fn sign(
    manifest: &Manifest,
    manifest_bytes: &[u8],
    key: &SecretKey,
) -> Result<String, PublishError> {
    let signing = |reason: String| PublishError::Signing { reason };
    let trusted_comment = format!(
        "haven pack {} version {} created {} expires {}",
        manifest.pack_id, manifest.version, manifest.created, manifest.expires
    );
    let signature = minisign::sign(
        None,
        key,
        manifest_bytes,
        Some(&trusted_comment),
        Some("signature of a Haven pack manifest"),
    )
    .map_err(|e| signing(e.to_string()))?
    .into_string();
    let public = public_key_text(key).map_err(|e| signing(e.to_string()))?;
    let trusted = TrustedKey::parse(&public).map_err(|e| signing(e.to_string()))?;
    verify_signature(manifest_bytes, signature.as_bytes(), &[trusted])
        .map_err(|e| signing(format!("the new signature does not verify: {e}")))?;
    Ok(signature)
}

/// The files of a pack folder, as `/`-separated relative paths, sorted: every regular file except
/// hidden ones and Markdown notes (as for the pack compiled into the app).
///
/// Fails on a symbolic link or special file, a path the client would refuse, or an unreadable folder.
pub fn pack_files(content_dir: &Path) -> Result<Vec<(String, PathBuf)>, PublishError> {
    let mut out = Vec::new();
    let mut stack = vec![(String::new(), content_dir.to_owned())];
    while let Some((prefix, dir)) = stack.pop() {
        for entry in fs::read_dir(&dir).map_err(io(&dir))? {
            let entry = entry.map_err(io(&dir))?;
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') || name.ends_with(".md") {
                continue;
            }
            let relative = if prefix.is_empty() { name } else { format!("{prefix}/{name}") };
            let kind = entry.file_type().map_err(io(&path))?;
            if kind.is_dir() {
                stack.push((relative, path));
            } else if kind.is_file() {
                check_pack_path(&relative).map_err(|e| PublishError::UnpublishableFile {
                    path: path.clone(),
                    reason: e.to_string(),
                })?;
                out.push((relative, path));
            } else {
                return Err(PublishError::UnpublishableFile {
                    path,
                    reason: "not a regular file (symbolic links are not published)".into(),
                });
            }
        }
    }
    out.sort();
    Ok(out)
}

/// The manifest already published in `out`, if there is a readable one. Its signature is not checked:
/// it only decides which blobs can be reused (each is hashed) and which version comes next.
pub fn published_manifest(out: &Path) -> Option<Manifest> {
    Manifest::from_json(&fs::read(out.join(MANIFEST_FILE)).ok()?).ok()
}

fn check_against_published(
    options: &BuildOptions,
    previous: &Manifest,
    manifest: &Manifest,
) -> Result<(), PublishError> {
    if previous.pack_id != manifest.pack_id {
        return Err(PublishError::OtherPack {
            out: options.out.clone(),
            published: previous.pack_id.clone(),
            building: manifest.pack_id.clone(),
        });
    }
    if manifest.version < previous.version {
        return Err(PublishError::OlderVersion {
            building: manifest.version,
            published: previous.version,
        });
    }
    if manifest.version == previous.version {
        if !manifest.has_same_files(previous) {
            return Err(PublishError::SameVersionChanged { version: manifest.version });
        }
        if options.require_new_version {
            return Err(PublishError::VersionNotRaised { version: manifest.version });
        }
    }
    Ok(())
}

fn is_blob_intact(out: &Path, blob: &Blob) -> bool {
    if Blob::canonical_address(&blob.sha256, blob.encoding) != blob.address {
        return false;
    }
    fs::read(out.join(&blob.address))
        .is_ok_and(|bytes| bytes.len() as u64 == blob.size && sha256_hex(&bytes) == blob.sha256)
}

/// The bytes to serve for `bytes`: gzipped, or as they are when `allow_identity` and gzip would not
/// make them smaller. Returns the blob that describes them.
fn encode_blob(bytes: &[u8], allow_identity: bool) -> (Blob, Vec<u8>) {
    let compressed = gzip(bytes);
    let (encoding, served) = if allow_identity && compressed.len() >= bytes.len() {
        (Encoding::Identity, bytes.to_vec())
    } else {
        (Encoding::Gzip, compressed)
    };
    let sha256 = sha256_hex(&served);
    let address = Blob::canonical_address(&sha256, encoding);
    (Blob { address, encoding, size: served.len() as u64, sha256 }, served)
}

/// gzip at the best level, with no file name or time in the header, so the same bytes always give
/// the same blob.
fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder: GzEncoder<Vec<u8>> =
        GzBuilder::new().mtime(0).write(Vec::new(), Compression::best());
    encoder.write_all(bytes).expect("writing to memory cannot fail");
    encoder.finish().expect("writing to memory cannot fail")
}

fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), PublishError> {
    let temporary = temporary_path(path);
    let result = (|| {
        let mut file = fs::File::create(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&temporary, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    result.map_err(io(path))
}

fn temporary_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(format!(".{}.tmp", std::process::id()));
    path.with_file_name(name)
}

/// Writes the signature, then the manifest, each by one rename. A client that reads between the two
/// renames gets a signature that does not match and simply tries again later.
fn publish_atomically(out: &Path, manifest: &[u8], signature: &[u8]) -> Result<(), PublishError> {
    write_atomically(&out.join(SIGNATURE_FILE), signature)?;
    write_atomically(&out.join(MANIFEST_FILE), manifest)?;
    #[cfg(unix)]
    fs::File::open(out).and_then(|d| d.sync_all()).map_err(io(out))?;
    Ok(())
}
