//! `haven-pack voice`: synthetic clips of a pack's text, made at build time with espeak-ng, never on
//! the phone.
//!
//! For each locale and each message it can speak (`haven_library::Library::spoken_messages`, and
//! the home screen's emergency action), espeak-ng writes a WAV file and `lame` encodes it as MP3:
//! mono, 16 kHz, 16 kbit/s constant bit rate ([`LAME_ARGUMENTS`]). That is MPEG-2 Layer III, which Android's media framework, WebKit on iOS and GStreamer's
//! `mpg123audiodec` (WebKitGTK) all decode; docs/architecture.md gives the sources.
//!
//! The step is honest about what it makes and what it keeps:
//! - a **recording** (`source = "recorded"` in `voice.toml`, with its file) is never replaced;
//! - a synthetic clip made from today's text is kept, so running it again costs little;
//! - a locale whose language no installed voice speaks gets none, and its `voice.toml` says so
//!   (`no_voice`), rather than another language's voice reading its text.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use haven_format::{
    clip_file_name, voice_file, ClipInfo, ClipSource, VoiceInfo, EMERGENCY_MESSAGE, HOME_FILE,
    VOICE_FILE,
};
use haven_library::{spoken_sha256, InterfaceStrings, Library, PackSource, SpokenMessage};

/// The messages whose clips the app embeds in its default pack (the contract of issue 13): the
/// emergency action of the home screen and the summary of "Help now". The rest is made when the
/// site is built.
pub const EMBEDDED_MESSAGES: [(&str, &str); 2] =
    [(HOME_FILE, EMERGENCY_MESSAGE), ("help-now", "summary")];

/// The MP3 settings: mono, 16 kHz, 16 kbit/s constant bit rate (MPEG-2 Layer III). Speech needs no
/// more than 16 kHz; 16 kbit/s keeps the clips the app embeds within half a megabyte for 16
/// locales (tests/size/audio.sh prints the figures).
pub const LAME_ARGUMENTS: [&str; 10] =
    ["--quiet", "-m", "m", "--resample", "16", "-b", "16", "--cbr", "-q", "2"];

/// The espeak-ng voice for each locale Haven knows, or why there is none. A locale missing here has
/// no voice: the step never guesses one from another language.
pub fn espeak_voice(locale: &str) -> Result<&'static str, &'static str> {
    Ok(match locale {
        "en" => "en-gb",
        "da" => "da",
        "ro" => "ro",
        "bg" => "bg",
        "hu" => "hu",
        "pl" => "pl",
        "uk" => "uk",
        "ru" => "ru",
        "th" => "th",
        "vi" => "vi",
        // Simplified Chinese is read in Mandarin.
        "zh-Hans" => "cmn",
        "ar" => "ar",
        "fr" => "fr-fr",
        "es" => "es",
        "fil" => return Err("espeak-ng has no Filipino (Tagalog) voice"),
        "pcm" => {
            return Err(
                "espeak-ng has no Nigerian Pidgin voice, and an English one would mispronounce it",
            )
        }
        _ => return Err("Haven knows no espeak-ng voice for this language"),
    })
}

/// What to make.
#[derive(Debug, Clone)]
pub struct VoiceOptions {
    /// The pack folder (with pack.toml).
    pub content_dir: PathBuf,
    /// Only this locale; every locale of the pack when `None`.
    pub locale: Option<String>,
    /// The folder to write `<locale>/` folders into; `CONTENT_DIR/audio` when `None`.
    pub out: Option<PathBuf>,
    /// Only the clips the app embeds ([`EMBEDDED_MESSAGES`]).
    pub only_embedded: bool,
    /// The app's interface strings (`locales/`), for the emergency action.
    pub interface: PackSource,
}

/// What was made for one locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleVoice {
    pub locale: String,
    /// The espeak-ng voice, or why there is none.
    pub voice: Result<String, String>,
    pub made: usize,
    /// Synthetic clips kept because their text has not changed.
    pub kept: usize,
    pub recordings: usize,
    /// The bytes of every clip of the locale.
    pub bytes: u64,
}

