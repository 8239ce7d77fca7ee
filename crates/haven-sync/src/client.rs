//! One sync: the stages of [`sync`], in the order of the update, each its own function taking what
//! it needs, with docs that name the attack it stops (the threat model is in the crate docs).

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{SystemTime, UNIX_EPOCH};

use reqwest::Url;

use crate::error::SyncError;
use crate::http::{self, Fetched, Validators};
use crate::limits::Limits;
use crate::pause::{pause_if_requested, PausePoint};
use crate::release::{
    group_of, same_files, Blob, Delta, FileEntry, GroupRef, Manifest, ManifestError, SizeLimits,
    MANIFEST_FILE, SIGNATURE_FILE,
};
use crate::root::{root_file, root_signature_file, verify_next, Root, RootError, RootKeys, Trust};
use crate::signature::{verify, TrustedKey};
use crate::store::{optional_groups_of, ConditionalState, InstalledPack, OptionalGroup, Store};
use crate::unpack::{check_blob, unpack, unpack_delta, unpack_list};

/// What one more request is assumed to cost, in bytes, when choosing between the bundle and
/// per-file blobs (headers both ways).
const REQUEST_COST_BYTES: u64 = 400;
/// How many file lists are downloaded at once (a first sync needs one per locale).
const PARALLEL_LISTS: usize = 6;

/// Where to sync from and what to accept.
#[derive(Debug, Clone)]
pub struct SyncConfig {
    /// The folder holding `manifest.json`, e.g. `https://ngo.example/haven/`.
    pub base_url: String,
    /// What says which keys may sign a manifest: the root keys built into the app, or (with no
    /// root) fixed signing keys. See [`Trust`].
    pub trust: Trust,
    /// The pack id the app accepts (the embedded pack's). `None` accepts the id of the first pack
    /// installed, and only that id afterwards.
    pub pack_id: Option<String>,
    /// The version of the pack embedded in the app: nothing older is ever installed.
    pub min_version: u64,
    pub limits: Limits,
}

impl SyncConfig {
    /// A configuration with the default limits.
    pub fn new(base_url: impl Into<String>, trust: impl Into<Trust>) -> SyncConfig {
        SyncConfig {
            base_url: base_url.into(),
            trust: trust.into(),
            pack_id: None,
            min_version: 0,
            limits: Limits::default(),
        }
    }
}

/// Whether a sync changed the pack in use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyncStatus {
    /// A newer version was installed and is now in use.
    Updated,
    /// The server has nothing newer; the pack in use stays.
    Unchanged,
}

/// What a successful sync did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyncOutcome {
    pub status: SyncStatus,
    /// The version in use afterwards (the embedded pack's when the store has none).
    pub version: u64,
    /// Response body bytes received, after any HTTP content decoding.
    pub bytes_downloaded: u64,
}

/// Where a sync is, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyncStage {
    /// Another sync of the same store is running in this process; this one starts when it ends.
    WaitingForAnotherSync,
    /// Stages 0 to 8: from loading the trusted root to planning the downloads.
    CheckingForUpdate,
    /// Stage 9, told before each download.
    Downloading,
    /// Stages 10 and 11.
    Installing,
}

/// Progress reported during a sync.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyncProgress {
    pub stage: SyncStage,
    pub bytes_downloaded: u64,
    /// What the download is expected to total, once known (0 before).
    pub bytes_expected: u64,
}

/// A callback told of progress. It runs on the sync's task, so it should return quickly.
pub type ProgressCallback<'a> = &'a (dyn Fn(SyncProgress) + Send + Sync);

/// Brings the store up to date with the pack published at `config.base_url`.
///
/// It runs these stages in order, as tough's `Repository::load` follows the TUF client workflow
/// (the root first, then the rest), and installs nothing unless every one passes:
///
/// 0. load the root this device trusts (with root keys);
/// 1. fetch the newer root versions, each signed by the one before, and check the newest has not
///    expired: these say which keys sign manifests;
/// 2. load what this device has installed, signed by those keys;
/// 3. fetch the manifest, only if it changed;
/// 4. verify its signature, then read it;
/// 5. check its pack id, expiry and version: the one rollback check;
/// 6. fetch and verify the file lists of the groups that changed, of the required groups and of the
///    optional groups the pack in use has (the others are fetched only by [`fetch_group`]);
/// 7. check that an offer of the installed version has the installed files;
/// 8. plan the downloads;
/// 9. fetch and verify the blobs and deltas (the bundle holds only the required groups' files);
/// 10. stage the pack and check it with the app's loader;
/// 11. install it with one rename.
///
/// The previous pack stays in use, and the store consistent, whenever this fails: the server cannot
/// be reached or breaks off; a root is missing, not signed by the root keys this device trusts, out
/// of sequence or expired; the manifest is too large, not signed by a key the root names, malformed,
/// for another pack, expired, older than the pack in use, or the same version with other files; a
/// file list or a download is larger or smaller than declared or does not match its hash; a delta
/// does not give the signed file; the pack does not pass the engine's checks; or the disk cannot be
/// written. Root versions verified are kept even then (as in TUF), and so are file lists and files
/// already verified, so the next sync downloads only what is still missing.
pub async fn sync(
    config: &SyncConfig,
    store: &Store,
    progress: Option<ProgressCallback<'_>>,
) -> Result<SyncOutcome, SyncError> {
    update(config, store, progress, None).await
}

/// Downloads the optional group `name` (such as `audio/da`, one language's voice) and installs it
/// with the pack in use; see [`crate::InstalledPack::optional_groups`] for the groups and their
/// sizes.
///
/// It runs the stages of [`sync`], from the root to the manifest's signature, expiry and version
/// (stages 0 to 5, with no conditional request), and then:
///
/// - when the manifest offers the version in use: 6. fetches and verifies the group's list, which
///   must be the one the installed manifest pins; 8. plans its downloads; 9. fetches and verifies
///   its files; 10. stages them; 11. installs the group's folder into the pack in use with one
///   rename (its list first);
/// - when it offers a newer version (or the app still uses its embedded pack): the whole of [`sync`],
///   with this group added to the groups the pack in use has, so the new version comes with it.
///
/// Returns [`SyncStatus::Updated`] when the group was installed, [`SyncStatus::Unchanged`] when it
/// was already. It fails as [`sync`] does, and also when the version has no optional group `name`
/// ([`SyncError::UnknownGroup`]) or it declares more than [`Limits::max_optional_group_bytes`]
/// ([`SyncError::GroupTooLarge`]); a refused group stays unavailable and the pack in use unchanged.
/// Its files verified so far stay cached, so trying again downloads only the rest.
pub async fn fetch_group(
    config: &SyncConfig,
    store: &Store,
    name: &str,
    progress: Option<ProgressCallback<'_>>,
) -> Result<SyncOutcome, SyncError> {
    update(config, store, progress, Some(name)).await
}

