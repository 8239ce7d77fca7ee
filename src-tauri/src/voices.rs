//! What the settings screen offers for the voice of one language: "Download the voice for this
//! language (7.9 MB)", "Remove the voice", or why there is none.
//!
//! A voice (every clip of a locale, `audio/<locale>/`) is an optional group of the signed sync
//! (`haven_sync::fetch_group`): far larger than the text, so a phone downloads only the languages its
//! reader asks for, and the size is told before anything large is downloaded. The sizes come from a
//! signed manifest: the installed pack's, or the one the server offers now
//! (`haven_sync::offered_groups`), which is looked up only when the reader asks.

use haven_library::Library;
use haven_sync::OptionalGroup;
use serde::Serialize;

/// Where a voice stands for one locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum VoiceState {
    /// No voice speaks this language: the pack says so (`no_voice` in its `voice.toml`), and no
    /// other language's voice stands in.
    NoVoice,
    /// This copy cannot download voices: it has no update source, or it shows a preview pack.
    Unavailable,
    /// Not known yet whether the publisher offers one: looking it up asks the server.
    Unknown,
    /// The publisher offers it, of `bytes`.
    Available,
    /// The version last seen offers no voice for this language.
    NotOffered,
    /// On this phone, taking `bytes`.
    Downloaded,
}

/// What the interface shows about the voice of `locale`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct VoiceOffer {
    pub locale: String,
    pub state: VoiceState,
    /// The voice's size from the signed manifest: to download, or taken on the phone.
    pub bytes: Option<u64>,
}

/// The sync's name of the voice of `locale`: its optional group.
pub fn group_name(locale: &str) -> String {
    format!("{}/{locale}", haven_sync::release::AUDIO_DIR)
}

/// The groups known, newest first: those the server offered when last asked (`looked_up`, with its
/// version), when at least as new as the pack in use, then those of the pack in use.
pub struct KnownGroups<'a> {
    pub in_use_version: u64,
    /// The pack in use's groups; `None` for the embedded pack, which has no signed manifest.
    pub in_use: Option<&'a [OptionalGroup]>,
    pub looked_up: Option<&'a (u64, Vec<OptionalGroup>)>,
}

/// Decides what to offer for `locale`.
pub fn offer(
    library: &Library,
    locale: &str,
    can_download: bool,
    known: KnownGroups<'_>,
) -> VoiceOffer {
    let answer = |state, bytes| VoiceOffer { locale: locale.to_owned(), state, bytes };
    if library.voice(locale).is_some_and(|voice| voice.no_voice.is_some()) {
        return answer(VoiceState::NoVoice, None);
    }
    if !can_download {
        return answer(VoiceState::Unavailable, None);
    }
    let name = group_name(locale);
    let find = |groups: &[OptionalGroup]| groups.iter().find(|g| g.name == name).cloned();
    if let Some(group) = known.in_use.and_then(find).filter(|g| g.installed) {
        return answer(VoiceState::Downloaded, Some(group.bytes));
    }
    let newer_offer = known
        .looked_up
        .filter(|(version, _)| *version >= known.in_use_version)
        .map(|(_, groups)| groups.as_slice());
    match newer_offer.or(known.in_use) {
        None => answer(VoiceState::Unknown, None),
        Some(groups) => match find(groups) {
            Some(group) => answer(VoiceState::Available, Some(group.bytes)),
            None => answer(VoiceState::NotOffered, None),
        },
    }
}
