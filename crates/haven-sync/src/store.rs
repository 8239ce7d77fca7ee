//! The store: verified pack versions on disk, the pointer to the one in use, and a cache of verified
//! files so that an interrupted sync resumes where it stopped.
//!
//! ```text
//! STORE/
//!   current                 the version in use, e.g. "7\n"; replaced by one atomic rename
//!   packs/<version>/        an installed version, never changed after it is renamed here:
//!     manifest.json         the signed root manifest, byte for byte as downloaded
//!     manifest.json.minisig its signature, so the pack can be verified again at every start
//!     lists/<sha256>.gz     the file list of each group installed, byte for byte as downloaded
//!     content/              the pack folder that `Library::open(PackSource::Directory(..))` reads
//!       audio/<locale>/     an optional group the reader asked for, when installed: it arrives
//!                           and leaves by one rename of its folder, so it is there whole or not
//!                           at all
//!   blobs/<sha256>          verified files and file lists of a sync that has not finished (for
//!                           resume), each named by the hash of its bytes
//!   staging/<unique>/       a version being assembled; removed at the start of every sync
//!   state.json              the manifest's ETag and Last-Modified, for a conditional request
//!   roots/<n>.root.json     every root version accepted, with its signatures in
//!                           `<n>.root.json.minisig`, byte for byte as downloaded
//! ```
//!
//! Nothing in `packs/` or `roots/` is trusted because it is there: [`Store::trusted_root`] verifies the
//! chain of roots from the keys built into the app at every start, and [`Store::current`] checks the signature, every
//! list's and every file's hash and the pack itself each time, and falls back to an older installed
//! version, or to nothing (the app then uses its embedded pack), when a check fails.
//!
//! An installed version never changes after it is renamed into `packs/`, except for its optional
//! groups: [`crate::fetch_group`] adds one (its list first, then its folder by one rename) and
//! [`crate::remove_group`] takes one away (its folder first, by one rename out of the pack, then its
//! list). A group is installed exactly when its folder is there; its files are verified with the rest
//! of the pack at every start, and a group that does not verify is removed, so the reader sees a
//! voice whole and signed or not at all, and the rest of the pack stays in use.
//!
//! A version installed by an app that wrote manifest format 1 does not verify in this format, so it is
//! not used (the app falls back to its embedded pack until the next sync), but its signed version
//! still counts against rollback.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use haven_format::{Pack, PackSource};

use crate::durable::{
    self, create_dir_all, list_files, rename_into_place, sync_dir, write_atomically, write_new_file,
};
use crate::error::SyncError;
use crate::pause::{pause_if_requested, PausePoint};
use crate::release::{
    check_pack_path, group_of, sha256_hex, FileEntry, GroupRef, Manifest, ManifestHeader,
    SizeLimits, MANIFEST_FILE, SIGNATURE_FILE,
};
use crate::root::{root_file, root_signature_file, verify_next, Root, RootKeys, Trust, ROOTS_DIR};
use crate::signature::{verify, TrustedKey};
use crate::unpack::unpack_list;

const PACKS_DIR: &str = "packs";
const CACHE_DIR: &str = "blobs";
const STAGING_DIR: &str = "staging";
const CURRENT_FILE: &str = "current";
const STATE_FILE: &str = "state.json";
const CONTENT_DIR: &str = "content";
const LISTS_DIR: &str = "lists";
/// A stored manifest or file list larger than this is not read: it cannot have been installed by a
/// sync.
const MAX_STORED_MANIFEST_BYTES: u64 = 64 << 20;
const MAX_SIGNATURE_BYTES: u64 = 4096;
/// A stored root larger than this is not read: it cannot have been accepted by a sync.
const MAX_STORED_ROOT_BYTES: u64 = 1 << 20;

/// A folder holding installed pack versions. Cheap to clone: it is a path.
#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
}

/// An installed pack version that passed every check just now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstalledPack {
    pub pack_id: String,
    pub version: u64,
    /// The pack folder: open it with `Library::open(PackSource::Directory(dir))`.
    pub dir: PathBuf,
    /// When the publisher signed it, Unix seconds.
    pub created: u64,
    /// When its signature stops being accepted from a server, Unix seconds. An installed pack stays
    /// usable after that; only a sync can tell whether there is a newer one.
    pub expires: u64,
    /// The signed manifest it was installed from.
    pub manifest: Manifest,
    /// Its files, from the file lists the manifest pins.
    pub files: Vec<FileEntry>,
}

/// An optional group of an installed version, for the app to offer: "Download the voice for this
/// language (2.1 MB)", or "Remove".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionalGroup {
    /// Such as `audio/da`: what [`crate::fetch_group`] and [`crate::remove_group`] take.
    pub name: String,
    /// The sum of its files' sizes, as the signed manifest declares it: what it takes on the phone,
    /// and about what it costs to download.
    pub bytes: u64,
    /// Whether its files are installed (and verified just now with the rest of the pack).
    pub installed: bool,
}