/// Why the step cannot run.
#[derive(Debug, thiserror::Error)]
pub enum VoiceError {
    #[error("the pack cannot be opened: {0}")]
    Pack(String),
    #[error("`{locale}` is not a locale of this pack; its locales are: {known}")]
    UnknownLocale { locale: String, known: String },
    #[error("{tool} is not installed ({reason}); install Debian's package `{package}` (scripts/install-deps.sh --tests does)")]
    MissingTool { tool: &'static str, package: &'static str, reason: String },
    #[error("no synthetic voice for `{locale}`: {reason}; its text stays without synthetic audio (a recording can still be added)")]
    NoVoice { locale: String, reason: String },
    #[error("the installed espeak-ng has no voice `{voice}` for `{locale}` (`espeak-ng --voices` lists what it has)")]
    VoiceNotInstalled { locale: String, voice: String },
    #[error("{path}: {reason}")]
    File { path: PathBuf, reason: String },
    #[error("{tool} failed for {clip}: {reason}")]
    Tool { tool: &'static str, clip: String, reason: String },
}

/// Makes the synthetic clips of a pack and writes each locale's `voice.toml`.
pub fn make_voices(options: &VoiceOptions) -> Result<Vec<LocaleVoice>, VoiceError> {
    let library = Library::open(PackSource::Directory(options.content_dir.clone()))
        .map_err(|e| VoiceError::Pack(e.to_string()))?;
    let locales: Vec<String> = library.locales().iter().map(|l| l.code.clone()).collect();
    let wanted = match &options.locale {
        Some(locale) if !locales.contains(locale) => {
            return Err(VoiceError::UnknownLocale {
                locale: locale.clone(),
                known: locales.join(", "),
            })
        }
        Some(locale) => {
            if let Err(reason) = espeak_voice(locale) {
                return Err(VoiceError::NoVoice { locale: locale.clone(), reason: reason.into() });
            }
            vec![locale.clone()]
        }
        None => locales,
    };
    require_tool("espeak-ng", "espeak-ng", &["--version"])?;
    require_tool("lame", "lame", &["--version"])?;
    let interface = InterfaceStrings::new(options.interface.clone(), library.reference_locale());
    let out = options.out.clone().unwrap_or_else(|| options.content_dir.join("audio"));
    wanted
        .iter()
        .map(|locale| voice_locale(&library, &interface, locale, &out.join(locale), options))
        .collect()
}

fn voice_locale(
    library: &Library,
    interface: &InterfaceStrings,
    locale: &str,
    dir: &Path,
    options: &VoiceOptions,
) -> Result<LocaleVoice, VoiceError> {
    let mut messages = library.spoken_messages(locale);
    if let Some(text) = interface.spoken_emergency(locale) {
        messages.push(SpokenMessage {
            text_file: HOME_FILE.into(),
            message: EMERGENCY_MESSAGE.into(),
            text,
        });
    }
    if options.only_embedded {
        messages
            .retain(|m| EMBEDDED_MESSAGES.contains(&(m.text_file.as_str(), m.message.as_str())));
    }
    let old = read_existing(dir, locale)?;
    let voice = espeak_voice(locale).map(str::to_owned).map_err(str::to_owned);
    if let Ok(voice) = &voice {
        require_voice(locale, voice)?;
    }
    let present = |clip: &ClipInfo| {
        std::fs::metadata(dir.join(&clip.file)).is_ok_and(|m| m.is_file() && m.len() == clip.bytes)
    };
    // Recordings first, whatever their text: the lint warns when one is out of date, and only a
    // person can record it again.
    let mut clips: Vec<ClipInfo> =
        old.clips.iter().filter(|c| c.source.is_recorded() && present(c)).cloned().collect();
    let mut report = LocaleVoice {
        locale: locale.to_owned(),
        voice: voice.clone(),
        recordings: clips.len(),
        made: 0,
        kept: 0,
        bytes: 0,
    };
    let has = |clips: &[ClipInfo], m: &SpokenMessage| {
        clips.iter().any(|c| c.text_file == m.text_file && c.message == m.message)
    };
    // Synthetic clips of messages not asked for this time, still of today's text, stay.
    let asked: BTreeSet<(String, String)> =
        messages.iter().map(|m| (m.text_file.clone(), m.message.clone())).collect();
    let current = library.spoken_messages(locale);
    for clip in old.clips.iter().filter(|c| !c.source.is_recorded() && present(c)) {
        let key = (clip.text_file.clone(), clip.message.clone());
        let is_home = clip.text_file == HOME_FILE && clip.message == EMERGENCY_MESSAGE;
        let today = if is_home {
            interface.spoken_emergency(locale)
        } else {
            current
                .iter()
                .find(|m| m.text_file == clip.text_file && m.message == clip.message)
                .map(|m| m.text.clone())
        };
        let is_current = today.is_some_and(|t| spoken_sha256(&t) == clip.text_sha256);
        if is_current && !asked.contains(&key) && !clips.iter().any(|c| c.file == clip.file) {
            clips.push(clip.clone());
            report.kept += 1;
        }
    }
    if let Ok(voice) = &voice {
        std::fs::create_dir_all(dir).map_err(|e| file_error(dir, e))?;
        for message in &messages {
            if has(&clips, message) {
                continue;
            }
            let sha = spoken_sha256(&message.text);
            let file = clip_file_name(&message.text_file, &message.message);
            let kept = old.clips.iter().find(|c| {
                c.file == file
                    && c.text_sha256 == sha
                    && c.source == ClipSource::Synthetic { voice: voice.clone() }
                    && present(c)
            });
            if let Some(kept) = kept {
                clips.push(kept.clone());
                report.kept += 1;
                continue;
            }
            let (bytes, duration_ms) = synthesize(voice, &message.text, &dir.join(&file))?;
            clips.push(ClipInfo {
                file,
                text_file: message.text_file.clone(),
                message: message.message.clone(),
                source: ClipSource::Synthetic { voice: voice.clone() },
                text_sha256: sha,
                bytes,
                duration_ms,
                line: 0,
                column: 0,
            });
            report.made += 1;
        }
    }
    // A synthetic file no longer described (its message is gone) is removed; recordings stay.
    let kept_files: BTreeSet<&str> = clips.iter().map(|c| c.file.as_str()).collect();
    for clip in old.clips.iter().filter(|c| !c.source.is_recorded()) {
        if !kept_files.contains(clip.file.as_str()) {
            let _ = std::fs::remove_file(dir.join(&clip.file));
        }
    }
    clips.sort_by(|a, b| (&a.text_file, &a.message).cmp(&(&b.text_file, &b.message)));
    report.bytes = clips.iter().map(|c| c.bytes).sum();
    let info =
        VoiceInfo { locale: locale.to_owned(), no_voice: voice.as_ref().err().cloned(), clips };
    if info.clips.is_empty() && info.no_voice.is_none() {
        return Ok(report);
    }
    std::fs::create_dir_all(dir).map_err(|e| file_error(dir, e))?;
    let path = dir.join(VOICE_FILE);
    std::fs::write(&path, info.to_toml()).map_err(|e| file_error(&path, e))?;
    Ok(report)
}

/// A copy of the pack in `content_dir` with every synthetic clip made, for `haven-pack build
/// --voice`: the site gets the clips, and the NGO's folder keeps only what it committed. The copy
/// lives as long as the returned folder.
pub fn voiced_copy(
    content_dir: &Path,
    interface: PackSource,
) -> Result<(tempfile::TempDir, PathBuf, Vec<LocaleVoice>), VoiceError> {
    let temp = tempfile::tempdir().map_err(|e| file_error(&std::env::temp_dir(), e))?;
    let copy = temp.path().join("pack");
    copy_tree(content_dir, &copy)?;
    let options = VoiceOptions {
        content_dir: copy.clone(),
        locale: None,
        out: None,
        only_embedded: false,
        interface,
    };
    let report = make_voices(&options)?;
    Ok((temp, copy, report))
}

fn copy_tree(from: &Path, to: &Path) -> Result<(), VoiceError> {
    std::fs::create_dir_all(to).map_err(|e| file_error(to, e))?;
    for entry in std::fs::read_dir(from).map_err(|e| file_error(from, e))? {
        let entry = entry.map_err(|e| file_error(from, e))?;
        let target = to.join(entry.file_name());
        let kind = entry.file_type().map_err(|e| file_error(&entry.path(), e))?;
        if kind.is_dir() {
            copy_tree(&entry.path(), &target)?;
        } else if kind.is_file() {
            std::fs::copy(entry.path(), &target).map_err(|e| file_error(&entry.path(), e))?;
        }
    }
    Ok(())
}

/// The `voice.toml` already in `dir`, or an empty one. A file the loader cannot read is an error:
/// the step would otherwise forget the recordings it lists.
fn read_existing(dir: &Path, locale: &str) -> Result<VoiceInfo, VoiceError> {
    let path = dir.join(VOICE_FILE);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok(VoiceInfo { locale: locale.to_owned(), ..VoiceInfo::default() })
        }
        Err(e) => return Err(file_error(&path, e)),
    };
    let (voice, problems) = voice_file::parse(locale, &text);
    match problems.iter().find(|d| d.is_error()) {
        Some(problem) => Err(VoiceError::File { path, reason: problem.to_string() }),
        None => Ok(voice),
    }
}

