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
//! no command line in it, and the tool and the app only print or show its [`LintReport`].
//!
//! ## How it is built
//!
//! - **One place per check.** The rules the app's loader applies (which service functions are valid,
//!   what shape an article message has, https-only addresses) live with the loader and are called from
//!   here; the comparison of a translation with its reference lives in [`crate::translation_check`].
//!   The lint adds what the loader lets pass but readers should not get, and the position of
//!   everything.
//! - **Every problem, not the first.** `pack.toml` and `services.toml` are read with the position of
//!   every key ([`toml::de::DeTable`]) instead of deserialized, and each Fluent file is parsed once,
//!   keeping what parses around a syntax error.
//! - **Nothing the app refuses passes.** After its own checks the lint opens the pack with the app's
//!   loader; a problem the loader finds that no check described is reported as
//!   [`Problem::Loader`], so a pack the lint passes always loads as it was shown.
//! - **Errors and warnings.** An error is something a reader would get wrong or not at all (a broken
//!   message, a number that does not dial, a translation that drops the emergency number); a warning
//!   is worth a look but harmless to readers (a message not translated yet falls back to the reference
//!   text). `haven-pack build` refuses errors only.

mod coverage;
mod diagnostic;
mod fluent_file;
mod manifest;
mod plural;
mod services;
mod toml_doc;
pub mod translation_check;

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

pub use self::coverage::{Coverage, LocaleCoverage};
pub use self::diagnostic::{Diagnostic, LintReport, Problem, Severity};
pub use self::manifest::ListedLocale;
pub use haven_format::CONTENT_VARIABLES;

use self::fluent_file::{CheckedFile, FileKind, FileRules};
use self::manifest::ManifestFacts;
use crate::translation_check::{FileRole, MessageTable, ProblemKind};
use haven_format::PackError;
use haven_format::{
    Pack, PackSource, ServiceDirectory, PACK_FILE, SERVICES_FILE, SERVICES_FLUENT_FILE,
};

/// Lints the pack in a folder. See [`lint_pack`].
pub fn lint_dir(dir: &Path) -> LintReport {
    lint_pack(&PackSource::Directory(dir.to_owned()))
}

/// Lints a pack: `pack.toml`, `services.toml`, and every Fluent file of every locale, each translation
/// compared with the reference locale. Never fails: a file that cannot be read is a problem in the
/// report like any other.
pub fn lint_pack(source: &PackSource) -> LintReport {
    // The app's loader reads the pack on a second thread while the lint's own checks run: a
    // laptop has at least two cores, and the two passes share nothing.
    let (scan, loader_problems) = std::thread::scope(|scope| {
        let loader = scope.spawn(|| Pack::problems_of(source));
        (scan(source), loader.join())
    });
    let mut report = LintReport { diagnostics: scan.diagnostics };
    if scan.manifest.is_some() {
        let problems = loader_problems.unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        add_loader_problems(source, problems, &mut report.diagnostics);
    }
    report.sort(scan.manifest.as_ref().and_then(|m| m.reference_locale.as_deref()));
    report
}

/// How far each locale of a pack is translated, for `haven-pack status`. Reads the pack as
/// [`lint_pack`] does (without running the app's loader), and counts its problems per locale.
pub fn coverage(source: &PackSource) -> Coverage {
    let scan = scan(source);
    coverage::count(scan)
}

/// Lints the interface strings: `LOCALES_DIR/<locale>/app.ftl`, each compared with the reference
/// locale's. Diagnostics name files relative to `dir` (`da/app.ftl`).
pub fn lint_interface(dir: &Path, reference_locale: &str) -> LintReport {
    let source = PackSource::Directory(dir.to_owned());
    let mut out = Vec::new();
    let locales = source.locale_folders();
    let file_of = |locale: &str| format!("{locale}/{INTERFACE_FILE}.ftl");
    let reference = read_required(&source, &file_of(reference_locale), &mut out).map(|text| {
        let categories = plural::needed_categories(reference_locale);
        let rules = FileRules {
            kind: FileKind::Interface,
            is_reference: true,
            locale: reference_locale,
            services: None,
            variables: &CONTENT_VARIABLES,
            plural_categories: categories.as_deref(),
        };
        fluent_file::check(&file_of(reference_locale), &text, &rules, &mut out)
    });
    if let Some(reference) = reference {
        for locale in locales.iter().filter(|l| *l != reference_locale) {
            let file = file_of(locale);
            let Some(text) = read_required(&source, &file, &mut out) else { continue };
            let categories = plural::needed_categories(locale);
            let rules = FileRules {
                kind: FileKind::Interface,
                is_reference: false,
                locale,
                services: None,
                variables: &CONTENT_VARIABLES,
                plural_categories: categories.as_deref(),
            };
            let checked = fluent_file::check(&file, &text, &rules, &mut out);
            compare(&reference.table, &checked, &file, locale, FileRole::Strings, &mut out);
        }
    }
    let mut report = LintReport { diagnostics: out };
    report.sort(Some(reference_locale));
    report
}

