//! The pack lint: every problem in a content pack, each with its file, line and column, a plain
//! sentence of what is wrong and one of how to fix it.
//!
//! ```
//! use haven_format::PackSource;
//! use haven_lint::{lint_pack, Severity};
//!
//! # let content = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
//! let report = lint_pack(&PackSource::Directory(content));
//! // The default pack has no problems at all.
//! assert!(report.is_clean(), "{:?}", report.diagnostics);
//! for diagnostic in &report.diagnostics {
//!     // `da/help-now.ftl:12:5: error[unknown-service] danger.p1: ...`
//!     println!("{diagnostic}");
//!     assert!(diagnostic.severity() == Severity::Error || !report.has_errors());
//! }
//! ```
//!
//! ## Why it lives in the engine
//!
//! The people who keep Haven's content true are NGO staff and volunteer translators. They meet the
//! lint in three places, and all three must agree: `haven-pack lint` while they work, `haven-pack
//! build`, which refuses to sign a pack with errors, and the app's preview (`haven --pack DIR`), which
//! shows the problems of an unpublished pack next to the pack itself. So the lint is engine code with
//! no command line in it, and the tool and the app only print or show its [`LintReport`]. A phone
//! never carries it: the app's phone build leaves the preview, and with it this crate, out.
//!
//! ## How it is built
//!
//! - **The loader's list, then more.** The lint has no reader of its own: it loads the pack with
//!   the app's loader ([`haven_format::Pack::load`], [`haven_format::LocaleFiles::load`]), which
//!   reports every problem with its place, and prints that list. So a pack the lint passes loads
//!   exactly as it was shown, and a problem the app refuses is always in the list.
//! - **What readers should not get, though the app could show it.** On top it compares each
//!   translation with the reference ([`translation_check`]), checks plural choices against the
//!   locale's CLDR categories, finds phone numbers typed into text instead of named by service,
//!   and counts coverage for `haven-pack status`.
//! - **Errors and warnings.** An error is something a reader would get wrong or not at all (a broken
//!   message, a number that does not dial, a translation that drops the emergency number); a warning
//!   is worth a look but harmless to readers (a message not translated yet falls back to the reference
//!   text). `haven-pack build` refuses errors only.

mod audio;
mod coverage;
mod freshness;
mod numbers;
mod plural;
pub mod translation_check;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use haven_format::fluent::{FileKind, FileRules, FluentFile};
use haven_format::{
    sort_diagnostics, LineIndex, LocaleFiles, Pack, PackSource, SELF_CHECK_FLUENT_FILE,
    SERVICES_FLUENT_FILE,
};
use serde::Serialize;

pub use self::audio::{lint_emergency_audio, AudioCoverage};
pub use self::coverage::{Coverage, LocaleCoverage};
pub use self::freshness::{translation_record, RecordError, RECORD_FILE};
pub use haven_format::{Diagnostic, Problem, Severity, CONTENT_VARIABLES};

use crate::translation_check::{FileRole, MessageTable, ProblemKind};

/// Everything the lint found in a pack, sorted by file, line and column.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct LintReport {
    pub diagnostics: Vec<Diagnostic>,
}

impl LintReport {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.is_error())
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| !d.is_error())
    }

    pub fn error_count(&self) -> usize {
        self.errors().count()
    }

    pub fn warning_count(&self) -> usize {
        self.warnings().count()
    }

    /// Whether the pack has no problems at all, not even warnings.
    pub fn is_clean(&self) -> bool {
        self.diagnostics.is_empty()
    }
}

/// Lints the pack in a folder. See [`lint_pack`].
pub fn lint_dir(dir: &Path) -> LintReport {
    lint_pack(&PackSource::Directory(dir.to_owned()))
}

/// Lints a pack: `pack.toml`, `services.toml`, and every Fluent file of every locale, each translation
/// compared with the reference locale. Never fails: a file that cannot be read is a problem in the
/// report like any other.
pub fn lint_pack(source: &PackSource) -> LintReport {
    let scan = scan(source);
    let mut diagnostics = scan.diagnostics;
    sort_diagnostics(
        &mut diagnostics,
        scan.pack.as_ref().map(|p| p.info.reference_locale.as_str()),
    );
    LintReport { diagnostics }
}

/// How far each locale of a pack is translated, for `haven-pack status`, with the lint's problems
/// counted per locale.
pub fn coverage(source: &PackSource) -> Coverage {
    coverage::count(scan(source))
}