/// espeak-ng speaks `text` into a WAV file next to `out`, and lame encodes it into `out`. Returns
/// the MP3's size and the spoken duration.
fn synthesize(voice: &str, text: &str, out: &Path) -> Result<(u64, u64), VoiceError> {
    let clip = out.display().to_string();
    let wav = out.with_extension("wav");
    let mut espeak = Command::new("espeak-ng")
        .args(["-v", voice, "-w"])
        .arg(&wav)
        .arg("--stdin")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| tool_error("espeak-ng", &clip, e.to_string()))?;
    espeak
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(text.as_bytes())
        .map_err(|e| tool_error("espeak-ng", &clip, e.to_string()))?;
    let output =
        espeak.wait_with_output().map_err(|e| tool_error("espeak-ng", &clip, e.to_string()))?;
    if !output.status.success() {
        let reason = String::from_utf8_lossy(&output.stderr).trim().to_owned();
        return Err(tool_error("espeak-ng", &clip, reason));
    }
    let wav_bytes = std::fs::read(&wav).map_err(|e| file_error(&wav, e))?;
    let duration_ms = wav_duration_ms(&wav_bytes)
        .ok_or_else(|| tool_error("espeak-ng", &clip, "it wrote no readable WAV file".into()))?;
    let output = Command::new("lame")
        .args(LAME_ARGUMENTS)
        .arg(&wav)
        .arg(out)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .map_err(|e| tool_error("lame", &clip, e.to_string()))?;
    let _ = std::fs::remove_file(&wav);
    if !output.status.success() {
        let reason = String::from_utf8_lossy(&output.stderr).trim().to_owned();
        return Err(tool_error("lame", &clip, reason));
    }
    let bytes = std::fs::metadata(out).map_err(|e| file_error(out, e))?.len();
    Ok((bytes, duration_ms))
}

