//! One sync: fetch the manifest (conditionally), verify it, fetch the file lists the store lacks,
//! verify them, download the files the store lacks (whole, as deltas, or as one bundle), verify them,
//! stage them, check them, and switch to them with one rename.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use reqwest::Url;

use crate::error::SyncError;
use crate::http::{self, Fetched, Validators};
use crate::pause::{pause_if_requested, PausePoint};
use crate::release::{
    same_files, Blob, Delta, FileEntry, GroupRef, Manifest, SizeLimits, MANIFEST_FILE,
    SIGNATURE_FILE,
};
use crate::signature::{verify, TrustedKey};
use crate::store::{ConditionalState, InstalledPack, Store};
use crate::unpack::{check_blob, unpack, unpack_delta, unpack_list};

/// A signature file larger than this is not a minisign signature.
const MAX_SIGNATURE_BYTES: u64 = 4096;
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
    /// The keys built into the app. A manifest must be signed by one of them.
    pub trusted_keys: Vec<TrustedKey>,
    /// The pack id the app accepts (the embedded pack's). `None` accepts the id of the first pack
    /// installed, and only that id afterwards.
    pub pack_id: Option<String>,
    /// The version of the pack embedded in the app: nothing older is ever installed.
    pub min_version: u64,
    pub limits: Limits,
}

/// Bounds on what a server can make the client download, store or wait for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Bounds the signed manifest, and the file lists it names: all of them as served, and each
    /// one decompressed.
    pub max_manifest_bytes: u64,
    /// Bounds both the pack's size once installed and the bytes downloaded for it.
    pub max_total_bytes: u64,
    pub max_files: usize,
    pub connect_timeout: Duration,
    /// The longest wait for the next bytes of a response: a stalled server is given up on.
    pub read_timeout: Duration,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_manifest_bytes: 1 << 20,
            max_total_bytes: 64 << 20,
            max_files: 10_000,
            connect_timeout: Duration::from_secs(20),
            read_timeout: Duration::from_secs(30),
        }
    }
}