/// Lints the interface strings: `LOCALES_DIR/<locale>/app.ftl`, each compared with the reference
/// locale's. Diagnostics name files relative to `dir` (`da/app.ftl`).
pub fn lint_interface(dir: &Path, reference_locale: &str) -> LintReport {
    let source = PackSource::Directory(dir.to_owned());
    let mut out = Vec::new();
    let load = |locale: &str, out: &mut Vec<Diagnostic>| {
        let file = format!("{locale}/{INTERFACE_FILE}.ftl");
        let text = match source.read_text(&file) {
            Ok(Some(text)) => text,
            Ok(None) => {
                out.push(at_start(&file, Problem::MissingPackFile { file: file.clone() }));
                return None;
            }
            Err(reason) => {
                out.push(at_start(&file, Problem::Unreadable { reason }));
                return None;
            }
        };
        let rules = FileRules {
            kind: FileKind::Interface,
            is_reference: locale == reference_locale,
            locale,
            services: None,
            variables: &CONTENT_VARIABLES,
        };
        let loaded = FluentFile::load(&file, text, &rules, out);
        if let Some(needed) = plural::needed_categories(locale) {
            plural::check_choices(&loaded, locale, &needed, out);
        }
        Some(CheckedFile::of(loaded))
    };
    if let Some(reference) = load(reference_locale, &mut out) {
        for locale in source.locale_folders().iter().filter(|l| *l != reference_locale) {
            let Some(checked) = load(locale, &mut out) else { continue };
            compare(&reference.table, &checked, locale, FileRole::Strings, &mut out);
        }
    }
    sort_diagnostics(&mut out, Some(reference_locale));
    LintReport { diagnostics: out }
}

const INTERFACE_FILE: &str = "app";

/// What reading a pack found: the pack as far as it was read, its problems, and the counts
/// `status` shows.
pub(crate) struct Scan {
    /// `None` when `pack.toml` could not be read at all.
    pack: Option<Pack>,
    diagnostics: Vec<Diagnostic>,
    /// Per listed locale with files, in `pack.toml` order.
    counts: Vec<(String, coverage::Counts)>,
    /// Per locale with files: how much can be heard.
    audio: Vec<(String, AudioCoverage)>,
}

/// A loaded file, as the comparison with the reference needs it.
pub(crate) struct CheckedFile {
    pub table: MessageTable,
    /// The file in the pack: `da/help-now.ftl`.
    pub file: String,
    /// Ids lost to a syntax error ([`FluentFile::broken`]).
    pub broken: HashSet<String>,
    /// Messages waiting as comments ([`FluentFile::commented`]).
    pub commented: HashMap<String, usize>,
}

impl CheckedFile {
    fn of(file: FluentFile) -> CheckedFile {
        let index = LineIndex::new(file.resource().source());
        CheckedFile {
            table: MessageTable::of(file.resource().entries(), &index),
            commented: file.commented(),
            file: file.file,
            broken: file.broken,
        }
    }
}

/// The reference locale's message tables, by file name.
type ReferenceTables = BTreeMap<String, MessageTable>;

fn scan(source: &PackSource) -> Scan {
    let (pack, mut out) = Pack::load(source.clone());
    let Some(pack) = pack else {
        return Scan { pack: None, diagnostics: out, counts: Vec::new(), audio: Vec::new() };
    };
    let reference = pack.info.reference_locale.clone();
    let mut counts = Vec::new();
    if pack.usable_locales.iter().any(|l| l.code == reference) {
        let files = pack.fluent_file_names();
        let reference_tables = lint_locale(&pack, &reference, &files, None, &mut out);
        counts.push((reference.clone(), coverage::Counts::of_reference(reference_tables.iter())));
        for locale in pack.usable_locales.iter().filter(|l| l.code != reference) {
            let mut locale_counts = coverage::Counts::default();
            let compare_with = Some((&reference_tables, &mut locale_counts));
            lint_locale(&pack, &locale.code, &files, compare_with, &mut out);
            counts.push((locale.code.clone(), locale_counts));
        }
    }
    out.extend(pack.check_audio_files());
    // Clips are judged against the text as readers get it, so only in a pack the app would open.
    let mut audio = Vec::new();
    if let Ok(library) = haven_library::Library::open(source.clone()) {
        for locale in &pack.usable_locales {
            audio::check_outdated(&library, &locale.code, None, &mut out);
            audio.push((locale.code.clone(), audio::coverage(&library, &locale.code)));
        }
    }
    Scan { pack: Some(pack), diagnostics: out, counts, audio }
}

