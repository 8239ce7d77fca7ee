//! `haven-pack lint`: the engine's lint ([`haven_lint`]) printed for a person or a script.
//!
//! The checks themselves live in the engine, because the app's preview and `haven-pack build` run the
//! same ones; this module only decides how a report looks on a terminal and in JSON.

use std::fmt::Write;
use std::path::{Path, PathBuf};

use haven_lint::{Diagnostic, LintReport};
use serde::Serialize;

/// What one `haven-pack lint` found: in the pack, and in the interface strings when asked.
#[derive(Debug, Clone)]
pub struct LintRun {
    pub content_dir: PathBuf,
    pub pack: LintReport,
    /// The locales folder (`locales/`) and its report.
    pub interface: Option<(PathBuf, LintReport)>,
}

/// Lints the pack in `content_dir`, and the interface strings in `interface` (a folder of
/// `<locale>/app.ftl`) against the pack's reference locale.
pub fn run(content_dir: &Path, interface: Option<&Path>) -> LintRun {
    let mut pack = haven_lint::lint_dir(content_dir);
    if let Some(locales) = interface {
        // The emergency action's clips speak the interface strings, so only they can judge them.
        let source = haven_library::PackSource::Directory(content_dir.to_owned());
        pack.diagnostics.extend(haven_lint::lint_emergency_audio(&source, locales));
    }
    let interface = interface.map(|locales| {
        (locales.to_owned(), haven_lint::lint_interface(locales, &reference_locale(content_dir)))
    });
    LintRun { content_dir: content_dir.to_owned(), pack, interface }
}

impl LintRun {
    /// Whether `lint` must fail: an error anywhere.
    pub fn has_errors(&self) -> bool {
        self.pack.has_errors() || self.interface.as_ref().is_some_and(|(_, r)| r.has_errors())
    }

    pub fn to_human(&self) -> String {
        let mut text = to_human(&self.pack, &self.content_dir);
        if let Some((locales, report)) = &self.interface {
            text.push_str(&to_human(report, locales));
        }
        text
    }

    /// The pack's report as JSON; with interface strings, `{"pack": ..., "interface": ...}`.
    pub fn to_json(&self) -> String {
        match &self.interface {
            None => to_json(&self.pack, &self.content_dir),
            Some((locales, report)) => format!(
                "{{\n\"pack\": {},\n\"interface\": {}\n}}",
                to_json(&self.pack, &self.content_dir),
                to_json(report, locales)
            ),
        }
    }
}

/// The pack's reference locale, which the interface strings are compared against too; English
/// when `pack.toml` does not say (the lint of the pack reports why).
fn reference_locale(content_dir: &Path) -> String {
    std::fs::read_to_string(content_dir.join(haven_format::PACK_FILE))
        .ok()
        .and_then(|text| text.parse::<toml::Table>().ok())
        .and_then(|table| table.get("reference_locale")?.as_str().map(str::to_owned))
        .unwrap_or_else(|| "en".to_owned())
}

/// One line per problem, `FILE:LINE:COLUMN: severity[check] id: what is wrong. How to fix it.`,
/// with FILE as a path the user can open (the pack folder joined with the file), then a summary.
pub fn to_human(report: &LintReport, content_dir: &Path) -> String {
    let mut text = String::new();
    for diagnostic in &report.diagnostics {
        let _ = writeln!(text, "{}", line_in(diagnostic, content_dir));
    }
    let _ = writeln!(text, "{}", summary(report, content_dir));
    text
}

/// The last line of the human output: how many errors and warnings, and what that means for
/// publishing.
pub fn summary(report: &LintReport, content_dir: &Path) -> String {
    let (errors, warnings) = (report.error_count(), report.warning_count());
    let dir = content_dir.display();
    match (errors, warnings) {
        (0, 0) => format!("{dir}: no problems."),
        (0, _) => format!(
            "{dir}: {} and no errors; the pack can be published.",
            count(warnings, "warning")
        ),
        _ => format!(
            "{dir}: {} and {}; fix the errors before publishing (`haven-pack build` refuses them).",
            count(errors, "error"),
            count(warnings, "warning")
        ),
    }
}

fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// One diagnostic as a line, its file joined to the pack folder so that the path opens from where
/// the command ran.
pub fn line_in(diagnostic: &Diagnostic, content_dir: &Path) -> String {
    let line = diagnostic.to_string();
    let path = content_dir.join(&diagnostic.file);
    format!("{}{}", path.display(), &line[diagnostic.file.len()..])
}

#[derive(Serialize)]
struct JsonReport<'a> {
    content_dir: &'a Path,
    errors: usize,
    warnings: usize,
    /// Each with `file` (relative to `content_dir`), `line`, `column`, `severity`, `code`, `id`,
    /// `message` and `help`.
    diagnostics: &'a [Diagnostic],
}

/// The report as one JSON object, for editors and scripts.
pub fn to_json(report: &LintReport, content_dir: &Path) -> String {
    let json = JsonReport {
        content_dir,
        errors: report.error_count(),
        warnings: report.warning_count(),
        diagnostics: &report.diagnostics,
    };
    serde_json::to_string_pretty(&json).expect("a report always serializes")
}