/// Removes the optional group `name` from every installed version, freeing its space, and returns
/// the bytes its files took (0 when it was not installed). Waits for a sync of the store that is
/// running, so that it does not install the group again afterwards.
///
/// Fails when no installed version has an optional group `name`, or its folder cannot be moved;
/// a group is removed whole or stays whole.
pub async fn remove_group(store: &Store, name: &str) -> Result<u64, SyncError> {
    let _only_sync = one_sync_at_a_time(store, &Progress(None)).await;
    let (store, name) = (store.clone(), name.to_owned());
    blocking(move || store.remove_group_everywhere(&name)).await
}

/// The optional groups of the version the server offers now, with their sizes, for the app to say
/// "Download the voice for this language (7.9 MB)" before anything large is downloaded. An installed
/// group counts as installed only when the version offered is the one installed.
///
/// It runs stages 0 to 5 of [`sync`] (the root, the manifest's signature, expiry and version), asks
/// for the manifest whether or not it changed, and installs nothing; roots verified are kept, as in
/// a sync. Fails as those stages of [`sync`] do.
pub async fn offered_groups(
    config: &SyncConfig,
    store: &Store,
) -> Result<(u64, Vec<OptionalGroup>), SyncError> {
    let progress = Progress(None);
    let _only_sync = one_sync_at_a_time(store, &progress).await;
    let Checked { trusted, offered, .. } = check_offer(config, store, &progress, false).await?;
    let (_, manifest, _) = offered.expect("an unconditional request has a body");
    let installed = trusted.current.filter(|c| c.version == manifest.version);
    let groups = optional_groups_of(&manifest, installed.as_ref());
    Ok((manifest.version, groups))
}

/// What stages 0 to 5 establish: the server, the keys and what this device trusts, and the manifest
/// offered with what it offers (`None` when the server answered that it has not changed).
struct Checked {
    remote: Remote,
    keys: Vec<TrustedKey>,
    trusted: Trusted,
    offered: Option<(FetchedManifest, Manifest, Offer)>,
}

/// Stages 0 to 5 of [`sync`]; stage 3 is a conditional request when `conditional` is set and it is
/// safe ([`conditional_validators`]).
async fn check_offer(
    config: &SyncConfig,
    store: &Store,
    progress: &Progress<'_>,
    conditional: bool,
) -> Result<Checked, SyncError> {
    let limits = &config.limits;
    let remote = Remote::try_new(&config.base_url, limits)?;
    progress.report(SyncStage::CheckingForUpdate, 0, 0);
    let now = unix_now();

    let keys = match &config.trust {
        Trust::SigningKeys(keys) => keys.clone(),
        Trust::Root(root_keys) => {
            // 0. The newest root this device has verified, if any.
            let trusted_root = load_trusted_root(store, root_keys).await?;

            // 1. The newer roots, each signed by the one before; the newest must not have expired.
            let root = update_root(&remote, store, root_keys, trusted_root, limits).await?;
            check_root_expiry(&root, &remote, now)?;
            root.signing_key_set()
        }
    };

    // 2. What this device has installed, signed by a key the root names.
    let trusted = load_trusted(store, &keys, config.pack_id.clone(), config.min_version).await?;

    // 3. The manifest, only if it changed since the pack in use was installed.
    let validators = conditional_validators(&trusted, &remote.base, now).filter(|_| conditional);
    let Some(fetched) = fetch_manifest(&remote, limits, validators.as_ref()).await? else {
        return Ok(Checked { remote, keys, trusted, offered: None });
    };

    // 4. Its signature, over the bytes as received, before they are read.
    let manifest = verify_manifest(&fetched, &keys, limits.size_limits())?;

    // 5. This pack, not expired, and not older than any version installed.
    let (pack_id, floor) = (trusted.pack_id.as_deref(), trusted.floor);
    let max_expiry_ahead = limits.max_expiry_ahead.as_secs();
    let offer = check_manifest(&manifest, &fetched.url, pack_id, floor, now, max_expiry_ahead)?;
    pause_if_requested(PausePoint::ManifestVerified);
    Ok(Checked { remote, keys, trusted, offered: Some((fetched, manifest, offer)) })
}

/// The stages of [`sync`], and of [`fetch_group`] when `requested` names a group.
async fn update(
    config: &SyncConfig,
    store: &Store,
    progress: Option<ProgressCallback<'_>>,
    requested: Option<&str>,
) -> Result<SyncOutcome, SyncError> {
    let limits = &config.limits;
    let progress = Progress(progress);
    // One sync of a store at a time: another would clean this one's staging folder, and prune the
    // version it is installing.
    let _only_sync = one_sync_at_a_time(store, &progress).await;

    // 0 to 5, always asking for the manifest when a group is asked for.
    let Checked { remote, keys, trusted, offered } =
        check_offer(config, store, &progress, requested.is_none()).await?;
    let Some((fetched, manifest, offer)) = offered else {
        return Ok(remote.outcome(SyncStatus::Unchanged, trusted.in_use));
    };

    // 5, its end: the optional groups to install, those the pack in use has and the one asked for.
    let wanted =
        wanted_groups(&manifest, &fetched.url, trusted.current.as_ref(), requested, limits)?;
    if let (Some(name), Some(current)) = (requested, &trusted.current) {
        if offer == Offer::SameVersion && current.version == manifest.version {
            return add_group(&remote, store, &progress, current, &manifest, name, limits).await;
        }
    }

    // 6. The file lists, of the groups to install whose list the store does not have.
    let files = fetch_file_lists(&remote, store, &manifest, &wanted, limits.size_limits()).await?;

    // 7. The installed version again: the same files, or a replay.
    if offer == Offer::SameVersion {
        let current = trusted.current_version();
        match check_same_version(store, &keys, &manifest, &files, current, &fetched.url).await? {
            SameVersion::Reinstall => {}
            // The embedded pack's version, asked for a group: installed, with the group.
            SameVersion::AlreadyInUse if requested.is_some() => {}
            SameVersion::AlreadyInUse => {
                keep_in_use(store, fetched.conditional_state(&remote.base, trusted.in_use)).await?;
                return Ok(remote.outcome(SyncStatus::Unchanged, trusted.in_use));
            }
        }
    }

    // 8. What to download: nothing the store already has.
    let plan = plan_downloads(store, &manifest, &files).await?;

    // 9. The blobs and deltas, each checked before it is kept.
    let expected = remote.received() + plan.iter().map(|d| d.blob().size).sum::<u64>();
    let downloading = |received| progress.report(SyncStage::Downloading, received, expected);
    fetch_blobs(&remote, store, plan, downloading).await?;
    progress.report(SyncStage::Installing, remote.received(), expected);

    // 10. The new version, assembled and checked as the app will open it.
    let version = manifest.version;
    let staging = stage_pack(store, &fetched, manifest, files).await?;

    // 11. The switch to it.
    install(store, staging, version, trusted.current_version()).await?;
    store.save_conditional_state(&fetched.conditional_state(&remote.base, version));
    Ok(remote.outcome(SyncStatus::Updated, version))
}

