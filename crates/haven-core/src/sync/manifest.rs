//! The signed manifest: what a published pack version is, file by file.
//!
//! `haven-pack build` writes it and the client reads it, from this one definition. It is JSON:
//!
//! ```json
//! {
//!   "format": 1,
//!   "pack_id": "dk.haven",
//!   "version": 2,
//!   "created": 1764460800,
//!   "expires": 1772236800,
//!   "files": [
//!     { "path": "en/help-now.ftl", "size": 2416, "sha256": "…",
//!       "blob": { "address": "blobs/<sha256 of the blob>.gz", "encoding": "gzip",
//!                 "size": 1070, "sha256": "…" } }
//!   ],
//!   "bundle": { "address": "blobs/<sha256>.gz", "encoding": "gzip", "size": 16000, "sha256": "…" }
//! }
//! ```
//!
//! - `created` and `expires` are Unix times in seconds (UTC).
//! - A blob is named by the hash of its bytes as served, so its address can be cached forever: the
//!   same address can never mean other bytes. An unchanged file keeps its blob, and so its address.
//! - The optional `bundle` is every file, in the order of `files`, concatenated and gzipped as one
//!   blob: cheaper than one request per file for a first sync. The client picks whichever costs less.
//! - Unknown fields are refused: a manifest this client does not fully understand is not used.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The manifest's file name at the base address.
pub const MANIFEST_FILE: &str = "manifest.json";
/// The minisign signature of the manifest's exact bytes.
pub const SIGNATURE_FILE: &str = "manifest.json.minisig";
/// The folder of content-addressed blobs at the base address.
pub const BLOBS_DIR: &str = "blobs";
/// The manifest format this client reads.
pub const FORMAT: u32 = 1;

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
    /// Every file of the pack, sorted by path.
    pub files: Vec<FileEntry>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bundle: Option<Blob>,
}

/// One file of the pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileEntry {
    /// Relative to the pack folder, `/`-separated, such as `en/help-now.ftl`.
    pub path: String,
    /// Size of the file itself, after decompression.
    pub size: u64,
    /// SHA-256 of the file itself, lower-case hex.
    pub sha256: String,
    /// Where the file's bytes are downloaded from.
    pub blob: Blob,
}

/// Bytes as served: a file, or (for the bundle) several, possibly compressed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Blob {
    /// Relative to the base address: `blobs/<sha256>` or `blobs/<sha256>.gz`.
    pub address: String,
    pub encoding: Encoding,
    /// Size as served: the download is cut off past it.
    pub size: u64,
    /// SHA-256 of the bytes as served, checked before decompressing.
    pub sha256: String,
}

/// How a blob's bytes are stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Encoding {
    /// The file as it is.
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
    /// The only address a blob with this hash and encoding may have.
    pub fn canonical_address(sha256: &str, encoding: Encoding) -> String {
        format!("{BLOBS_DIR}/{sha256}{}", encoding.extension())
    }
}

/// Why a signed manifest is still not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ManifestError {
    #[error("not a manifest: {reason}")]
    Syntax { reason: String },
    #[error("manifest format {format} is not supported; this app reads format {FORMAT}")]
    UnsupportedFormat { format: u32 },
    #[error("`{path}`: not a safe path inside a pack: {reason}")]
    UnsafePath { path: String, reason: &'static str },
    #[error("`{path}` is listed more than once (or clashes with another path by case or folder)")]
    DuplicatePath { path: String },
    #[error("`{path}`: `{value}` is not a SHA-256 in lower-case hex")]
    InvalidHash { path: String, value: String },
    #[error("`{path}`: blob address `{actual}` should be `{expected}`")]
    BlobAddress { path: String, expected: String, actual: String },
    #[error("the bundle declares {declared} bytes in all, the files {expected}")]
    BundleMismatch { declared: u64, expected: u64 },
    #[error("{count} files; at most {limit} are allowed")]
    TooManyFiles { count: usize, limit: usize },
    #[error("{total} bytes in all; at most {limit} are allowed")]
    TooLarge { total: u64, limit: u64 },
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
}

impl Manifest {
    /// Parses the manifest's bytes. Call only after the signature over these bytes checks out.
    ///
    /// Fails when the JSON is not a manifest of this format, including when it has unknown fields.
    pub fn from_json(bytes: &[u8]) -> Result<Manifest, ManifestError> {
        let manifest: Manifest = serde_json::from_slice(bytes)
            .map_err(|e| ManifestError::Syntax { reason: e.to_string() })?;
        if manifest.format != FORMAT {
            return Err(ManifestError::UnsupportedFormat { format: manifest.format });
        }
        Ok(manifest)
    }

