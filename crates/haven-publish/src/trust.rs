//! `haven-pack trust`: the next root version of a site, signed with the offline root key(s), which
//! names the signing keys phones accept (see [`haven_sync::root`] for the format and the chain).
//!
//! ```text
//! PUBLIC_DIR/roots/<n>.root.json          every root version, kept forever: a phone that has
//! PUBLIC_DIR/roots/<n>.root.json.minisig  version 1 walks the chain up to the newest
//! ```
//!
//! The new version keeps the root keys and threshold of the version before it (the first takes the
//! keys it is signed with, threshold 1), names exactly the signing keys given (a key left out is
//! revoked), and is checked as a phone will check it before it is written.

use std::fs;
use std::path::{Path, PathBuf};

use haven_sync::root::{root_file, root_signature_file, verify_next, Root, RootError, ROOT_FORMAT};
use haven_sync::TrustedKey;
use minisign::SecretKey;

use crate::keys::public_key_text;

/// The longest a root may be valid, in days: ten years.
pub const MAX_ROOT_DAYS: u64 = 3650;

/// What `trust` needs.
#[derive(Debug, Clone)]
pub struct TrustOptions {
    pub public_dir: PathBuf,
    /// The keys that may sign manifests from this root on; any other is revoked.
    pub signing_keys: Vec<TrustedKey>,
    /// Unix seconds to record as the creation time.
    pub now: u64,
    pub expires_in_days: u64,
}

/// Why a root was not written. Nothing in the public folder changed.
#[derive(Debug, thiserror::Error)]
pub enum TrustError {
    /// The root keys given are not enough of the keys that must sign the next version.
    #[error("{}: the root key(s) given are not those of root version {version} published there ({source}); use the root key that signed it", public_dir.display())]
    NotTheRootKey {
        public_dir: PathBuf,
        version: u64,
        #[source]
        source: RootError,
    },
    /// A root version already in the site does not verify as the next link of its chain.
    #[error("{}: {source}; the chain of roots is broken there", path.display())]
    BrokenChain {
        path: PathBuf,
        #[source]
        source: RootError,
    },
    #[error("--expires-days must be from 1 to {MAX_ROOT_DAYS}, not {days}")]
    InvalidExpiry { days: u64 },
    #[error("the new root is not valid: {source}")]
    InvalidRoot {
        #[source]
        source: RootError,
    },
    #[error("signing failed: {reason}")]
    Signing { reason: String },
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl TrustError {
    /// A short, stable name for the kind of error.
    pub fn kind(&self) -> &'static str {
        match self {
            TrustError::NotTheRootKey { .. } => "not-the-root-key",
            TrustError::BrokenChain { .. } => "broken-chain",
            TrustError::InvalidExpiry { .. } => "invalid-expiry",
            TrustError::InvalidRoot { .. } => "invalid-root",
            TrustError::Signing { .. } => "signing",
            TrustError::Io { .. } => "io",
        }
    }
}

/// The newest root published in `public_dir`, its chain verified from version 1 (signed by its
/// own root keys) up; `None` when the site has no root.
///
/// Fails when a version there does not verify as the next link of the chain.
pub fn site_root(public_dir: &Path) -> Result<Option<Root>, TrustError> {
    let mut newest: Option<Root> = None;
    for version in 1.. {
        let path = public_dir.join(root_file(version));
        let Ok(bytes) = fs::read(&path) else { break };
        let signature_path = public_dir.join(root_signature_file(version));
        let signatures = fs::read(&signature_path)
            .map_err(|source| TrustError::Io { path: signature_path, source })?;
        let keys = match &newest {
            Some(root) => root.root_key_set(),
            None => Root::from_json(&bytes)
                .map_err(|source| TrustError::BrokenChain { path: path.clone(), source })?
                .root_key_set(),
        };
        let root = verify_next(&bytes, &signatures, &keys, version)
            .map_err(|source| TrustError::BrokenChain { path, source })?;
        newest = Some(root);
    }
    Ok(newest)
}

/// Writes the next root version into `options.public_dir`, signed with `root_keys`, naming
/// `options.signing_keys`, and returns it.
///
/// Fails when the expiry is out of range, the site's chain of roots is broken, the root keys given
/// are not enough of the previous version's (or, for a first root, a signing key list is empty or
/// repeats a key), signing fails, or a file cannot be written.
pub fn publish_root(options: &TrustOptions, root_keys: &[SecretKey]) -> Result<Root, TrustError> {
    if options.expires_in_days == 0 || options.expires_in_days > MAX_ROOT_DAYS {
        return Err(TrustError::InvalidExpiry { days: options.expires_in_days });
    }
    let signing = |e: &dyn std::fmt::Display| TrustError::Signing { reason: e.to_string() };
    let mut own_keys = Vec::with_capacity(root_keys.len());
    for key in root_keys {
        let public = public_key_text(key).map_err(|e| signing(&e))?;
        own_keys.push(TrustedKey::parse(&public).map_err(|e| signing(&e))?);
    }
    let previous = site_root(&options.public_dir)?;
    let (version, root_key_lines, root_threshold) = match &previous {
        Some(root) => (root.version + 1, root.root_keys.clone(), root.root_threshold),
        None => (1, own_keys.iter().map(|k| k.as_base64().to_owned()).collect(), 1),
    };
    let root = Root {
        format: ROOT_FORMAT,
        version,
        created: options.now,
        expires: options.now.saturating_add(options.expires_in_days.saturating_mul(86_400)),
        root_keys: root_key_lines,
        root_threshold,
        signing_keys: options.signing_keys.iter().map(|k| k.as_base64().to_owned()).collect(),
    };
    let bytes = root.to_json();
    Root::from_json(&bytes).map_err(|source| TrustError::InvalidRoot { source })?;
    let signatures = sign_root(&root, &bytes, root_keys)?;

    // Checked as a phone checks it: by the previous version's root keys (the first by its own).
    let trusted = previous.as_ref().unwrap_or(&root).root_key_set();
    verify_next(&bytes, signatures.as_bytes(), &trusted, version).map_err(
        |source| match source {
            RootError::TooFewSignatures { .. } => TrustError::NotTheRootKey {
                public_dir: options.public_dir.clone(),
                version: version - 1,
                source,
            },
            source => TrustError::InvalidRoot { source },
        },
    )?;

    let folder = options.public_dir.join(haven_sync::root::ROOTS_DIR);
    fs::create_dir_all(&folder)
        .map_err(|source| TrustError::Io { path: folder.clone(), source })?;
    // The signatures first: a phone that reads between the two sees no root yet, or a whole one.
    for (relative, contents) in
        [(root_signature_file(version), signatures.as_bytes()), (root_file(version), &bytes[..])]
    {
        let path = options.public_dir.join(relative);
        haven_sync::durable::write_atomically(&path, contents)
            .map_err(|source| TrustError::Io { path, source })?;
    }
    Ok(root)
}

/// The signatures of every key in `root_keys` over the root's bytes, one after the other.
///
/// Fails when a key cannot sign.
pub fn sign_root(root: &Root, bytes: &[u8], root_keys: &[SecretKey]) -> Result<String, TrustError> {
    let trusted_comment = format!(
        "haven root version {} created {} expires {}",
        root.version, root.created, root.expires
    );
    let mut signatures = String::new();
    for key in root_keys {
        let signature = minisign::sign(
            None,
            key,
            bytes,
            Some(&trusted_comment),
            Some("signature of a Haven root document"),
        )
        .map_err(|e| TrustError::Signing { reason: e.to_string() })?
        .into_string();
        signatures += signature.trim_end();
        signatures.push('\n');
    }
    Ok(signatures)
}
