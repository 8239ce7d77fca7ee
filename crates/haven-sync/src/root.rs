//! The root of trust: which signing keys may sign release manifests, said by offline root keys, in
//! a chain of versions each signed by the one before (The Update Framework's root role, small).
//!
//! The app embeds only the root public key(s) ([`RootKeys`]). The publisher's site holds every
//! root version ever published, kept forever:
//!
//! ```text
//! PUBLIC_DIR/roots/1.root.json          the first root
//! PUBLIC_DIR/roots/1.root.json.minisig  its minisign signature(s), one after the other
//! PUBLIC_DIR/roots/2.root.json          the next, after a rotation or to extend the expiry
//! ...
//! ```
//!
//! A root is JSON, one field a line, and the signatures are over its exact bytes, so no canonical
//! form is needed (the same choice as the release manifest):
//!
//! ```json
//! {
//! "format":1,
//! "version":2,
//! "created":1764460800,
//! "expires":1795996800,
//! "root_keys":["RWQ…"],
//! "root_threshold":1,
//! "signing_keys":["RWQ…"]
//! }
//! ```
//!
//! - `root_keys` and `root_threshold`: which keys sign the next root version, and how many of them
//!   must. Version 1 must be signed by the threshold of the keys built into the app.
//! - Version `n + 1` is accepted only when signed by the threshold of version `n`'s root keys and by
//!   its own threshold of its own root keys (so a root key can be replaced, and the new one must
//!   prove it is held), and only with exactly the version `n + 1`.
//! - `signing_keys`: the online keys that may sign `manifest.json`. A key left out of a new
//!   version is revoked: a phone that has the new root refuses what it signs, and stops counting
//!   the versions it signed against rollback, which is how a fast-forward by a stolen key is undone.
//! - `expires`: a phone refuses a site whose newest root has expired (a freeze by replaying an old
//!   root stops there). Older versions in the chain may have expired; only the newest counts.
//! - Unknown fields are refused.

use serde::{Deserialize, Serialize};

use crate::signature::{count_signers, SignatureError, TrustedKey};

/// The folder of root versions at the base address, and in the store.
pub const ROOTS_DIR: &str = "roots";
/// The root format this client reads.
pub const ROOT_FORMAT: u32 = 1;

/// The address of root `version`, relative to the base address.
pub fn root_file(version: u64) -> String {
    format!("{ROOTS_DIR}/{version}.root.json")
}

/// The address of the signatures of root `version`, relative to the base address.
pub fn root_signature_file(version: u64) -> String {
    format!("{ROOTS_DIR}/{version}.root.json.minisig")
}

/// The root public keys an app embeds, and how many of them must sign the first root version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RootKeys {
    pub keys: Vec<TrustedKey>,
    pub threshold: u32,
}

impl RootKeys {
    /// One root key, as `haven-pack keygen --role root` makes it.
    pub fn single(key: TrustedKey) -> RootKeys {
        RootKeys { keys: vec![key], threshold: 1 }
    }
}

/// One root version, as signed by the root keys.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Root {
    pub format: u32,
    /// 1 for the first root, then exactly one more for each.
    pub version: u64,
    /// When it was signed, Unix seconds.
    pub created: u64,
    /// After this Unix time a phone refuses the site until a newer root is published.
    pub expires: u64,
    /// The base64 key lines of the keys that sign the next root version.
    pub root_keys: Vec<String>,
    /// How many of `root_keys` must sign the next root version (and this one).
    pub root_threshold: u32,
    /// The base64 key lines of the keys that may sign release manifests.
    pub signing_keys: Vec<String>,
}