const INTERFACE_FILE: &str = "app";

/// What reading a pack found: its problems, and the counts `status` shows.
pub(crate) struct Scan {
    /// `None` when `pack.toml` could not be read at all.
    manifest: Option<ManifestFacts>,
    diagnostics: Vec<Diagnostic>,
    /// Per listed locale with files, in `pack.toml` order.
    counts: Vec<(String, coverage::Counts)>,
}

fn scan(source: &PackSource) -> Scan {
    let mut out = Vec::new();
    let Some(manifest_text) = read_required(source, PACK_FILE, &mut out) else {
        return Scan { manifest: None, diagnostics: out, counts: Vec::new() };
    };
    let manifest = manifest::check(&manifest_text, &mut out);
    let services =
        read_required(source, SERVICES_FILE, &mut out).map(|text| services::check(&text, &mut out));

    let listed: HashSet<&str> = manifest.locales.iter().map(|l| l.code.as_str()).collect();
    for folder in source.locale_folders() {
        if !listed.contains(folder.as_str()) {
            out.push(at_start(
                &format!("{folder}/"),
                Some(folder.clone()),
                Problem::UnlistedLocale { locale: folder },
            ));
        }
    }
    let mut usable = Vec::new();
    for locale in &manifest.locales {
        if source.has_fluent_files(&locale.code) {
            usable.push(locale.code.as_str());
        } else {
            out.push(Diagnostic {
                file: PACK_FILE.to_owned(),
                line: locale.line,
                column: locale.column,
                id: Some(format!("locales.{}", locale.code)),
                problem: Problem::LocaleWithoutFiles { locale: locale.code.clone() },
            });
        }
    }

    let mut counts = Vec::new();
    let reference = manifest.reference_locale.as_deref().filter(|r| usable.contains(r));
    if let Some(reference) = reference {
        let files: Vec<(&str, FileKind)> = manifest
            .articles
            .iter()
            .map(|a| (a.as_str(), FileKind::Article))
            .chain([(SERVICES_FLUENT_FILE, FileKind::Services)])
            .collect();
        let checker = LocaleChecker { source, services: services.as_ref(), files: &files };
        let reference_tables = checker.check_locale(reference, None, &mut out);
        counts
            .push((reference.to_owned(), coverage::Counts::of_reference(reference_tables.iter())));
        for locale in usable.iter().filter(|l| **l != reference) {
            let mut locale_counts = coverage::Counts::default();
            checker.check_locale(locale, Some((&reference_tables, &mut locale_counts)), &mut out);
            counts.push(((*locale).to_owned(), locale_counts));
        }
    }
    Scan { manifest: Some(manifest), diagnostics: out, counts }
}

/// Checks the files of one locale, the same way for every locale.
struct LocaleChecker<'a> {
    source: &'a PackSource,
    services: Option<&'a ServiceDirectory>,
    /// The files every locale has: each article, then the service texts.
    files: &'a [(&'a str, FileKind)],
}

/// The reference locale's message tables, by file name.
type ReferenceTables = BTreeMap<String, MessageTable>;

impl LocaleChecker<'_> {
    /// Checks every file of `locale`. For a translation, `compare_with` holds the reference's tables
    /// and the counts to fill in; for the reference it is `None`, and its tables are returned.
    fn check_locale(
        &self,
        locale: &str,
        mut compare_with: Option<(&ReferenceTables, &mut coverage::Counts)>,
        out: &mut Vec<Diagnostic>,
    ) -> ReferenceTables {
        let is_reference = compare_with.is_none();
        let categories = plural::needed_categories(locale);
        let mut tables = ReferenceTables::new();
        for (name, kind) in self.files {
            let file = Pack::fluent_path(locale, name);
            let reference_table = compare_with.as_ref().and_then(|(tables, _)| tables.get(*name));
            let text = match self.source.read_text(&file) {
                Ok(Some(text)) => text,
                Ok(None) => {
                    let problem = if is_reference {
                        Problem::MissingReferenceFile { file: format!("{name}.ftl") }
                    } else {
                        Problem::MissingFile { file: format!("{name}.ftl") }
                    };
                    // A file missing from a translation is one problem, not one per message.
                    if is_reference || reference_table.is_some() {
                        out.push(at_start(&file, None, problem));
                    }
                    if let (Some(reference), Some((_, counts))) =
                        (reference_table, &mut compare_with)
                    {
                        counts.add_missing_file(reference);
                    }
                    continue;
                }
                Err(error) => {
                    out.push(at_start(
                        &file,
                        None,
                        Problem::Unreadable { reason: reason_of(&error) },
                    ));
                    continue;
                }
            };
            let rules = FileRules {
                kind: *kind,
                is_reference,
                locale,
                services: self.services,
                variables: &CONTENT_VARIABLES,
                plural_categories: categories.as_deref(),
            };
            let checked = fluent_file::check(&file, &text, &rules, out);
            match (&mut compare_with, reference_table) {
                (Some((_, counts)), Some(reference)) => {
                    let role = if *kind == FileKind::Article {
                        FileRole::Article
                    } else {
                        FileRole::Strings
                    };
                    compare(reference, &checked, &file, locale, role, out);
                    counts.add_file(reference, &checked);
                }
                (Some(_), None) => {}
                (None, _) => {
                    tables.insert((*name).to_owned(), checked.table);
                }
            }
        }
        let known: HashSet<&str> = self.files.iter().map(|(name, _)| *name).collect();
        for name in self.source.fluent_files(locale) {
            if !known.contains(name.as_str()) {
                let file = Pack::fluent_path(locale, &name);
                out.push(at_start(
                    &file,
                    None,
                    Problem::UnknownFile { file: format!("{name}.ftl") },
                ));
            }
        }
        tables
    }
}