impl InstalledPack {
    /// The optional groups of this version, in the manifest's order (by name), each with its size and
    /// whether it is installed.
    pub fn optional_groups(&self) -> Vec<OptionalGroup> {
        optional_groups_of(&self.manifest, Some(self))
    }

    /// Whether the files of group `name` are installed.
    pub fn has_group(&self, name: &str) -> bool {
        self.files.iter().any(|f| group_of(&f.path) == name)
    }
}

/// The optional groups `manifest` declares, in its order, each installed when `installed` (a version
/// on this device) has its files.
pub(crate) fn optional_groups_of(
    manifest: &Manifest,
    installed: Option<&InstalledPack>,
) -> Vec<OptionalGroup> {
    manifest
        .groups
        .iter()
        .filter(|g| g.optional)
        .map(|g| OptionalGroup {
            name: g.name.clone(),
            bytes: g.bytes.unwrap_or(0),
            installed: installed.is_some_and(|pack| pack.has_group(&g.name)),
        })
        .collect()
}

/// What the store remembers about the last manifest response, to ask the server "only if changed".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct ConditionalState {
    pub base_url: String,
    pub version: u64,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

impl Store {
    /// Opens the store at `dir`, creating its folders when they do not exist.
    ///
    /// Fails when the folders cannot be created, for example on a read-only disk or when a file
    /// stands where a folder must be.
    pub fn open(dir: impl Into<PathBuf>) -> Result<Store, SyncError> {
        let store = Store { root: dir.into() };
        for sub in [PACKS_DIR, CACHE_DIR, STAGING_DIR, ROOTS_DIR] {
            create_dir_all(&store.root.join(sub))?;
        }
        Ok(store)
    }

    /// The store's folder.
    pub fn dir(&self) -> &Path {
        &self.root
    }

    /// The pack to use: the version the `current` pointer names if it verifies, else the newest older
    /// installed version that does; `None` when no installed version verifies (the app then uses the
    /// pack embedded in it).
    ///
    /// Verifying means: the stored manifest is of this format and its signature checks out against
    /// `trusted` (so a key removed from the app also retires the packs it signed), every stored file
    /// list matches the hash the manifest gives and passes the checks of a download, every file
    /// matches its size and hash, no other file is there, and the engine opens the pack with no
    /// problem in any locale. It reads and hashes the whole pack, which takes a fraction of a second
    /// for a pack of a few megabytes.
    pub fn current(&self, trusted: &[TrustedKey]) -> Option<InstalledPack> {
        let mut candidates = self.installed_versions();
        candidates.sort_unstable_by(|a, b| b.cmp(a));
        if let Some(pointer) = self.pointer() {
            candidates.retain(|&v| v <= pointer);
        }
        candidates.into_iter().find_map(|version| match self.verify_installed(version, trusted) {
            Ok(pack) => Some(pack),
            Err(e) => {
                tracing::warn!(version, error = %e, "installed pack does not verify; not used");
                None
            }
        })
    }

    /// The pack to use under `trust`: [`Store::current`] with the signing keys it gives (see
    /// [`Store::signing_keys`]). What the app calls at start-up.
    pub fn current_with(&self, trust: &Trust) -> Option<InstalledPack> {
        self.current(&self.signing_keys(trust))
    }

    /// The keys that may sign release manifests under `trust`: with root keys, those of the newest
    /// root this store holds that verifies from them (none before the first root is accepted).
    pub fn signing_keys(&self, trust: &Trust) -> Vec<TrustedKey> {
        match trust {
            Trust::SigningKeys(keys) => keys.clone(),
            Trust::Root(root_keys) => {
                self.trusted_root(root_keys).map(|root| root.signing_key_set()).unwrap_or_default()
            }
        }
    }

    /// The newest root this store holds whose chain verifies from `root_keys`: version 1 signed by
    /// them, each next version by the one before and by itself, every version exactly one more.
    /// The walk stops at the first version missing or not verifying; expiry is not judged here (the
    /// pack in use stays usable; a sync refuses an expired root). `None` before the first root.
    pub fn trusted_root(&self, root_keys: &RootKeys) -> Option<Root> {
        let mut trusted: Option<Root> = None;
        for version in 1.. {
            let keys = trusted.as_ref().map_or_else(|| root_keys.clone(), Root::root_key_set);
            let path = self.root.join(root_file(version));
            let Ok(bytes) = read_bounded(&path, MAX_STORED_ROOT_BYTES) else { break };
            let signature_path = self.root.join(root_signature_file(version));
            let Ok(signatures) = read_bounded(&signature_path, MAX_SIGNATURE_BYTES) else { break };
            match verify_next(&bytes, &signatures, &keys, version) {
                Ok(root) => trusted = Some(root),
                Err(e) => {
                    tracing::warn!(version, error = %e, "stored root does not verify; not used");
                    break;
                }
            }
        }
        trusted
    }

