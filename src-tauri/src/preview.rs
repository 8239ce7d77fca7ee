//! The preview of an unpublished pack (`haven --pack DIR`), for NGO staff checking their work in the
//! real app before they sign it.
//!
//! It needs the lint, which a phone has no use for, so it is behind the `preview` cargo feature:
//! desktop builds turn it on, and phone builds leave it (and `haven-lint`) out.

use std::path::Path;
use std::sync::Arc;

use haven_library::{Library, PackSource};

use crate::models::PreviewReport;

/// Lints the folder as `haven-pack build` would: with any error it is refused, its errors are
/// returned for the app to show, and the embedded pack is used; a folder with only warnings is shown,
/// with its warnings. Every diagnostic is also printed to the terminal the preview was started from.
pub fn open(dir: &Path) -> (Arc<Library>, PreviewReport) {
    let report = haven_lint::lint_dir(dir);
    for diagnostic in &report.diagnostics {
        eprintln!("haven: preview of {}: {diagnostic}", dir.display());
    }
    let in_folder = |d: &haven_lint::Diagnostic| format!("{}: {d}", dir.display());
    let refused: Vec<String> = if report.has_errors() {
        report.errors().map(in_folder).collect()
    } else {
        match Library::open(PackSource::Directory(dir.to_path_buf())) {
            Ok(library) => {
                let warnings = report.warnings().map(in_folder).collect();
                return (Arc::new(library), PreviewReport { refused: Vec::new(), warnings });
            }
            Err(error) => {
                eprintln!("haven: preview of {}: {error}", dir.display());
                vec![error.to_string()]
            }
        }
    };
    (crate::embedded::default_library(), PreviewReport { refused, warnings: Vec::new() })
}
