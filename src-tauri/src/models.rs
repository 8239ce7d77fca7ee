//! What the commands return, in camelCase for the interface. Articles, topics and services are the
//! engine's own types; these are the app's.

use std::collections::BTreeMap;

use haven_core::LocaleInfo;
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
