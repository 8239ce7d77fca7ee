//! Audio: clips whose text changed after they were made, and how much of each locale can be heard.
//!
//! A clip records the SHA-256 of the text it speaks (`text_sha256` in `audio/<locale>/voice.toml`).
//! When the text changes, the clip says what the text no longer says; the app stops offering it
//! (`haven_library::Library::clip_for`), and the lint warns, so that the NGO records it again or
//! runs `haven-pack voice`. The text is compared as the library formats it, so the lint and the app
//! judge a clip the same way.

use serde::Serialize;

use haven_format::voice_file::clip_diagnostic;
use haven_format::{Diagnostic, Problem};
use std::path::Path;

use haven_format::HOME_FILE;
use haven_library::{spoken_sha256, InterfaceStrings, Library, PackSource};

/// How much of one locale can be heard, for `haven-pack status`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct AudioCoverage {
    /// Messages a clip can speak: those the locale has itself (not the emergency action, which is
    /// the app's).
    pub messages: usize,
    /// Of those, the messages with a clip of today's text.
    pub spoken: usize,
    pub recorded: usize,
    pub synthetic: usize,
    /// Clips whose text changed after they were made.
    pub outdated: usize,
    /// The bytes of every clip `voice.toml` lists.
    pub bytes: u64,
    /// Why the locale has no synthetic voice, as its `voice.toml` says.
    pub no_voice: Option<String>,
}

impl AudioCoverage {
    /// Messages with current audio, in whole percent (rounded down).
    pub fn percent(&self) -> usize {
        (self.spoken * 100).checked_div(self.messages).unwrap_or(0)
    }
}

/// A warning for every clip of `locale` whose text changed after it was made; the emergency action
/// only with the interface strings it speaks.
pub(crate) fn check_outdated(
    library: &Library,
    locale: &str,
    interface: Option<&InterfaceStrings>,
    out: &mut Vec<Diagnostic>,
) {
    let Some(voice) = library.voice(locale) else { return };
    let outdated = library.outdated_clips(locale, interface);
    let is_home = |c: &haven_format::ClipInfo| c.text_file == HOME_FILE;
    // A clip of a message the locale does not have is the loader's `unknown-clip-message`.
    // The emergency action's text is the app's: a locale that lost it is outdated too.
    for (clip, _) in outdated.into_iter().filter(|(c, now)| now.is_some() || is_home(c)) {
        let problem = Problem::OutdatedAudio { locale: locale.to_owned(), clip: clip.path(locale) };
        out.push(clip_diagnostic(voice, &clip, "text_sha256", problem));
    }
}

/// The warnings about the emergency action's clips, which speak the app's interface strings
/// (`LOCALES_DIR/<locale>/app.ftl`) rather than the pack: for `haven-pack lint --interface`.
pub fn lint_emergency_audio(source: &PackSource, locales: &Path) -> Vec<Diagnostic> {
    let Ok(library) = Library::open(source.clone()) else { return Vec::new() };
    let interface = InterfaceStrings::new(
        PackSource::Directory(locales.to_owned()),
        library.reference_locale(),
    );
    let mut out = Vec::new();
    for locale in library.locales() {
        let mut found = Vec::new();
        check_outdated(&library, &locale.code, Some(&interface), &mut found);
        out.extend(found.into_iter().filter(|d| {
            d.id.as_deref().is_some_and(|id| id.starts_with(&format!("clips.{HOME_FILE}/")))
        }));
    }
    out
}

/// The audio coverage of `locale`.
pub(crate) fn coverage(library: &Library, locale: &str) -> AudioCoverage {
    let spoken = library.spoken_messages(locale);
    let mut coverage = AudioCoverage { messages: spoken.len(), ..AudioCoverage::default() };
    let Some(voice) = library.voice(locale) else { return coverage };
    coverage.no_voice = voice.no_voice.clone();
    for clip in &voice.clips {
        coverage.bytes += clip.bytes;
        if clip.source.is_recorded() {
            coverage.recorded += 1;
        } else {
            coverage.synthetic += 1;
        }
    }
    coverage.spoken = spoken
        .iter()
        .filter(|m| {
            voice
                .clip(&m.text_file, &m.message)
                .is_some_and(|c| c.text_sha256 == spoken_sha256(&m.text))
        })
        .count();
    coverage.outdated = library.outdated_clips(locale, None).len();
    coverage
}
