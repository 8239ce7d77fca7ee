//! `audio/<locale>/voice.toml`: the spoken clips of one locale, and where each came from.
//!
//! Many readers read poorly in every language, so any section, title or summary of an article, a
//! self-check question and the home screen's emergency action can carry a clip in a locale. A clip
//! is honest about itself: `recorded` by a named person, or `synthetic` (made by `haven-pack voice`
//! with a named espeak-ng voice), and it records a fingerprint of the text it speaks
//! (`text_sha256`), so that a clip whose text changed since is found rather than played.
//!
//! The file is read here, with positions, like `pack.toml`; whether each clip's message exists is
//! checked when the locale's Fluent files are loaded ([`crate::LocaleFiles::load`]), and whether its
//! file exists with the size recorded by [`crate::Pack::check_all`], so that opening a pack on a
//! phone does not read every clip of every locale. A problem in this file never refuses the pack:
//! readers lose the clip, not the text.

use rustc_hash::FxHashMap as HashMap;

use serde::Serialize;

use crate::diagnostic::{Diagnostic, Problem};
use crate::source::PackSource;
use crate::toml_doc::{EntryName, Table, TomlDoc};

/// The folder of a pack that holds the clips, one folder per locale: `audio/<locale>/`.
pub const AUDIO_FOLDER: &str = "audio";
/// The description of a locale's clips, in `audio/<locale>/`.
pub const VOICE_FILE: &str = "voice.toml";
/// The one format of clips: MP3 (MPEG Layer III), which Android's WebView, iOS's WKWebView and
/// WebKitGTK (GStreamer's `mpg123audiodec`, in the "good" plugins) all play (docs/architecture.md).
pub const CLIP_EXTENSION: &str = "mp3";
/// The MIME type of [`CLIP_EXTENSION`], for the app's `<audio>` element.
pub const CLIP_MIME: &str = "audio/mpeg";
/// The "file" of the home screen's emergency action, whose text is the interface strings
/// `emergency-heading` and `emergency-text`: `home--emergency.mp3` speaks message `home/emergency`.
pub const HOME_FILE: &str = "home";
pub const EMERGENCY_MESSAGE: &str = "emergency";

/// Who or what speaks a clip. The app says which, as it says "machine-assisted" for text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "source", rename_all = "lowercase")]
pub enum ClipSource {
    /// Read by a person, named so the NGO can answer for it.
    Recorded { speaker: String },
    /// Made by `haven-pack voice` with this espeak-ng voice.
    Synthetic { voice: String },
}

impl ClipSource {
    pub fn is_recorded(&self) -> bool {
        matches!(self, ClipSource::Recorded { .. })
    }
}

/// One clip of a locale, as `voice.toml` describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClipInfo {
    /// The file's name in `audio/<locale>/`: `help-now--summary.mp3`.
    pub file: String,
    /// The Fluent file (without `.ftl`) of the message spoken: an article id, `self-check`, or
    /// [`HOME_FILE`].
    pub text_file: String,
    /// The message spoken: a section id, `title`, `summary`, a question id, or
    /// [`EMERGENCY_MESSAGE`].
    pub message: String,
    pub source: ClipSource,
    /// SHA-256 (lower-case hex) of the plain text spoken, as `haven-library` formats it.
    pub text_sha256: String,
    pub bytes: u64,
    pub duration_ms: u64,
    /// Where the clip's `[[clips]]` entry starts in `voice.toml`.
    pub line: usize,
    pub column: usize,
}

impl ClipInfo {
    /// The clip's path in the pack: `audio/da/help-now--summary.mp3`.
    pub fn path(&self, locale: &str) -> String {
        clip_path(locale, &self.file)
    }
}

/// The clips of one locale.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VoiceInfo {
    pub locale: String,
    /// Why this locale has no synthetic clips, when no voice speaks its language (`haven-pack voice`
    /// writes it; espeak-ng has no Filipino voice, for one). Readers are told, rather than given
    /// another language's voice.
    pub no_voice: Option<String>,
    /// One clip per message: where `voice.toml` lists a recording and a synthetic clip of the same
    /// message, only the recording.
    pub clips: Vec<ClipInfo>,
}

impl VoiceInfo {
    /// The clip of a message, if the locale has one.
    pub fn clip(&self, text_file: &str, message: &str) -> Option<&ClipInfo> {
        self.clips.iter().find(|c| c.text_file == text_file && c.message == message)
    }
}

/// `audio/<locale>/voice.toml`.
pub fn voice_path(locale: &str) -> String {
    format!("{AUDIO_FOLDER}/{locale}/{VOICE_FILE}")
}