/// Stage 5, its end: the optional groups a new version is installed with: those the pack in use has
/// (the reader asked for them, so they are kept, and updated when they changed) and `requested`.
/// A kept group that the new version no longer has, or that grew past
/// [`Limits::max_optional_group_bytes`], is left out, so that the text still updates.
///
/// Fails when `requested` is not an optional group of the manifest, or declares too many bytes.
fn wanted_groups(
    manifest: &Manifest,
    url: &str,
    current: Option<&InstalledPack>,
    requested: Option<&str>,
    limits: &Limits,
) -> Result<BTreeSet<String>, SyncError> {
    let limit = limits.max_optional_group_bytes;
    if let Some(name) = requested {
        let group =
            manifest.group(name).filter(|g| g.optional).ok_or_else(|| SyncError::UnknownGroup {
                url: url.to_owned(),
                version: manifest.version,
                name: name.to_owned(),
            })?;
        let bytes = group.bytes.unwrap_or(0);
        if bytes > limit {
            let (url, name) = (url.to_owned(), name.to_owned());
            return Err(SyncError::GroupTooLarge { url, name, bytes, limit });
        }
    }
    let kept = current.into_iter().flat_map(InstalledPack::optional_groups).filter(|g| g.installed);
    let mut wanted: BTreeSet<String> =
        kept.map(|g| g.name).chain(requested.map(str::to_owned)).collect();
    wanted.retain(|name| {
        let fits =
            manifest.group(name).is_some_and(|g| g.optional && g.bytes.unwrap_or(0) <= limit);
        if !fits {
            tracing::warn!(group = %name, version = manifest.version,
                "an installed optional group is gone from the new version or too large; not kept");
        }
        fits
    });
    Ok(wanted)
}

/// Stages 6 to 11 for one optional group added to the version in use (`manifest` offers that
/// version, checked in stages 0 to 5): its list, its files, and its folder renamed into the
/// installed pack.
///
/// Stops mix-and-match: the group's list must be the one the installed manifest pins, so the files
/// added are those the installed version was signed with; every file is checked against that list.
/// Stops endless data as a sync does, and a group past [`Limits::max_optional_group_bytes`].
///
/// Fails when the offered manifest pins another list for the group (the same version changed), or
/// a download or a check fails; the group then stays absent.
async fn add_group(
    remote: &Remote,
    store: &Store,
    progress: &Progress<'_>,
    current: &InstalledPack,
    manifest: &Manifest,
    name: &str,
    limits: &Limits,
) -> Result<SyncOutcome, SyncError> {
    let base = remote.base.to_string();
    let Some(group) = current.manifest.group(name).filter(|g| Some(*g) == manifest.group(name))
    else {
        return Err(SyncError::ChangedWithoutNewVersion { url: base, version: manifest.version });
    };
    if current.has_group(name) {
        return Ok(remote.outcome(SyncStatus::Unchanged, current.version));
    }

    // 6. Its list, checked with the files installed.
    let missing = {
        let (store, group) = (store.clone(), group.clone());
        blocking(move || store.seed_lists(&[group])).await?
    };
    fetch_lists(remote, store, missing).await?;
    let group_files = {
        let (store, group, installed) = (store.clone(), group.clone(), current.clone());
        let size_limits = limits.size_limits();
        let url = join(&remote.base, &group.address())?.to_string();
        blocking(move || {
            let bytes = store.read_cached(&group.sha256, group.size)?;
            let files = unpack_list(&url, &group, &bytes, size_limits.max_list_bytes)?;
            let all: Vec<FileEntry> = installed.files.iter().chain(&files).cloned().collect();
            installed
                .manifest
                .check_files(&all, size_limits)
                .map_err(|source| SyncError::Manifest { url, source })?;
            Ok(files)
        })
        .await?
    };

    // 8 and 9. Its files, each checked before it is kept.
    let plan = plan_downloads(store, manifest, &group_files).await?;
    let expected = remote.received() + plan.iter().map(|d| d.blob().size).sum::<u64>();
    let downloading = |received| progress.report(SyncStage::Downloading, received, expected);
    fetch_blobs(remote, store, plan, downloading).await?;
    progress.report(SyncStage::Installing, remote.received(), expected);

    // 10 and 11. Staged, then renamed into the pack in use.
    let (store, group, version) = (store.clone(), group.clone(), current.version);
    blocking(move || {
        let staged = store.stage_group(&group, &group_files)?;
        store.install_group(version, &group, &staged)?;
        store.clear_cache();
        Ok(())
    })
    .await?;
    Ok(remote.outcome(SyncStatus::Updated, version))
}

/// Waits until no other sync of `store` runs in this process, telling `progress` when it has to
/// wait, and returns the guard that keeps others waiting until it is dropped.
///
/// Stops two syncs (the automatic check and the reader's, say) from working on one store at once:
/// each cleans the staging folder at its start and prunes old versions at its end, which would
/// remove the other's staged pack, or the pack the other just installed. A second process using the
/// same store is not covered: the app is the only one that syncs its store.
async fn one_sync_at_a_time(
    store: &Store,
    progress: &Progress<'_>,
) -> tokio::sync::OwnedMutexGuard<()> {
    static RUNNING: OnceLock<Mutex<HashMap<PathBuf, Arc<tokio::sync::Mutex<()>>>>> =
        OnceLock::new();
    let key = std::fs::canonicalize(store.dir()).unwrap_or_else(|_| store.dir().to_owned());
    let lock = {
        let mut running = RUNNING.get_or_init(Default::default).lock().expect("never poisoned");
        running.entry(key).or_default().clone()
    };
    match lock.clone().try_lock_owned() {
        Ok(guard) => guard,
        Err(_) => {
            progress.report(SyncStage::WaitingForAnotherSync, 0, 0);
            lock.lock_owned().await
        }
    }
}