/// Compares a checked translation with its reference, and reports what differs.
fn compare(
    reference: &MessageTable,
    checked: &CheckedFile,
    file: &str,
    locale: &str,
    role: FileRole,
    out: &mut Vec<Diagnostic>,
) {
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

fn at_start(file: &str, id: Option<String>, problem: Problem) -> Diagnostic {
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
        Err(error) => {
            out.push(at_start(file, None, Problem::Unreadable { reason: reason_of(&error) }));
            None
        }
    }
}

fn reason_of(error: &PackError) -> String {
    match error {
        PackError::Unreadable { reason, .. } => reason.clone(),
        other => other.to_string(),
    }
}

/// Reports whatever the app's loader refuses that the lint's own checks did not already describe.
fn add_loader_problems(
    source: &PackSource,
    problems: Vec<PackError>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let syntax_errors_in = |file: &str, diagnostics: &[Diagnostic]| {
        diagnostics
            .iter()
            .filter(|d| {
                d.file == file
                    && matches!(
                        d.problem,
                        Problem::SyntaxError { .. } | Problem::MissingDefaultVariant
                    )
            })
            .count()
    };
    for problem in &problems {
        let file = relative_file(source, problem.path());
        let is_covered = match problem {
            // The lint places a syntax error where the mistake is, the loader where the message it
            // lost starts; both see the same errors of the same parser.
            PackError::FluentSyntax { .. } => {
                let loader_count = problems
                    .iter()
                    .filter(|p| {
                        matches!(p, PackError::FluentSyntax { .. })
                            && relative_file(source, p.path()) == file
                    })
                    .count();
                syntax_errors_in(&file, diagnostics) >= loader_count
            }
            _ => is_covered(problem, &file, diagnostics),
        };
        if !is_covered {
            diagnostics.push(Diagnostic {
                line: loader_line(problem),
                file,
                column: 1,
                id: None,
                problem: Problem::Loader { message: problem.to_string() },
            });
        }
    }
}

/// Whether the lint already reported, as an error, the problem the loader found.
fn is_covered(problem: &PackError, file: &str, diagnostics: &[Diagnostic]) -> bool {
    let errors = || diagnostics.iter().filter(|d| d.is_error());
    let same_message = |id: &str| {
        errors().any(|d| {
            d.file == file
                && d.id
                    .as_deref()
                    .is_some_and(|d_id| d_id == id || d_id.starts_with(&format!("{id}.")))
        })
    };
    match problem {
        PackError::FluentSyntax { line, .. } => errors().any(|d| d.file == file && d.line == *line),
        PackError::UnknownService { message_id, .. }
        | PackError::UnknownFunction { message_id, .. }
        | PackError::InvalidMessage { message_id, .. } => same_message(message_id),
        PackError::LocaleWithoutFiles { locale, .. } | PackError::UnlistedLocale { locale, .. } => {
            errors().any(|d| {
                matches!(&d.problem, Problem::LocaleWithoutFiles { locale: l } | Problem::UnlistedLocale { locale: l } if l == locale)
            })
        }
        // Problems of a whole file: any error in the file describes them.
        PackError::Unreadable { .. }
        | PackError::MissingFile { .. }
        | PackError::InvalidToml { .. }
        | PackError::InvalidField { .. }
        | PackError::MissingReferenceArticle { .. } => errors().any(|d| d.file == file),
    }
}

fn loader_line(problem: &PackError) -> usize {
    match problem {
        PackError::InvalidToml { line, .. }
        | PackError::FluentSyntax { line, .. }
        | PackError::UnknownService { line, .. }
        | PackError::UnknownFunction { line, .. }
        | PackError::InvalidMessage { line, .. } => *line,
        _ => 1,
    }
}

/// A path the loader reported, as a file name in the pack (`da/help-now.ftl`).
fn relative_file(source: &PackSource, path: &Path) -> String {
    source.relative_path(path)
}
