//! The published site on disk: how `haven-pack build` lays out a version as blobs, file lists and a
//! root manifest, and how the version already published in a folder is read back (to keep the address
//! of every unchanged file and list, and to send changed files as deltas against it).
//!
//! ```text
//! PUBLIC_DIR/
//!   manifest.json          the signed root (see [`haven_sync::release`])
//!   manifest.json.minisig  its minisign signature
//!   blobs/<sha256>[.gz]    files, deltas, the bundle and the file lists, each named by the hash of its
//!                          bytes as served: cacheable forever
//! ```

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::io::Write;
use std::path::Path;

use flate2::write::GzEncoder;
use flate2::{Compression, GzBuilder};

use haven_sync::delta;
use haven_sync::release::{
    format_for, group_of, is_optional_group, sha256_hex, Blob, Delta, Encoding, FileEntry,
    FileList, GroupRef, Manifest, ManifestHeader, SizeLimits, MANIFEST_FILE,
};
use haven_sync::unpack::{unpack, unpack_list};

/// A delta is published only when it saves at least this many bytes over the file's own blob: its
/// entry in the file list costs every client that downloads the list about a hundred bytes.
const MIN_DELTA_SAVING: u64 = 256;
/// A file list larger than this, decompressed, is not read back.
const MAX_LIST_BYTES: u64 = 64 << 20;

/// The `Cache-Control` of a blob, wherever the site is served: its address is the hash of its
/// bytes, so they never change and can be cached for a year.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// The `Cache-Control` of everything else (the manifest, its signature, the roots): always ask the
/// server whether it changed, so that a manifest and its signature are never taken from two
/// publishes.
pub const REVALIDATE: &str = "no-cache";

/// A version as published in a folder: its root and every group's list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    pub manifest: Manifest,
    /// Each group of the root with its files, in the root's order.
    pub lists: Vec<(GroupRef, Vec<FileEntry>)>,
}

impl Published {
    /// Every file, in the order of the groups and then of each list (the bundle's order).
    pub fn files(&self) -> Vec<FileEntry> {
        self.lists.iter().flat_map(|(_, files)| files.iter().cloned()).collect()
    }

    /// The file at `path`, if the version has one.
    pub fn file(&self, path: &str) -> Option<&FileEntry> {
        self.lists.iter().flat_map(|(_, files)| files).find(|f| f.path == path)
    }
}

/// The pack id and version of the manifest published in `dir`, in any manifest format, its
/// signature not checked.
pub fn published_version(dir: &Path) -> Option<(String, u64)> {
    let header = ManifestHeader::from_json(&fs::read(dir.join(MANIFEST_FILE)).ok()?)?;
    Some((header.pack_id, header.version))
}

/// The version published in `dir`, when it is in this format, every list it names is there and
/// matches its hash, and the lists pass the checks of a download. Its signature is not checked: it only decides which blobs can be reused (each is
/// hashed again) and what deltas are made against.
pub fn read_published(dir: &Path) -> Option<Published> {
    let manifest = Manifest::from_json(&fs::read(dir.join(MANIFEST_FILE)).ok()?).ok()?;
    manifest.check(SizeLimits::UNBOUNDED).ok()?;
    let mut lists = Vec::with_capacity(manifest.groups.len());
    for group in &manifest.groups {
        let path = dir.join(group.address());
        let bytes = fs::read(&path).ok()?;
        let files = unpack_list(&path.display().to_string(), group, &bytes, MAX_LIST_BYTES).ok()?;
        lists.push((group.clone(), files));
    }
    let files: Vec<FileEntry> = lists.iter().flat_map(|(_, files)| files.iter().cloned()).collect();
    manifest.check_files(&files, SizeLimits::UNBOUNDED).ok()?;
    Some(Published { manifest, lists })
}

/// What identifies a version, as `pack.toml` and the signer give it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionInfo {
    pub pack_id: String,
    pub version: u64,
    /// Unix seconds.
    pub created: u64,
    /// Unix seconds.
    pub expires: u64,
}