/// The duration of a PCM WAV file, from its `fmt ` and `data` chunks.
pub fn wav_duration_ms(wav: &[u8]) -> Option<u64> {
    if wav.len() < 12 || &wav[..4] != b"RIFF" || &wav[8..12] != b"WAVE" {
        return None;
    }
    let mut at = 12;
    let mut bytes_per_second = None;
    while at + 8 <= wav.len() {
        let id = &wav[at..at + 4];
        let size = u32::from_le_bytes(wav[at + 4..at + 8].try_into().ok()?) as usize;
        let body = at + 8;
        if id == b"fmt " && body + 12 <= wav.len() {
            bytes_per_second =
                Some(u32::from_le_bytes(wav[body + 8..body + 12].try_into().ok()?) as u64);
        } else if id == b"data" {
            // A writer that did not know the length leaves the size too large: count what is there.
            let data = size.min(wav.len() - body) as u64;
            return Some(data * 1000 / bytes_per_second.filter(|b| *b > 0)?);
        }
        at = body + size + size % 2;
    }
    None
}

fn require_tool(
    tool: &'static str,
    package: &'static str,
    arguments: &[&str],
) -> Result<(), VoiceError> {
    let ran =
        Command::new(tool).args(arguments).stdout(Stdio::null()).stderr(Stdio::null()).status();
    match ran {
        Ok(_) => Ok(()),
        Err(e) => Err(VoiceError::MissingTool { tool, package, reason: e.to_string() }),
    }
}

/// Whether the installed espeak-ng has `voice`: `espeak-ng --voices=<language>` lists it.
fn require_voice(locale: &str, voice: &str) -> Result<(), VoiceError> {
    let language = voice.split('-').next().unwrap_or(voice);
    let listed = Command::new("espeak-ng")
        .arg(format!("--voices={language}"))
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    let has = listed.lines().skip(1).any(|line| {
        let columns: Vec<&str> = line.split_whitespace().collect();
        // Columns: Pty Language Age/Gender VoiceName File Other languages.
        columns.get(1) == Some(&voice)
            || columns.get(4).is_some_and(|file| file.rsplit('/').next() == Some(voice))
    });
    if has {
        Ok(())
    } else {
        Err(VoiceError::VoiceNotInstalled { locale: locale.to_owned(), voice: voice.to_owned() })
    }
}

fn file_error(path: &Path, error: std::io::Error) -> VoiceError {
    VoiceError::File { path: path.to_owned(), reason: error.to_string() }
}

fn tool_error(tool: &'static str, clip: &str, reason: String) -> VoiceError {
    VoiceError::Tool { tool, clip: clip.to_owned(), reason }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wav_file_gives_its_duration_and_anything_else_none() {
        let mut wav = b"RIFF\0\0\0\0WAVEfmt ".to_vec();
        wav.extend(16u32.to_le_bytes());
        // PCM, mono, 22050 Hz, 44100 bytes a second, block 2, 16 bits.
        wav.extend([1, 0, 1, 0]);
        wav.extend(22050u32.to_le_bytes());
        wav.extend(44100u32.to_le_bytes());
        wav.extend([2, 0, 16, 0]);
        wav.extend(b"data");
        wav.extend(u32::MAX.to_le_bytes());
        wav.extend(vec![0; 22050]);
        assert_eq!(wav_duration_ms(&wav), Some(500));
        assert_eq!(wav_duration_ms(b"ID3 not a wav file"), None);
    }

    #[test]
    fn languages_without_a_voice_say_so_instead_of_borrowing_one() {
        assert!(espeak_voice("fil").is_err());
        assert!(espeak_voice("pcm").is_err());
        assert_eq!(espeak_voice("zh-Hans"), Ok("cmn"));
    }
}
