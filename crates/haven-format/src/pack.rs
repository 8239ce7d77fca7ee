//! The loader: a pack folder (or compiled-in files) read into a [`Pack`], with every problem.
//!
//! Opening reads `pack.toml`, `services.toml` and which locale folders exist; the Fluent files of
//! each locale are loaded later, when the locale is needed ([`crate::LocaleFiles`]). A pack whose
//! `pack.toml` or `services.toml` has an error is refused as a whole, and the caller keeps the pack
//! it had; a problem in a Fluent file refuses only the message it is in.

use std::collections::BTreeMap;

use rustc_hash::FxHashSet as HashSet;
use std::sync::Arc;

use crate::diagnostic::{sort_diagnostics, Diagnostic, Problem};
use crate::pack_file::{self, LocalePositions, PackInfo};
use crate::position::line_and_column;
use crate::services_file::{self, ServiceDirectory};
use crate::source::{FluentListing, PackSource};
use crate::voice_file::{self, VoiceInfo};
use crate::LocaleInfo;

pub const PACK_FILE: &str = "pack.toml";
pub const SERVICES_FILE: &str = "services.toml";
/// The per-locale Fluent file with the translatable text of the service directory.
pub const SERVICES_FLUENT_FILE: &str = "services";
/// The per-locale Fluent file with the text of the self-check, in a pack that has one.
pub const SELF_CHECK_FLUENT_FILE: &str = "self-check";

/// A pack as far as it could be read.
#[derive(Debug, Clone)]
pub struct Pack {
    pub source: PackSource,
    pub info: PackInfo,
    pub services: ServiceDirectory,
    /// Whether `services.toml` could be read at all. When it could not, service functions in the
    /// Fluent files are not checked against it (that would repeat one problem everywhere).
    pub has_services: bool,
    /// Where each locale is listed in `pack.toml` ([`Pack::position_in_pack_file`] gives the line).
    pub locale_positions: LocalePositions,
    /// The text of `pack.toml`, so that a line and column are worked out only for a problem: a pack
    /// with none, which is what a reader's app opens, never needs one.
    pack_text: Arc<str>,
    /// The locales that can be offered: listed in `pack.toml` and with files.
    pub usable_locales: Vec<LocaleInfo>,
    /// The problems found in reading `pack.toml`, `services.toml` and the locale folders; none is
    /// an error in a pack that [`Pack::open`] returns.
    pub problems: Vec<Diagnostic>,
    /// The Fluent files of each locale folder, listed once when the pack is loaded.
    pub listing: FluentListing,
    /// Each locale's `audio/<locale>/voice.toml`, for the locales that have one.
    pub voices: BTreeMap<String, VoiceInfo>,
}

/// A pack the loader refused: its `pack.toml` or `services.toml` has errors, or its reference locale
/// cannot be read. `diagnostics` holds every problem found, errors first.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("the pack cannot be used: {}", first_error(.diagnostics))]
pub struct PackRefused {
    pub diagnostics: Vec<Diagnostic>,
}

fn first_error(diagnostics: &[Diagnostic]) -> String {
    let errors: Vec<String> =
        diagnostics.iter().filter(|d| d.is_error()).map(ToString::to_string).collect();
    match errors.len() {
        0 => "no error".to_owned(),
        1 => errors[0].clone(),
        n => format!("{} (and {} more)", errors[0], n - 1),
    }
}

impl Pack {
    /// Line and column (both from 1) of a byte offset in `pack.toml`, such as
    /// [`SectionSources::offset`](crate::SectionSources::offset).
    pub fn position_in_pack_file(&self, offset: usize) -> (usize, usize) {
        line_and_column(&self.pack_text, offset)
    }

    /// Reads `pack.toml`, `services.toml` and the locale folders, keeping going where it can.
    /// Returns `None` for the pack only when `pack.toml` cannot be read at all.
    pub fn load(source: PackSource) -> (Option<Pack>, Vec<Diagnostic>) {
        let mut out = Vec::new();
        let Some(pack_text) = read_required(&source, PACK_FILE, &mut out) else {
            return (None, out);
        };
        let (info, locale_positions) = pack_file::read(&pack_text, &mut out);
        let services_text = read_required(&source, SERVICES_FILE, &mut out);
        let has_services = services_text.is_some();
        let services =
            services_text.map(|text| services_file::read(&text, &mut out)).unwrap_or_default();

        let listing = source.fluent_listing();
        let listed: HashSet<&str> = info.locales.iter().map(|l| l.code.as_str()).collect();
        for folder in listing.folders().filter(|f| !listed.contains(f)) {
            out.push(at_start(
                &format!("{folder}/"),
                Some(folder.to_owned()),
                Problem::UnlistedLocale { locale: folder.to_owned() },
            ));
        }
        let mut usable_locales = Vec::new();
        for locale in &info.locales {
            if listing.has_fluent_files(&locale.code) {
                usable_locales.push(locale.clone());
            } else {
                let offset = locale_positions.get(&locale.code).copied().unwrap_or(0);
                let (line, column) = line_and_column(&pack_text, offset);
                out.push(Diagnostic {
                    file: PACK_FILE.to_owned(),
                    line,
                    column,
                    id: Some(format!("locales.{}", locale.code)),
                    problem: Problem::LocaleWithoutFiles { locale: locale.code.clone() },
                });
            }
        }
        let mut voices = BTreeMap::new();
        for locale in &usable_locales {
            if let Some(voice) = voice_file::load(&source, &locale.code, &mut out) {
                voices.insert(locale.code.clone(), voice);
            }
        }
        let pack = Pack {
            voices,
            source,
            info,
            services,
            has_services,
            locale_positions,
            pack_text: pack_text.into(),
            usable_locales,
            problems: out.clone(),
            listing,
        };
        (Some(pack), out)
    }