/// Stage 0: the newest root this device has verified, its chain checked again from the root keys
/// built into the app; `None` before the first sync that found a root.
///
/// Stops a store changed behind the app's back from naming signing keys: nothing in `roots/` counts
/// unless its chain verifies from the built-in keys.
async fn load_trusted_root(store: &Store, root_keys: &RootKeys) -> Result<Option<Root>, SyncError> {
    let (store, root_keys) = (store.clone(), root_keys.clone());
    blocking(move || Ok(store.trusted_root(&root_keys))).await
}

/// Stage 1: fetches `roots/<n+1>.root.json` and its signatures after the trusted root `n` (from
/// version 1 before any), verifies each as the next link of the chain, keeps it, and goes on until
/// the server has no next version. Returns the newest root.
///
/// Stops arbitrary content and a stolen signing key: the signing keys come only from roots signed
/// by the threshold of the root keys trusted before (for version 1, the app's), over the exact
/// bytes received, before they are parsed; a root made with a root key this device never trusted is
/// refused. Stops rollback and replay of roots: each must be exactly the next version. Stops endless
/// data: each root stops at [`Limits::max_root_bytes`], its signatures at
/// [`Limits::max_signature_bytes`], and a sync takes at most [`Limits::max_root_updates`] new roots.
///
/// Fails when there is no root at all, a root does not verify, or the limits are passed; the roots
/// verified before that are kept.
async fn update_root(
    remote: &Remote,
    store: &Store,
    root_keys: &RootKeys,
    trusted: Option<Root>,
    limits: &Limits,
) -> Result<Root, SyncError> {
    let mut trusted = trusted;
    let mut updates = 0;
    loop {
        let version = trusted.as_ref().map_or(1, |root| root.version + 1);
        let url = remote.url(&root_file(version))?;
        let bytes = match remote.fetch_if_present(&url, limits.max_root_bytes).await? {
            Some(bytes) => bytes,
            None => break,
        };
        if updates == limits.max_root_updates {
            let limit = limits.max_root_updates;
            return Err(SyncError::TooManyRootUpdates { url: url.to_string(), limit });
        }
        let signature_url = remote.url(&root_signature_file(version))?;
        let signatures = remote.fetch_at_most(&signature_url, limits.max_signature_bytes).await?;
        let keys = trusted.as_ref().map_or_else(|| root_keys.clone(), Root::root_key_set);
        let root = verify_next(&bytes, &signatures, &keys, version).map_err(|source| {
            let url = url.to_string();
            match source {
                RootError::TooFewSignatures { .. } | RootError::Signature { .. } => {
                    SyncError::RootSignature { url, version, source }
                }
                RootError::WrongVersion { expected, found } => {
                    SyncError::RootVersion { url, expected, found }
                }
                source => SyncError::RootInvalid { url, source },
            }
        })?;
        {
            let store = store.clone();
            blocking(move || store.save_root(version, &bytes, &signatures)).await?;
        }
        trusted = Some(root);
        updates += 1;
    }
    trusted.ok_or_else(|| SyncError::NoRoot {
        url: remote.url(&root_file(1)).map_or_else(|_| remote.base.to_string(), |u| u.to_string()),
    })
}

/// Stage 1, its end: the newest root must not have expired.
///
/// Stops an indefinite freeze through the root: a server replaying an old chain, or hiding the
/// newer roots, is refused once the newest root it lets through has expired.
fn check_root_expiry(root: &Root, remote: &Remote, now: u64) -> Result<(), SyncError> {
    if root.expires > now {
        return Ok(());
    }
    Err(SyncError::RootExpired {
        url: remote.url(&root_file(root.version)).map_or_else(|_| String::new(), |u| u.to_string()),
        version: root.version,
        expires: root.expires,
        now,
    })
}

/// What stage 2 establishes.
struct Trusted {
    /// The pack in use, verified just now; `None` when the app uses its embedded pack.
    current: Option<InstalledPack>,
    /// The version in use: the installed pack's, else the embedded pack's.
    in_use: u64,
    /// The oldest version a sync may install: the newest version ever installed and signed by a
    /// trusted key, or the embedded pack's when that is newer.
    floor: u64,
    /// The only pack id accepted, once one is known.
    pack_id: Option<String>,
    /// What the server answered for the root last time, for a conditional request.
    conditional: Option<ConditionalState>,
}

impl Trusted {
    /// The version of the installed pack in use, if any.
    fn current_version(&self) -> Option<u64> {
        self.current.as_ref().map(|c| c.version)
    }
}

/// Stage 2: loads what this device trusts and has installed, and removes what an interrupted sync
/// left in the staging folder.
///
/// Stops rollback (with stage 3): the floor counts every version installed and signed by a key the
/// app still trusts, damaged or not and in any manifest format, so damaging or replacing the newest
/// version on disk does not lower it; a version signed by a key removed from the app does not count.
///
/// Fails when the staging folder cannot be cleaned.
async fn load_trusted(
    store: &Store,
    trusted_keys: &[TrustedKey],
    pack_id: Option<String>,
    min_version: u64,
) -> Result<Trusted, SyncError> {
    let store = store.clone();
    let trusted_keys = trusted_keys.to_vec();
    blocking(move || {
        store.clean_staging()?;
        let current = store.current(&trusted_keys);
        let highest = store.highest_signed_version(&trusted_keys);
        Ok(Trusted {
            in_use: current.as_ref().map_or(min_version, |c| c.version),
            floor: highest.unwrap_or(0).max(min_version),
            pack_id: pack_id.or_else(|| current.as_ref().map(|c| c.pack_id.clone())),
            conditional: store.conditional_state(),
            current,
        })
    })
    .await
}

/// The validators to send in stage 3, when a conditional request is safe: the pack in use verified,
/// came from the same address, and its manifest has not expired.
///
/// Stops an indefinite freeze: a server answering 304 forever cannot keep a client on an expired
/// manifest, because no 304 is asked for once the installed one has expired.
fn conditional_validators(trusted: &Trusted, base: &Url, now: u64) -> Option<Validators> {
    let current = trusted.current.as_ref()?;
    let state = trusted.conditional.as_ref()?;
    let usable = state.base_url == base.as_str()
        && state.version == current.version
        && current.expires > now
        && (state.etag.is_some() || state.last_modified.is_some());
    usable.then(|| Validators {
        etag: state.etag.clone(),
        last_modified: state.last_modified.clone(),
    })
}

