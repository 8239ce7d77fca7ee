//! Where a pack's files come from: compiled into a program, or a folder on disk.
//!
//! Both go through the same loader, so the pack an NGO previews from a folder, the pack a phone synced,
//! and the pack built into the app are read and checked by exactly the same code.

use std::collections::BTreeMap;
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

    /// Reads a file of the pack as bytes, such as an audio clip. `Ok(None)` when it does not exist.
    pub fn read_bytes(&self, relative: &str) -> Result<Option<Vec<u8>>, String> {
        match self {
            PackSource::Bundled(files) => Ok(files.read(relative)),
            PackSource::Directory(root) => match std::fs::read(root.join(relative)) {
                Ok(bytes) => Ok(Some(bytes)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(e) => Err(e.to_string()),
            },
        }
    }

    /// The size of a file of the pack in bytes, without reading a folder's file. `Ok(None)` when it
    /// does not exist.
    pub fn file_size(&self, relative: &str) -> Result<Option<u64>, String> {
        match self {
            PackSource::Bundled(files) => Ok(files.read(relative).map(|b| b.len() as u64)),
            PackSource::Directory(root) => match std::fs::metadata(root.join(relative)) {
                Ok(meta) if meta.is_file() => Ok(Some(meta.len())),
                Ok(_) => Ok(None),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(e) => Err(e.to_string()),
            },
        }
    }

    /// Every top-level folder (one per locale), each with the names (without `.ftl`) of its Fluent
    /// files, sorted. One listing of the files, however many locales: a compiled-in pack lists
    /// its files once, not once per locale.
    pub fn fluent_listing(&self) -> FluentListing {
        let mut folders: BTreeMap<String, Vec<String>> = BTreeMap::new();
        match self {
            PackSource::Bundled(files) => {
                for path in files.paths() {
                    let Some((folder, file)) = path.split_once('/') else { continue };
                    let names = folders.entry(folder.to_owned()).or_default();
                    if let Some(name) = file.strip_suffix(".ftl").filter(|n| !n.contains('/')) {
                        names.push(name.to_owned());
                    }
                }
            }
            PackSource::Directory(root) => {
                let entries = std::fs::read_dir(root).into_iter().flatten().flatten();
                for entry in entries.filter(|e| e.file_type().is_ok_and(|t| t.is_dir())) {
                    let Ok(folder) = entry.file_name().into_string() else { continue };
                    let names = std::fs::read_dir(entry.path())
                        .into_iter()
                        .flatten()
                        .flatten()
                        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
                        .filter_map(|e| e.file_name().into_string().ok())
                        .filter_map(|name| name.strip_suffix(".ftl").map(str::to_owned))
                        .collect();
                    folders.insert(folder, names);
                }
            }
        }
        // `audio/` holds the clips of every locale (`audio/<locale>/`), not a locale of its own.
        folders.retain(|folder, _| !folder.starts_with('.') && folder != crate::AUDIO_FOLDER);
        for names in folders.values_mut() {
            names.sort();
        }
        FluentListing { folders }
    }

    /// The names of the top-level folders: one per locale that has files.
    pub fn locale_folders(&self) -> Vec<String> {
        self.fluent_listing().folders.into_keys().collect()
    }

    /// The names (without `.ftl`) of the Fluent files in a locale folder, sorted.
    pub fn fluent_files(&self, locale: &str) -> Vec<String> {
        self.fluent_listing().files(locale).to_vec()
    }
}

/// The Fluent files of a pack, by top-level folder ([`PackSource::fluent_listing`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FluentListing {
    folders: BTreeMap<String, Vec<String>>,
}

impl FluentListing {
    /// Every top-level folder, sorted.
    pub fn folders(&self) -> impl Iterator<Item = &str> {
        self.folders.keys().map(String::as_str)
    }

    /// The names (without `.ftl`) of the Fluent files in `locale`'s folder; empty when it has none.
    pub fn files(&self, locale: &str) -> &[String] {
        self.folders.get(locale).map_or(&[], Vec::as_slice)
    }

    /// Whether `locale`'s folder holds at least one Fluent file.
    pub fn has_fluent_files(&self, locale: &str) -> bool {
        !self.files(locale).is_empty()
    }
}