/// Loads every file of `locale` and checks it. For a translation, `compare_with` holds the
/// reference's tables and the counts to fill in; for the reference it is `None`, and its tables are
/// returned.
fn lint_locale(
    pack: &Pack,
    locale: &str,
    files: &[&str],
    mut compare_with: Option<(&ReferenceTables, &mut coverage::Counts)>,
    out: &mut Vec<Diagnostic>,
) -> ReferenceTables {
    let (mut loaded, problems) = LocaleFiles::load(pack, locale);
    out.extend(problems);
    let record = match compare_with {
        Some(_) => freshness::read_record(pack, locale, out),
        None => None,
    };
    let needed = plural::needed_categories(locale);
    let mut tables = ReferenceTables::new();
    for name in files {
        let file = loaded.take(name);
        let path = Pack::fluent_path(locale, name);
        let reference_table = compare_with.as_ref().and_then(|(tables, _)| tables.get(*name));
        let Some(file) = file else {
            // A file missing from a translation is one problem, not one per message; one that
            // cannot be read is already reported.
            let is_unreadable = out.iter().any(|d| d.file == path);
            if let (Some(reference), Some((_, counts))) = (reference_table, &mut compare_with) {
                if !is_unreadable {
                    out.push(at_start(&path, Problem::MissingFile { file: format!("{name}.ftl") }));
                }
                counts.add_missing_file(reference);
            }
            continue;
        };
        if let Some(needed) = &needed {
            plural::check_choices(&file, locale, needed, out);
        }
        numbers::check_typed_numbers(&file, &pack.services, out);
        let checked = CheckedFile::of(file);
        match (&mut compare_with, reference_table) {
            (Some((_, counts)), Some(reference)) => {
                // The self-check's questions are short lines, like the service names.
                let role = if *name == SERVICES_FLUENT_FILE || *name == SELF_CHECK_FLUENT_FILE {
                    FileRole::Strings
                } else {
                    FileRole::Article
                };
                compare(reference, &checked, locale, role, out);
                let recorded = record.as_ref().and_then(|r| r.get(*name));
                let reference_locale = &pack.info.reference_locale;
                freshness::check(recorded, reference, &checked, locale, reference_locale, out);
                counts.add_file(reference, &checked);
            }
            (Some(_), None) => {}
            (None, _) => {
                if let Some(article) = pack.info.article(name) {
                    check_section_sources(article, &checked, out);
                }
                tables.insert((*name).to_owned(), checked.table);
            }
        }
    }
    tables
}

/// Every section of the reference must say where its facts come from: the app shows a section's
/// sources next to it, and a section without any asks the reader to trust it blindly.
fn check_section_sources(
    article: &haven_format::ArticleInfo,
    checked: &CheckedFile,
    out: &mut Vec<Diagnostic>,
) {
    let sections = checked.table.messages.iter().filter(|(id, _)| {
        *id != haven_format::TITLE && *id != haven_format::SUMMARY && !checked.broken.contains(*id)
    });
    for (id, message) in sections {
        let named = article.sections.iter().any(|s| s.section == *id && !s.sources.is_empty());
        if !named {
            let (line, column) = message.position;
            out.push(Diagnostic {
                file: checked.file.clone(),
                line,
                column,
                id: Some(id.clone()),
                problem: Problem::SectionWithoutSource { article: article.id.clone() },
            });
        }
    }
}

/// Compares a checked translation with its reference, and reports what differs.
fn compare(
    reference: &MessageTable,
    checked: &CheckedFile,
    locale: &str,
    role: FileRole,
    out: &mut Vec<Diagnostic>,
) {
    let file = checked.file.as_str();
    let problems =
        translation_check::compare(reference, &checked.table, Path::new(file), locale, role);
    let lost = |id: &str| checked.broken.contains(id);
    let partly_lost = |message: &str| {
        checked.broken.iter().any(|b| b == message || b.starts_with(&format!("{message}.")))
    };
    for problem in problems {
        let id = match &problem.attribute {
            Some(attribute) => format!("{}.{attribute}", problem.message_id),
            None => problem.message_id.clone(),
        };
        // What a syntax error or an unknown name already explains is not reported again as a
        // difference from the reference.
        let is_explained = match &problem.problem {
            ProblemKind::MissingMessage { .. } | ProblemKind::MissingAttribute { .. } => lost(&id),
            ProblemKind::WrongScript { .. } | ProblemKind::ImplausibleLength { .. } => {
                partly_lost(&problem.message_id)
            }
            ProblemKind::ExtraPlaceable { .. } => out.iter().any(|d| {
                d.is_error()
                    && d.file == file
                    && (d.line, d.column) == (problem.line, problem.column)
            }),
            _ => false,
        };
        if is_explained {
            continue;
        }
        // A message not translated yet is found where its reference text waits as a comment.
        let line = match problem.problem {
            ProblemKind::MissingMessage { .. } => {
                checked.commented.get(&problem.message_id).copied().unwrap_or(problem.line)
            }
            _ => problem.line,
        };
        out.push(Diagnostic {
            file: file.to_owned(),
            line,
            column: problem.column,
            id: Some(id),
            problem: Problem::Translation { kind: problem.problem },
        });
    }
}

fn at_start(file: &str, problem: Problem) -> Diagnostic {
    Diagnostic { file: file.to_owned(), line: 1, column: 1, id: None, problem }
}