    /// Keeps a verified root version, its signatures first, each written atomically.
    ///
    /// Fails when a file cannot be written.
    pub(crate) fn save_root(
        &self,
        version: u64,
        bytes: &[u8],
        signatures: &[u8],
    ) -> Result<(), SyncError> {
        for (relative, contents) in
            [(root_signature_file(version), signatures), (root_file(version), bytes)]
        {
            let path = self.root.join(relative);
            write_atomically(&path, contents).map_err(SyncError::io(&path))?;
        }
        Ok(())
    }

    /// The versions that have a folder in `packs/`, verified or not, in no particular order.
    pub fn installed_versions(&self) -> Vec<u64> {
        fs::read_dir(self.root.join(PACKS_DIR))
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| e.file_name().to_str()?.parse::<u64>().ok())
            .collect()
    }

    /// The version the `current` pointer names, if the pointer is readable.
    fn pointer(&self) -> Option<u64> {
        fs::read_to_string(self.root.join(CURRENT_FILE)).ok()?.trim().parse().ok()
    }

    fn pack_dir(&self, version: u64) -> PathBuf {
        self.root.join(PACKS_DIR).join(version.to_string())
    }

    /// The stored manifest bytes of an installed version, if its signature checks out against
    /// `trusted`, in any manifest format.
    fn signed_manifest_bytes(
        &self,
        version: u64,
        trusted: &[TrustedKey],
    ) -> Result<(Vec<u8>, PathBuf), SyncError> {
        let dir = self.pack_dir(version);
        let path = dir.join(MANIFEST_FILE);
        let bytes = read_bounded(&path, MAX_STORED_MANIFEST_BYTES)?;
        let signature = read_bounded(&dir.join(SIGNATURE_FILE), MAX_SIGNATURE_BYTES)?;
        verify(&bytes, &signature, trusted)
            .map_err(|source| SyncError::Signature { url: path.display().to_string(), source })?;
        Ok((bytes, path))
    }

    /// The signed manifest of an installed version: `None` when it is signed by a trusted key but is
    /// not a manifest of this format (one written by an older app).
    ///
    /// Fails when the version has no manifest signed by a trusted key, or it names another version.
    pub(crate) fn signed_root(
        &self,
        version: u64,
        trusted: &[TrustedKey],
    ) -> Result<Option<Manifest>, SyncError> {
        let (bytes, path) = self.signed_manifest_bytes(version, trusted)?;
        let Ok(manifest) = Manifest::from_json(&bytes) else { return Ok(None) };
        check_stored_version(&manifest, version, &path)?;
        Ok(Some(manifest))
    }

    /// The files of an installed version whose manifest has already been read, from its stored
    /// lists, each checked against the manifest's hash.
    pub(crate) fn stored_files(
        &self,
        version: u64,
        manifest: &Manifest,
    ) -> Result<Vec<FileEntry>, SyncError> {
        let url = self.pack_dir(version).join(MANIFEST_FILE).display().to_string();
        let invalid = |source| SyncError::Manifest { url: url.clone(), source };
        manifest.check(SizeLimits::UNBOUNDED).map_err(invalid)?;
        let mut files = Vec::new();
        for group in manifest.required_groups() {
            files.extend(self.stored_list(version, group)?);
        }
        // An optional group whose list is damaged counts as not installed here; `current` removes it.
        for group in self.installed_optional_groups(version, manifest) {
            files.extend(self.stored_list(version, group).unwrap_or_default());
        }
        manifest.check_files(&files, SizeLimits::UNBOUNDED).map_err(invalid)?;
        Ok(files)
    }

    /// The files of one group of an installed version, from its stored list, checked against the
    /// manifest's hash.
    fn stored_list(&self, version: u64, group: &GroupRef) -> Result<Vec<FileEntry>, SyncError> {
        let path = self.stored_list_path(version, group);
        let bytes = read_verified(&path, group.size, &group.sha256, IfDamaged::Keep)?;
        let url = path.display().to_string();
        unpack_list(&url, group, &bytes, MAX_STORED_MANIFEST_BYTES)
    }

    /// The optional groups of `manifest` that are installed in `version`: those whose folder is in
    /// its pack folder.
    pub(crate) fn installed_optional_groups<'m>(
        &self,
        version: u64,
        manifest: &'m Manifest,
    ) -> impl Iterator<Item = &'m GroupRef> + use<'m, '_> {
        manifest
            .groups
            .iter()
            .filter(move |g| g.optional && self.group_dir(version, &g.name).is_dir())
    }

    fn group_dir(&self, version: u64, name: &str) -> PathBuf {
        self.pack_dir(version).join(CONTENT_DIR).join(name)
    }

    /// Checks an installed optional group: its list matches the manifest, its folder holds exactly
    /// the listed files, and each has its size and hash. Returns its files.
    ///
    /// Fails with the first problem found.
    fn verify_group(&self, version: u64, group: &GroupRef) -> Result<Vec<FileEntry>, SyncError> {
        let files = self.stored_list(version, group)?;
        let content = self.pack_dir(version).join(CONTENT_DIR);
        let dir = self.group_dir(version, &group.name);
        for (relative, path, is_file) in list_files(&dir)? {
            let relative = format!("{}/{relative}", group.name);
            if !is_file || !files.iter().any(|f| f.path == relative) {
                return Err(SyncError::UnlistedFile { path });
            }
        }
        for file in &files {
            read_verified(&content.join(&file.path), file.size, &file.sha256, IfDamaged::Keep)?;
        }
        Ok(files)
    }

    /// Takes an optional group's folder out of the pack folder by one rename (into `staging/`, where
    /// it is deleted), then its stored list. Returns the bytes its files took; 0 when it was not
    /// installed.
    ///
    /// Fails when the folder cannot be moved; the group is then still installed, whole.
    pub(crate) fn remove_group(&self, version: u64, group: &GroupRef) -> Result<u64, SyncError> {
        let dir = self.group_dir(version, &group.name);
        if !dir.is_dir() {
            return Ok(0);
        }
        let bytes: u64 = list_files(&dir)?
            .iter()
            .filter_map(|(_, path, _)| fs::symlink_metadata(path).ok())
            .map(|m| m.len())
            .sum();
        let staging = self.root.join(STAGING_DIR);
        create_dir_all(&staging)?;
        let removed = staging.join(durable::unique_name("removed-group"));
        fs::rename(&dir, &removed).map_err(SyncError::io(&dir))?;
        if let Some(parent) = dir.parent() {
            sync_dir(parent)?;
        }
        let _ = fs::remove_dir_all(&removed);
        let _ = fs::remove_file(self.stored_list_path(version, group));
        Ok(bytes)
    }

    /// Removes the optional group `name` from every installed version (see
    /// [`Store::remove_group`]), and returns the bytes freed. The stored manifests are read without
    /// checking their signatures: they only say which folder and list to delete, and only a name
    /// that a manifest gives an optional group (checked to be a safe folder name) is deleted.
    ///
    /// Fails when no installed version has an optional group `name`, or a folder cannot be moved.
    pub(crate) fn remove_group_everywhere(&self, name: &str) -> Result<u64, SyncError> {
        let mut known = false;
        let mut freed = 0;
        for version in self.installed_versions() {
            let path = self.pack_dir(version).join(MANIFEST_FILE);
            let Ok(bytes) = read_bounded(&path, MAX_STORED_MANIFEST_BYTES) else { continue };
            let Ok(manifest) = Manifest::from_json(&bytes) else { continue };
            if manifest.check(SizeLimits::UNBOUNDED).is_err() {
                continue;
            }
            if let Some(group) = manifest.group(name).filter(|g| g.optional) {
                known = true;
                freed += self.remove_group(version, group)?;
            }
        }
        if !known {
            return Err(SyncError::UnknownGroup {
                url: self.root.display().to_string(),
                version: self.pointer().unwrap_or(0),
                name: name.to_owned(),
            });
        }
        Ok(freed)
    }

    /// Assembles an optional group's files from the cache in a new staging folder, synced to disk,
    /// for [`Store::install_group`]. Returns the folder that becomes the group's folder.
    ///
    /// Fails when a file is missing from the cache or does not match its hash, or a write fails.
    pub(crate) fn stage_group(
        &self,
        group: &GroupRef,
        files: &[FileEntry],
    ) -> Result<PathBuf, SyncError> {
        let staging = self.root.join(STAGING_DIR).join(durable::unique_name("group"));
        let mut folders = BTreeSet::new();
        create_dir_all(&staging)?;
        folders.insert(staging.clone());
        let prefix = format!("{}/", group.name);
        for file in files {
            let Some(inside) = file.path.strip_prefix(&prefix) else {
                // FileList::from_json let only the group's own files through.
                unreachable!("{} is not in group {}", file.path, group.name);
            };
            let bytes = self.read_cached(&file.sha256, file.size)?;
            let target = staging.join(inside);
            let parent = target.parent().unwrap_or(&staging).to_path_buf();
            create_dir_all(&parent)?;
            write_new_file(&target, &bytes)?;
            folders.insert(parent);
        }
        for folder in folders.iter().rev() {
            sync_dir(folder)?;
        }
        sync_dir(&self.root.join(STAGING_DIR))?;
        Ok(staging)
    }

    /// Installs a staged optional group into the installed `version`: its list first (with no folder
    /// it means nothing), then its folder by one rename. Before the rename the group is absent,
    /// after it whole.
    ///
    /// Fails when the list is not in the cache, or a write, rename or sync fails; the group is then
    /// absent.
    pub(crate) fn install_group(
        &self,
        version: u64,
        group: &GroupRef,
        staged: &Path,
    ) -> Result<(), SyncError> {
        let list = self.read_cached(&group.sha256, group.size)?;
        let list_path = self.stored_list_path(version, group);
        write_atomically(&list_path, &list).map_err(SyncError::io(&list_path))?;
        let target = self.group_dir(version, &group.name);
        let parent = target.parent().expect("a group's folder is inside the pack folder");
        create_dir_all(parent)?;
        sync_dir(&self.pack_dir(version).join(CONTENT_DIR))?;
        pause_if_requested(PausePoint::GroupStaged);
        fs::rename(staged, &target).map_err(SyncError::io(&target))?;
        sync_dir(parent)?;
        sync_dir(&self.root.join(STAGING_DIR))?;
        Ok(())
    }

    fn stored_list_path(&self, version: u64, group: &GroupRef) -> PathBuf {
        self.pack_dir(version).join(LISTS_DIR).join(format!("{}.gz", group.sha256))
    }

    /// The highest version whose stored manifest is signed by a trusted key, damaged files or not,
    /// and in any manifest format: the floor below which no sync may go.
    pub(crate) fn highest_signed_version(&self, trusted: &[TrustedKey]) -> Option<u64> {
        let mut versions = self.installed_versions();
        versions.sort_unstable_by(|a, b| b.cmp(a));
        versions.into_iter().find(|&version| {
            self.signed_manifest_bytes(version, trusted).is_ok_and(|(bytes, _)| {
                ManifestHeader::from_json(&bytes).is_some_and(|h| h.version == version)
            })
        })
    }

    fn verify_installed(
        &self,
        version: u64,
        trusted: &[TrustedKey],
    ) -> Result<InstalledPack, SyncError> {
        let (bytes, path) = self.signed_manifest_bytes(version, trusted)?;
        let manifest = Manifest::from_json(&bytes)
            .map_err(|source| SyncError::Manifest { url: path.display().to_string(), source })?;
        check_stored_version(&manifest, version, &path)?;
        manifest
            .check(SizeLimits::UNBOUNDED)
            .map_err(|source| SyncError::Manifest { url: path.display().to_string(), source })?;
        // The optional groups first, each on its own: one that does not verify is removed (the reader
        // can download it again), and the rest of the pack stays usable.
        let mut hashed = HashSet::new();
        let installed: Vec<GroupRef> =
            self.installed_optional_groups(version, &manifest).cloned().collect();
        for group in &installed {
            match self.verify_group(version, group) {
                Ok(_) => {
                    hashed.insert(group.name.clone());
                }
                Err(e) => {
                    tracing::warn!(version, group = %group.name, error = %e,
                        "installed optional group does not verify; removed");
                    self.remove_group(version, group)?;
                }
            }
        }
        let files = self.stored_files(version, &manifest)?;
        let content = self.pack_dir(version).join(CONTENT_DIR);
        verify_files(&content, &files, |f| !hashed.contains(group_of(&f.path)))?;
        check_pack(&content)?;
        Ok(InstalledPack {
            pack_id: manifest.pack_id.clone(),
            version,
            dir: content,
            created: manifest.created,
            expires: manifest.expires,
            manifest,
            files,
        })
    }

    /// Removes what an interrupted sync left in `staging/`.
    ///
    /// Fails when `staging/` cannot be listed or created.
    pub(crate) fn clean_staging(&self) -> Result<(), SyncError> {
        let staging = self.root.join(STAGING_DIR);
        create_dir_all(&staging)?;
        for entry in fs::read_dir(&staging).map_err(SyncError::io(&staging))?.flatten() {
            let path = entry.path();
            let removed =
                if path.is_dir() { fs::remove_dir_all(&path) } else { fs::remove_file(&path) };
            removed.map_err(SyncError::io(&path))?;
        }
        Ok(())
    }

    fn cached_path(&self, sha256: &str) -> PathBuf {
        self.root.join(CACHE_DIR).join(sha256)
    }

    /// Whether the cache holds a file with this hash and size, checked by hashing it. A damaged entry
    /// is removed, so that it is downloaded again.
    pub(crate) fn has_cached(&self, sha256: &str, size: u64) -> bool {
        self.read_cached(sha256, size).is_ok()
    }

    /// The cached bytes with this hash and size, checked by hashing them.
    ///
    /// Fails when they are missing, or have another size or hash (a damaged entry is removed).
    pub(crate) fn read_cached(&self, sha256: &str, size: u64) -> Result<Vec<u8>, SyncError> {
        read_verified(&self.cached_path(sha256), size, sha256, IfDamaged::Remove)
    }

    /// Adds verified bytes to the cache. The caller has checked their hash.
    ///
    /// Fails when the file cannot be written and synced.
    pub(crate) fn cache(&self, sha256: &str, bytes: &[u8]) -> Result<(), SyncError> {
        // The folder is synced once for many files, by `sync_cache`.
        let target = self.cached_path(sha256);
        rename_into_place(&target, bytes).map_err(SyncError::io(&target))
    }

    /// Syncs the cache folder, so that the files added to it survive a crash.
    pub(crate) fn sync_cache(&self) -> Result<(), SyncError> {
        sync_dir(&self.root.join(CACHE_DIR))
    }

    /// Copies into the cache the file lists of `groups` that an installed version already has
    /// intact, so that they are not downloaded again. Returns the groups whose list is still missing.
    ///
    /// Fails when the cache cannot be written.
    pub(crate) fn seed_lists(&self, groups: &[GroupRef]) -> Result<Vec<GroupRef>, SyncError> {
        let versions = self.installed_versions();
        let mut missing = Vec::new();
        for group in groups {
            if self.has_cached(&group.sha256, group.size) {
                continue;
            }
            let found = versions.iter().find_map(|&version| {
                let path = self.stored_list_path(version, group);
                read_verified(&path, group.size, &group.sha256, IfDamaged::Keep).ok()
            });
            match found {
                Some(bytes) => self.cache(&group.sha256, &bytes)?,
                None => missing.push(group.clone()),
            }
        }
        self.sync_cache()?;
        Ok(missing)
    }

    /// Copies into the cache the files that an installed version already has intact, of those in
    /// `files` and of the older files their deltas apply to, so that they are not downloaded again.
    /// Returns the hashes and sizes of the older files now in the cache.
    ///
    /// Fails when the cache cannot be written.
    pub(crate) fn seed_cache_from_installed(
        &self,
        files: &[FileEntry],
    ) -> Result<HashMap<String, u64>, SyncError> {
        let wanted: HashMap<&str, Option<u64>> = files
            .iter()
            .map(|f| (f.sha256.as_str(), Some(f.size)))
            .chain(files.iter().filter_map(|f| Some((f.delta.as_ref()?.base.as_str(), None))))
            .collect();
        let mut bases = HashMap::new();
        for version in self.installed_versions() {
            // Only the hashes matter here, not the signature: each copied file is hashed again.
            let dir = self.pack_dir(version);
            let Ok(bytes) = read_bounded(&dir.join(MANIFEST_FILE), MAX_STORED_MANIFEST_BYTES)
            else {
                continue;
            };
            let Ok(manifest) = Manifest::from_json(&bytes) else { continue };
            let Ok(installed) = self.stored_files(version, &manifest) else { continue };
            for old in &installed {
                let Some(&size) = wanted.get(old.sha256.as_str()) else { continue };
                if size.is_some_and(|size| size != old.size) {
                    continue;
                }
                let is_base = size.is_none();
                if !self.has_cached(&old.sha256, old.size) {
                    if check_pack_path(&old.path).is_err() {
                        continue;
                    }
                    let path = dir.join(CONTENT_DIR).join(&old.path);
                    let Ok(bytes) = read_verified(&path, old.size, &old.sha256, IfDamaged::Keep)
                    else {
                        continue;
                    };
                    self.cache(&old.sha256, &bytes)?;
                }
                if is_base {
                    bases.insert(old.sha256.clone(), old.size);
                }
            }
        }
        self.sync_cache()?;
        Ok(bases)
    }

    /// Assembles a version (`files` are those of `manifest`'s required groups and of the optional
    /// groups to keep) in a new staging folder from the
    /// cache, syncs it to disk and checks it as the app will open it. Returns the staging folder.
    ///
    /// Fails when a file or list is missing from the cache or does not match its hash, when a write
    /// fails, or when the engine finds a problem in the pack.
    pub(crate) fn stage(
        &self,
        manifest: &Manifest,
        manifest_bytes: &[u8],
        signature: &[u8],
        files: &[FileEntry],
    ) -> Result<PathBuf, SyncError> {
        let staging = self.root.join(STAGING_DIR).join(durable::unique_name("pack"));
        let content = staging.join(CONTENT_DIR);
        let lists = staging.join(LISTS_DIR);
        create_dir_all(&content)?;
        create_dir_all(&lists)?;
        // The required groups, and the optional groups the reader asked for: those with files here.
        let installed = manifest
            .groups
            .iter()
            .filter(|g| !g.optional || files.iter().any(|f| group_of(&f.path) == g.name));
        for group in installed {
            let bytes = self.read_cached(&group.sha256, group.size)?;
            write_new_file(&lists.join(format!("{}.gz", group.sha256)), &bytes)?;
        }
        let mut folders = BTreeSet::new();
        folders.insert(lists);
        for file in files {
            let bytes = self.read_cached(&file.sha256, file.size)?;
            let target = content.join(&file.path);
            let parent = target.parent().unwrap_or(&content).to_path_buf();
            create_dir_all(&parent)?;
            write_new_file(&target, &bytes)?;
            folders.insert(parent);
        }
        write_new_file(&staging.join(MANIFEST_FILE), manifest_bytes)?;
        write_new_file(&staging.join(SIGNATURE_FILE), signature)?;
        // Deepest first, so each folder's entry in its parent is synced after its own contents.
        for folder in folders.iter().rev() {
            sync_dir(folder)?;
        }
        sync_dir(&content)?;
        sync_dir(&staging)?;
        check_pack(&content)?;
        Ok(staging)
    }

    /// Moves a staged version into `packs/` and switches the `current` pointer to it: after the pointer's
    /// one rename the new version is in use; before it, the old one still is.
    ///
    /// Fails when a rename or a sync to disk fails; the pack in use is then unchanged.
    pub(crate) fn install(&self, staging: &Path, version: u64) -> Result<(), SyncError> {
        pause_if_requested(PausePoint::Staged);
        let target = self.pack_dir(version);
        if target.exists() {
            // Left by an install that stopped before its pointer switch, or damaged: this staged copy
            // is verified, so it replaces it.
            fs::remove_dir_all(&target).map_err(SyncError::io(&target))?;
        }
        fs::rename(staging, &target).map_err(SyncError::io(&target))?;
        sync_dir(&self.root.join(PACKS_DIR))?;
        sync_dir(&self.root.join(STAGING_DIR))?;
        pause_if_requested(PausePoint::Renamed);
        let pointer = self.root.join(CURRENT_FILE);
        write_atomically(&pointer, format!("{version}\n").as_bytes())
            .map_err(SyncError::io(&pointer))?;
        pause_if_requested(PausePoint::Switched);
        Ok(())
    }

    /// Removes what is no longer needed once `in_use` is installed: the cache, every version except
    /// `in_use` and `previous` (kept to fall back on if `in_use` is damaged later), and the optional
    /// groups of `previous` (`in_use` has those the reader keeps; a fallback needs only the text, and
    /// a voice kept twice would take its space twice).
    pub(crate) fn prune(&self, in_use: u64, previous: Option<u64>) {
        for version in self.installed_versions() {
            if version != in_use && Some(version) != previous {
                let _ = fs::remove_dir_all(self.pack_dir(version));
            }
        }
        if let Some(previous) = previous.filter(|&p| p != in_use) {
            let path = self.pack_dir(previous).join(MANIFEST_FILE);
            let manifest = read_bounded(&path, MAX_STORED_MANIFEST_BYTES)
                .ok()
                .and_then(|bytes| Manifest::from_json(&bytes).ok())
                .filter(|m| m.check(SizeLimits::UNBOUNDED).is_ok());
            for group in manifest.iter().flat_map(|m| m.groups.iter().filter(|g| g.optional)) {
                if let Err(e) = self.remove_group(previous, group) {
                    tracing::warn!(version = previous, group = %group.name, error = %e,
                        "could not remove an optional group of the previous version");
                }
            }
        }
        self.clear_cache();
    }

    /// Empties the cache of verified files.
    pub(crate) fn clear_cache(&self) {
        let cache = self.root.join(CACHE_DIR);
        for entry in fs::read_dir(&cache).into_iter().flatten().flatten() {
            let _ = fs::remove_file(entry.path());
        }
    }

    pub(crate) fn conditional_state(&self) -> Option<ConditionalState> {
        let bytes = read_bounded(&self.root.join(STATE_FILE), 64 << 10).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    /// Remembers the manifest response's validators. Losing them only costs a full request next time.
    pub(crate) fn save_conditional_state(&self, state: &ConditionalState) {
        let bytes = serde_json::to_vec(state).expect("state serializes");
        if let Err(e) = write_atomically(&self.root.join(STATE_FILE), &bytes) {
            tracing::warn!(error = %e, "could not save the manifest's ETag");
        }
    }
}