/// The manifest as received in stage 3, not yet verified.
struct FetchedManifest {
    url: String,
    bytes: Vec<u8>,
    signature: Vec<u8>,
    validators: Validators,
}

impl FetchedManifest {
    /// What to remember of this response once `version` is in use.
    fn conditional_state(&self, base: &Url, version: u64) -> ConditionalState {
        ConditionalState {
            base_url: base.to_string(),
            version,
            etag: self.validators.etag.clone(),
            last_modified: self.validators.last_modified.clone(),
        }
    }
}

/// Stage 3: fetches the manifest, conditionally when `validators` are given, and its signature.
/// Returns `None` when the server answers that the root has not changed.
///
/// Stops endless data before anything can be verified: the root stops at
/// [`Limits::max_manifest_bytes`], its signature at [`Limits::max_signature_bytes`].
///
/// Fails when the server cannot be reached, answers another status, or sends too much.
async fn fetch_manifest(
    remote: &Remote,
    limits: &Limits,
    validators: Option<&Validators>,
) -> Result<Option<FetchedManifest>, SyncError> {
    let url = remote.url(MANIFEST_FILE)?;
    let (bytes, validators) =
        match remote.fetch_conditionally(&url, limits.max_manifest_bytes, validators).await? {
            Fetched::NotModified => return Ok(None),
            Fetched::Missing => unreachable!("a missing manifest is an error, not `Missing`"),
            Fetched::Body { bytes, validators } => (bytes, validators),
        };
    let signature_url = remote.url(SIGNATURE_FILE)?;
    let signature = remote.fetch_at_most(&signature_url, limits.max_signature_bytes).await?;
    Ok(Some(FetchedManifest { url: url.to_string(), bytes, signature, validators }))
}

/// Stage 4: checks the manifest's signature against the trusted keys over the exact bytes received,
/// then reads it and checks its shape against the limits.
///
/// Stops arbitrary content and fast-forward: a root not signed by a trusted key is refused before
/// a parser sees its bytes, so no version, size or hash reaches the client unsigned. Stops endless
/// data too: the groups, their lists and the bundle must fit the limits.
///
/// Fails when the signature is missing, malformed or not made by a trusted key, or the root is not a
/// manifest of this format within the limits.
fn verify_manifest(
    root: &FetchedManifest,
    trusted_keys: &[TrustedKey],
    limits: SizeLimits,
) -> Result<Manifest, SyncError> {
    let url = &root.url;
    verify(&root.bytes, &root.signature, trusted_keys)
        .map_err(|source| SyncError::Signature { url: url.clone(), source })?;
    let manifest = Manifest::from_json(&root.bytes)
        .map_err(|source| SyncError::Manifest { url: url.clone(), source })?;
    manifest.check(limits).map_err(|source| SyncError::Manifest { url: url.clone(), source })?;
    Ok(manifest)
}

/// What stage 5 found the root to offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Offer {
    /// A version newer than any this device has installed.
    Newer,
    /// The newest version this device has installed (or the embedded pack's): see stage 7.
    SameVersion,
}

/// Stage 5: checks the verified manifest against what this device accepts: the pack id, the expiry,
/// and the version. This is the only rollback check, and it comes before any file list is
/// downloaded.
///
/// Stops rollback (an older version, however well signed), an indefinite freeze (an expired
/// manifest replayed, or one signed to expire so late that replaying it works for years: its expiry
/// may be at most [`Limits::max_expiry_ahead`] from now), and wrong content (another NGO's pack,
/// signed by a key the app also trusts).
///
/// Fails when the manifest is for another pack, has expired or expires too late, or offers a version
/// below `floor`.
fn check_manifest(
    manifest: &Manifest,
    url: &str,
    pack_id: Option<&str>,
    floor: u64,
    now: u64,
    max_expiry_ahead: u64,
) -> Result<Offer, SyncError> {
    if let Some(expected) = pack_id {
        if manifest.pack_id != expected {
            return Err(SyncError::WrongPack {
                url: url.to_owned(),
                expected: expected.to_owned(),
                actual: manifest.pack_id.clone(),
            });
        }
    }
    if manifest.expires <= now {
        return Err(SyncError::Expired {
            url: url.to_owned(),
            version: manifest.version,
            expires: manifest.expires,
            now,
        });
    }
    let limit = now.saturating_add(max_expiry_ahead);
    if manifest.expires > limit {
        return Err(SyncError::ExpiresTooLate {
            url: url.to_owned(),
            version: manifest.version,
            expires: manifest.expires,
            limit,
        });
    }
    if manifest.version < floor {
        return Err(SyncError::Rollback {
            url: url.to_owned(),
            offered: manifest.version,
            installed: floor,
        });
    }
    Ok(if manifest.version == floor { Offer::SameVersion } else { Offer::Newer })
}

/// Stage 6: fetches the file lists of the groups to install (the required ones and the optional
/// ones in `wanted`) whose list the store does not have (an installed version has the others), checks each against the hash the root gives before it is kept, and
/// returns every file of the version, checked together.
///
/// Stops mix-and-match (a list from another version fails the root's hash, and a list may name only
/// files of its own group), wrong content (unsafe paths, malformed hashes), and endless data (each
/// list stops at its declared size and decompresses to at most [`Limits::max_manifest_bytes`]; the
/// files must fit [`Limits::max_files`] and [`Limits::max_total_bytes`] before any is downloaded).
///
/// Fails when a download fails or a list does not verify; the lists verified so far stay cached.
async fn fetch_file_lists(
    remote: &Remote,
    store: &Store,
    manifest: &Manifest,
    wanted: &BTreeSet<String>,
    limits: SizeLimits,
) -> Result<Vec<FileEntry>, SyncError> {
    let groups: Vec<GroupRef> = manifest
        .groups
        .iter()
        .filter(|g| !g.optional || wanted.contains(&g.name))
        .cloned()
        .collect();
    let missing = {
        let store = store.clone();
        let groups = groups.clone();
        blocking(move || store.seed_lists(&groups)).await?
    };
    fetch_lists(remote, store, missing).await?;
    let store = store.clone();
    let manifest = manifest.clone();
    let base = remote.base.clone();
    blocking(move || {
        let mut files = Vec::new();
        for group in &groups {
            let url = join(&base, &group.address())?.to_string();
            let bytes = store.read_cached(&group.sha256, group.size)?;
            files.extend(unpack_list(&url, group, &bytes, limits.max_list_bytes)?);
            // Counted as the lists come in, not only at the end: every list may be as large as
            // allowed, and many of them together must not fill the phone's memory first.
            if files.len() > limits.max_files {
                let source =
                    ManifestError::TooManyFiles { count: files.len(), limit: limits.max_files };
                return Err(SyncError::Manifest { url: base.to_string(), source });
            }
        }
        manifest
            .check_files(&files, limits)
            .map_err(|source| SyncError::Manifest { url: base.to_string(), source })?;
        Ok(files)
    })
    .await
}