impl SyncConfig {
    /// A configuration with the default limits.
    pub fn new(base_url: impl Into<String>, trusted_keys: Vec<TrustedKey>) -> SyncConfig {
        SyncConfig {
            base_url: base_url.into(),
            trusted_keys,
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
    CheckingForUpdate,
    Downloading,
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
/// The previous pack stays in use, and the store consistent, whenever this fails: the server cannot
/// be reached or breaks off; the manifest is too large, not signed by a trusted key, malformed, for
/// another pack, expired, older than the pack in use, or the same version with other files; a file
/// list or a download is larger or smaller than declared or does not match its hash; a delta does not
/// give the signed file; the pack does not pass the engine's checks; or the disk cannot be written.
/// File lists and files already verified stay cached, so the next sync downloads only what is still
/// missing.
pub async fn sync(
    config: &SyncConfig,
    store: &Store,
    progress: Option<ProgressCallback<'_>>,
) -> Result<SyncOutcome, SyncError> {
    let base = http::base_url(&config.base_url)?;
    let client = http::client(config.limits.connect_timeout, config.limits.read_timeout)?;
    let report = |stage, bytes_downloaded, bytes_expected| {
        if let Some(progress) = progress {
            progress(SyncProgress { stage, bytes_downloaded, bytes_expected });
        }
    };
    report(SyncStage::CheckingForUpdate, 0, 0);

    let (current, floor) = {
        let store = store.clone();
        let trusted = config.trusted_keys.clone();
        blocking(move || {
            store.clean_staging()?;
            let current = store.current(&trusted);
            let floor = store.highest_signed_version(&trusted);
            Ok((current, floor))
        })
        .await?
    };
    let in_use = current.as_ref().map_or(config.min_version, |c| c.version);
    let now = unix_now();

    let manifest_url = join(&base, MANIFEST_FILE)?;
    let validators = conditional_validators(store, &base, current.as_ref(), now);
    let mut downloaded: u64 = 0;
    let fetched = http::fetch(
        &client,
        &manifest_url,
        config.limits.max_manifest_bytes,
        false,
        validators.as_ref(),
        &mut |n| downloaded += n,
    )
    .await?;
    let (manifest_bytes, received_validators) = match fetched {
        Fetched::NotModified => {
            return Ok(SyncOutcome {
                status: SyncStatus::Unchanged,
                version: in_use,
                bytes_downloaded: downloaded,
            })
        }
        Fetched::Body { bytes, validators } => (bytes, validators),
    };
    let signature_url = join(&base, SIGNATURE_FILE)?;
    let Fetched::Body { bytes: signature, .. } =
        http::fetch(&client, &signature_url, MAX_SIGNATURE_BYTES, false, None, &mut |n| {
            downloaded += n
        })
        .await?
    else {
        unreachable!("no validators were sent, so there is no 304");
    };

    // The signature is checked over the exact bytes before they are parsed: a parser never sees
    // bytes the publisher did not sign.
    let url = manifest_url.to_string();
    verify(&manifest_bytes, &signature, &config.trusted_keys)
        .map_err(|source| SyncError::Signature { url: url.clone(), source })?;
    let manifest = Manifest::from_json(&manifest_bytes)
        .map_err(|source| SyncError::Manifest { url: url.clone(), source })?;
    let limits = SizeLimits {
        max_files: config.limits.max_files,
        max_total_bytes: config.limits.max_total_bytes,
        max_list_bytes: config.limits.max_manifest_bytes,
    };
    manifest.check(limits).map_err(|source| SyncError::Manifest { url: url.clone(), source })?;
    let expected_id =
        config.pack_id.clone().or_else(|| current.as_ref().map(|c| c.pack_id.clone()));
    if let Some(expected) = expected_id {
        if manifest.pack_id != expected {
            return Err(SyncError::WrongPack { url, expected, actual: manifest.pack_id });
        }
    }
    if manifest.expires <= now {
        return Err(SyncError::Expired {
            url,
            version: manifest.version,
            expires: manifest.expires,
            now,
        });
    }
    // An older version is refused before any of its file lists is downloaded.
    let floor = floor.unwrap_or(0).max(config.min_version);
    if manifest.version < floor {
        return Err(SyncError::Rollback { url, offered: manifest.version, installed: floor });
    }
    pause_if_requested(PausePoint::ManifestVerified);

    // The file lists: those of unchanged groups are in the store already.
    let missing = {
        let store = store.clone();
        let groups = manifest.groups.clone();
        blocking(move || store.seed_lists(&groups)).await?
    };
    downloaded += fetch_lists(&client, &base, store, missing).await?;
    let files = {
        let store = store.clone();
        let manifest = manifest.clone();
        let base = base.clone();
        blocking(move || {
            let mut files = Vec::new();
            for group in &manifest.groups {
                let url = join(&base, &group.address())?.to_string();
                let bytes = store.read_cached(&group.sha256, group.size)?;
                files.extend(unpack_list(&url, group, &bytes, limits.max_list_bytes)?);
            }
            manifest
                .check_files(&files, limits)
                .map_err(|source| SyncError::Manifest { url: base.to_string(), source })?;
            Ok(files)
        })
        .await?
    };

    let remember = |version| ConditionalState {
        base_url: base.to_string(),
        version,
        etag: received_validators.etag.clone(),
        last_modified: received_validators.last_modified.clone(),
    };
    match decide(config, store, &manifest, &files, current.as_ref(), floor, &url).await? {
        Decision::Unchanged => {
            store.save_conditional_state(&remember(in_use));
            store.clear_cache();
            return Ok(SyncOutcome {
                status: SyncStatus::Unchanged,
                version: in_use,
                bytes_downloaded: downloaded,
            });
        }
        Decision::Install => {}
    }

    // Files an installed version already has are copied, not downloaded, and so are the older files
    // that deltas apply to.
    let (needed, bases) = {
        let store = store.clone();
        let files = files.clone();
        blocking(move || {
            let bases = store.seed_cache_from_installed(&files)?;
            let mut seen = HashSet::new();
            let needed = files
                .iter()
                .filter(|f| seen.insert(f.sha256.clone()))
                .filter(|f| !store.has_cached(&f.sha256, f.size))
                .cloned()
                .collect::<Vec<FileEntry>>();
            Ok((needed, bases))
        })
        .await?
    };
    let plan = plan_downloads(&manifest, &files, needed, &bases);
    let expected: u64 = downloaded + plan.iter().map(|d| d.blob().size).sum::<u64>();
    let mut first_blob = true;
    for download in plan {
        report(SyncStage::Downloading, downloaded, expected);
        let blob = download.blob().clone();
        let blob_url = join(&base, &blob.address())?;
        let Fetched::Body { bytes, .. } =
            http::fetch(&client, &blob_url, blob.size, true, None, &mut |n| downloaded += n)
                .await?
        else {
            unreachable!("no validators were sent, so there is no 304");
        };
        let store = store.clone();
        let blob_url = blob_url.to_string();
        let bases = bases.clone();
        blocking(move || {
            match download {
                Download::Blob { blob, files } => {
                    for file in unpack(&blob_url, &blob, &bytes, &files)? {
                        store.cache(&file.sha256, &file.bytes)?;
                    }
                }
                Download::Delta { file, delta } => {
                    let base_size = bases.get(&delta.base).copied().unwrap_or(0);
                    let base = store.read_cached(&delta.base, base_size)?;
                    let file = unpack_delta(&blob_url, &file, &delta, &bytes, &base)?;
                    store.cache(&file.sha256, &file.bytes)?;
                }
            }
            store.sync_cache()
        })
        .await?;
        if first_blob {
            pause_if_requested(PausePoint::BlobCached);
            first_blob = false;
        }
    }
    report(SyncStage::Installing, downloaded, expected);

    let version = manifest.version;
    {
        let store = store.clone();
        let previous = current.as_ref().map(|c| c.version);
        blocking(move || {
            let staging = store.stage(&manifest, &manifest_bytes, &signature, &files)?;
            store.install(&staging, version)?;
            store.prune(version, previous);
            Ok(())
        })
        .await?;
    }
    store.save_conditional_state(&remember(version));
    Ok(SyncOutcome { status: SyncStatus::Updated, version, bytes_downloaded: downloaded })
}

/// Downloads the file lists of `groups` into the store's cache, a few at a time, each checked
/// against the hash the signed manifest gives before it is kept. Returns the bytes received.
///
/// Fails when a download fails or a list does not match its hash; lists already kept stay cached.
async fn fetch_lists(
    client: &reqwest::Client,
    base: &Url,
    store: &Store,
    groups: Vec<GroupRef>,
) -> Result<u64, SyncError> {
    let received = Arc::new(AtomicU64::new(0));
    let mut groups = groups.into_iter();
    let mut running = tokio::task::JoinSet::new();
    let result = loop {
        while running.len() < PARALLEL_LISTS {
            let Some(group) = groups.next() else { break };
            let url = join(base, &group.address())?;
            let (client, store, received) = (client.clone(), store.clone(), received.clone());
            running.spawn(async move {
                let Fetched::Body { bytes, .. } =
                    http::fetch(&client, &url, group.size, true, None, &mut |n| {
                        received.fetch_add(n, Ordering::Relaxed);
                    })
                    .await?
                else {
                    unreachable!("no validators were sent, so there is no 304");
                };
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
    synced?;
    Ok(received.load(Ordering::Relaxed))
}

enum Decision {
    Install,
    Unchanged,
}

/// Whether a verified, unexpired manifest (not older than `floor`) and its checked files should be
/// installed, given what the store holds.
async fn decide(
    config: &SyncConfig,
    store: &Store,
    manifest: &Manifest,
    files: &[FileEntry],
    current: Option<&InstalledPack>,
    floor: u64,
    url: &str,
) -> Result<Decision, SyncError> {
    if manifest.version < floor {
        return Err(SyncError::Rollback {
            url: url.to_owned(),
            offered: manifest.version,
            installed: floor,
        });
    }
    if manifest.version > floor {
        return Ok(Decision::Install);
    }
    // The same version as the newest one this device has seen: nothing new, unless that version is
    // installed but damaged, in which case the same signed files repair it.
    enum Stored {
        /// Not in the store: the version of the embedded pack.
        Nothing,
        /// Signed, but in a manifest format this app does not read (written by an older app).
        OtherFormat,
        /// Its manifest, and its files when its lists are intact.
        Readable(Manifest, Option<Vec<FileEntry>>),
    }
    let stored = {
        let store = store.clone();
        let trusted = config.trusted_keys.clone();
        let version = manifest.version;
        blocking(move || {
            Ok(match store.signed_root(version, &trusted) {
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
    let same = match stored {
        Stored::Nothing => return Ok(Decision::Unchanged),
        // The same signed version in this format replaces it.
        Stored::OtherFormat => return Ok(Decision::Install),
        // Lists with the same hashes are the same files.
        Stored::Readable(root, stored_files) => {
            root.groups == manifest.groups || stored_files.is_some_and(|s| same_files(&s, files))
        }
    };
    if !same {
        return Err(SyncError::ChangedWithoutNewVersion {
            url: url.to_owned(),
            version: manifest.version,
        });
    }
    if current.is_some_and(|c| c.version == manifest.version) {
        Ok(Decision::Unchanged)
    } else {
        Ok(Decision::Install)
    }
}

/// One download of a sync.
enum Download {
    /// A file's blob, or the bundle, and the files it holds in order.
    Blob { blob: Blob, files: Vec<FileEntry> },
    /// A file as a delta against an older file in the cache.
    Delta { file: FileEntry, delta: Delta },
}

impl Download {
    fn blob(&self) -> &Blob {
        match self {
            Download::Blob { blob, .. } => blob,
            Download::Delta { delta, .. } => &delta.blob,
        }
    }
}

/// The blobs to download: the bundle when it costs no more than getting the files still needed one by
/// one, else each needed file, as a delta when the older file it applies to is in `bases` and the
/// delta is smaller.
fn plan_downloads(
    manifest: &Manifest,
    files: &[FileEntry],
    needed: Vec<FileEntry>,
    bases: &HashMap<String, u64>,
) -> Vec<Download> {
    if needed.is_empty() {
        return Vec::new();
    }
    let mut deltas = Vec::new();
    let mut by_blob: BTreeMap<String, (Blob, Vec<FileEntry>)> = BTreeMap::new();
    for file in needed {
        match &file.delta {
            Some(delta) if bases.contains_key(&delta.base) && delta.blob.size < file.blob.size => {
                let delta = delta.clone();
                deltas.push(Download::Delta { file, delta });
            }
            _ => by_blob
                .entry(file.blob.address())
                .or_insert_with(|| (file.blob.clone(), vec![]))
                .1
                .push(file),
        }
    }
    let mut plan: Vec<Download> =
        by_blob.into_values().map(|(blob, files)| Download::Blob { blob, files }).collect();
    plan.extend(deltas);
    let per_file_cost: u64 = plan.iter().map(|d| d.blob().size + REQUEST_COST_BYTES).sum();
    match &manifest.bundle {
        Some(bundle) if bundle.size + REQUEST_COST_BYTES <= per_file_cost => {
            vec![Download::Blob { blob: bundle.clone(), files: files.to_vec() }]
        }
        _ => plan,
    }
}

/// The validators to send, when a conditional request is safe: the pack in use verified, came from
/// the same address, and its manifest has not expired (a server must not be able to keep a client on
/// an expired manifest by answering 304 forever).
fn conditional_validators(
    store: &Store,
    base: &Url,
    current: Option<&InstalledPack>,
    now: u64,
) -> Option<Validators> {
    let current = current?;
    let state = store.conditional_state()?;
    let usable = state.base_url == base.as_str()
        && state.version == current.version
        && current.expires > now
        && (state.etag.is_some() || state.last_modified.is_some());
    usable.then_some(Validators { etag: state.etag, last_modified: state.last_modified })
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