/// Why a root version was not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RootError {
    #[error("not a root document: {reason}")]
    Syntax { reason: String },
    #[error("root format {format} is not supported; this app reads format {ROOT_FORMAT}")]
    UnsupportedFormat { format: u32 },
    #[error("`{key}` is not a minisign public key")]
    InvalidKey { key: String },
    #[error("a threshold of {threshold} with {keys} root key(s): it must be from 1 to the number of keys")]
    InvalidThreshold { threshold: u32, keys: usize },
    #[error("it names no signing key, so no manifest could be accepted")]
    NoSigningKeys,
    #[error("a key is listed twice")]
    DuplicateKey,
    #[error("expires ({expires}) before it was created ({created})")]
    ExpiresBeforeCreated { created: u64, expires: u64 },
    #[error("the signatures cannot be read: {source}")]
    Signature { source: SignatureError },
    /// Not signed by enough of the keys trusted to sign it: the previous root's (or the app's, for
    /// version 1), or its own.
    #[error("signed by {found} of the {needed} {whose} root key(s) it needs")]
    TooFewSignatures { needed: u32, found: usize, whose: &'static str },
    #[error("is version {found}; version {expected} was expected (root versions go up by one)")]
    WrongVersion { expected: u64, found: u64 },
}

impl Root {
    /// Parses a root's bytes and checks its shape. Call only after the signatures over these bytes
    /// check out against the trusted root keys.
    ///
    /// Fails when the JSON is not a root of this format (unknown fields included), a key is not a
    /// minisign key or is listed twice, the threshold cannot be met, no signing key is named, or it
    /// expires before it was created.
    pub fn from_json(bytes: &[u8]) -> Result<Root, RootError> {
        let root: Root = serde_json::from_slice(bytes)
            .map_err(|e| RootError::Syntax { reason: e.to_string() })?;
        root.check()?;
        Ok(root)
    }

    fn check(&self) -> Result<(), RootError> {
        if self.format != ROOT_FORMAT {
            return Err(RootError::UnsupportedFormat { format: self.format });
        }
        let keys = self.root_keys.len();
        if self.root_threshold == 0 || self.root_threshold as usize > keys {
            return Err(RootError::InvalidThreshold { threshold: self.root_threshold, keys });
        }
        if self.signing_keys.is_empty() {
            return Err(RootError::NoSigningKeys);
        }
        for list in [&self.root_keys, &self.signing_keys] {
            let mut seen = std::collections::HashSet::new();
            for key in list {
                TrustedKey::parse(key).map_err(|_| RootError::InvalidKey { key: key.clone() })?;
                if !seen.insert(key) {
                    return Err(RootError::DuplicateKey);
                }
            }
        }
        if self.expires < self.created {
            return Err(RootError::ExpiresBeforeCreated {
                created: self.created,
                expires: self.expires,
            });
        }
        Ok(())
    }

    /// The root as published: JSON with one field a line.
    pub fn to_json(&self) -> Vec<u8> {
        let list = |keys: &[String]| serde_json::to_string(keys).expect("strings serialize");
        format!(
            "{{\n\"format\":{},\n\"version\":{},\n\"created\":{},\n\"expires\":{},\n\
            \"root_keys\":{},\n\"root_threshold\":{},\n\"signing_keys\":{}\n}}\n",
            self.format,
            self.version,
            self.created,
            self.expires,
            list(&self.root_keys),
            self.root_threshold,
            list(&self.signing_keys),
        )
        .into_bytes()
    }

    /// The keys that sign the next root version, and how many must.
    pub fn root_key_set(&self) -> RootKeys {
        RootKeys { keys: parse_keys(&self.root_keys), threshold: self.root_threshold }
    }

    /// The keys that may sign release manifests.
    pub fn signing_key_set(&self) -> Vec<TrustedKey> {
        parse_keys(&self.signing_keys)
    }
}

fn parse_keys(lines: &[String]) -> Vec<TrustedKey> {
    // A checked root's keys all parse.
    lines.iter().filter_map(|k| TrustedKey::parse(k).ok()).collect()
}

/// Checks the bytes and signatures of a root offered as version `expected`, after a root (or the
/// keys built into the app) whose root keys are `trusted`, and reads it.
///
/// The order is TUF's: the signatures of the trusted root keys first, over the exact bytes, before
/// anything parses them; then the shape and the version; then its own root keys' signatures.
///
/// Fails when too few of the trusted keys signed it (a root made with a root key this phone never
/// trusted), it is not a root of this format, it is not version `expected` (a skipped or replayed
/// version), or too few of its own root keys signed it.
pub fn verify_next(
    bytes: &[u8],
    signatures: &[u8],
    trusted: &RootKeys,
    expected: u64,
) -> Result<Root, RootError> {
    check_threshold(bytes, signatures, trusted, "trusted")?;
    let root = Root::from_json(bytes)?;
    if root.version != expected {
        return Err(RootError::WrongVersion { expected, found: root.version });
    }
    check_threshold(bytes, signatures, &root.root_key_set(), "new root's own")?;
    Ok(root)
}

