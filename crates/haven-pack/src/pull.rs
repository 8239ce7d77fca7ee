//! `haven-pack pull`: the app's own sync, run from the command line, so an NGO sees exactly what a
//! phone would: the same checks, the same refusals, the same store layout.

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use haven_sync::{fetch_group, sync, Store, SyncConfig, SyncError, SyncProgress, SyncStatus};
use serde::Serialize;

/// The result of a pull, as printed with `--format json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PullReport {
    /// `updated`, `unchanged` or `refused`.
    pub status: &'static str,
    /// The version in use afterwards (the configured minimum when the store has none).
    pub version: u64,
    pub bytes_downloaded: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The kind of refusal (see `SyncError::kind`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<&'static str>,
}

impl PullReport {
    pub fn is_refused(&self) -> bool {
        self.status == "refused"
    }

    /// One line for a person.
    pub fn to_human(&self) -> String {
        match (self.status, &self.reason) {
            ("updated", _) => format!(
                "Updated: version {} is now in use ({} bytes downloaded).",
                self.version, self.bytes_downloaded
            ),
            ("unchanged", _) => format!(
                "Unchanged: version {} is the newest ({} bytes downloaded).",
                self.version, self.bytes_downloaded
            ),
            (_, reason) => format!(
                "Refused: {}. Still using version {}.",
                reason.as_deref().unwrap_or("unknown reason"),
                self.version
            ),
        }
    }
}

/// Syncs `store_dir` from `config`, or with `group` downloads that optional group, and reports what
/// happened. A refusal is a report, not an error: the store keeps the pack it had.
pub async fn pull(config: &SyncConfig, store_dir: &Path, group: Option<&str>) -> PullReport {
    let bytes = AtomicU64::new(0);
    let progress = |p: SyncProgress| bytes.store(p.bytes_downloaded, Ordering::Relaxed);
    let result = match Store::open(store_dir) {
        Ok(store) => match group {
            Some(name) => fetch_group(config, &store, name, Some(&progress)).await,
            None => sync(config, &store, Some(&progress)).await,
        },
        Err(e) => Err(e),
    };
    match result {
        Ok(outcome) => PullReport {
            status: match outcome.status {
                SyncStatus::Updated => "updated",
                SyncStatus::Unchanged => "unchanged",
            },
            version: outcome.version,
            bytes_downloaded: outcome.bytes_downloaded,
            reason: None,
            kind: None,
        },
        Err(error) => refused(config, store_dir, &error, bytes.load(Ordering::Relaxed)),
    }
}

fn refused(config: &SyncConfig, store_dir: &Path, error: &SyncError, bytes: u64) -> PullReport {
    let version = Store::open(store_dir)
        .ok()
        .and_then(|store| store.current_with(&config.trust))
        .map_or(config.min_version, |pack| pack.version);
    PullReport {
        status: "refused",
        version,
        bytes_downloaded: bytes,
        reason: Some(error.to_string()),
        kind: Some(error.kind()),
    }
}
