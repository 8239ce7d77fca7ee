//! Audio: which clip each message has in a locale, and the text a clip must speak.
//!
//! Many readers read poorly in every language. A pack can carry a clip for a section, an article's
//! title and summary, a self-check question, and the home screen's emergency action
//! (`audio/<locale>/voice.toml`, read by `haven-format`). The library decides which clip a reader
//! is offered, by two rules that keep audio honest:
//!
//! - **A clip speaks the locale's own text.** Where a message falls back to the reference text, no
//!   clip is offered: a Danish voice reading English, or English audio under Danish text, would
//!   both mislead.
//! - **A clip speaks today's text.** Each clip records the SHA-256 of the plain text it was made
//!   from ([`spoken_sha256`] of [`Library::spoken_text`]); a clip whose text has changed since is
//!   not offered, and the lint warns about it ([`Library::outdated_clips`]).
//!
//! The text spoken is the text a reader sees, with contacts read by their labels ([`Text::plain`]):
//! a section's heading, then each block on its own line.

use serde::Serialize;
use sha2::{Digest, Sha256};

use haven_format::{
    ClipInfo, ClipSource, VoiceInfo, CLIP_MIME, EMERGENCY_MESSAGE, HOME_FILE,
    SELF_CHECK_FLUENT_FILE, SUMMARY, TITLE,
};

use crate::article::{Article, Block, Section, Text};
use crate::library::Library;
use crate::InterfaceStrings;

/// A clip the app can play next to a piece of text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Clip {
    /// The clip's path in the pack (`audio/da/help-now--summary.mp3`), for [`Library::clip_bytes`].
    pub path: String,
    /// The MIME type, for the `<audio>` element: `audio/mpeg`.
    pub mime: &'static str,
    /// `recorded` with its speaker, or `synthetic` with its voice: the app says which.
    #[serde(flatten)]
    pub source: ClipSource,
    pub duration_ms: u64,
    pub bytes: u64,
    /// The locale the clip speaks.
    pub lang: String,
}

/// Why a clip's bytes cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AudioError {
    #[error("the clip {path} is not in the pack")]
    Missing { path: String },
    #[error("the clip {path} cannot be read: {reason}")]
    Unreadable { path: String, reason: String },
    #[error("the clip {path} has {actual} bytes, not the {recorded} its voice.toml records")]
    WrongSize { path: String, recorded: u64, actual: u64 },
}

/// A message that can be spoken in a locale, with the text a clip of it must speak.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpokenMessage {
    /// An article id, `self-check`, or `home`.
    pub text_file: String,
    /// A section id, `title`, `summary`, a question id, or `emergency`.
    pub message: String,
    pub text: String,
}