/// Downloads the file lists of `groups` into the store's cache, a few at a time, each checked
/// against the hash the signed root gives before it is kept.
///
/// Fails when a download fails or a list does not match its hash; lists already kept stay cached.
async fn fetch_lists(
    remote: &Remote,
    store: &Store,
    groups: Vec<GroupRef>,
) -> Result<(), SyncError> {
    let mut groups = groups.into_iter();
    let mut running = tokio::task::JoinSet::new();
    let result = loop {
        while running.len() < PARALLEL_LISTS {
            let Some(group) = groups.next() else { break };
            let url = remote.url(&group.address())?;
            let (remote, store) = (remote.clone(), store.clone());
            running.spawn(async move {
                let bytes = remote.fetch_exactly(&url, group.size).await?;
                check_blob(url.as_str(), &group.blob(), &bytes)?;
                blocking(move || store.cache(&group.sha256, &bytes)).await
            });
        }
        match running.join_next().await {
            None => break Ok(()),
            Some(Ok(Ok(()))) => {}
            Some(Ok(Err(e))) => break Err(e),
            Some(Err(e)) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
            Some(Err(_)) => break Err(SyncError::Cancelled),
        }
    };
    // Dropping the set stops the downloads still running; the lists kept so far are synced to disk
    // either way, for the next sync.
    drop(running);
    let store = store.clone();
    let synced = blocking(move || store.sync_cache()).await;
    result?;
    synced
}

/// What stage 7 decided about an offer of the installed version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SameVersion {
    /// The version in use, or the embedded pack's: nothing to do.
    AlreadyInUse,
    /// Installed but not in use (damaged, or in an older manifest format): the same signed files are
    /// installed again.
    Reinstall,
}

/// Stage 7: for a manifest offering the newest version this device has installed (stage 5 refused
/// anything older), checks that it has the files installed under that version, and decides whether
/// there is anything to do. `current` is the version of the installed pack in use.
///
/// Stops a replay of the installed version with other files: another signed root of the same
/// version (the publisher changed the pack without raising its version) cannot replace the files in
/// use.
///
/// Fails when the files differ from the installed ones.
async fn check_same_version(
    store: &Store,
    trusted_keys: &[TrustedKey],
    manifest: &Manifest,
    files: &[FileEntry],
    current: Option<u64>,
    url: &str,
) -> Result<SameVersion, SyncError> {
    enum Stored {
        /// Not in the store: the version of the embedded pack.
        Nothing,
        /// Signed, but in a manifest format this app does not read (written by an older app).
        OtherFormat,
        /// Its manifest, and its files when its lists are intact.
        Readable(Manifest, Option<Vec<FileEntry>>),
    }
    let version = manifest.version;
    let stored = {
        let store = store.clone();
        let trusted_keys = trusted_keys.to_vec();
        blocking(move || {
            Ok(match store.signed_root(version, &trusted_keys) {
                Err(_) => Stored::Nothing,
                Ok(None) => Stored::OtherFormat,
                Ok(Some(root)) => {
                    let files = store.stored_files(version, &root).ok();
                    Stored::Readable(root, files)
                }
            })
        })
        .await?
    };
    let is_same = match stored {
        Stored::Nothing => return Ok(SameVersion::AlreadyInUse),
        // The same signed version in this format replaces it.
        Stored::OtherFormat => return Ok(SameVersion::Reinstall),
        // Lists with the same hashes are the same files.
        Stored::Readable(root, stored_files) => {
            // The optional groups installed may differ: the required files decide.
            root.groups == manifest.groups
                || stored_files.is_some_and(|s| {
                    same_files(&required_files(&root, &s), &required_files(manifest, files))
                })
        }
    };
    if !is_same {
        return Err(SyncError::ChangedWithoutNewVersion { url: url.to_owned(), version });
    }
    if current == Some(version) {
        Ok(SameVersion::AlreadyInUse)
    } else {
        Ok(SameVersion::Reinstall)
    }
}

/// Ends a sync that changes nothing: remembers the root's validators for the next conditional
/// request and empties the cache.
async fn keep_in_use(store: &Store, state: ConditionalState) -> Result<(), SyncError> {
    let store = store.clone();
    blocking(move || {
        store.save_conditional_state(&state);
        store.clear_cache();
        Ok(())
    })
    .await
}

/// One download of stage 9.
enum Download {
    /// A file's blob, or the bundle, and the files it holds in order.
    Blob { blob: Blob, files: Vec<FileEntry> },
    /// A file as a delta against an older file in the cache, of `base_size` bytes.
    Delta { file: FileEntry, delta: Delta, base_size: u64 },
}

impl Download {
    fn blob(&self) -> &Blob {
        match self {
            Download::Blob { blob, .. } => blob,
            Download::Delta { delta, .. } => &delta.blob,
        }
    }
}

/// Stage 8: copies into the cache the files, and the older files deltas apply to, that an installed
/// version already has, and returns the downloads for the rest.
///
/// Stops no attack itself: it chooses only what to fetch, from sizes and hashes stage 6 checked, and
/// stage 9 checks every byte fetched. Files copied from an installed version are hashed again.
///
/// Fails when the cache cannot be written.
async fn plan_downloads(
    store: &Store,
    manifest: &Manifest,
    files: &[FileEntry],
) -> Result<Vec<Download>, SyncError> {
    let (needed, bases) = {
        let store = store.clone();
        let files = files.to_vec();
        blocking(move || {
            let bases = store.seed_cache_from_installed(&files)?;
            let mut seen = HashSet::new();
            let needed = files
                .into_iter()
                .filter(|f| seen.insert(f.sha256.clone()))
                .filter(|f| !store.has_cached(&f.sha256, f.size))
                .collect::<Vec<FileEntry>>();
            Ok((needed, bases))
        })
        .await?
    };
    Ok(choose_downloads(manifest, files, needed, &bases))
}