/// `audio/<locale>/<file>`.
pub fn clip_path(locale: &str, file: &str) -> String {
    format!("{AUDIO_FOLDER}/{locale}/{file}")
}

/// The file name of a message's clip: `<text file>--<message>.mp3`.
pub fn clip_file_name(text_file: &str, message: &str) -> String {
    format!("{text_file}--{message}.{CLIP_EXTENSION}")
}

const TOP_FIELDS: &[&str] = &["no_voice", "clips"];
const CLIP_FIELDS: &[&str] =
    &["file", "message", "source", "speaker", "voice", "text_sha256", "bytes", "duration_ms"];

/// Reads `audio/<locale>/voice.toml`, or `None` when the locale has none.
pub(crate) fn load(
    source: &PackSource,
    locale: &str,
    out: &mut Vec<Diagnostic>,
) -> Option<VoiceInfo> {
    let path = voice_path(locale);
    match source.read_text(&path) {
        Ok(Some(text)) => Some(read(locale, &text, out)),
        Ok(None) => None,
        Err(reason) => {
            out.push(crate::pack::at_start(&path, None, Problem::Unreadable { reason }));
            None
        }
    }
}

/// Reads the text of a locale's `voice.toml`: every clip that is described well enough to play,
/// and every problem.
pub(crate) fn read(locale: &str, text: &str, out: &mut Vec<Diagnostic>) -> VoiceInfo {
    let (mut doc, root) = TomlDoc::parse(voice_path(locale), text, out);
    let top = Table::fixed(root.get_ref(), 0..0, VOICE_FILE, "");
    top.check_unknown(&mut doc, TOP_FIELDS);
    let no_voice = top.string(&mut doc, "no_voice", false).map(|(reason, _)| reason.to_owned());
    let mut clips: Vec<ClipInfo> = Vec::new();
    let mut first_line_of: HashMap<(String, bool), usize> = HashMap::default();
    for (table, span) in top.tables(&mut doc, "clips") {
        let name = EntryName {
            list: "clips",
            unnamed: "a [[clips]] entry",
            named: "the clip of",
            id: None,
        };
        let (entry, message) = Table::entry(&mut doc, table, span.clone(), name, "message");
        entry.check_unknown(&mut doc, CLIP_FIELDS);
        let file = entry.string(&mut doc, "file", true);
        let source = entry.string(&mut doc, "source", true);
        let speaker = entry.string(&mut doc, "speaker", false);
        let voice = entry.string(&mut doc, "voice", false);
        let sha = entry.string(&mut doc, "text_sha256", true);
        let bytes = entry.count(&mut doc, "bytes", true);
        let duration_ms = entry.count(&mut doc, "duration_ms", true);

        let parts = message.and_then(|(message, message_span)| {
            let parts = message
                .split_once('/')
                .filter(|(file, id)| !file.is_empty() && !id.is_empty() && !id.contains('/'));
            if parts.is_none() {
                doc.report(
                    message_span.start,
                    entry.id("message"),
                    Problem::InvalidValue {
                        field: "message".into(),
                        expected: "the file and message spoken, such as \"help-now/summary\""
                            .into(),
                        found: format!("\"{message}\""),
                    },
                );
            }
            parts
        });
        let file = file.and_then(|(file, file_span)| {
            let expected = parts.map(|(text_file, id)| clip_file_name(text_file, id));
            match expected {
                Some(expected) if expected != file => {
                    doc.report(
                        file_span.start,
                        entry.id("file"),
                        Problem::InvalidValue {
                            field: "file".into(),
                            expected: format!(
                                "\"{expected}\", the name the message gives its clip"
                            ),
                            found: format!("\"{file}\""),
                        },
                    );
                    None
                }
                _ => Some(file.to_owned()),
            }
        });
        let source = source.and_then(|(kind, kind_span)| match kind {
            "recorded" => match speaker {
                Some((speaker, _)) if !speaker.trim().is_empty() => {
                    Some(ClipSource::Recorded { speaker: speaker.to_owned() })
                }
                _ => {
                    doc.report(
                        speaker.map_or(entry.span.start, |(_, s)| s.start),
                        entry.id("speaker"),
                        Problem::RecordingWithoutSpeaker,
                    );
                    None
                }
            },
            "synthetic" => match voice {
                Some((voice, _)) if !voice.trim().is_empty() => {
                    Some(ClipSource::Synthetic { voice: voice.to_owned() })
                }
                _ => {
                    entry.missing(&mut doc, "voice");
                    None
                }
            },
            other => {
                doc.report(
                    kind_span.start,
                    entry.id("source"),
                    Problem::UnknownClipSource { found: other.to_owned() },
                );
                None
            }
        });
        let sha = sha.and_then(|(sha, sha_span)| {
            let is_sha256 = sha.len() == 64
                && sha.chars().all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c));
            if !is_sha256 {
                doc.report(
                    sha_span.start,
                    entry.id("text_sha256"),
                    Problem::InvalidValue {
                        field: "text_sha256".into(),
                        expected: "64 lower-case hex digits (`haven-pack voice` writes them)"
                            .into(),
                        found: format!("\"{sha}\""),
                    },
                );
            }
            is_sha256.then(|| sha.to_owned())
        });

        let (Some((text_file, id)), Some(file), Some(source), Some(sha), Some(bytes), Some(ms)) =
            (parts, file, source, sha, bytes, duration_ms)
        else {
            continue;
        };
        let (line, column) = doc.position(span.start);
        let is_recorded = source.is_recorded();
        let key = (format!("{text_file}/{id}"), is_recorded);
        if let Some(first_line) = first_line_of.get(&key) {
            doc.report(
                span.start,
                entry.id("message"),
                Problem::DuplicateClip { message: key.0, first_line: *first_line },
            );
            continue;
        }
        first_line_of.insert(key, line);
        let clip = ClipInfo {
            file,
            text_file: text_file.to_owned(),
            message: id.to_owned(),
            source,
            text_sha256: sha,
            bytes,
            duration_ms: ms,
            line,
            column,
        };
        // A recording replaces a synthetic clip of the same message, whichever is listed first.
        match clips.iter().position(|c| c.text_file == clip.text_file && c.message == clip.message)
        {
            Some(at) if is_recorded => clips[at] = clip,
            Some(_) => {}
            None => clips.push(clip),
        }
    }
    VoiceInfo { locale: locale.to_owned(), no_voice, clips }
}

