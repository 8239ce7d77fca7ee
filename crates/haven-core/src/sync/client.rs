//! One sync: fetch the manifest (conditionally), verify it, download what the store lacks, verify it,
//! stage it, check it, and switch to it with one rename.

use std::collections::{BTreeMap, HashSet};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use reqwest::Url;

use super::error::SyncError;
use super::http::{self, Fetched, Validators};
use super::manifest::{Blob, FileEntry, Manifest, SizeLimits, MANIFEST_FILE, SIGNATURE_FILE};
use super::pause::{pause_if_requested, PausePoint};
use super::signature::{verify, TrustedKey};
use super::store::{ConditionalState, InstalledPack, Store};
use super::unpack::unpack;

/// A signature file larger than this is not a minisign signature.
const MAX_SIGNATURE_BYTES: u64 = 4096;
/// What one more request is assumed to cost, in bytes, when choosing between the bundle and
/// per-file blobs (headers both ways).
const REQUEST_COST_BYTES: u64 = 400;

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
/// another pack, expired, older than the pack in use, or the same version with other files; a
/// download is larger or smaller than declared or does not match its hash; the pack does not pass the
/// engine's checks; or the disk cannot be written. Files already verified stay cached, so the next
/// sync downloads only what is still missing.
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
    manifest
        .check(SizeLimits {
            max_files: config.limits.max_files,
            max_total_bytes: config.limits.max_total_bytes,
        })
        .map_err(|source| SyncError::Manifest { url: url.clone(), source })?;
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
    pause_if_requested(PausePoint::ManifestVerified);

    let remember = |version| ConditionalState {
        base_url: base.to_string(),
        version,
        etag: received_validators.etag.clone(),
        last_modified: received_validators.last_modified.clone(),
    };
    match decide(config, store, &manifest, current.as_ref(), floor, &url).await? {
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

    // Files an installed version already has are copied, not downloaded.
    let needed = {
        let store = store.clone();
        let manifest = manifest.clone();
        blocking(move || {
            store.seed_cache_from_installed(&manifest)?;
            let mut seen = HashSet::new();
            Ok(manifest
                .files
                .iter()
                .filter(|f| seen.insert(f.sha256.clone()))
                .filter(|f| !store.has_cached(&f.sha256, f.size))
                .cloned()
                .collect::<Vec<FileEntry>>())
        })
        .await?
    };
    let plan = plan_downloads(&manifest, needed);
    let expected: u64 = downloaded + plan.iter().map(|(blob, _)| blob.size).sum::<u64>();
    let mut first_blob = true;
    for (blob, files) in plan {
        report(SyncStage::Downloading, downloaded, expected);
        let blob_url = join(&base, &blob.address)?;
        let Fetched::Body { bytes, .. } =
            http::fetch(&client, &blob_url, blob.size, true, None, &mut |n| downloaded += n)
                .await?
        else {
            unreachable!("no validators were sent, so there is no 304");
        };
        let store = store.clone();
        let blob_url = blob_url.to_string();
        blocking(move || {
            for file in unpack(&blob_url, &blob, &bytes, &files)? {
                store.cache(&file.sha256, &file.bytes)?;
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
            let staging = store.stage(&manifest, &manifest_bytes, &signature)?;
            store.install(&staging, version)?;
            store.prune(version, previous);
            Ok(())
        })
        .await?;
    }
    store.save_conditional_state(&remember(version));
    Ok(SyncOutcome { status: SyncStatus::Updated, version, bytes_downloaded: downloaded })
}

enum Decision {
    Install,
    Unchanged,
}

/// Whether a verified, unexpired manifest should be installed, given what the store holds.
async fn decide(
    config: &SyncConfig,
    store: &Store,
    manifest: &Manifest,
    current: Option<&InstalledPack>,
    floor: Option<u64>,
    url: &str,
) -> Result<Decision, SyncError> {
    let floor = floor.unwrap_or(0).max(config.min_version);
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
    let stored = {
        let store = store.clone();
        let trusted = config.trusted_keys.clone();
        let version = manifest.version;
        blocking(move || Ok(store.signed_manifest(version, &trusted).ok())).await?
    };
    match stored {
        Some((stored, _)) if stored.has_same_files(manifest) => {
            if current.is_some_and(|c| c.version == manifest.version) {
                Ok(Decision::Unchanged)
            } else {
                Ok(Decision::Install)
            }
        }
        Some(_) => Err(SyncError::ChangedWithoutNewVersion {
            url: url.to_owned(),
            version: manifest.version,
        }),
        // The version of the embedded pack: the app already has it.
        None => Ok(Decision::Unchanged),
    }
}

/// The blobs to download: the bundle when it costs no more than the per-file blobs of the files still
/// needed, else each needed file's blob.
fn plan_downloads(manifest: &Manifest, needed: Vec<FileEntry>) -> Vec<(Blob, Vec<FileEntry>)> {
    if needed.is_empty() {
        return Vec::new();
    }
    let mut by_blob: BTreeMap<String, (Blob, Vec<FileEntry>)> = BTreeMap::new();
    for file in needed {
        by_blob
            .entry(file.blob.address.clone())
            .or_insert_with(|| (file.blob.clone(), vec![]))
            .1
            .push(file);
    }
    let per_file_cost: u64 = by_blob.values().map(|(blob, _)| blob.size + REQUEST_COST_BYTES).sum();
    match &manifest.bundle {
        Some(bundle) if bundle.size + REQUEST_COST_BYTES <= per_file_cost => {
            vec![(bundle.clone(), manifest.files.clone())]
        }
        _ => by_blob.into_values().collect(),
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