/// Checks that `content` holds exactly the listed files, and that each of those `needs_hash` picks
/// (the others were hashed just before) has its size and hash.
fn verify_files(
    content: &Path,
    files: &[FileEntry],
    needs_hash: impl Fn(&FileEntry) -> bool,
) -> Result<(), SyncError> {
    let on_disk = list_files(content)?;
    for (relative, path, is_file) in &on_disk {
        let listed = files.iter().any(|f| &f.path == relative);
        if !listed || !is_file {
            return Err(SyncError::UnlistedFile { path: path.clone() });
        }
    }
    for file in files.iter().filter(|f| needs_hash(f)) {
        read_verified(&content.join(&file.path), file.size, &file.sha256, IfDamaged::Keep)?;
    }
    Ok(())
}

/// Checks that a manifest stored in the folder of `version` names that version.
fn check_stored_version(manifest: &Manifest, version: u64, path: &Path) -> Result<(), SyncError> {
    if manifest.version == version {
        return Ok(());
    }
    Err(SyncError::StoredVersionMismatch {
        path: path.to_owned(),
        expected: version,
        found: manifest.version,
    })
}

/// Reads a pack folder with the app's loader and checks every locale.
///
/// Fails when the loader cannot open the pack or finds any error in it.
pub(crate) fn check_pack(content: &Path) -> Result<(), SyncError> {
    let problems: Vec<_> = Pack::check_all(&PackSource::Directory(content.to_path_buf()))
        .into_iter()
        .filter(|d| d.is_error())
        .collect();
    if problems.is_empty() {
        Ok(())
    } else {
        Err(SyncError::InvalidPack { dir: content.to_path_buf(), problems })
    }
}