/// The blobs to download: the bundle when it costs no more than getting the required files still
/// needed one by one, else each needed file, as a delta when the older file it applies to is in
/// `bases` (hash to size) and the delta is smaller. Files of optional groups are not in the bundle:
/// they always come one by one.
fn choose_downloads(
    manifest: &Manifest,
    files: &[FileEntry],
    needed: Vec<FileEntry>,
    bases: &HashMap<String, u64>,
) -> Vec<Download> {
    let (optional, required): (Vec<FileEntry>, Vec<FileEntry>) =
        needed.into_iter().partition(|f| is_optional_file(manifest, f));
    let mut plan = per_file_downloads(optional, bases);
    let per_file = per_file_downloads(required, bases);
    let per_file_cost: u64 = per_file.iter().map(|d| d.blob().size + REQUEST_COST_BYTES).sum();
    match &manifest.bundle {
        Some(bundle)
            if !per_file.is_empty() && bundle.size + REQUEST_COST_BYTES <= per_file_cost =>
        {
            let bundled = required_files(manifest, files);
            plan.insert(0, Download::Blob { blob: bundle.clone(), files: bundled });
        }
        _ => plan.extend(per_file),
    }
    plan
}

/// Each file on its own: its blob (one download for files with the same blob), or its delta.
fn per_file_downloads(needed: Vec<FileEntry>, bases: &HashMap<String, u64>) -> Vec<Download> {
    let mut deltas = Vec::new();
    let mut by_blob: BTreeMap<String, (Blob, Vec<FileEntry>)> = BTreeMap::new();
    for file in needed {
        let usable_delta = file
            .delta
            .as_ref()
            .filter(|delta| delta.blob.size < file.blob.size)
            .and_then(|delta| Some((delta.clone(), *bases.get(&delta.base)?)));
        match usable_delta {
            Some((delta, base_size)) => deltas.push(Download::Delta { file, delta, base_size }),
            None => by_blob
                .entry(file.blob.address())
                .or_insert_with(|| (file.blob.clone(), vec![]))
                .1
                .push(file),
        }
    }
    let mut plan: Vec<Download> =
        by_blob.into_values().map(|(blob, files)| Download::Blob { blob, files }).collect();
    plan.extend(deltas);
    plan
}

/// Whether the file is in one of the manifest's optional groups.
fn is_optional_file(manifest: &Manifest, file: &FileEntry) -> bool {
    manifest.group(group_of(&file.path)).is_some_and(|g| g.optional)
}

/// The files of the manifest's required groups, in order: the bundle's files.
fn required_files(manifest: &Manifest, files: &[FileEntry]) -> Vec<FileEntry> {
    files.iter().filter(|f| !is_optional_file(manifest, f)).cloned().collect()
}

/// Stage 9: downloads each planned blob, checks it against the size and hash its list gives, takes
/// its files out (applying a delta to its hash-checked older file), checks each file's own hash, and
/// keeps them in the cache for stage 10.
///
/// Stops arbitrary content and mix-and-match (a blob, file or delta of another version fails its
/// hash, and a delta can copy only from inside its older file), and endless data (every download
/// stops at its declared size, and decompression at the files' declared sizes).
///
/// `downloading` is told the bytes received so far before each download.
///
/// Fails when a download fails or anything does not verify; the files verified so far stay cached.
async fn fetch_blobs(
    remote: &Remote,
    store: &Store,
    plan: Vec<Download>,
    downloading: impl Fn(u64),
) -> Result<(), SyncError> {
    let mut is_first = true;
    for download in plan {
        downloading(remote.received());
        let blob_url = remote.url(&download.blob().address())?;
        let bytes = remote.fetch_exactly(&blob_url, download.blob().size).await?;
        let store = store.clone();
        let blob_url = blob_url.to_string();
        blocking(move || {
            match download {
                Download::Blob { blob, files } => {
                    for file in unpack(&blob_url, &blob, &bytes, &files)? {
                        store.cache(&file.sha256, &file.bytes)?;
                    }
                }
                Download::Delta { file, delta, base_size } => {
                    let base = store.read_cached(&delta.base, base_size)?;
                    let file = unpack_delta(&blob_url, &file, &delta, &bytes, &base)?;
                    store.cache(&file.sha256, &file.bytes)?;
                }
            }
            store.sync_cache()
        })
        .await?;
        if is_first {
            pause_if_requested(PausePoint::BlobCached);
            is_first = false;
        }
    }
    Ok(())
}

/// Stage 10: assembles the version in a staging folder from the cache, with the root and its
/// signature as received, syncs it to disk, and opens it with the app's loader in every locale.
/// Returns the staging folder.
///
/// Stops wrong content: every file is hashed again as it leaves the cache, and a pack the engine
/// finds any problem in is never used, however well signed.
///
/// Fails when a file is missing from the cache or damaged there, a write fails, or the engine finds
/// a problem in the pack.
async fn stage_pack(
    store: &Store,
    root: &FetchedManifest,
    manifest: Manifest,
    files: Vec<FileEntry>,
) -> Result<PathBuf, SyncError> {
    let store = store.clone();
    let (bytes, signature) = (root.bytes.clone(), root.signature.clone());
    blocking(move || store.stage(&manifest, &bytes, &signature, &files)).await
}

/// Stage 11: moves the staged version into the store and switches the `current` pointer to it with
/// one rename, then removes what is no longer needed (keeping `previous` to fall back on).
///
/// Stops a crash at any moment from leaving a broken pack: before the rename of the pointer the
/// previous version is in use, after it the new one, and both are complete on disk.
///
/// Fails when a rename or a sync to disk fails; the pack in use is then unchanged.
async fn install(
    store: &Store,
    staging: PathBuf,
    version: u64,
    previous: Option<u64>,
) -> Result<(), SyncError> {
    let store = store.clone();
    blocking(move || {
        store.install(&staging, version)?;
        store.prune(version, previous);
        Ok(())
    })
    .await
}

/// The published site a sync reads: its address, the HTTP client, and a count of the bytes received
/// from it. Cheap to clone; clones share the count.
#[derive(Clone)]
struct Remote {
    client: reqwest::Client,
    base: Url,
    received: Arc<AtomicU64>,
    /// When every download of this sync must be done by: see [`Limits::sync_deadline`].
    deadline: tokio::time::Instant,
    sync_deadline: std::time::Duration,
}

