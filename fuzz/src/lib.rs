//! What the fuzz targets share: the fixed test keys the seeds are signed with, how an input is cut
//! into files, and a pack held in memory. `fuzz/make-seeds.sh` writes the keys and the seeds.

use std::sync::Mutex;

use haven_format::BundledFiles;
use haven_sync::{RootKeys, TrustedKey};

/// The signing key of the seeds (`haven-pack keygen`): it signs their manifests, and their root
/// names it.
pub const SIGNING_PUB: &str = include_str!("../seeds/keys/haven.pub");
/// The root key of the seeds (`haven-pack keygen --role root`): it signs their roots.
pub const ROOT_PUB: &str = include_str!("../seeds/keys/root.pub");

/// Separates the parts of an input: a byte that UTF-8 text never holds, so JSON, TOML, Fluent and
/// minisign text can be cut apart without escaping, and seeds stay readable.
pub const SEPARATOR: u8 = 0xff;

pub fn signing_key() -> TrustedKey {
    TrustedKey::parse(SIGNING_PUB).expect("fuzz/seeds/keys/haven.pub is a minisign key")
}

pub fn root_keys() -> RootKeys {
    RootKeys::single(TrustedKey::parse(ROOT_PUB).expect("fuzz/seeds/keys/root.pub is a minisign key"))
}

/// The input up to the first [`SEPARATOR`] and what follows it (empty when there is none).
pub fn split_once(data: &[u8]) -> (&[u8], &[u8]) {
    match data.iter().position(|&b| b == SEPARATOR) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &[]),
    }
}

/// A pack whose files are set for each input: `PackSource::Bundled` needs a `'static` tree, and the
/// loader reads it exactly as it reads the app's compiled-in pack.
pub struct MemoryPack {
    files: Mutex<Vec<(String, Vec<u8>)>>,
}

impl MemoryPack {
    pub const fn new() -> MemoryPack {
        MemoryPack { files: Mutex::new(Vec::new()) }
    }

    pub fn set(&self, files: Vec<(String, Vec<u8>)>) {
        *self.files.lock().unwrap() = files;
    }
}

impl Default for MemoryPack {
    fn default() -> MemoryPack {
        MemoryPack::new()
    }
}

impl BundledFiles for MemoryPack {
    fn name(&self) -> &'static str {
        "fuzz"
    }

    fn read(&self, relative: &str) -> Option<Vec<u8>> {
        let files = self.files.lock().unwrap();
        files.iter().find(|(path, _)| path == relative).map(|(_, bytes)| bytes.clone())
    }

    fn paths(&self) -> Vec<String> {
        self.files.lock().unwrap().iter().map(|(path, _)| path.clone()).collect()
    }
}

/// The files of a `pack` input: `pack.toml`, then `services.toml`, then any number of path and
/// contents pairs (`en/help-now.ftl`, its text), all separated by [`SEPARATOR`]. A missing part is
/// a missing file; a later file of the same path is ignored, as a file system has one.
pub fn pack_files(data: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut parts = data.split(|&b| b == SEPARATOR);
    let mut files = Vec::new();
    for name in [haven_format::PACK_FILE, haven_format::SERVICES_FILE] {
        if let Some(bytes) = parts.next() {
            files.push((name.to_owned(), bytes.to_vec()));
        }
    }
    while let (Some(path), Some(bytes)) = (parts.next(), parts.next()) {
        let path = String::from_utf8_lossy(path).into_owned();
        if files.len() < 64 && !files.iter().any(|(p, _)| *p == path) {
            files.push((path, bytes.to_vec()));
        }
    }
    files
}

/// The files of a `store` input: entries of a path (`packs/1/manifest.json`), a newline, the
/// length of the contents as 4 bytes little-endian, and the contents (cut short at the end of the
/// input). A path that is not relative and of portable characters is skipped.
pub fn store_files(mut data: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    while !data.is_empty() && files.len() < 256 {
        let Some(end) = data.iter().position(|&b| b == b'\n') else { break };
        let path = String::from_utf8_lossy(&data[..end]).into_owned();
        data = &data[end + 1..];
        let mut length = [0u8; 4];
        let taken = data.len().min(4);
        length[..taken].copy_from_slice(&data[..taken]);
        data = &data[taken..];
        let length = (u32::from_le_bytes(length) as usize).min(data.len());
        let (bytes, rest) = data.split_at(length);
        data = rest;
        if is_portable_path(&path) {
            files.push((path, bytes.to_vec()));
        }
    }
    files
}

/// The inverse of [`store_files`], for the seed maker and the tests.
pub fn encode_store_files(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    for (path, bytes) in files {
        out.extend_from_slice(path.as_bytes());
        out.push(b'\n');
        out.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
        out.extend_from_slice(bytes);
    }
    out
}

fn is_portable_path(path: &str) -> bool {
    let components: Vec<&str> = path.split('/').collect();
    path.len() <= 200
        && components.len() <= 6
        && components.iter().all(|c| {
            !c.is_empty()
                && *c != "."
                && *c != ".."
                && c.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
        })
}