fn check_threshold(
    bytes: &[u8],
    signatures: &[u8],
    keys: &RootKeys,
    whose: &'static str,
) -> Result<(), RootError> {
    let found = count_signers(bytes, signatures, &keys.keys)
        .map_err(|source| RootError::Signature { source })?;
    if keys.threshold == 0 || found < keys.threshold as usize {
        return Err(RootError::TooFewSignatures { needed: keys.threshold, found, whose });
    }
    Ok(())
}

/// What a sync, and the store, trust to say which keys sign release manifests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trust {
    /// The root public keys built into the app: the signing keys come from the newest root of the
    /// chain this device has verified, so they can be rotated and revoked from the site. What the
    /// app uses.
    Root(RootKeys),
    /// Signing keys fixed by the caller, with no root. Nothing can rotate or revoke them: if one is
    /// stolen, only a new build without it retires what it signed, and a fast-forward it signed
    /// holds until then. For sites published before roots existed, and for tests of the manifest
    /// alone.
    SigningKeys(Vec<TrustedKey>),
}

impl From<Vec<TrustedKey>> for Trust {
    fn from(keys: Vec<TrustedKey>) -> Trust {
        Trust::SigningKeys(keys)
    }
}

impl From<RootKeys> for Trust {
    fn from(keys: RootKeys) -> Trust {
        Trust::Root(keys)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY_A: &str = "RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3";
    const KEY_B: &str = "RWTAPRW2qy9FjsBiMRwVNP9Y2D6fk54XXuZGb0ECclKh3WvmBrmrGSnD";

    fn root() -> Root {
        Root {
            format: ROOT_FORMAT,
            version: 1,
            created: 10,
            expires: 20,
            root_keys: vec![KEY_A.into()],
            root_threshold: 1,
            signing_keys: vec![KEY_B.into()],
        }
    }

    #[test]
    fn the_published_json_reads_back_as_the_same_root() {
        assert_eq!(Root::from_json(&root().to_json()).unwrap(), root());
    }

    #[test]
    fn a_root_that_could_never_be_met_or_used_is_refused() {
        let refused = |root: Root| Root::from_json(&root.to_json()).unwrap_err();
        assert!(matches!(
            refused(Root { root_threshold: 2, ..root() }),
            RootError::InvalidThreshold { threshold: 2, keys: 1 }
        ));
        assert!(matches!(
            refused(Root { root_threshold: 0, ..root() }),
            RootError::InvalidThreshold { .. }
        ));
        assert_eq!(refused(Root { signing_keys: vec![], ..root() }), RootError::NoSigningKeys);
        assert_eq!(
            refused(Root { signing_keys: vec![KEY_B.into(), KEY_B.into()], ..root() }),
            RootError::DuplicateKey
        );
        assert!(matches!(
            refused(Root { signing_keys: vec!["not a key".into()], ..root() }),
            RootError::InvalidKey { .. }
        ));
        assert!(matches!(
            refused(Root { expires: 5, ..root() }),
            RootError::ExpiresBeforeCreated { .. }
        ));
        assert!(matches!(
            refused(Root { format: 2, ..root() }),
            RootError::UnsupportedFormat { .. }
        ));
    }

    #[test]
    fn unknown_fields_are_refused() {
        let mut json: serde_json::Value = serde_json::from_slice(&root().to_json()).unwrap();
        json["extra_signing_keys"] = serde_json::json!([KEY_A]);
        let bytes = serde_json::to_vec(&json).unwrap();
        assert!(matches!(Root::from_json(&bytes), Err(RootError::Syntax { .. })));
    }

    #[test]
    fn a_root_with_no_valid_signature_is_refused_before_it_is_read() {
        let trusted = RootKeys::single(TrustedKey::parse(KEY_A).unwrap());
        let error = verify_next(b"not even json", b"", &trusted, 1).unwrap_err();
        assert!(matches!(error, RootError::Signature { .. }), "{error}");
    }
}
