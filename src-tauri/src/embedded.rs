//! The files compiled into the binary: the default pack (`content/`) and the interface strings
//! (`locales/`), each Brotli-compressed by `build.rs` and embedded with rust-embed. A file is
//! decompressed when it is read, which happens once per locale the reader opens.
//!
//! They belong to the app, not to the engine: the loader reads them as [`BundledFiles`] like any
//! other pack, and only the app's binary carries them.

use std::io::Read;
use std::sync::{Arc, OnceLock};

use haven_format::{BundledFiles, PackSource};
use haven_library::Library;
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "$OUT_DIR/embedded/content/"]
struct Content;

#[derive(RustEmbed)]
#[folder = "$OUT_DIR/embedded/locales/"]
struct Locales;

/// One of the two embedded trees.
#[derive(Debug, Clone, Copy)]
pub enum Tree {
    /// The default pack, `content/`.
    Content,
    /// The interface strings, `locales/`.
    Locales,
}

impl Tree {
    /// The file at `relative` (such as `da/rights.ftl`), decompressed, or `None` if there is none.
    fn read_file(self, relative: &str) -> Option<Vec<u8>> {
        let compressed = match self {
            Tree::Content => Content::get(relative),
            Tree::Locales => Locales::get(relative),
        }?;
        let mut data = Vec::new();
        brotli_decompressor::Decompressor::new(compressed.data.as_ref(), 4096)
            .read_to_end(&mut data)
            .unwrap_or_else(|e| panic!("embedded {relative} was compressed by build.rs: {e}"));
        Some(data)
    }

    /// The relative paths of every file in the tree.
    fn file_paths(self) -> Vec<String> {
        match self {
            Tree::Content => Content::iter().map(String::from).collect(),
            Tree::Locales => Locales::iter().map(String::from).collect(),
        }
    }
}

impl BundledFiles for Tree {
    fn name(&self) -> &'static str {
        match self {
            Tree::Content => "content",
            Tree::Locales => "locales",
        }
    }

    fn read(&self, relative: &str) -> Option<Vec<u8>> {
        self.read_file(relative)
    }

    fn paths(&self) -> Vec<String> {
        self.file_paths()
    }
}

/// The default pack, compiled in: what the app shows when no synced pack is installed.
pub fn default_pack() -> PackSource {
    PackSource::Bundled(&Tree::Content)
}

/// The default pack, opened once per process (the app needs it for its version, and for the voices
/// it lends a downloaded update, as well as to show it). It is checked by the test suite, so it
/// always opens.
pub fn default_library() -> Arc<Library> {
    static OPENED: OnceLock<Arc<Library>> = OnceLock::new();
    OPENED
        .get_or_init(|| {
            Arc::new(
                Library::open(default_pack()).expect("the embedded pack is checked by the tests"),
            )
        })
        .clone()
}

/// The interface strings, compiled in.
pub fn interface_strings() -> PackSource {
    PackSource::Bundled(&Tree::Locales)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LANGUAGES: usize = 16;

    /// What the app carries is what `content/` and `locales/` hold, byte for byte: no file left out,
    /// none stale, and the notes for editors left out.
    #[test]
    fn the_embedded_pack_is_the_content_folder_file_for_file() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        for (embedded, folder) in [(default_pack(), "content"), (interface_strings(), "locales")] {
            let on_disk = PackSource::Directory(root.join(folder));
            let mut compared = 0;
            for relative in ["pack.toml", "services.toml"] {
                assert_eq!(
                    embedded.read_text(relative).unwrap(),
                    on_disk.read_text(relative).unwrap()
                );
            }
            assert_eq!(embedded.locale_folders(), on_disk.locale_folders());
            assert_eq!(embedded.locale_folders().len(), LANGUAGES, "{folder}: every language");
            for locale in on_disk.locale_folders() {
                let files = on_disk.fluent_files(&locale);
                assert_eq!(
                    embedded.fluent_files(&locale),
                    files,
                    "{folder}/{locale}: the same files"
                );
                for name in files {
                    let relative = format!("{locale}/{name}.ftl");
                    let text = embedded.read_text(&relative).unwrap().expect("embedded");
                    let disk = on_disk.read_text(&relative).unwrap().unwrap();
                    assert!(text == disk, "{folder}/{relative} differs");
                    compared += 1;
                }
            }
            assert!(compared >= LANGUAGES, "{folder}: {compared} files compared");
            assert!(
                embedded.read_text("README.md").unwrap().is_none(),
                "notes for editors stay out"
            );
            assert!(
                embedded.read_text("da/translated-from.toml").unwrap().is_none(),
                "the translators' record stays out"
            );
        }
    }
}