/// A version laid out as a site, ready to be written and signed.
#[derive(Debug, Clone)]
pub struct Layout {
    /// The root to sign.
    pub manifest: Manifest,
    /// Every file, in the bundle's order.
    pub files: Vec<FileEntry>,
    /// The blobs to write, by address relative to the folder: those this version names that the
    /// folder does not already hold intact.
    pub blobs: BTreeMap<String, Vec<u8>>,
    /// Files whose blob was already published, kept at its address.
    pub reused_files: usize,
    /// Files that a client with the previous version can download as a delta.
    pub deltas: usize,
    /// Groups whose file list was not published before: what a client with the previous version
    /// downloads besides the root.
    pub changed_groups: usize,
}

/// Lays out `files` (relative `/`-separated paths, sorted, and their bytes) as a version published
/// into `out`, reusing what `previous`, the version `out` holds, already published there.
///
/// An unchanged file keeps its blob (and its delta, so that an unchanged group keeps its list byte for
/// byte); a changed file gets a new blob and, when it pays, a delta against the file at its path in
/// `previous`; an unchanged group keeps its list.
pub fn lay_out(
    info: &VersionInfo,
    files: &[(String, Vec<u8>)],
    out: &Path,
    previous: Option<&Published>,
) -> Layout {
    let old_files: Vec<&FileEntry> =
        previous.iter().flat_map(|p| p.lists.iter().flat_map(|(_, files)| files)).collect();
    let by_path: HashMap<&str, &FileEntry> =
        old_files.iter().map(|f| (f.path.as_str(), *f)).collect();
    let by_hash: HashMap<&str, &FileEntry> =
        old_files.iter().map(|f| (f.sha256.as_str(), *f)).collect();

    let mut blobs = BTreeMap::new();
    let mut add = |blob: &Blob, bytes: Vec<u8>| {
        if !is_intact(out, blob) {
            blobs.insert(blob.address(), bytes);
        }
    };
    let mut groups: BTreeMap<String, Vec<FileEntry>> = BTreeMap::new();
    let (mut reused_files, mut deltas) = (0, 0);
    for (path, bytes) in files {
        let sha256 = sha256_hex(bytes);
        let size = bytes.len() as u64;
        let old = by_path.get(path.as_str()).copied();
        let unchanged = old.filter(|o| o.sha256 == sha256 && o.size == size);
        let entry = if let Some(old) = unchanged.filter(|o| is_intact(out, &o.blob)) {
            reused_files += 1;
            let mut entry = old.clone();
            entry.path.clone_from(path);
            if entry.delta.as_ref().is_some_and(|d| !is_intact(out, &d.blob)) {
                entry.delta = None;
            }
            entry
        } else if let Some(same) = by_hash.get(sha256.as_str()).filter(|o| is_intact(out, &o.blob))
        {
            reused_files += 1;
            FileEntry { path: path.clone(), size, sha256, blob: same.blob.clone(), delta: None }
        } else {
            let (blob, served) = encode_blob(bytes, true);
            add(&blob, served);
            let delta = old.and_then(|old| delta_from(out, old, bytes, &blob));
            let delta = delta.map(|(delta, served)| {
                add(&delta.blob, served);
                deltas += 1;
                delta
            });
            FileEntry { path: path.clone(), size, sha256, blob, delta }
        };
        groups.entry(group_of(path).to_owned()).or_default().push(entry);
    }

    let mut refs = Vec::with_capacity(groups.len());
    let mut changed_groups = 0;
    let mut bundle_input = Vec::new();
    let mut all_files = Vec::with_capacity(files.len());
    for (name, files) in groups {
        let unchanged = previous
            .and_then(|p| p.lists.iter().find(|(g, old)| g.name == name && *old == files))
            .map(|(group, _)| group.clone())
            .filter(|group| is_intact(out, &group.blob()));
        let group = match unchanged {
            Some(group) => group,
            None => {
                changed_groups += 1;
                let (group, served) = encode_list(&name, &files);
                add(&group.blob(), served);
                group
            }
        };
        refs.push(group);
        for file in files {
            // Every file's bytes were read above; the bundle takes them in the same order.
            all_files.push(file);
        }
    }
    let contents: HashMap<&str, &[u8]> =
        files.iter().map(|(path, bytes)| (path.as_str(), bytes.as_slice())).collect();
    // A first sync downloads the bundle: the optional groups are not in it.
    for file in all_files.iter().filter(|f| !is_optional_group(group_of(&f.path))) {
        bundle_input.extend_from_slice(contents[file.path.as_str()]);
    }
    let (bundle, served) = encode_blob(&bundle_input, false);
    add(&bundle, served);

    let manifest = Manifest {
        format: format_for(&refs),
        pack_id: info.pack_id.clone(),
        version: info.version,
        created: info.created,
        expires: info.expires,
        bundle: Some(bundle),
        groups: refs,
    };
    Layout { manifest, files: all_files, blobs, reused_files, deltas, changed_groups }
}