/// What [`read_verified`] does with a file that is not what it should be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum IfDamaged {
    /// A cache entry: removed, so that the next sync downloads it again.
    Remove,
    /// A file of an installed version, which nothing changes after it is installed: left for
    /// [`Store::current`] to refuse, and for a sync to replace with the whole version.
    Keep,
}

/// Reads the file at `path`, which must be exactly `size` bytes with SHA-256 `sha256`: the one way
/// the store reads a file whose hash a signed manifest or list gives. Never reads more than `size`
/// bytes (and one more, to notice a file that grows meanwhile).
///
/// Fails with [`SyncError::StoredSizeMismatch`] or [`SyncError::StoredHashMismatch`] when the file
/// is not that one (removing it first when `if_damaged` says so), and with [`SyncError::Io`] when it
/// cannot be read, for example because it is missing.
fn read_verified(
    path: &Path,
    size: u64,
    sha256: &str,
    if_damaged: IfDamaged,
) -> Result<Vec<u8>, SyncError> {
    let read = read_exactly(path, size, sha256);
    let is_damaged = matches!(
        read,
        Err(SyncError::StoredSizeMismatch { .. } | SyncError::StoredHashMismatch { .. })
    );
    if is_damaged && if_damaged == IfDamaged::Remove {
        let _ = fs::remove_file(path);
    }
    read
}

