//! The signed manifest and the file lists it pins: what a published pack version is, file by file.
//!
//! `haven-pack build` writes them and the client reads them, from this one definition. The signed
//! root, `manifest.json`, is small and names one file list per group of files (the files at the top of
//! the pack are the group `.`, each folder, that is each locale, is a group of its own):
//!
//! ```json
//! {
//! "format":2,
//! "pack_id":"dk.haven",
//! "version":2,
//! "created":1764460800,
//! "expires":1772236800,
//! "bundle":{"sha256":"…","size":113000,"encoding":"gzip"},
//! "groups":[
//! {"name":".","sha256":"…","size":310},
//! {"name":"en","sha256":"…","size":690}
//! ]}
//! ```
//!
//! A group may be optional (`{"name":"audio/da","sha256":"…","size":420,"optional":true,"bytes":2100000}`):
//! its files are downloaded only when the reader asks for them (one language's voice), and `bytes`,
//! the sum of its files' sizes, is what the app shows before the download. Which groups there are,
//! and which are optional, follows from the paths by one rule, [`group_of`] and [`is_optional_group`],
//! that `haven-pack build` and the client share: the files at the top form the group `.`, each folder
//! its own group, except under `audio/`, where each folder `audio/<locale>/` is a group, and an
//! optional one. A manifest with an optional group is of format 3 ([`OPTIONAL_GROUPS_FORMAT`]); one
//! without is of format 2, byte for byte as before, so that an app that reads only format 2 keeps
//! taking the updates of a pack without audio. Such an app refuses a format-3 manifest as "format 3
//! is not supported" (its `deny_unknown_fields` would refuse the new fields anyway) and keeps the
//! pack it has: a pack with audio reaches it only once the app is updated.
//!
//! A group's file list is a gzipped blob at `blobs/<sha256>.gz`, its hash and size as the root gives
//! them, holding one line per file:
//!
//! ```json
//! {"files":[
//! {"path":"en/help-now.ftl","size":2416,"sha256":"…","blob":{"sha256":"…","size":1070,"encoding":"gzip"},
//!  "delta":{"base":"…","blob":{"sha256":"…","size":41,"encoding":"identity"}}}
//! ]}
//! ```
//!
//! - `created` and `expires` are Unix times in seconds (UTC).
//! - A file's `sha256` and `size` are those of the file itself; its `blob` is the file as served, named
//!   by the hash of those bytes: `blobs/<blob sha256>` or `blobs/<blob sha256>.gz`. Addresses are not
//!   written down: they follow from the hash, so an address can never mean other bytes and can be
//!   cached forever, and an unchanged file keeps its blob and so its address.
//! - The optional `delta` rebuilds the file from the file whose hash is `base` (the same path in the
//!   version published before), with the instructions of [`super::delta`]. The client uses it when it
//!   has that base, and checks the result against the file's own `sha256` like any download.
//! - An unchanged group keeps its list byte for byte, so its hash does not change and a client that
//!   has it never downloads it again: an update costs the root, its signature, the lists of the groups
//!   that changed, and the changed files.
//! - The optional `bundle` is every file of the groups that are not optional, in the order of the groups and then of each list,
//!   concatenated and gzipped as one blob: cheaper than one request per file for a first sync.
//! - Unknown fields are refused: a manifest this client does not fully understand is not used.
//!
//! Every byte installed is pinned by the one signature: the root pins each list by its hash, a list
//! pins each file and blob by theirs.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The manifest's file name at the base address.
pub const MANIFEST_FILE: &str = "manifest.json";
/// The minisign signature of the manifest's exact bytes.
pub const SIGNATURE_FILE: &str = "manifest.json.minisig";
/// The folder of content-addressed blobs (files, deltas, bundles, file lists) at the base address.
pub const BLOBS_DIR: &str = "blobs";
/// The manifest format of a version without optional groups: what every client since format 2 reads.
pub const FORMAT: u32 = 2;
/// The manifest format of a version with at least one optional group (new fields in [`GroupRef`]).
/// This client reads both.
pub const OPTIONAL_GROUPS_FORMAT: u32 = 3;
/// The folder whose subfolders are each one optional group: `audio/<locale>/`, one language's voice.
pub use haven_format::AUDIO_FOLDER as AUDIO_DIR;
/// The most days a manifest may be signed to stay valid: `haven-pack build` refuses more, and the
/// client refuses a manifest expiring later than this from now (see `Limits::max_expiry_ahead`).
pub const MAX_EXPIRY_DAYS: u64 = 366;
/// The group of the files at the top of the pack, such as `pack.toml`. It cannot be a folder's name.
pub const TOP_GROUP: &str = ".";

