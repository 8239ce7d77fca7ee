//! The files compiled into the binary: the default pack (`content/`) and the interface strings
//! (`locales/`), Brotli-compressed by `build.rs` and embedded with rust-embed.
//!
//! `build.rs` compresses the text files of each folder as one bundle (a locale's Fluent files share
//! most of their words and markup, so together they compress a third smaller) and each clip on its
//! own, and writes an index of where every file is in its bundle. A bundle is decompressed when one
//! of its files is read: a locale's text when the reader opens that locale, a clip when it is played.
//!
//! They belong to the app, not to the engine: the loader reads them as [`BundledFiles`] like any
//! other pack, and only the app's binary carries them.

use std::io::Read;
use std::sync::{Arc, Mutex, OnceLock};

use haven_format::{BundledFiles, PackSource};
use haven_library::Library;
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "$OUT_DIR/embedded/content/"]
struct Content;

#[derive(RustEmbed)]
#[folder = "$OUT_DIR/embedded/locales/"]
struct Locales;

/// Where one embedded file is: `len` bytes at `offset` in the decompressed `bundle`.
#[derive(Debug)]
pub(crate) struct EmbeddedFile {
    path: &'static str,
    bundle: &'static str,
    offset: usize,
    len: usize,
}

include!(concat!(env!("OUT_DIR"), "/embedded_index.rs"));

/// One of the two embedded trees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tree {
    /// The default pack, `content/`.
    Content,
    /// The interface strings, `locales/`.
    Locales,
}

/// The bundle decompressed last, with its name. The loader reads a locale's files one after the
/// other, so one bundle kept is enough to decompress each once, and no more than one is held.
static LAST_BUNDLE: Mutex<Option<KeptBundle>> = Mutex::new(None);
type KeptBundle = ((Tree, &'static str), Arc<Vec<u8>>);

impl Tree {
    fn index(self) -> &'static [EmbeddedFile] {
        match self {
            Tree::Content => CONTENT_FILES,
            Tree::Locales => LOCALES_FILES,
        }
    }

    /// The file at `relative` (such as `da/rights.ftl`), decompressed, or `None` if there is none.
    fn read_file(self, relative: &str) -> Option<Vec<u8>> {
        let index = self.index();
        let file = &index[index.binary_search_by(|file| file.path.cmp(relative)).ok()?];
        let bundle = self.bundle(file.bundle);
        Some(bundle[file.offset..file.offset + file.len].to_vec())
    }

    /// The bundle named `name`, decompressed.
    fn bundle(self, name: &'static str) -> Arc<Vec<u8>> {
        // The two trees' bundles can share a name (`da/text.br`), so the tree is part of the key.
        let key = (self, name);
        let mut last = LAST_BUNDLE.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some((kept, data)) = last.as_ref() {
            if *kept == key {
                return data.clone();
            }
        }
        let compressed = match self {
            Tree::Content => Content::get(name),
            Tree::Locales => Locales::get(name),
        }
        .unwrap_or_else(|| panic!("build.rs indexed {name} and wrote it"));
        let mut data = Vec::new();
        brotli_decompressor::Decompressor::new(compressed.data.as_ref(), 4096)
            .read_to_end(&mut data)
            .unwrap_or_else(|e| panic!("embedded {name} was compressed by build.rs: {e}"));
        let data = Arc::new(data);
        *last = Some((key, data.clone()));
        data
    }

    /// The relative paths of every file in the tree.
    fn file_paths(self) -> Vec<String> {
        self.index().iter().map(|file| file.path.to_owned()).collect()
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
            // Every file the bundles hold, the clips too, is the file on disk byte for byte.
            let tree = if folder == "content" { Tree::Content } else { Tree::Locales };
            for relative in tree.file_paths() {
                let disk = std::fs::read(root.join(folder).join(&relative)).unwrap();
                assert!(tree.read(&relative).unwrap() == disk, "{folder}/{relative} differs");
            }
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