fn read_exactly(path: &Path, size: u64, sha256: &str) -> Result<Vec<u8>, SyncError> {
    let wrong_size =
        |found| SyncError::StoredSizeMismatch { path: path.to_owned(), expected: size, found };
    let file = fs::File::open(path).map_err(SyncError::io(path))?;
    // The size on disk first: a file of the wrong size is refused without reading it.
    let on_disk = file.metadata().map_err(SyncError::io(path))?.len();
    if on_disk != size {
        return Err(wrong_size(on_disk));
    }
    let mut bytes = Vec::new();
    file.take(size.saturating_add(1)).read_to_end(&mut bytes).map_err(SyncError::io(path))?;
    if bytes.len() as u64 != size {
        return Err(wrong_size(bytes.len() as u64));
    }
    let found = sha256_hex(&bytes);
    if found != sha256 {
        return Err(SyncError::StoredHashMismatch {
            path: path.to_owned(),
            expected: sha256.to_owned(),
            found,
        });
    }
    Ok(bytes)
}

/// Reads at most `limit` bytes of a file whose hash nothing gives (a manifest, its signature, the
/// ETag state), one more to tell a larger file apart.
fn read_bounded(path: &Path, limit: u64) -> Result<Vec<u8>, SyncError> {
    let file = fs::File::open(path).map_err(SyncError::io(path))?;
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes).map_err(SyncError::io(path))?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &[u8] = b"title = Get help now\n";

    #[test]
    fn a_damaged_cache_entry_is_reported_with_what_was_found_and_removed() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let sha256 = sha256_hex(ARTICLE);
        let size = ARTICLE.len() as u64;
        let path = store.cached_path(&sha256);
        store.cache(&sha256, ARTICLE).unwrap();
        assert_eq!(store.read_cached(&sha256, size).unwrap(), ARTICLE);

        // The same size, one letter changed.
        let changed = b"title = Get hlep now\n";
        fs::write(&path, changed).unwrap();
        let error = store.read_cached(&sha256, size).unwrap_err();
        assert!(
            matches!(&error, SyncError::StoredHashMismatch { path: p, expected, found }
                if *p == path && *expected == sha256 && *found == sha256_hex(changed)),
            "{error}"
        );
        assert!(!path.exists(), "the damaged entry is removed, to be downloaded again");

        // Longer than the list says: refused by its size alone.
        fs::write(&path, [ARTICLE, b"extra = line\n"].concat()).unwrap();
        let error = store.read_cached(&sha256, size).unwrap_err();
        assert!(
            matches!(error, SyncError::StoredSizeMismatch { expected, found, .. }
                if expected == size && found == size + 13),
            "{error}"
        );
        assert!(!path.exists());
        assert!(!store.has_cached(&sha256, size));
    }

    #[test]
    fn a_damaged_file_of_an_installed_version_is_reported_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("help-now.ftl");
        fs::write(&path, b"title = Send money here\n").unwrap();
        let sha256 = sha256_hex(ARTICLE);
        let error = read_verified(&path, ARTICLE.len() as u64, &sha256, IfDamaged::Keep);
        assert!(matches!(error, Err(SyncError::StoredSizeMismatch { .. })));
        assert!(path.exists(), "an installed version is never changed");
        let error = read_verified(&dir.path().join("missing"), 1, &sha256, IfDamaged::Remove);
        assert!(matches!(error, Err(SyncError::Io { .. })));
    }
}