/// A published version of a pack, as signed by the publisher.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub format: u32,
    /// The `id` of `pack.toml`.
    pub pack_id: String,
    /// The `version` of `pack.toml`.
    pub version: u64,
    /// When it was signed, Unix seconds.
    pub created: u64,
    /// After this Unix time the client refuses it, so a server cannot replay it forever.
    pub expires: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bundle: Option<Blob>,
    /// One file list per group, sorted by name.
    pub groups: Vec<GroupRef>,
}

/// Where a group's file list is, and what it must hash to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupRef {
    /// [`TOP_GROUP`] or the name of a folder at the top of the pack, such as `en`.
    pub name: String,
    /// SHA-256 of the gzipped list as served, lower-case hex.
    pub sha256: String,
    /// Size of the gzipped list as served: the download is cut off past it.
    pub size: u64,
    /// Whether the group is downloaded only when the reader asks for it (see [`is_optional_group`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub optional: bool,
    /// For an optional group, the sum of its files' sizes: shown before the download, and checked
    /// against its list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bytes: Option<u64>,
}

/// The files of one group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileList {
    pub files: Vec<FileEntry>,
}

/// One file of the pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileEntry {
    /// Relative to the pack folder, `/`-separated, such as `en/help-now.ftl`.
    pub path: String,
    /// Size of the file itself, after decompression.
    pub size: u64,
    /// SHA-256 of the file itself, lower-case hex: what the store checks at every start.
    pub sha256: String,
    /// Where the file's bytes are downloaded from.
    pub blob: Blob,
    /// A cheaper way to the same bytes for a client that has an older version of the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delta: Option<Delta>,
}

/// Bytes as served: a file, a delta or (for the bundle) several files, possibly compressed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Blob {
    /// SHA-256 of the bytes as served, checked before decompressing. It names the blob.
    pub sha256: String,
    /// Size as served: the download is cut off past it.
    pub size: u64,
    pub encoding: Encoding,
}

/// A file as instructions against an older file, see [`super::delta`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Delta {
    /// SHA-256 of the older file the instructions copy from.
    pub base: String,
    /// The instructions as served.
    pub blob: Blob,
}

/// How a blob's bytes are stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Encoding {
    /// The bytes as they are.
    Identity,
    /// gzip (RFC 1952), decoded with a pure-Rust inflater.
    Gzip,
}

impl Encoding {
    /// The file name extension of a blob in this encoding.
    pub fn extension(self) -> &'static str {
        match self {
            Encoding::Identity => "",
            Encoding::Gzip => ".gz",
        }
    }
}

impl Blob {
    /// The blob's address relative to the base address: `blobs/<sha256>` or `blobs/<sha256>.gz`.
    /// Call only on a checked blob (see [`Manifest::check_files`]), whose hash is hex.
    pub fn address(&self) -> String {
        format!("{BLOBS_DIR}/{}{}", self.sha256, self.encoding.extension())
    }
}

impl GroupRef {
    /// The list's address relative to the base address: `blobs/<sha256>.gz`. Call only on a checked
    /// manifest, whose hashes are hex.
    pub fn address(&self) -> String {
        format!("{BLOBS_DIR}/{}{}", self.sha256, Encoding::Gzip.extension())
    }

    /// The list as a blob: it is always gzipped.
    pub fn blob(&self) -> Blob {
        Blob { sha256: self.sha256.clone(), size: self.size, encoding: Encoding::Gzip }
    }
}

/// The group a path belongs to: [`TOP_GROUP`] for a file at the top; under [`AUDIO_DIR`], its first
/// two folders (`audio/da/home--emergency.ogg` is in `audio/da`, a file directly in `audio/` in
/// `audio`); elsewhere its first folder (`en/help-now.ftl` is in `en`).
///
/// The one rule of how a pack is split into groups: `haven-pack build` groups the files by it, and
/// the client refuses a list holding a file of another group, and a group whose name it would not
/// give.
pub fn group_of(path: &str) -> &str {
    let Some((folder, rest)) = path.split_once('/') else { return TOP_GROUP };
    match rest.split_once('/') {
        Some((subfolder, _)) if folder == AUDIO_DIR => &path[..folder.len() + 1 + subfolder.len()],
        _ => folder,
    }
}