/// Reads the text of a locale's `voice.toml` as the loader does: what `haven-pack voice` starts
/// from.
pub fn parse(locale: &str, text: &str) -> (VoiceInfo, Vec<Diagnostic>) {
    let mut out = Vec::new();
    let voice = read(locale, text, &mut out);
    (voice, out)
}

impl VoiceInfo {
    /// The text of `voice.toml` for these clips, in the order given, as `haven-pack voice` writes it.
    pub fn to_toml(&self) -> String {
        let quote = |text: &str| toml::Value::String(text.to_owned()).to_string();
        let mut text = format!(
            "# The spoken clips of `{}` (content/README.md, \"Audio\"). Written by `haven-pack voice`,\n\
             # which keeps recordings: add a recording's entry by hand with source = \"recorded\".\n",
            self.locale
        );
        if let Some(reason) = &self.no_voice {
            text.push_str(&format!("\nno_voice = {}\n", quote(reason)));
        }
        for clip in &self.clips {
            text.push_str(&format!(
                "\n[[clips]]\nfile = {}\nmessage = {}\n",
                quote(&clip.file),
                quote(&format!("{}/{}", clip.text_file, clip.message))
            ));
            match &clip.source {
                ClipSource::Recorded { speaker } => {
                    text.push_str(&format!(
                        "source = \"recorded\"\nspeaker = {}\n",
                        quote(speaker)
                    ));
                }
                ClipSource::Synthetic { voice } => {
                    text.push_str(&format!("source = \"synthetic\"\nvoice = {}\n", quote(voice)));
                }
            }
            text.push_str(&format!(
                "text_sha256 = \"{}\"\nbytes = {}\nduration_ms = {}\n",
                clip.text_sha256, clip.bytes, clip.duration_ms
            ));
        }
        text
    }
}

/// Reports every clip whose message `has_message(file, message)` does not know: a clip nobody can
/// reach. The emergency action is always known.
pub(crate) fn check_messages(
    voice: &VoiceInfo,
    has_message: impl Fn(&str, &str) -> bool,
    out: &mut Vec<Diagnostic>,
) {
    for clip in &voice.clips {
        let is_home = clip.text_file == HOME_FILE && clip.message == EMERGENCY_MESSAGE;
        if !is_home && !has_message(&clip.text_file, &clip.message) {
            out.push(clip_diagnostic(
                voice,
                clip,
                "message",
                Problem::UnknownClipMessage {
                    message: format!("{}/{}", clip.text_file, clip.message),
                    locale: voice.locale.clone(),
                },
            ));
        }
    }
}

