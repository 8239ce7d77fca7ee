//! Where a pack's files come from: compiled into the binary, or a folder on disk.
//!
//! Both go through the same loader, so the pack an NGO previews from a folder, the pack a phone synced,
//! and the pack built into the app are read and checked by exactly the same code.

use std::path::{Path, PathBuf};

use crate::embedded::Tree;
use crate::error::PackError;

/// Where a pack is read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackSource {
    /// The default pack, `content/` at the root of the repository, compiled into the binary so the
    /// app is complete with no network.
    Embedded,
    /// A pack folder on disk: a preview, or a pack installed by sync.
    Directory(PathBuf),
}

impl PackSource {
    /// The path to show in messages about a file of this pack.
    pub fn display_path(&self, relative: &str) -> PathBuf {
        match self {
            PackSource::Embedded => Path::new("content").join(relative),
            PackSource::Directory(root) => root.join(relative),
        }
    }

    /// Reads a file of the pack as UTF-8 text. `Ok(None)` when the file does not exist.
    ///
    /// Fails when the file exists but cannot be read or is not UTF-8.
    pub fn read_text(&self, relative: &str) -> Result<Option<String>, PackError> {
        let bytes = match self {
            PackSource::Embedded => match Tree::Content.read(relative) {
                Some(data) => data,
                None => return Ok(None),
            },
            PackSource::Directory(root) => match std::fs::read(root.join(relative)) {
                Ok(bytes) => bytes,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
                Err(e) => {
                    return Err(PackError::Unreadable {
                        path: self.display_path(relative),
                        reason: e.to_string(),
                    })
                }
            },
        };
        String::from_utf8(bytes).map(Some).map_err(|e| PackError::Unreadable {
            path: self.display_path(relative),
            reason: format!("not UTF-8 text ({})", e.utf8_error()),
        })
    }

    /// The names of the top-level folders: one per locale that has files.
    pub fn locale_folders(&self) -> Vec<String> {
        let mut folders: Vec<String> = match self {
            PackSource::Embedded => Tree::Content
                .paths()
                .into_iter()
                .filter_map(|path| path.split_once('/').map(|(dir, _)| dir.to_owned()))
                .collect(),
            PackSource::Directory(root) => std::fs::read_dir(root)
                .into_iter()
                .flatten()
                .flatten()
                .filter(|entry| entry.file_type().is_ok_and(|t| t.is_dir()))
                .filter_map(|entry| entry.file_name().into_string().ok())
                .filter(|name| !name.starts_with('.'))
                .collect(),
        };
        folders.sort();
        folders.dedup();
        folders
    }

    /// The names (without `.ftl`) of the Fluent files in a locale folder, sorted.
    pub fn fluent_files(&self, locale: &str) -> Vec<String> {
        let prefix = format!("{locale}/");
        let mut files: Vec<String> = match self {
            PackSource::Embedded => Tree::Content
                .paths()
                .into_iter()
                .filter_map(|p| {
                    let name = p.strip_prefix(&prefix)?.strip_suffix(".ftl")?;
                    (!name.contains('/')).then(|| name.to_owned())
                })
                .collect(),
            PackSource::Directory(root) => std::fs::read_dir(root.join(locale))
                .into_iter()
                .flatten()
                .flatten()
                .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
                .filter_map(|e| e.file_name().into_string().ok())
                .filter_map(|name| name.strip_suffix(".ftl").map(str::to_owned))
                .collect(),
        };
        files.sort();
        files
    }

    /// Whether a locale folder holds at least one Fluent file.
    pub fn has_fluent_files(&self, locale: &str) -> bool {
        let prefix = format!("{locale}/");
        match self {
            PackSource::Embedded => {
                Tree::Content.paths().iter().any(|p| p.starts_with(&prefix) && p.ends_with(".ftl"))
            }
            PackSource::Directory(root) => std::fs::read_dir(root.join(locale))
                .into_iter()
                .flatten()
                .flatten()
                .any(|e| e.path().extension().is_some_and(|x| x == "ftl")),
        }
    }
}