/// Whether the group is optional: a folder `audio/<locale>/`, one language's voice, far larger than
/// the text and wanted by few readers of each language.
pub fn is_optional_group(name: &str) -> bool {
    name.split_once('/').is_some_and(|(folder, _)| folder == AUDIO_DIR)
}

/// The format of a manifest with these groups: [`OPTIONAL_GROUPS_FORMAT`] with an optional one, else
/// [`FORMAT`].
pub fn format_for(groups: &[GroupRef]) -> u32 {
    if groups.iter().any(|g| g.optional) {
        OPTIONAL_GROUPS_FORMAT
    } else {
        FORMAT
    }
}

/// Why a signed manifest or one of its file lists is still not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ManifestError {
    #[error("not a manifest: {reason}")]
    Syntax { reason: String },
    #[error("manifest format {format} is not supported; this app reads formats {FORMAT} and {OPTIONAL_GROUPS_FORMAT}")]
    UnsupportedFormat { format: u32 },
    #[error("`{path}`: not a safe path inside a pack: {reason}")]
    UnsafePath { path: String, reason: &'static str },
    #[error("`{path}` is listed more than once (or clashes with another path by case or folder)")]
    DuplicatePath { path: String },
    #[error("`{path}`: `{value}` is not a SHA-256 in lower-case hex")]
    InvalidHash { path: String, value: String },
    #[error("`{path}`: {reason}")]
    InvalidBlob { path: String, reason: &'static str },
    #[error("group `{name}`: {reason}")]
    InvalidGroup { name: String, reason: &'static str },
    #[error("`{path}` is in the file list of group `{group}`, but belongs to group `{belongs}`")]
    OutsideGroup { path: String, group: String, belongs: String },
    #[error("format {format} for these groups, which need format {expected} (format 3 exactly when a group is optional)")]
    FormatForGroups { format: u32, expected: u32 },
    #[error("optional group `{name}` has {total} bytes of files; at most {limit} are allowed")]
    GroupTooLarge { name: String, total: u64, limit: u64 },
    #[error("group `{name}` declares {declared} bytes of files, its list {listed}")]
    GroupBytesMismatch { name: String, declared: u64, listed: u64 },
    #[error("the bundle declares {declared} bytes in all, the files {expected}")]
    BundleMismatch { declared: u64, expected: u64 },
    #[error("{count} files; at most {limit} are allowed")]
    TooManyFiles { count: usize, limit: usize },
    #[error("{total} bytes in all; at most {limit} are allowed")]
    TooLarge { total: u64, limit: u64 },
    #[error("the file lists take {total} bytes; at most {limit} are allowed")]
    ListsTooLarge { total: u64, limit: u64 },
    #[error("the pack has no `pack.toml`")]
    MissingPackFile,
    #[error("expires ({expires}) before it was created ({created})")]
    ExpiresBeforeCreated { created: u64, expires: u64 },
}

/// How much a manifest may ask the client to download and store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SizeLimits {
    pub max_files: usize,
    pub max_total_bytes: u64,
    /// Bounds the file lists, both all of them as served and each one decompressed.
    pub max_list_bytes: u64,
    /// Bounds each optional group, its files and their blobs, apart from the rest of the pack.
    pub max_group_bytes: u64,
}

impl SizeLimits {
    /// No bound: for a pack already installed, whose sizes were bounded when it was downloaded.
    pub const UNBOUNDED: SizeLimits = SizeLimits {
        max_files: usize::MAX,
        max_total_bytes: u64::MAX,
        max_list_bytes: u64::MAX,
        max_group_bytes: u64::MAX,
    };
}

/// The first fields of any manifest format, read only to know the version a signed manifest stands
/// for (so that one written by an older app still counts against rollback).
#[derive(Debug, Clone, Deserialize)]
pub struct ManifestHeader {
    pub pack_id: String,
    pub version: u64,
}

impl ManifestHeader {
    /// Reads the header of signed manifest bytes of any format.
    pub fn from_json(bytes: &[u8]) -> Option<ManifestHeader> {
        serde_json::from_slice(bytes).ok()
    }
}

impl Manifest {
    /// Parses the manifest's bytes. Call only after the signature over these bytes checks out.
    ///
    /// Fails when the JSON is not a manifest of this format, including when it has unknown fields.
    pub fn from_json(bytes: &[u8]) -> Result<Manifest, ManifestError> {
        #[derive(Deserialize)]
        struct Format {
            format: u32,
        }
        // The format first, so that an older or newer manifest is named as such.
        if let Ok(Format { format }) = serde_json::from_slice::<Format>(bytes) {
            if format != FORMAT && format != OPTIONAL_GROUPS_FORMAT {
                return Err(ManifestError::UnsupportedFormat { format });
            }
        }
        let manifest: Manifest = serde_json::from_slice(bytes)
            .map_err(|e| ManifestError::Syntax { reason: e.to_string() })?;
        if manifest.format != FORMAT && manifest.format != OPTIONAL_GROUPS_FORMAT {
            return Err(ManifestError::UnsupportedFormat { format: manifest.format });
        }
        Ok(manifest)
    }

    /// The manifest as published: JSON with one line per group, readable in a text editor.
    pub fn to_json(&self) -> Vec<u8> {
        let mut out = String::from("{\n");
        out += &format!("\"format\":{},\n", self.format);
        out += &format!("\"pack_id\":{},\n", compact_json(&self.pack_id));
        out += &format!("\"version\":{},\n", self.version);
        out += &format!("\"created\":{},\n", self.created);
        out += &format!("\"expires\":{},\n", self.expires);
        if let Some(bundle) = &self.bundle {
            out += &format!("\"bundle\":{},\n", compact_json(bundle));
        }
        out += "\"groups\":[\n";
        let groups: Vec<String> = self.groups.iter().map(compact_json).collect();
        out += &groups.join(",\n");
        out += "\n]}\n";
        out.into_bytes()
    }

    /// The group called `name`, if the manifest has one.
    pub fn group(&self, name: &str) -> Option<&GroupRef> {
        self.groups.iter().find(|g| g.name == name)
    }

    /// The groups every phone installs: all but the optional ones.
    pub fn required_groups(&self) -> impl Iterator<Item = &GroupRef> {
        self.groups.iter().filter(|g| !g.optional)
    }

    /// Checks the root before any list is downloaded: the expiry is after the creation, every group
    /// has a proper name, in order and once, and a well-formed hash, is optional exactly when
    /// [`is_optional_group`] says so and then declares its bytes, the format is the one
    /// [`format_for`] gives, and the lists fit the limits.
    ///
    /// Fails with the first problem found.
    pub fn check(&self, limits: SizeLimits) -> Result<(), ManifestError> {
        if self.expires < self.created {
            return Err(ManifestError::ExpiresBeforeCreated {
                created: self.created,
                expires: self.expires,
            });
        }
        if self.groups.is_empty() {
            return Err(ManifestError::MissingPackFile);
        }
        // Every group holds at least one file.
        if self.groups.len() > limits.max_files {
            return Err(ManifestError::TooManyFiles {
                count: self.groups.len(),
                limit: limits.max_files,
            });
        }
        let mut previous: Option<&str> = None;
        let mut list_bytes: u64 = 0;
        for group in &self.groups {
            let invalid = |reason| ManifestError::InvalidGroup { name: group.name.clone(), reason };
            // A name is proper when the rule gives it to the files inside it.
            if group.name != TOP_GROUP
                && (check_pack_path(&group.name).is_err()
                    || group_of(&format!("{}/file", group.name)) != group.name)
            {
                return Err(invalid("not `.`, the name of a folder, or `audio/` and a folder"));
            }
            if group.optional != is_optional_group(&group.name) {
                return Err(invalid("optional exactly when it is a folder `audio/<locale>`"));
            }
            if group.optional != group.bytes.is_some() {
                return Err(invalid("`bytes` goes with `optional`, and only with it"));
            }
            if previous.is_some_and(|p| p >= group.name.as_str()) {
                return Err(invalid("out of order, or listed twice"));
            }
            previous = Some(&group.name);
            check_hash(&group.name, &group.sha256)?;
            list_bytes = list_bytes.saturating_add(group.size);
        }
        let expected = format_for(&self.groups);
        if self.format != expected {
            return Err(ManifestError::FormatForGroups { format: self.format, expected });
        }
        if list_bytes > limits.max_list_bytes {
            return Err(ManifestError::ListsTooLarge {
                total: list_bytes,
                limit: limits.max_list_bytes,
            });
        }
        if let Some(bundle) = &self.bundle {
            check_hash("bundle", &bundle.sha256)?;
            if bundle.size > limits.max_total_bytes {
                return Err(ManifestError::TooLarge {
                    total: bundle.size,
                    limit: limits.max_total_bytes,
                });
            }
        }
        Ok(())
    }

    /// Checks the files of the version, the lists of its groups together (every required group, and
    /// the optional groups wanted), before a byte of them is downloaded: every path is safe and
    /// unique, every hash well formed, every identity blob the file itself, every optional group's
    /// files add up to the bytes it declares, and the sizes fit the limits: the required files
    /// together, and each optional group on its own.
    ///
    /// Fails with the first problem found.
    pub fn check_files(
        &self,
        files: &[FileEntry],
        limits: SizeLimits,
    ) -> Result<(), ManifestError> {
        if files.len() > limits.max_files {
            return Err(ManifestError::TooManyFiles {
                count: files.len(),
                limit: limits.max_files,
            });
        }
        let mut seen = HashSet::new();
        let mut folders = HashSet::new();
        let optional: HashSet<&str> =
            self.groups.iter().filter(|g| g.optional).map(|g| g.name.as_str()).collect();
        // Each optional group's files and blobs, apart from the rest.
        let mut by_group: std::collections::BTreeMap<&str, (u64, u64)> = Default::default();
        let mut total: u64 = 0;
        let mut blob_total: u64 = 0;
        for file in files {
            check_pack_path(&file.path)?;
            let folded = file.path.to_lowercase();
            if !seen.insert(folded.clone()) {
                return Err(ManifestError::DuplicatePath { path: file.path.clone() });
            }
            let mut prefix = String::new();
            for component in folded.split('/').take(folded.split('/').count() - 1) {
                prefix.push_str(component);
                folders.insert(prefix.clone());
                prefix.push('/');
            }
            check_hash(&file.path, &file.sha256)?;
            check_blob(file, &file.blob)?;
            if let Some(delta) = &file.delta {
                check_hash(&file.path, &delta.base)?;
                check_hash(&file.path, &delta.blob.sha256)?;
                if delta.base == file.sha256 {
                    return Err(ManifestError::InvalidBlob {
                        path: file.path.clone(),
                        reason: "a delta from the file to itself",
                    });
                }
            }
            let delta_size = file.delta.as_ref().map_or(0, |d| d.blob.size);
            let (total, blob_total) = match optional.get(group_of(&file.path)) {
                Some(name) => {
                    let sums = by_group.entry(*name).or_default();
                    (&mut sums.0, &mut sums.1)
                }
                None => (&mut total, &mut blob_total),
            };
            *total = total.saturating_add(file.size);
            *blob_total = blob_total.saturating_add(file.blob.size).saturating_add(delta_size);
        }
        for (name, (group_total, group_blobs)) in by_group {
            let declared = self.group(name).and_then(|g| g.bytes).unwrap_or(0);
            if group_total != declared {
                return Err(ManifestError::GroupBytesMismatch {
                    name: name.to_owned(),
                    declared,
                    listed: group_total,
                });
            }
            let sum = group_total.max(group_blobs);
            if sum > limits.max_group_bytes {
                return Err(ManifestError::GroupTooLarge {
                    name: name.to_owned(),
                    total: sum,
                    limit: limits.max_group_bytes,
                });
            }
        }
        // A file where another file needs a folder would make the pack impossible to write.
        if let Some(clash) = files.iter().find(|f| folders.contains(&f.path.to_lowercase())) {
            return Err(ManifestError::DuplicatePath { path: clash.path.clone() });
        }
        if !files.iter().any(|f| f.path == haven_format::PACK_FILE) {
            return Err(ManifestError::MissingPackFile);
        }
        if let Some(bundle) = &self.bundle {
            if bundle.encoding == Encoding::Identity && bundle.size != total {
                return Err(ManifestError::BundleMismatch {
                    declared: bundle.size,
                    expected: total,
                });
            }
            blob_total = blob_total.max(bundle.size);
        }
        for sum in [total, blob_total] {
            if sum > limits.max_total_bytes {
                return Err(ManifestError::TooLarge { total: sum, limit: limits.max_total_bytes });
            }
        }
        Ok(())
    }
}

impl FileList {
    /// Parses a group's list, decompressed. Call only on bytes whose hash the signed root gives.
    ///
    /// Fails when the JSON is not a file list, including when it has unknown fields, when it is empty,
    /// or when a path is unsafe or belongs to another group than `group`.
    pub fn from_json(group: &str, bytes: &[u8]) -> Result<FileList, ManifestError> {
        let list: FileList = serde_json::from_slice(bytes)
            .map_err(|e| ManifestError::Syntax { reason: e.to_string() })?;
        if list.files.is_empty() {
            return Err(ManifestError::InvalidGroup { name: group.to_owned(), reason: "no files" });
        }
        for file in &list.files {
            check_pack_path(&file.path)?;
            let belongs = group_of(&file.path);
            if belongs != group {
                return Err(ManifestError::OutsideGroup {
                    path: file.path.clone(),
                    group: group.to_owned(),
                    belongs: belongs.to_owned(),
                });
            }
        }
        Ok(list)
    }

    /// The list as published, before gzip: JSON with one line per file.
    pub fn to_json(&self) -> Vec<u8> {
        let files: Vec<String> = self.files.iter().map(compact_json).collect();
        format!("{{\"files\":[\n{}\n]}}\n", files.join(",\n")).into_bytes()
    }
}

/// The sum of the files' sizes.
pub fn total_size(files: &[FileEntry]) -> u64 {
    files.iter().map(|f| f.size).sum()
}

/// Whether two versions have exactly the same files: paths, sizes and hashes (not how they are served).
pub fn same_files(a: &[FileEntry], b: &[FileEntry]) -> bool {
    fn key(files: &[FileEntry]) -> Vec<(&str, u64, &str)> {
        let mut key: Vec<(&str, u64, &str)> =
            files.iter().map(|f| (f.path.as_str(), f.size, f.sha256.as_str())).collect();
        key.sort_unstable();
        key
    }
    key(a) == key(b)
}

fn compact_json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("manifest parts always serialize")
}