/// The fingerprint a clip records of the text it speaks: SHA-256 of the UTF-8 text, lower-case hex.
pub fn spoken_sha256(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

/// The text of a piece of text as spoken, or `None` when it fell back to another locale.
fn own(text: &Text) -> Option<String> {
    (!text.is_fallback).then(|| text.plain())
}

/// A section as spoken: its heading, then each block on its own line (a list item by item, a
/// service button as the service's name and its number).
pub(crate) fn spoken_section(section: &Section) -> Option<String> {
    let mut lines = vec![own(&section.heading)?];
    for block in &section.blocks {
        match block {
            Block::Paragraph { text } | Block::Important { text } => lines.push(own(text)?),
            Block::List { items } => {
                for item in items {
                    lines.push(own(item)?);
                }
            }
            Block::Action { contact, service } => {
                lines.push(format!("{}: {}", own(&service.name)?, contact.label));
            }
        }
    }
    Some(lines.join("\n"))
}

impl InterfaceStrings {
    /// The home screen's emergency action as spoken in `locale`: `emergency-heading`, then
    /// `emergency-text`. `None` unless the locale has both itself.
    pub fn spoken_emergency(&self, locale: &str) -> Option<String> {
        let strings = self.own_strings(locale, &["emergency-heading", "emergency-text"])?;
        Some(strings.join("\n"))
    }
}

impl Library {
    /// The clips of `locale` as its `voice.toml` describes them, with `no_voice` when no synthetic
    /// voice speaks the language; `None` when the locale has no `voice.toml`.
    pub fn voice(&self, locale: &str) -> Option<&VoiceInfo> {
        self.pack().voice(locale).or_else(|| self.borrowed_voices.as_ref()?.1.get(locale))
    }

    /// Offers the clips of `other` for every locale this pack has no voice of. The app gives a
    /// downloaded update the voices it embeds (the emergency action and the "Get help now" summary),
    /// which the update carries only in its optional groups; each clip is still offered only while
    /// it speaks this pack's text of today, so an update that changes the text silences it.
    pub fn with_voices_of(mut self, other: &Library) -> Library {
        let voices = other.pack().voices.clone();
        self.borrowed_voices = Some((other.source().clone(), voices));
        self
    }

    /// Every message of the pack that a clip can speak in `locale` (the locale's own text, not a
    /// fallback), with that text: each article's title, summary and sections, and the self-check's
    /// title, summary, intro and questions. The emergency action is in [`InterfaceStrings`]
    /// ([`InterfaceStrings::spoken_emergency`]).
    pub fn spoken_messages(&self, locale: &str) -> Vec<SpokenMessage> {
        let mut spoken = Vec::new();
        let mut push = |file: &str, message: &str, text: Option<String>| {
            if let Some(text) = text.filter(|t| !t.trim().is_empty()) {
                spoken.push(SpokenMessage {
                    text_file: file.to_owned(),
                    message: message.to_owned(),
                    text,
                });
            }
        };
        for info in &self.info().articles {
            let Ok(article) = self.article_text(locale, &info.id) else { continue };
            push(&article.id, TITLE, own(&article.title));
            push(&article.id, SUMMARY, own(&article.summary));
            for section in &article.sections {
                push(&article.id, &section.id, spoken_section(section));
            }
        }
        if let Ok(check) = self.self_check_text(locale) {
            push(SELF_CHECK_FLUENT_FILE, TITLE, own(&check.title));
            push(SELF_CHECK_FLUENT_FILE, SUMMARY, own(&check.summary));
            push(SELF_CHECK_FLUENT_FILE, "intro", own(&check.intro));
            for question in &check.questions {
                push(SELF_CHECK_FLUENT_FILE, &question.id, own(&question.text));
            }
        }
        spoken
    }

    /// The text a clip of `text_file/message` must speak in `locale`, or `None` when the locale does
    /// not have that message itself.
    pub fn spoken_text(&self, locale: &str, text_file: &str, message: &str) -> Option<String> {
        self.spoken_messages(locale)
            .into_iter()
            .find(|m| m.text_file == text_file && m.message == message)
            .map(|m| m.text)
    }

    /// The clip of a message whose spoken text is `text`, when the locale has one made from that
    /// very text.
    pub fn clip_for(
        &self,
        locale: &str,
        text_file: &str,
        message: &str,
        text: &str,
    ) -> Option<Clip> {
        self.clip_made_from(locale, text_file, message, || Some(text))
    }

    /// [`Library::clip_for`], with the spoken text worked out only when the locale has a clip for
    /// the message: most messages have none, and their text need not be built.
    fn clip_made_from<S: AsRef<str>>(
        &self,
        locale: &str,
        text_file: &str,
        message: &str,
        text: impl FnOnce() -> Option<S>,
    ) -> Option<Clip> {
        let info = self.voice(locale)?.clip(text_file, message)?;
        (info.text_sha256 == spoken_sha256(text()?.as_ref())).then(|| clip_of(locale, info))
    }

    /// The clip of the home screen's emergency action in `locale`, spoken from `interface`.
    pub fn emergency_clip(&self, locale: &str, interface: &InterfaceStrings) -> Option<Clip> {
        let text = interface.spoken_emergency(locale)?;
        self.clip_for(locale, HOME_FILE, EMERGENCY_MESSAGE, &text)
    }

    /// The clip stored at `path` (`audio/da/help-now--summary.mp3`), if `locale`'s `voice.toml`
    /// lists it: the app plays only clips the pack describes, never another file of the pack.
    pub fn clip_at(&self, locale: &str, path: &str) -> Option<Clip> {
        let info = self.voice(locale)?.clips.iter().find(|c| c.path(locale) == path)?;
        Some(clip_of(locale, info))
    }

    /// The bytes of a clip, checked against the size its `voice.toml` records.
    pub fn clip_bytes(&self, clip: &Clip) -> Result<Vec<u8>, AudioError> {
        let path = clip.path.clone();
        // A borrowed voice's clips are read where they came from: only for locales this pack has
        // no voice of, so the two never mix within a locale.
        let source = match &self.borrowed_voices {
            Some((source, _)) if self.pack().voice(&clip.lang).is_none() => source,
            _ => self.source(),
        };
        let bytes = match source.read_bytes(&clip.path) {
            Ok(Some(bytes)) => bytes,
            Ok(None) => return Err(AudioError::Missing { path }),
            Err(reason) => return Err(AudioError::Unreadable { path, reason }),
        };
        if bytes.len() as u64 != clip.bytes {
            let actual = bytes.len() as u64;
            return Err(AudioError::WrongSize { path, recorded: clip.bytes, actual });
        }
        Ok(bytes)
    }

    /// The clips of `locale` whose text changed after they were made (or whose message the locale
    /// no longer has itself), each with what it speaks now (`None` when nothing). The emergency
    /// action is judged only with `interface`.
    pub fn outdated_clips(
        &self,
        locale: &str,
        interface: Option<&InterfaceStrings>,
    ) -> Vec<(ClipInfo, Option<String>)> {
        let Some(voice) = self.voice(locale) else { return Vec::new() };
        let spoken = self.spoken_messages(locale);
        voice
            .clips
            .iter()
            .filter_map(|clip| {
                let now = if clip.text_file == HOME_FILE && clip.message == EMERGENCY_MESSAGE {
                    match interface {
                        Some(interface) => interface.spoken_emergency(locale),
                        None => return None,
                    }
                } else {
                    spoken
                        .iter()
                        .find(|m| m.text_file == clip.text_file && m.message == clip.message)
                        .map(|m| m.text.clone())
                };
                let is_current =
                    now.as_deref().is_some_and(|t| spoken_sha256(t) == clip.text_sha256);
                (!is_current).then(|| (clip.clone(), now))
            })
            .collect()
    }

    /// Attaches to an article the clips made from its text as it is now.
    pub(crate) fn attach_clips(&self, article: &mut Article) {
        let locale = article.locale.clone();
        let id = article.id.clone();
        article.title_audio = self.clip_made_from(&locale, &id, TITLE, || own(&article.title));
        article.summary_audio =
            self.clip_made_from(&locale, &id, SUMMARY, || own(&article.summary));
        for section in &mut article.sections {
            section.audio =
                self.clip_made_from(&locale, &id, &section.id, || spoken_section(section));
        }
    }
}

fn clip_of(locale: &str, info: &ClipInfo) -> Clip {
    Clip {
        path: info.path(locale),
        mime: CLIP_MIME,
        source: info.source.clone(),
        duration_ms: info.duration_ms,
        bytes: info.bytes,
        lang: locale.to_owned(),
    }
}

/// The clip of a piece of text, for the topics and the self-check.
pub(crate) fn clip_of_text(
    library: &Library,
    locale: &str,
    text_file: &str,
    message: &str,
    text: &Text,
) -> Option<Clip> {
    library.clip_made_from(locale, text_file, message, || own(text))
}