/// Reports every clip whose file is missing or has another size than `voice.toml` records (a file
/// replaced by hand without `haven-pack voice`, or cut short in a copy).
pub(crate) fn check_files(source: &PackSource, voice: &VoiceInfo, out: &mut Vec<Diagnostic>) {
    for clip in &voice.clips {
        let path = clip.path(&voice.locale);
        match source.file_size(&path) {
            Ok(Some(actual)) if actual == clip.bytes => {}
            Ok(Some(actual)) => out.push(clip_diagnostic(
                voice,
                clip,
                "bytes",
                Problem::ClipSizeMismatch { file: path, recorded: clip.bytes, actual },
            )),
            Ok(None) => out.push(clip_diagnostic(
                voice,
                clip,
                "file",
                Problem::ClipFileMissing { file: path },
            )),
            Err(reason) => out.push(Diagnostic {
                file: path,
                line: 1,
                column: 1,
                id: None,
                problem: Problem::Unreadable { reason },
            }),
        }
    }
}

/// A problem about one clip, placed at its `[[clips]]` entry.
pub fn clip_diagnostic(
    voice: &VoiceInfo,
    clip: &ClipInfo,
    field: &str,
    problem: Problem,
) -> Diagnostic {
    Diagnostic {
        file: voice_path(&voice.locale),
        line: clip.line,
        column: clip.column,
        id: Some(format!("clips.{}/{}.{field}", clip.text_file, clip.message)),
        problem,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHA: &str = "0000000000000000000000000000000000000000000000000000000000000000";

    fn clip(message: &str, source: &str) -> String {
        let file = message.replace('/', "--");
        format!(
            "[[clips]]\nfile = \"{file}.mp3\"\nmessage = \"{message}\"\n{source}\n\
             text_sha256 = \"{SHA}\"\nbytes = 10\nduration_ms = 900\n\n"
        )
    }

    #[test]
    fn a_recording_replaces_the_synthetic_clip_of_its_message() {
        let text = clip("help-now/summary", "source = \"synthetic\"\nvoice = \"da\"")
            + &clip("help-now/summary", "source = \"recorded\"\nspeaker = \"Mette, CMM\"");
        let mut out = Vec::new();
        let voice = read("da", &text, &mut out);
        assert!(out.is_empty(), "{out:?}");
        assert_eq!(voice.clips.len(), 1);
        assert_eq!(
            voice.clip("help-now", "summary").unwrap().source,
            ClipSource::Recorded { speaker: "Mette, CMM".into() }
        );
    }

    #[test]
    fn a_recording_without_a_speaker_and_an_unknown_source_are_named_with_their_line() {
        let text = clip("help-now/summary", "source = \"recorded\"")
            + &clip("help-now/title", "source = \"robot\"");
        let mut out = Vec::new();
        let voice = read("da", &text, &mut out);
        assert!(voice.clips.is_empty());
        let found: Vec<(String, usize, &str)> =
            out.iter().map(|d| (d.file.clone(), d.line, d.code())).collect();
        assert_eq!(
            found,
            [
                ("audio/da/voice.toml".to_owned(), 1, "recording-without-speaker"),
                ("audio/da/voice.toml".to_owned(), 12, "unknown-clip-source"),
            ]
        );
    }

    #[test]
    fn what_to_toml_writes_reads_back_the_same() {
        let text = clip("help-now/summary", "source = \"recorded\"\nspeaker = \"Mette \\\"M\\\"\"")
            + &clip("home/emergency", "source = \"synthetic\"\nvoice = \"da\"");
        let (voice, problems) = parse("da", &text);
        assert!(problems.is_empty(), "{problems:?}");
        let (again, problems) = parse("da", &voice.to_toml());
        assert!(problems.is_empty(), "{problems:?}");
        let strip = |v: &VoiceInfo| -> Vec<ClipInfo> {
            v.clips.iter().map(|c| ClipInfo { line: 0, column: 0, ..c.clone() }).collect()
        };
        assert_eq!(strip(&again), strip(&voice));
        assert_eq!(again.clips[0].source, ClipSource::Recorded { speaker: "Mette \"M\"".into() });
    }

    #[test]
    fn a_file_name_that_does_not_match_its_message_is_refused() {
        let text = clip("help-now/summary", "source = \"synthetic\"\nvoice = \"da\"")
            .replace("help-now--summary.mp3", "summary.mp3");
        let mut out = Vec::new();
        let voice = read("da", &text, &mut out);
        assert!(voice.clips.is_empty());
        assert_eq!(out.len(), 1);
        assert!(out[0].to_string().contains("help-now--summary.mp3"), "{}", out[0]);
    }
}