/// A group's file list as served (gzipped), and the reference the root gives it: optional, with its
/// files' bytes, when [`is_optional_group`] says so.
pub fn encode_list(name: &str, files: &[FileEntry]) -> (GroupRef, Vec<u8>) {
    let served = gzip(&FileList { files: files.to_vec() }.to_json());
    let optional = is_optional_group(name);
    let group = GroupRef {
        name: name.to_owned(),
        sha256: sha256_hex(&served),
        size: served.len() as u64,
        optional,
        bytes: optional.then(|| files.iter().map(|f| f.size).sum()),
    };
    (group, served)
}

/// A delta from the file `old` as published in `out` to `bytes`, when it is intact there and the
/// delta saves enough over `full`, the new file's blob.
fn delta_from(out: &Path, old: &FileEntry, bytes: &[u8], full: &Blob) -> Option<(Delta, Vec<u8>)> {
    let base = read_file(out, old)?;
    let (blob, served) = encode_blob(&delta::encode(&base, bytes), true);
    (blob.size.saturating_add(MIN_DELTA_SAVING) <= full.size)
        .then(|| (Delta { base: old.sha256.clone(), blob }, served))
}

/// A file of a published version, from its blob in `out`, checked against its hashes.
fn read_file(out: &Path, file: &FileEntry) -> Option<Vec<u8>> {
    let path = out.join(file.blob.address());
    let bytes = fs::read(&path).ok()?;
    let url = path.display().to_string();
    let mut verified = unpack(&url, &file.blob, &bytes, std::slice::from_ref(file)).ok()?;
    Some(verified.pop()?.bytes)
}

/// Whether `out` holds the blob, byte for byte.
pub fn is_intact(out: &Path, blob: &Blob) -> bool {
    haven_sync::release::is_sha256_hex(&blob.sha256)
        && fs::read(out.join(blob.address()))
            .is_ok_and(|bytes| bytes.len() as u64 == blob.size && sha256_hex(&bytes) == blob.sha256)
}

/// The bytes to serve for `bytes`: gzipped, or as they are when `allow_identity` and gzip would not
/// make them smaller. Returns the blob that describes them.
pub fn encode_blob(bytes: &[u8], allow_identity: bool) -> (Blob, Vec<u8>) {
    let compressed = gzip(bytes);
    let (encoding, served) = if allow_identity && compressed.len() >= bytes.len() {
        (Encoding::Identity, bytes.to_vec())
    } else {
        (Encoding::Gzip, compressed)
    };
    (Blob { sha256: sha256_hex(&served), size: served.len() as u64, encoding }, served)
}