    /// Opens a pack for readers.
    ///
    /// Fails when `pack.toml` or `services.toml` is missing or has an error, or when the reference
    /// locale has no files; such a pack cannot be used at all. A locale without files, or a folder no
    /// locale lists, is left out and stays in [`Pack::problems`].
    pub fn open(source: PackSource) -> Result<Pack, PackRefused> {
        let (pack, mut diagnostics) = Pack::load(source);
        let is_usable = pack.as_ref().is_some_and(|pack| {
            pack.usable_locales.iter().any(|l| l.code == pack.info.reference_locale)
        });
        // A problem with audio loses the reader a clip, never the text.
        let is_audio =
            |d: &Diagnostic| d.file.starts_with(&format!("{}/", voice_file::AUDIO_FOLDER));
        let is_refused = |d: &Diagnostic| {
            d.is_error()
                && !is_audio(d)
                && !matches!(
                    d.problem,
                    Problem::LocaleWithoutFiles { .. } | Problem::UnlistedLocale { .. }
                )
        };
        match pack {
            Some(pack) if is_usable && !diagnostics.iter().any(is_refused) => Ok(pack),
            pack => {
                let reference = pack.as_ref().map(|p| p.info.reference_locale.clone());
                sort_diagnostics(&mut diagnostics, reference.as_deref());
                diagnostics.sort_by_key(|d| !d.is_error());
                Err(PackRefused { diagnostics })
            }
        }
    }

    /// Every problem the loader finds in a pack: in `pack.toml` and `services.toml`, and in every
    /// Fluent file of every locale, read one locale at a time so that a large pack is not held in
    /// memory whole. What is checked before a pack is published or installed; the app itself loads
    /// only the locales it shows.
    pub fn check_all(source: &PackSource) -> Vec<Diagnostic> {
        let (pack, mut diagnostics) = Pack::load(source.clone());
        let Some(pack) = pack else { return diagnostics };
        for locale in &pack.usable_locales {
            let (_, problems) = crate::LocaleFiles::load(&pack, &locale.code);
            diagnostics.extend(problems);
        }
        diagnostics.extend(pack.check_audio_files());
        sort_diagnostics(&mut diagnostics, Some(&pack.info.reference_locale));
        diagnostics
    }

    /// The relative path of an article's (or the services') Fluent file in a locale.
    pub fn fluent_path(locale: &str, file: &str) -> String {
        format!("{locale}/{file}.ftl")
    }

    /// The Fluent files every locale has, without `.ftl`: [`PackInfo::fluent_file_names`].
    pub fn fluent_file_names(&self) -> Vec<&str> {
        self.info.fluent_file_names()
    }

    /// Every clip whose file is missing or has another size than its `voice.toml` records. Not part
    /// of [`Pack::load`], which would read every clip of every locale whenever a phone opens a pack.
    pub fn check_audio_files(&self) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for voice in self.voices.values() {
            voice_file::check_files(&self.source, voice, &mut out);
        }
        out
    }

    /// The clips of `locale`, as its `voice.toml` describes them; `None` when it has none.
    pub fn voice(&self, locale: &str) -> Option<&VoiceInfo> {
        self.voices.get(locale)
    }

    /// Whether `locale` is the pack's reference locale.
    pub fn is_reference(&self, locale: &str) -> bool {
        locale == self.info.reference_locale
    }
}

/// A problem at the start of a file.
pub(crate) fn at_start(file: &str, id: Option<String>, problem: Problem) -> Diagnostic {
    Diagnostic { file: file.to_owned(), line: 1, column: 1, id, problem }
}

/// Reads a file the pack cannot do without, reporting it when it is missing or unreadable.
fn read_required(source: &PackSource, file: &str, out: &mut Vec<Diagnostic>) -> Option<String> {
    match source.read_text(file) {
        Ok(Some(text)) => Some(text),
        Ok(None) => {
            out.push(at_start(file, None, Problem::MissingPackFile { file: file.to_owned() }));
            None
        }
        Err(reason) => {
            out.push(at_start(file, None, Problem::Unreadable { reason }));
            None
        }
    }
}

/// Ids of articles and services: lower-case letters, digits and '-', starting with a letter, so
/// that what an article writes (`CALL("cmm-hotline")`) always matches.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && id.starts_with(|c: char| c.is_ascii_lowercase())
}
