//! `haven-pack build`: check a pack exactly as the app will load it, then write it as a static site
//! that any web host or CDN can serve.
//!
//! ```text
//! PUBLIC_DIR/
//!   manifest.json          signed root of this version: one file list per group (the top-level
//!                          files, each locale, and each `audio/<locale>/` as an optional group
//!                          that phones download only when asked), see haven_sync::release
//!   manifest.json.minisig  its minisign signature
//!   blobs/<sha256>[.gz]    every file, delta, file list and the bundle, named by the hash of its
//!                          bytes as served: cacheable forever
//! ```
//!
//! Building into a folder that already holds a version keeps its blobs (phones and CDN caches may
//! still ask for them), reuses the blob of every unchanged file and the list of every unchanged group
//! so their addresses do not change, publishes each changed file also as a delta against the version
//! already there when that is smaller (see crate::site), and replaces the manifest with one
//! rename. It keeps the root documents in `roots/` (written by `haven-pack trust`) as they are, and
//! when there is a root it checks the signing key against it: a key the root does not name is
//! refused (phones would refuse what it signs), and a manifest published there by a key the root
//! does not name (a revoked, stolen key) is ignored, so the NGO can publish its real next version
//! over a thief's huge one.

use std::fs;
use std::path::{Path, PathBuf};

use haven_format::{PackRefused, PackSource};
use haven_library::Library;
use haven_lint::{self as lint, Diagnostic, LintReport};
use haven_sync::release::{
    check_pack_path, same_files, FileEntry, Manifest, BLOBS_DIR, MANIFEST_FILE, MAX_EXPIRY_DAYS,
    SIGNATURE_FILE,
};
use haven_sync::{verify_signature, TrustedKey};
use minisign::SecretKey;

use crate::site::{self, Layout, Published, VersionInfo};
use crate::trust::{site_root, TrustError};

/// A version this much above the one published gets a warning: phones that take it never accept a
/// lower one, so a typo in `pack.toml` (or a stolen key) cannot be taken back without a rotation.
pub const MAX_VERSION_JUMP: u64 = 10;

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
    /// The signed root manifest.
    pub manifest: Manifest,
    /// Every file of the version, as its file lists give them.
    pub files: Vec<FileEntry>,
    /// The lint's warnings: published anyway, but worth a look.
    pub warnings: Vec<Diagnostic>,
    /// Blobs written by this build: files, deltas, file lists and the bundle.
    pub new_blobs: usize,
    /// Files unchanged since the version already published, their blob kept at its address.
    pub reused_blobs: usize,
    /// Changed files that a phone with the version already published downloads as a delta.
    pub deltas: usize,
    /// Groups whose file list changed: of all the lists, a phone with the version already published
    /// downloads only these.
    pub changed_lists: usize,
    /// The version of the site's newest root, `None` when the site has none (phones that trust
    /// only a root key refuse it until `haven-pack trust` writes one).
    pub root_version: Option<u64>,
    /// The version published before, when this one is more than [`MAX_VERSION_JUMP`] above it.
    pub version_jump_from: Option<u64>,
    /// A version that was published in the folder by a key the root does not name, ignored.
    pub ignored_untrusted: Option<u64>,
}