/// Checks that a path names a file inside a pack folder and nothing else, on every platform: relative,
/// `/`-separated, normalised, of portable characters.
///
/// Fails on `..`, `.`, empty components, absolute paths, backslashes, drive letters, hidden files,
/// and characters outside `A-Z a-z 0-9 . _ -`.
pub fn check_pack_path(path: &str) -> Result<(), ManifestError> {
    let unsafe_path = |reason| Err(ManifestError::UnsafePath { path: path.to_owned(), reason });
    if path.is_empty() {
        return unsafe_path("empty");
    }
    if path.len() > 200 {
        return unsafe_path("longer than 200 bytes");
    }
    if path.starts_with('/') {
        return unsafe_path("absolute");
    }
    if path.contains('\\') {
        return unsafe_path("contains a backslash");
    }
    let components: Vec<&str> = path.split('/').collect();
    if components.len() > 4 {
        return unsafe_path("more than 4 levels deep");
    }
    for component in components {
        match component {
            "" => return unsafe_path("empty component (`//` or a trailing `/`)"),
            "." | ".." => return unsafe_path("`.` or `..` component"),
            _ if component.starts_with('.') => return unsafe_path("hidden file or folder"),
            _ if !component
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-')) =>
            {
                return unsafe_path("characters other than A-Z a-z 0-9 . _ -")
            }
            _ => {}
        }
    }
    Ok(())
}

