//! Where a pack's files come from: compiled into a program, or a folder on disk.
//!
//! Both go through the same loader, so the pack an NGO previews from a folder, the pack a phone synced,
//! and the pack built into the app are read and checked by exactly the same code.

use std::fmt;
use std::path::{Path, PathBuf};

/// A tree of files compiled into a program, such as the app's default pack. This crate embeds
/// nothing itself: only the app carries content, so only the app implements this.
pub trait BundledFiles: Send + Sync {
    /// The folder the files came from, to name in messages (`content`, `locales`).
    fn name(&self) -> &'static str;
    /// The file at `relative` (such as `da/rights.ftl`), or `None` if there is none.
    fn read(&self, relative: &str) -> Option<Vec<u8>>;
    /// The relative paths of every file, with `/` between folders.
    fn paths(&self) -> Vec<String>;
}

/// Where a pack is read from.
#[derive(Clone)]
pub enum PackSource {
    /// Files compiled into the program, such as the app's default pack, so the app is complete with
    /// no network.
    Bundled(&'static dyn BundledFiles),
    /// A pack folder on disk: a preview, or a pack installed by sync.
    Directory(PathBuf),
}

impl fmt::Debug for PackSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PackSource::Bundled(files) => write!(f, "Bundled({:?})", files.name()),
            PackSource::Directory(dir) => write!(f, "Directory({dir:?})"),
        }
    }
}

impl PartialEq for PackSource {
    fn eq(&self, other: &PackSource) -> bool {
        match (self, other) {
            (PackSource::Bundled(a), PackSource::Bundled(b)) => a.name() == b.name(),
            (PackSource::Directory(a), PackSource::Directory(b)) => a == b,
            _ => false,
        }
    }
}

impl Eq for PackSource {}

impl PackSource {
    /// The path to show in messages about a file of this pack.
    pub fn display_path(&self, relative: &str) -> PathBuf {
        match self {
            PackSource::Bundled(files) => Path::new(files.name()).join(relative),
            PackSource::Directory(root) => root.join(relative),
        }
    }

    /// A file's path relative to the pack, with `/` between folders (`da/help-now.ftl`), from a path
    /// made by [`PackSource::display_path`].
    pub fn relative_path(&self, path: &Path) -> String {
        let relative = match self {
            PackSource::Directory(root) => path.strip_prefix(root).unwrap_or(path),
            PackSource::Bundled(files) => path.strip_prefix(files.name()).unwrap_or(path),
        };
        let parts: Vec<String> =
            relative.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
        parts.join("/")
    }

    /// The relative paths of every file of the pack, sorted.
    fn all_paths(&self) -> Vec<String> {
        let mut paths = match self {
            PackSource::Bundled(files) => files.paths(),
            PackSource::Directory(_) => Vec::new(),
        };
        paths.sort();
        paths
    }

    /// Reads a file of the pack as UTF-8 text. `Ok(None)` when the file does not exist.
    ///
    /// Fails, with the reason, when the file exists but cannot be read or is not UTF-8.
    pub fn read_text(&self, relative: &str) -> Result<Option<String>, String> {
        let bytes = match self {
            PackSource::Bundled(files) => match files.read(relative) {
                Some(data) => data,
                None => return Ok(None),
            },
            PackSource::Directory(root) => match std::fs::read(root.join(relative)) {
                Ok(bytes) => bytes,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
                Err(e) => return Err(e.to_string()),
            },
        };
        String::from_utf8(bytes)
            .map(Some)
            .map_err(|e| format!("not UTF-8 text ({})", e.utf8_error()))
    }

    /// The names of the top-level folders: one per locale that has files.
    pub fn locale_folders(&self) -> Vec<String> {
        let mut folders: Vec<String> = match self {
            PackSource::Bundled(_) => self
                .all_paths()
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
            PackSource::Bundled(_) => self
                .all_paths()
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
            PackSource::Bundled(files) => {
                files.paths().iter().any(|p| p.starts_with(&prefix) && p.ends_with(".ftl"))
            }
            PackSource::Directory(root) => std::fs::read_dir(root.join(locale))
                .into_iter()
                .flatten()
                .flatten()
                .any(|e| e.path().extension().is_some_and(|x| x == "ftl")),
        }
    }
}