/// gzip at the best level, with no file name or time in the header, so the same bytes always give
/// the same blob.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder: GzEncoder<Vec<u8>> =
        GzBuilder::new().mtime(0).write(Vec::new(), Compression::best());
    encoder.write_all(bytes).expect("writing to memory cannot fail");
    encoder.finish().expect("writing to memory cannot fail")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(version: u64) -> VersionInfo {
        VersionInfo { pack_id: "dk.haven".into(), version, created: 1, expires: 2 }
    }

    fn write(out: &Path, layout: &Layout) {
        fs::create_dir_all(out.join("blobs")).unwrap();
        for (address, bytes) in &layout.blobs {
            fs::write(out.join(address), bytes).unwrap();
        }
        fs::write(out.join(MANIFEST_FILE), layout.manifest.to_json()).unwrap();
    }

    /// Words that do not compress away, as in a real article.
    fn text(seed: u64, words: usize) -> String {
        let mut state = seed;
        let mut out = String::new();
        for _ in 0..words {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let length = 2 + (state >> 60) as usize;
            for k in 0..length {
                out.push((b'a' + ((state >> (k * 5 % 56)) % 26) as u8) as char);
            }
            out.push(if state.is_multiple_of(9) { '\n' } else { ' ' });
        }
        out
    }

    #[test]
    fn each_voice_is_an_optional_group_left_out_of_the_bundle() {
        let out = tempfile::tempdir().unwrap();
        let files = vec![
            ("audio/da/home--emergency.ogg".to_owned(), vec![7u8; 300]),
            ("en/a.ftl".to_owned(), text(1, 50).into_bytes()),
            ("pack.toml".to_owned(), b"version = 1\n".to_vec()),
        ];
        let layout = lay_out(&info(1), &files, out.path(), None);
        let names: Vec<(&str, bool, Option<u64>)> =
            layout.manifest.groups.iter().map(|g| (g.name.as_str(), g.optional, g.bytes)).collect();
        assert_eq!(names, [(".", false, None), ("audio/da", true, Some(300)), ("en", false, None)]);
        assert_eq!(layout.manifest.format, haven_sync::release::OPTIONAL_GROUPS_FORMAT);
        let bundle = layout.manifest.bundle.as_ref().unwrap();
        let served = &layout.blobs[&bundle.address()];
        let text_only = &files[1..];
        let verified = unpack("u", bundle, served, &required(&layout.files)).unwrap();
        assert_eq!(verified.len(), text_only.len(), "the bundle holds the text only");

        // Without a voice: format 2, as before.
        let layout = lay_out(&info(1), text_only, out.path(), None);
        assert_eq!(layout.manifest.format, haven_sync::release::FORMAT);
        assert!(layout.manifest.groups.iter().all(|g| !g.optional && g.bytes.is_none()));
    }

    fn required(files: &[FileEntry]) -> Vec<FileEntry> {
        files.iter().filter(|f| !is_optional_group(group_of(&f.path))).cloned().collect()
    }

    #[test]
    fn a_new_version_keeps_unchanged_lists_and_sends_changes_as_deltas() {
        let out = tempfile::tempdir().unwrap();
        let article = format!("title = Get help now\n{}", text(1, 600));
        let v1 = vec![
            ("da/a.ftl".to_owned(), text(2, 600).into_bytes()),
            ("en/a.ftl".to_owned(), article.clone().into_bytes()),
            ("pack.toml".to_owned(), format!("version = 1\n{}", text(3, 600)).into()),
        ];
        let first = lay_out(&info(1), &v1, out.path(), None);
        assert_eq!((first.changed_groups, first.deltas, first.reused_files), (3, 0, 0));
        write(out.path(), &first);
        let published = read_published(out.path()).unwrap();
        assert_eq!(published.manifest, first.manifest);
        assert_eq!(published.files(), first.files);

        let bump = |bytes: &[u8], from: &str, to: &str| -> Vec<u8> {
            String::from_utf8(bytes.to_vec()).unwrap().replacen(from, to, 1).into_bytes()
        };
        let mut v2 = v1.clone();
        v2[1].1 = bump(&v1[1].1, "now", "now!");
        v2[2].1 = bump(&v1[2].1, "version = 1", "version = 2");
        let second = lay_out(&info(2), &v2, out.path(), Some(&published));
        assert_eq!((second.changed_groups, second.deltas, second.reused_files), (2, 2, 1));
        assert_eq!(second.manifest.groups[1], first.manifest.groups[1], "`da` keeps its list");
        let delta = second.files[2].delta.as_ref().unwrap();
        assert!(delta.blob.size < 40, "{delta:?}");
        write(out.path(), &second);

        // Version 3 changes nothing in `en`: its list, delta included, stays byte for byte.
        let published = read_published(out.path()).unwrap();
        let mut v3 = v2.clone();
        v3[2].1 = bump(&v2[2].1, "version = 2", "version = 3");
        let third = lay_out(&info(3), &v3, out.path(), Some(&published));
        assert_eq!(third.manifest.groups[2], second.manifest.groups[2]);
        assert!(third.files[2].delta.is_some());
        assert_eq!(third.changed_groups, 1);
    }
}