fn check_hash(path: &str, value: &str) -> Result<(), ManifestError> {
    if is_sha256_hex(value) {
        Ok(())
    } else {
        Err(ManifestError::InvalidHash { path: path.to_owned(), value: value.to_owned() })
    }
}

fn check_blob(file: &FileEntry, blob: &Blob) -> Result<(), ManifestError> {
    check_hash(&file.path, &blob.sha256)?;
    if blob.encoding == Encoding::Identity && (blob.sha256 != file.sha256 || blob.size != file.size)
    {
        return Err(ManifestError::InvalidBlob {
            path: file.path.clone(),
            reason: "an uncompressed blob must be the file itself",
        });
    }
    Ok(())
}

/// Whether a string is 64 lower-case hex digits.
pub fn is_sha256_hex(value: &str) -> bool {
    value.len() == 64 && value.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// SHA-256 of bytes, in lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_that_could_leave_the_pack_folder_are_refused() {
        for bad in [
            "../x.ftl",
            "en/../../x",
            "/etc/passwd",
            "en\\x.ftl",
            "en//x.ftl",
            "en/./x.ftl",
            "en/",
            "",
            "C:x",
            ".hidden",
            "en/ä.ftl",
            "a/b/c/d/e",
        ] {
            assert!(check_pack_path(bad).is_err(), "{bad} should be refused");
        }
        for good in ["pack.toml", "en/help-now.ftl", "zh-Hans/services.ftl"] {
            assert!(check_pack_path(good).is_ok(), "{good} should be accepted");
        }
    }

    #[test]
    fn hashes_are_lower_case_hex_of_the_right_length() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert!(is_sha256_hex(&sha256_hex(b"")));
        assert!(!is_sha256_hex(&sha256_hex(b"").to_uppercase()));
        assert!(!is_sha256_hex("abc"));
    }

    fn entry(path: &str) -> FileEntry {
        let sha = sha256_hex(path.as_bytes());
        FileEntry {
            path: path.into(),
            size: 1,
            sha256: sha.clone(),
            blob: Blob { sha256: sha, size: 1, encoding: Encoding::Identity },
            delta: None,
        }
    }

    fn group(name: &str) -> GroupRef {
        let optional = is_optional_group(name);
        GroupRef {
            name: name.into(),
            sha256: sha256_hex(name.as_bytes()),
            size: 10,
            optional,
            bytes: optional.then_some(1),
        }
    }

    fn manifest(groups: &[&str]) -> Manifest {
        let groups: Vec<GroupRef> = groups.iter().map(|g| group(g)).collect();
        Manifest {
            format: format_for(&groups),
            pack_id: "dk.haven".into(),
            version: 2,
            created: 10,
            expires: 20,
            bundle: None,
            groups,
        }
    }

    const LIMITS: SizeLimits = SizeLimits {
        max_files: 100,
        max_total_bytes: 1000,
        max_list_bytes: 1000,
        max_group_bytes: 1000,
    };

    #[test]
    fn a_file_where_another_needs_a_folder_is_refused() {
        let m = manifest(&[".", "en"]);
        let files = [entry("pack.toml"), entry("en"), entry("en/a.ftl")];
        assert!(matches!(m.check_files(&files, LIMITS), Err(ManifestError::DuplicatePath { .. })));
        let files = [entry("pack.toml"), entry("EN/a.ftl"), entry("en/a.ftl")];
        assert!(matches!(m.check_files(&files, LIMITS), Err(ManifestError::DuplicatePath { .. })));
        assert!(m.check_files(&[entry("pack.toml"), entry("en/a.ftl")], LIMITS).is_ok());
    }

    #[test]
    fn an_uncompressed_blob_must_be_the_file_itself() {
        let mut file = entry("pack.toml");
        file.blob.sha256 = sha256_hex(b"other");
        assert!(matches!(
            manifest(&["."]).check_files(&[file], LIMITS),
            Err(ManifestError::InvalidBlob { .. })
        ));
    }

    #[test]
    fn groups_must_be_named_sorted_and_unique() {
        assert!(manifest(&[".", "ar", "en"]).check(LIMITS).is_ok());
        for bad in [&["en", "ar"][..], &["en", "en"], &["../x"], &["a/b"], &[".."], &[]] {
            assert!(manifest(bad).check(LIMITS).is_err(), "{bad:?}");
        }
        let mut m = manifest(&["."]);
        m.groups[0].sha256 = "../../etc/passwd".into();
        assert!(matches!(m.check(LIMITS), Err(ManifestError::InvalidHash { .. })));
        m.groups[0] = GroupRef { size: 2000, ..group(".") };
        assert!(matches!(m.check(LIMITS), Err(ManifestError::ListsTooLarge { .. })));
    }

    #[test]
    fn a_list_holds_only_files_of_its_group() {
        let list = FileList { files: vec![entry("en/a.ftl"), entry("da/a.ftl")] };
        assert!(matches!(
            FileList::from_json("en", &list.to_json()),
            Err(ManifestError::OutsideGroup { .. })
        ));
        let list = FileList { files: vec![entry("pack.toml")] };
        assert_eq!(FileList::from_json(".", &list.to_json()).unwrap(), list);
        assert!(FileList::from_json("en", &list.to_json()).is_err());
        assert_eq!(group_of("en/sub/a.ftl"), "en");
        assert_eq!(group_of("services.toml"), TOP_GROUP);
    }

    #[test]
    fn each_folder_of_audio_is_an_optional_group_and_every_other_folder_a_required_one() {
        assert_eq!(group_of("audio/da/home--emergency.ogg"), "audio/da");
        assert_eq!(group_of("audio/da/sub/x.ogg"), "audio/da");
        assert_eq!(group_of("audio/notes.txt"), "audio");
        assert_eq!(group_of("da/audio/x.ogg"), "da");
        assert!(is_optional_group("audio/da"));
        assert!(!is_optional_group("audio") && !is_optional_group("da") && !is_optional_group("."));
        let list = FileList { files: vec![entry("audio/da/a.ogg"), entry("audio/ar/a.ogg")] };
        assert!(matches!(
            FileList::from_json("audio/da", &list.to_json()),
            Err(ManifestError::OutsideGroup { .. })
        ));
    }

    #[test]
    fn a_group_is_optional_exactly_by_the_rule_and_then_declares_its_bytes_in_format_3() {
        let m = manifest(&[".", "audio/da", "da"]);
        assert_eq!(m.format, OPTIONAL_GROUPS_FORMAT);
        assert!(m.check(LIMITS).is_ok());
        assert_eq!(Manifest::from_json(&m.to_json()).unwrap(), m);
        assert_eq!(format_for(&manifest(&[".", "da"]).groups), FORMAT);

        // `da` marked optional, `audio/da` not, bytes missing or where they do not belong.
        let mut bad = m.clone();
        bad.groups[2] = GroupRef { optional: true, bytes: Some(1), ..group("da") };
        assert!(matches!(bad.check(LIMITS), Err(ManifestError::InvalidGroup { .. })));
        let mut bad = m.clone();
        bad.groups[1].optional = false;
        assert!(matches!(bad.check(LIMITS), Err(ManifestError::InvalidGroup { .. })));
        let mut bad = m.clone();
        bad.groups[1].bytes = None;
        assert!(matches!(bad.check(LIMITS), Err(ManifestError::InvalidGroup { .. })));
        for name in ["audio/da/x", "audio/../x", "en/sub"] {
            let mut bad = m.clone();
            bad.groups = vec![group("."), group(name)];
            assert!(bad.check(LIMITS).is_err(), "{name}");
        }
        // An optional group in a format-2 manifest: what a format-2 app could not tell from text.
        let mut bad = m.clone();
        bad.format = FORMAT;
        assert!(matches!(bad.check(LIMITS), Err(ManifestError::FormatForGroups { .. })));
    }

    #[test]
    fn an_optional_group_must_list_the_bytes_it_declares_within_its_own_bound() {
        let mut m = manifest(&[".", "audio/da"]);
        let files = [entry("pack.toml"), entry("audio/da/a.ogg")];
        assert!(m.check_files(&files, LIMITS).is_ok());
        m.groups[1].bytes = Some(2);
        assert!(matches!(
            m.check_files(&files, LIMITS),
            Err(ManifestError::GroupBytesMismatch { declared: 2, listed: 1, .. })
        ));
        m.groups[1].bytes = Some(1);
        let tight = SizeLimits { max_group_bytes: 0, ..LIMITS };
        assert!(matches!(m.check_files(&files, tight), Err(ManifestError::GroupTooLarge { .. })));
        // The group's bytes are not the pack's: the pack's bound leaves them out.
        let small_pack = SizeLimits { max_total_bytes: 1, ..LIMITS };
        assert!(m.check_files(&files, small_pack).is_ok());
    }

    #[test]
    fn the_published_json_reads_back_as_the_same_manifest() {
        let mut m = manifest(&[".", "en"]);
        m.bundle = Some(entry("bundle").blob);
        assert_eq!(Manifest::from_json(&m.to_json()).unwrap(), m);
        m.bundle = None;
        assert_eq!(Manifest::from_json(&m.to_json()).unwrap(), m);
    }

    #[test]
    fn unknown_fields_and_other_formats_are_refused() {
        let mut json: serde_json::Value =
            serde_json::from_slice(&manifest(&["."]).to_json()).unwrap();
        json["extra"] = serde_json::json!(true);
        let bytes = serde_json::to_vec(&json).unwrap();
        assert!(matches!(Manifest::from_json(&bytes), Err(ManifestError::Syntax { .. })));
        json["format"] = serde_json::json!(1);
        let bytes = serde_json::to_vec(&json).unwrap();
        assert!(matches!(
            Manifest::from_json(&bytes),
            Err(ManifestError::UnsupportedFormat { format: 1 })
        ));
        assert_eq!(ManifestHeader::from_json(&bytes).unwrap().version, 2);
    }
}
