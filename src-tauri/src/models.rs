//! What the commands return, in camelCase for the interface. Articles, topics and services are the
//! engine's own types; these are the app's.

use std::collections::BTreeMap;

use haven_library::{Clip, LocaleInfo, ServiceEntry, Text, Topic};
use serde::Serialize;

/// Everything the interface needs to draw its first screen.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StartState {
    /// The locale in use: the reader's choice, or the best match for the device.
    pub locale: String,
    /// `true` until the reader has chosen a language, so the first start shows the language picker.
    pub needs_language_choice: bool,
    pub locales: Vec<LocaleInfo>,
    pub text_size: u16,
    pub text_sizes: Vec<u16>,
    pub strings: BTreeMap<String, String>,
    pub pack: PackSummary,
    /// Problems with a pack that was refused (for example `haven --pack DIR` on a broken folder). The
    /// app then runs on the embedded pack and shows these.
    pub refused: Vec<String>,
    /// Warnings about a previewed pack that is shown (`haven --pack DIR`), for the NGO to check
    /// before publishing it.
    pub preview_warnings: Vec<String>,
    /// Discreet mode is on: the interface starts on the cover screen, and opens the guidance only
    /// with the reader's code.
    pub discreet: bool,
    pub freshness: Freshness,
    /// The home screen's content in `locale`, when the home screen is the first screen (a language
    /// was chosen, and discreet mode is off): it comes with this answer rather than in a second
    /// round trip. `None` on the language picker and on the cover, which keeps the guidance out of
    /// the page until the reader's code opens it.
    pub home: Option<HomeScreen>,
}

/// What the home screen shows in a locale besides the interface strings (the `home` command).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HomeScreen {
    pub locale: String,
    pub topics: Vec<Topic>,
    /// The emergency card's services: those of kind `emergency` only, for the whole directory is
    /// several times larger.
    pub emergency_services: Vec<ServiceEntry>,
    /// The tile that opens the self-check, if the pack has one.
    pub self_check: Option<SelfCheckTile>,
    /// The emergency action spoken, where the pack has a clip of today's text.
    pub emergency_clip: Option<Clip>,
}

/// The self-check's title and summary, for its tile on the home screen; the questions come with
/// the `self_check` command when it is opened.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SelfCheckTile {
    pub title: Text,
    pub summary: Text,
}

/// Whether the information may be out of date ([`crate::freshness`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Freshness {
    /// Tell the reader: the pack's signature has expired unconfirmed, or checks have kept failing.
    pub stale: bool,
    /// The last day the information was known to be the newest (`YYYY-MM-DD`): the day it was
    /// published, or a later day a check confirmed it.
    pub confirmed: String,
}

/// What the app tells an NGO about the pack folder it was asked to preview (`haven --pack DIR`).
/// Empty when there is no preview.
#[derive(Debug, Clone, Default)]
pub struct PreviewReport {
    /// The folder's errors. It was refused, and the embedded pack is shown instead.
    pub refused: Vec<String>,
    /// The warnings about a folder that is shown: what `haven-pack build` would print too.
    pub warnings: Vec<String>,
}

/// Which information is in use.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PackSummary {
    pub id: String,
    pub version: u64,
    pub publisher: String,
    pub published: String,
    /// `embedded`, or the folder the pack was read from.
    pub source: String,
}

/// The interface strings of a locale, after the reader switched to it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LocaleState {
    pub locale: String,
    pub strings: BTreeMap<String, String>,
}

/// Which information is in use, and whether this build can update it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct InformationStatus {
    pub version: u64,
    pub published: String,
    pub publisher: String,
    /// `embedded`, `synced`, or the folder of a preview pack.
    pub source: String,
    pub update_url_configured: bool,
    pub automatic_checks: bool,
    pub freshness: Freshness,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum UpdateStatus {
    /// A newer pack was verified and is now in use.
    Updated,
    /// The information in use is the newest.
    Unchanged,
    /// Nothing changed: the server could not be reached, or what it offered was refused.
    Refused,
    /// This build or this run has nothing to check.
    Unavailable,
}

/// The result of a check for updated information. The pack in use is always a verified one.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateResult {
    pub status: UpdateStatus,
    /// The version in use after the check.
    pub version: u64,
    pub published: String,
    /// What happened, in plain words (English; the interface shows its own sentence per status).
    pub message: String,
    /// Why a check was refused, kebab-case, as the sync client names it (`network`, `expired`,
    /// `signature`, `rollback`, ...; `unopenable` when the installed pack could not be opened), so
    /// the interface can tell "no network" from "this information has expired". `None` unless the
    /// status is `refused`.
    pub reason: Option<String>,
}

/// Progress of a check, sent to the interface as the `update-progress` event.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateProgress {
    /// `checking`, `downloading` or `installing`.
    pub stage: &'static str,
    pub bytes_downloaded: u64,
    pub bytes_expected: u64,
}

impl From<haven_sync::SyncProgress> for UpdateProgress {
    fn from(progress: haven_sync::SyncProgress) -> Self {
        use haven_sync::SyncStage;
        UpdateProgress {
            stage: match progress.stage {
                SyncStage::WaitingForAnotherSync | SyncStage::CheckingForUpdate => "checking",
                SyncStage::Downloading => "downloading",
                SyncStage::Installing => "installing",
            },
            bytes_downloaded: progress.bytes_downloaded,
            bytes_expected: progress.bytes_expected,
        }
    }
}
