//! Why a sync was refused, or why the store could not be used.
//!
//! Every variant names where: the URL or the path, and the values that did not agree (expected and
//! actual size or hash, offered and installed version, expiry). A refusal never changes the pack in use;
//! the app shows the reason and keeps what it had.

use std::path::PathBuf;

use haven_format::Diagnostic;

use crate::release::ManifestError;
use crate::root::RootError;
use crate::signature::SignatureError;

/// What a refusal means to a reader: try again later, or what arrived was not what the publisher
/// signed, or neither (this device, this build, or a name the release does not have).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cause {
    /// The server could not be reached, or stopped answering: trying again later may work.
    Unreachable,
    /// What the server sent is not what the publisher signed, or not acceptable (expired, older,
    /// another pack, too large): it was refused.
    Untrusted,
    /// Neither: the address this build has, this device's disk or stored copy, or a group the
    /// release does not offer.
    Other,
}

impl Cause {
    /// Its kebab-case name, as the app's interface receives it.
    pub fn as_str(self) -> &'static str {
        match self {
            Cause::Unreachable => "unreachable",
            Cause::Untrusted => "untrusted",
            Cause::Other => "other",
        }
    }
}

/// A sync that did not install a new pack, or a store that could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// The address is not `https://`, and not a loopback address where plain `http://` is allowed.
    #[error(
        "{url}: only https:// addresses are allowed (plain http only on this device's loopback)"
    )]
    InsecureUrl { url: String },

    /// The address cannot be parsed, or cannot be used as a base for the pack's files.
    #[error("{url}: not a usable address: {reason}")]
    InvalidUrl { url: String, reason: String },

    /// The HTTP client could not be set up (for example no TLS configuration).
    #[error("the HTTP client could not be set up: {reason}")]
    Client { reason: String },

    /// The server could not be reached, the connection broke, or it stalled past the read timeout.
    #[error("{url}: {source}")]
    Network {
        url: String,
        #[source]
        source: reqwest::Error,
    },

    /// The server answered with a status other than the one expected.
    #[error("{url}: the server answered HTTP {status}")]
    UnexpectedStatus { url: String, status: u16 },

    /// A response was longer than the manifest or the limits allow: the download was cut off there.
    #[error("{url}: more than the {limit} bytes allowed; the download was stopped")]
    TooLarge { url: String, limit: u64 },

    /// A response ended before the size the manifest declares.
    #[error("{url}: ended after {received} of {expected} bytes")]
    Truncated { url: String, expected: u64, received: u64 },

    /// The manifest's signature is missing, malformed, or not made by a trusted key.
    #[error("{url}: {source}")]
    Signature {
        url: String,
        #[source]
        source: SignatureError,
    },

    /// The manifest is signed but is not a manifest this client accepts.
    #[error("{url}: {source}")]
    Manifest {
        url: String,
        #[source]
        source: ManifestError,
    },

    /// The site has no root document where the chain must start (`roots/1.root.json`), and the app
    /// trusts only root keys: the publisher has not run `haven-pack trust` yet.
    #[error("{url}: no root document; the publisher must sign one with `haven-pack trust`")]
    NoRoot { url: String },

    /// A root version is not signed by enough of the root keys this device trusts: a root made
    /// with a root key it never trusted, or a root changed after signing.
    #[error("{url}: root version {version}: {source}")]
    RootSignature {
        url: String,
        version: u64,
        #[source]
        source: RootError,
    },

    /// A root version says another version than its place in the chain: a skipped or replayed
    /// version.
    #[error("{url}: is root version {found}; the next root must be version {expected}")]
    RootVersion { url: String, expected: u64, found: u64 },

    /// A signed root document is not one this client accepts.
    #[error("{url}: {source}")]
    RootInvalid {
        url: String,
        #[source]
        source: RootError,
    },

    /// The newest root has expired: the server may be replaying an old state, or the publisher has
    /// not re-signed the root in time (`haven-pack trust` again).
    #[error("{url}: root version {version} expired at {expires} (Unix time), now is {now}")]
    RootExpired { url: String, version: u64, expires: u64, now: u64 },

    /// More new root versions than [`crate::Limits::max_root_updates`] in one sync.
    #[error("{url}: more than {limit} new root versions in one sync")]
    TooManyRootUpdates { url: String, limit: u64 },

    /// The manifest is for another pack than the one in use.
    #[error("{url}: the pack `{actual}` is not the pack in use, `{expected}`")]
    WrongPack { url: String, expected: String, actual: String },

    /// The manifest's expiry has passed: the server may be replaying an old state (a freeze attack),
    /// or the publisher has not re-signed in time.
    #[error("{url}: version {version} expired at {expires} (Unix time), now is {now}")]
    Expired { url: String, version: u64, expires: u64, now: u64 },

    /// The manifest expires further in the future than [`crate::Limits::max_expiry_ahead`] allows:
    /// replayed by a hostile server, it would freeze a phone on it for that long.
    #[error("{url}: version {version} expires at {expires} (Unix time), after the latest expiry accepted, {limit}")]
    ExpiresTooLate { url: String, version: u64, expires: u64, limit: u64 },

    /// The sync took longer than [`crate::Limits::sync_deadline`] in all: a server sending a byte
    /// now and then would otherwise keep it open for months.
    #[error("{url}: the sync was given up after {seconds} s in all (its overall deadline)")]
    DeadlineExceeded { url: String, seconds: u64 },

    /// The manifest offers an older version than the one in use (a rollback).
    #[error("{url}: offers version {offered}, older than version {installed} in use")]
    Rollback { url: String, offered: u64, installed: u64 },

    /// The manifest offers the version in use but with different files: the publisher changed the
    /// pack without raising its version, or someone replays a different signed manifest.
    #[error("{url}: version {version} with different files than the installed version {version}")]
    ChangedWithoutNewVersion { url: String, version: u64 },

    /// The reader asked for an optional group that the published version does not have (or has, but
    /// not as an optional group): nothing to download.
    #[error("{url}: version {version} has no optional group `{name}`")]
    UnknownGroup { url: String, version: u64, name: String },

    /// An optional group declares more bytes than [`crate::Limits::max_optional_group_bytes`]: it is
    /// not downloaded.
    #[error("{url}: the optional group `{name}` takes {bytes} bytes; at most {limit} are allowed")]
    GroupTooLarge { url: String, name: String, bytes: u64, limit: u64 },

    /// Downloaded bytes do not have the size or the hash the signed manifest or list gives.
    #[error("{url}: {path}: SHA-256 is {actual}, the manifest says {expected}")]
    HashMismatch { url: String, path: String, expected: String, actual: String },

    /// A file in the store has another size than the signed manifest or list gives: it was damaged
    /// on disk or changed by something other than a sync. A damaged entry of the cache has been
    /// removed, so that the next sync downloads it again.
    #[error("{}: {found} bytes, the signed manifest says {expected}", path.display())]
    StoredSizeMismatch { path: PathBuf, expected: u64, found: u64 },

    /// A file in the store has another SHA-256 than the signed manifest or list gives: it was
    /// damaged on disk or changed by something other than a sync. A damaged entry of the cache has
    /// been removed, so that the next sync downloads it again.
    #[error("{}: SHA-256 is {found}, the signed manifest says {expected}", path.display())]
    StoredHashMismatch { path: PathBuf, expected: String, found: String },

    /// The signed manifest stored in an installed version's folder names another version: the
    /// folder was renamed or copied by something other than a sync. Nothing was offered, so this is
    /// not a rollback; the version is not used.
    #[error("{}: names version {found}, but is stored as version {expected}", path.display())]
    StoredVersionMismatch { path: PathBuf, expected: u64, found: u64 },

    /// An installed version's folder holds a file, link or special file that its signed lists do
    /// not name.
    #[error("{}: not a file the signed lists name", path.display())]
    UnlistedFile { path: PathBuf },

    /// A compressed file decompressed to more or fewer bytes than the manifest declares.
    #[error("{url}: decompresses to a size other than the {expected} bytes declared")]
    DecompressedSize { url: String, expected: u64 },

    /// A compressed file is not valid gzip.
    #[error("{url}: cannot be decompressed: {reason}")]
    Decompress { url: String, reason: String },

    /// A delta's instructions are malformed or copy from outside the file they apply to.
    #[error("{url}: not a usable delta: {reason}")]
    Delta { url: String, reason: String },

    /// The downloaded pack is complete and intact but the engine cannot use it as it is.
    #[error("{}: the pack has {} problem(s), the first: {}", dir.display(), problems.len(),
        problems.first().map_or_else(String::new, ToString::to_string))]
    InvalidPack { dir: PathBuf, problems: Vec<Diagnostic> },

    /// The runtime shut down while the sync was working on the store; the pack in use is unchanged.
    #[error("the sync was cancelled")]
    Cancelled,

    /// Reading or writing the store failed (for example a full or read-only disk).
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl SyncError {
    pub(crate) fn io(path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> SyncError {
        let path = path.into();
        move |source| SyncError::Io { path, source }
    }

    /// What the refusal means to a reader, for the words the app shows. Every kind is placed here,
    /// so a new one cannot be left out.
    pub fn cause(&self) -> Cause {
        use SyncError::*;
        match self {
            Network { .. }
            | Client { .. }
            | UnexpectedStatus { .. }
            | Truncated { .. }
            | DeadlineExceeded { .. }
            | Cancelled => Cause::Unreachable,
            TooLarge { .. }
            | Signature { .. }
            | Manifest { .. }
            | NoRoot { .. }
            | RootSignature { .. }
            | RootVersion { .. }
            | RootInvalid { .. }
            | RootExpired { .. }
            | TooManyRootUpdates { .. }
            | WrongPack { .. }
            | Expired { .. }
            | ExpiresTooLate { .. }
            | Rollback { .. }
            | ChangedWithoutNewVersion { .. }
            | GroupTooLarge { .. }
            | HashMismatch { .. }
            | UnlistedFile { .. }
            | DecompressedSize { .. }
            | Decompress { .. }
            | Delta { .. }
            | InvalidPack { .. } => Cause::Untrusted,
            InsecureUrl { .. }
            | InvalidUrl { .. }
            | UnknownGroup { .. }
            | StoredSizeMismatch { .. }
            | StoredHashMismatch { .. }
            | StoredVersionMismatch { .. }
            | Io { .. } => Cause::Other,
        }
    }

    /// A short, stable name for the kind of refusal, for logs and for the UI to branch on.
    pub fn kind(&self) -> &'static str {
        match self {
            SyncError::InsecureUrl { .. } => "insecure-url",
            SyncError::InvalidUrl { .. } => "invalid-url",
            SyncError::Client { .. } => "client",
            SyncError::Network { .. } => "network",
            SyncError::UnexpectedStatus { .. } => "unexpected-status",
            SyncError::TooLarge { .. } => "too-large",
            SyncError::Truncated { .. } => "truncated",
            SyncError::Signature { .. } => "signature",
            SyncError::Manifest { .. } => "manifest",
            SyncError::NoRoot { .. } => "no-root",
            SyncError::RootSignature { .. } => "root-signature",
            SyncError::RootVersion { .. } => "root-version",
            SyncError::RootInvalid { .. } => "root-invalid",
            SyncError::RootExpired { .. } => "root-expired",
            SyncError::TooManyRootUpdates { .. } => "too-many-root-updates",
            SyncError::WrongPack { .. } => "wrong-pack",
            SyncError::Expired { .. } => "expired",
            SyncError::ExpiresTooLate { .. } => "expires-too-late",
            SyncError::DeadlineExceeded { .. } => "deadline-exceeded",
            SyncError::Rollback { .. } => "rollback",
            SyncError::ChangedWithoutNewVersion { .. } => "changed-without-new-version",
            SyncError::UnknownGroup { .. } => "unknown-group",
            SyncError::GroupTooLarge { .. } => "group-too-large",
            SyncError::HashMismatch { .. } => "hash-mismatch",
            SyncError::StoredSizeMismatch { .. } => "stored-size-mismatch",
            SyncError::StoredHashMismatch { .. } => "stored-hash-mismatch",
            SyncError::StoredVersionMismatch { .. } => "stored-version-mismatch",
            SyncError::UnlistedFile { .. } => "unlisted-file",
            SyncError::DecompressedSize { .. } => "decompressed-size",
            SyncError::Decompress { .. } => "decompress",
            SyncError::Delta { .. } => "delta",
            SyncError::InvalidPack { .. } => "invalid-pack",
            SyncError::Cancelled => "cancelled",
            SyncError::Io { .. } => "io",
        }
    }
}