impl Remote {
    /// Fails when the address is not usable or not allowed, or the HTTP client cannot be set up.
    fn try_new(base_url: &str, limits: &Limits) -> Result<Remote, SyncError> {
        Ok(Remote {
            client: http::client(limits.connect_timeout, limits.read_timeout)?,
            base: http::base_url(base_url)?,
            received: Arc::new(AtomicU64::new(0)),
            deadline: tokio::time::Instant::now() + limits.sync_deadline,
            sync_deadline: limits.sync_deadline,
        })
    }

    /// Runs one download, cut off at the sync's deadline. File work is never cut off: the deadline
    /// is only checked while waiting for the network, so the store stays consistent.
    async fn before_deadline(
        &self,
        url: &Url,
        download: impl std::future::Future<Output = Result<Fetched, SyncError>>,
    ) -> Result<Fetched, SyncError> {
        match tokio::time::timeout_at(self.deadline, download).await {
            Ok(result) => result,
            Err(_) => Err(SyncError::DeadlineExceeded {
                url: url.to_string(),
                seconds: self.sync_deadline.as_secs(),
            }),
        }
    }

    fn url(&self, relative: &str) -> Result<Url, SyncError> {
        join(&self.base, relative)
    }

    /// The response body bytes received so far.
    fn received(&self) -> u64 {
        self.received.load(Ordering::Relaxed)
    }

    fn outcome(&self, status: SyncStatus, version: u64) -> SyncOutcome {
        SyncOutcome { status, version, bytes_downloaded: self.received() }
    }

    /// Downloads at most `limit` bytes, or nothing when the server answers that nothing changed since
    /// `validators`.
    async fn fetch_conditionally(
        &self,
        url: &Url,
        limit: u64,
        validators: Option<&Validators>,
    ) -> Result<Fetched, SyncError> {
        let mut count = |n| {
            self.received.fetch_add(n, Ordering::Relaxed);
        };
        let download = http::fetch(&self.client, url, limit, false, false, validators, &mut count);
        self.before_deadline(url, download).await
    }

    /// Downloads at most `limit` bytes, or `None` when the server says there is no such file.
    async fn fetch_if_present(&self, url: &Url, limit: u64) -> Result<Option<Vec<u8>>, SyncError> {
        let received = self.received.clone();
        let mut count = |n| {
            received.fetch_add(n, Ordering::Relaxed);
        };
        let download = http::fetch(&self.client, url, limit, false, true, None, &mut count);
        let fetched = self.before_deadline(url, download).await?;
        match fetched {
            Fetched::Body { bytes, .. } => Ok(Some(bytes)),
            Fetched::Missing => Ok(None),
            Fetched::NotModified => unreachable!("no validators were sent, so there is no 304"),
        }
    }

    /// Downloads at most `limit` bytes.
    async fn fetch_at_most(&self, url: &Url, limit: u64) -> Result<Vec<u8>, SyncError> {
        self.fetch_body(url, limit, false).await
    }

    /// Downloads exactly `size` bytes: more or fewer is refused.
    async fn fetch_exactly(&self, url: &Url, size: u64) -> Result<Vec<u8>, SyncError> {
        self.fetch_body(url, size, true).await
    }

    async fn fetch_body(&self, url: &Url, limit: u64, exact: bool) -> Result<Vec<u8>, SyncError> {
        let received = self.received.clone();
        let mut count = |n| {
            received.fetch_add(n, Ordering::Relaxed);
        };
        let download = http::fetch(&self.client, url, limit, exact, false, None, &mut count);
        let fetched = self.before_deadline(url, download).await?;
        match fetched {
            Fetched::Body { bytes, .. } => Ok(bytes),
            Fetched::NotModified | Fetched::Missing => {
                unreachable!("no validators were sent and a missing file is an error, so neither")
            }
        }
    }
}

/// Tells the caller's callback, if any, where the sync is.
struct Progress<'a>(Option<ProgressCallback<'a>>);

impl Progress<'_> {
    fn report(&self, stage: SyncStage, bytes_downloaded: u64, bytes_expected: u64) {
        if let Some(progress) = self.0 {
            progress(SyncProgress { stage, bytes_downloaded, bytes_expected });
        }
    }
}

fn join(base: &Url, relative: &str) -> Result<Url, SyncError> {
    base.join(relative).map_err(|e| SyncError::InvalidUrl {
        url: format!("{base}{relative}"),
        reason: e.to_string(),
    })
}

fn unix_now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

/// Runs file work off the async threads.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, SyncError> + Send + 'static,
) -> Result<T, SyncError> {
    match tokio::task::spawn_blocking(work).await {
        Ok(result) => result,
        Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
        Err(_) => Err(SyncError::Cancelled),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::release::FORMAT;

    fn root(pack_id: &str, version: u64, expires: u64) -> Manifest {
        Manifest {
            format: FORMAT,
            pack_id: pack_id.into(),
            version,
            created: 0,
            expires,
            bundle: None,
            groups: Vec::new(),
        }
    }

    #[test]
    fn stage_5_refuses_another_pack_an_expired_manifest_and_a_rollback() {
        let now = 1_000;
        let year = 366 * 86_400;
        let check =
            |manifest: &Manifest| check_manifest(manifest, "u", Some("dk.haven"), 3, now, year);
        assert_eq!(check(&root("dk.haven", 4, now + 1)).unwrap(), Offer::Newer);
        assert_eq!(check(&root("dk.haven", 3, now + 1)).unwrap(), Offer::SameVersion);
        assert!(matches!(
            check(&root("dk.haven", 2, now + 1)),
            Err(SyncError::Rollback { offered: 2, installed: 3, .. })
        ));
        assert!(matches!(check(&root("dk.haven", 4, now)), Err(SyncError::Expired { .. })));
        assert!(matches!(check(&root("xx.other", 4, now + 1)), Err(SyncError::WrongPack { .. })));
        // With no pack id known yet, the first pack installed sets it.
        assert!(check_manifest(&root("xx.other", 4, now + 1), "u", None, 3, now, year).is_ok());
        // Signed to stay valid for longer than a server may replay it.
        assert!(matches!(
            check(&root("dk.haven", 4, now + year + 1)),
            Err(SyncError::ExpiresTooLate { .. })
        ));
        assert!(check(&root("dk.haven", 4, now + year)).is_ok());
    }
}