/// Why a pack was not published. Nothing in the public folder changed.
#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    /// The lint found errors. `report` has every problem, warnings included.
    #[error("the pack has {} error(s); fix them and build again", report.error_count())]
    InvalidPack { report: LintReport },
    /// The loader refused the pack. The lint reports everything the loader refuses as an error, so
    /// `InvalidPack` comes first; this stops the build even if a rule is ever added to one alone.
    #[error("{refused}")]
    Unloadable { refused: Box<PackRefused> },
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
    /// Phones refuse a manifest that expires more than this far ahead, so it is never signed.
    #[error("--expires-in-days {days}: at most {MAX_EXPIRY_DAYS} days; phones refuse a signature that stays valid longer")]
    ExpiryTooLong { days: u64 },
    /// The signing key is not named by the site's newest root: phones would refuse the pack.
    #[error("{}: the signing key {key} is not in root version {root_version} there; add it with `haven-pack trust` first", out.display())]
    KeyNotInRoot { out: PathBuf, key: String, root_version: u64 },
    #[error(transparent)]
    Root(#[from] TrustError),
    #[error("the web edition: {0}")]
    WebEdition(#[from] crate::web_edition::WebError),
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

/// Lints the pack ([`haven_lint`], the checks the app's preview shows) and opens it as the app
/// will. Returns the opened pack and the lint's report, which has only warnings.
///
/// Fails when the lint finds any error, or the pack cannot be opened.
pub fn check_pack(content_dir: &Path) -> Result<(Library, LintReport), PublishError> {
    let report = lint::lint_dir(content_dir);
    if report.has_errors() {
        return Err(PublishError::InvalidPack { report });
    }
    let library = Library::open(PackSource::Directory(content_dir.to_owned()))
        .map_err(|refused| PublishError::Unloadable { refused: Box::new(refused) })?;
    Ok((library, report))
}

/// Checks, signs and writes the pack in `options.content_dir` into `options.out`.
///
/// Fails when the expiry is more than [`MAX_EXPIRY_DAYS`] away, the signing key is not in the site's
/// root, the pack has a problem, has a file that cannot be published, is another pack or an
/// older version than the one published in `out`, or the same version with other files; or when a
/// file cannot be read or written.
pub fn build(options: &BuildOptions, key: &SecretKey) -> Result<BuildReport, PublishError> {
    if options.expires_in_days > MAX_EXPIRY_DAYS {
        return Err(PublishError::ExpiryTooLong { days: options.expires_in_days });
    }
    let (library, lint_report) = check_pack(&options.content_dir)?;
    let info = library.info();
    let files = pack_files(&options.content_dir)?;
    let root = site_root(&options.out)?;
    let signing_key = signing_public_key(key)?;
    if let Some(root) = &root {
        if !root.signing_keys.iter().any(|k| k == signing_key.as_base64()) {
            return Err(PublishError::KeyNotInRoot {
                out: options.out.clone(),
                key: signing_key.as_base64().to_owned(),
                root_version: root.version,
            });
        }
    }
    let mut published = site::published_version(&options.out);
    let mut previous = published_manifest(&options.out);
    let mut ignored_untrusted = None;
    if let (Some(root), Some((_, version))) = (&root, &published) {
        if !is_signed_by(&options.out, &root.signing_key_set()) {
            ignored_untrusted = Some(*version);
            (published, previous) = (None, None);
        }
    }

    let mut contents = Vec::with_capacity(files.len());
    for (relative, path) in &files {
        contents.push((relative.clone(), fs::read(path).map_err(io(path))?));
    }
    let version = VersionInfo {
        pack_id: info.id.clone(),
        version: info.version,
        created: options.now,
        expires: options.now.saturating_add(options.expires_in_days.saturating_mul(86_400)),
    };
    let layout = site::lay_out(&version, &contents, &options.out, previous.as_ref());
    if let Some((id, version)) = &published {
        check_against_published(options, (id, *version), previous.as_ref(), &layout)?;
    }

    // Only now is anything written: blobs first, file lists among them, so that the manifest never
    // names a missing one.
    let blobs_dir = options.out.join(BLOBS_DIR);
    fs::create_dir_all(&blobs_dir).map_err(io(&blobs_dir))?;
    for (address, served) in &layout.blobs {
        write_atomically(&options.out.join(address), served)?;
    }
    let manifest_bytes = layout.manifest.to_json();
    let signature = sign(&layout.manifest, &manifest_bytes, key)?;
    publish_atomically(&options.out, &manifest_bytes, signature.as_bytes())?;
    let version_jump_from = published
        .map(|(_, published)| published)
        .filter(|&published| layout.manifest.version > published.saturating_add(MAX_VERSION_JUMP));
    Ok(BuildReport {
        root_version: root.map(|r| r.version),
        version_jump_from,
        ignored_untrusted,
        new_blobs: layout.blobs.len(),
        reused_blobs: layout.reused_files,
        deltas: layout.deltas,
        changed_lists: layout.changed_groups,
        manifest: layout.manifest,
        files: layout.files,
        warnings: lint_report.diagnostics,
    })
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
    let trusted = signing_public_key(key)?;
    verify_signature(manifest_bytes, signature.as_bytes(), &[trusted])
        .map_err(|e| signing(format!("the new signature does not verify: {e}")))?;
    Ok(signature)
}

/// The public half of a secret key.
fn signing_public_key(key: &SecretKey) -> Result<TrustedKey, PublishError> {
    let signing = |reason: String| PublishError::Signing { reason };
    let public = public_key_text(key).map_err(|e| signing(e.to_string()))?;
    TrustedKey::parse(&public).map_err(|e| signing(e.to_string()))
}

/// Whether the manifest published in `out` is signed by one of `keys`.
fn is_signed_by(out: &Path, keys: &[TrustedKey]) -> bool {
    let (Ok(bytes), Ok(signature)) =
        (fs::read(out.join(MANIFEST_FILE)), fs::read(out.join(SIGNATURE_FILE)))
    else {
        return false;
    };
    verify_signature(&bytes, &signature, keys).is_ok()
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

/// The version already published in `out`, if it is in this manifest format and readable. Its
/// signature is not checked: it only decides which blobs and lists can be reused (each is hashed) and
/// what deltas are made against.
pub fn published_manifest(out: &Path) -> Option<Published> {
    site::read_published(out)
}

/// Checks the new version against the pack id and version published in `out` (in any manifest
/// format) and, for the same version, against the files of `previous`.
fn check_against_published(
    options: &BuildOptions,
    (published_id, published_version): (&str, u64),
    previous: Option<&Published>,
    layout: &Layout,
) -> Result<(), PublishError> {
    let manifest = &layout.manifest;
    if published_id != manifest.pack_id {
        return Err(PublishError::OtherPack {
            out: options.out.clone(),
            published: published_id.to_owned(),
            building: manifest.pack_id.clone(),
        });
    }
    if manifest.version < published_version {
        return Err(PublishError::OlderVersion {
            building: manifest.version,
            published: published_version,
        });
    }
    if manifest.version == published_version {
        // A version published in an older manifest format may be signed again in this one; its
        // files cannot be compared.
        if previous.is_some_and(|p| !same_files(&p.files(), &layout.files)) {
            return Err(PublishError::SameVersionChanged { version: manifest.version });
        }
        if options.require_new_version {
            return Err(PublishError::VersionNotRaised { version: manifest.version });
        }
    }
    Ok(())
}

fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), PublishError> {
    haven_sync::durable::write_atomically(path, bytes).map_err(io(path))
}

/// Writes the signature, then the manifest, each by one rename. A client that reads between the two
/// renames gets a signature that does not match and simply tries again later.
fn publish_atomically(out: &Path, manifest: &[u8], signature: &[u8]) -> Result<(), PublishError> {
    write_atomically(&out.join(SIGNATURE_FILE), signature)?;
    write_atomically(&out.join(MANIFEST_FILE), manifest)
}