    /// The manifest as published: JSON with one line per file, readable in a text editor and about
    /// a fifth smaller than pretty-printed JSON for hosts that do not compress it.
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
        out += "\"files\":[\n";
        let files: Vec<String> = self.files.iter().map(compact_json).collect();
        out += &files.join(",\n");
        out += "\n]}\n";
        out.into_bytes()
    }

    /// Checks everything the client relies on before it downloads a byte: every path is safe and
    /// unique, every hash is well formed, every blob has its canonical address, and the sizes fit
    /// the limits.
    ///
    /// Fails with the first problem found.
    pub fn check(&self, limits: SizeLimits) -> Result<(), ManifestError> {
        if self.expires < self.created {
            return Err(ManifestError::ExpiresBeforeCreated {
                created: self.created,
                expires: self.expires,
            });
        }
        if self.files.len() > limits.max_files {
            return Err(ManifestError::TooManyFiles {
                count: self.files.len(),
                limit: limits.max_files,
            });
        }
        let mut seen = HashSet::new();
        let mut folders = HashSet::new();
        let mut total: u64 = 0;
        let mut blob_total: u64 = 0;
        for file in &self.files {
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
            check_blob(&file.path, &file.blob)?;
            total = total.saturating_add(file.size);
            blob_total = blob_total.saturating_add(file.blob.size);
        }
        // A file where another file needs a folder would make the pack impossible to write.
        if let Some(clash) = self.files.iter().find(|f| folders.contains(&f.path.to_lowercase())) {
            return Err(ManifestError::DuplicatePath { path: clash.path.clone() });
        }
        if !self.files.iter().any(|f| f.path == crate::pack::PACK_FILE) {
            return Err(ManifestError::MissingPackFile);
        }
        if let Some(bundle) = &self.bundle {
            check_blob("bundle", bundle)?;
            if bundle.encoding != Encoding::Gzip && bundle.size != total {
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

    /// The sum of the files' sizes.
    pub fn total_size(&self) -> u64 {
        self.files.iter().map(|f| f.size).sum()
    }

    /// Whether two manifests describe exactly the same files.
    pub fn has_same_files(&self, other: &Manifest) -> bool {
        let key = |m: &Manifest| {
            let mut files: Vec<(String, u64, String)> =
                m.files.iter().map(|f| (f.path.clone(), f.size, f.sha256.clone())).collect();
            files.sort();
            files
        };
        self.pack_id == other.pack_id && key(self) == key(other)
    }
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

fn check_blob(path: &str, blob: &Blob) -> Result<(), ManifestError> {
    check_hash(path, &blob.sha256)?;
    let expected = Blob::canonical_address(&blob.sha256, blob.encoding);
    if blob.address != expected {
        return Err(ManifestError::BlobAddress {
            path: path.to_owned(),
            expected,
            actual: blob.address.clone(),
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
    hex(&Sha256::digest(bytes))
}

/// Lower-case hex of bytes.
pub(crate) fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 0xf)] as char);
    }
    out
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
            blob: Blob {
                address: Blob::canonical_address(&sha, Encoding::Identity),
                encoding: Encoding::Identity,
                size: 1,
                sha256: sha,
            },
        }
    }

    fn manifest(files: Vec<FileEntry>) -> Manifest {
        Manifest {
            format: FORMAT,
            pack_id: "dk.haven".into(),
            version: 2,
            created: 10,
            expires: 20,
            files,
            bundle: None,
        }
    }

    const LIMITS: SizeLimits = SizeLimits { max_files: 100, max_total_bytes: 1000 };

    #[test]
    fn a_file_where_another_needs_a_folder_is_refused() {
        let m = manifest(vec![entry("pack.toml"), entry("en"), entry("en/a.ftl")]);
        assert!(matches!(m.check(LIMITS), Err(ManifestError::DuplicatePath { .. })));
        let m = manifest(vec![entry("pack.toml"), entry("EN/a.ftl"), entry("en/a.ftl")]);
        assert!(matches!(m.check(LIMITS), Err(ManifestError::DuplicatePath { .. })));
        assert!(manifest(vec![entry("pack.toml"), entry("en/a.ftl")]).check(LIMITS).is_ok());
    }

    #[test]
    fn a_blob_must_live_at_the_address_its_hash_gives() {
        let mut file = entry("pack.toml");
        file.blob.address = "blobs/../../etc/passwd".into();
        assert!(matches!(
            manifest(vec![file]).check(LIMITS),
            Err(ManifestError::BlobAddress { .. })
        ));
    }

    #[test]
    fn the_published_json_reads_back_as_the_same_manifest() {
        let mut m = manifest(vec![entry("pack.toml"), entry("en/a.ftl")]);
        m.bundle = Some(entry("bundle").blob);
        assert_eq!(Manifest::from_json(&m.to_json()).unwrap(), m);
        m.bundle = None;
        assert_eq!(Manifest::from_json(&m.to_json()).unwrap(), m);
    }

    #[test]
    fn unknown_fields_are_refused() {
        let mut json: serde_json::Value =
            serde_json::from_slice(&manifest(vec![entry("pack.toml")]).to_json()).unwrap();
        json["extra"] = serde_json::json!(true);
        let bytes = serde_json::to_vec(&json).unwrap();
        assert!(matches!(Manifest::from_json(&bytes), Err(ManifestError::Syntax { .. })));
    }
}
