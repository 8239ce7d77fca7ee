//! The files compiled into the binary: the default pack (`content/`) and the interface strings
//! (`locales/`), each Brotli-compressed by `build.rs` and embedded with rust-embed. A file is
//! decompressed when it is read, which happens once per locale the reader opens.

use std::io::Read;

use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "$OUT_DIR/embedded/content/"]
struct Content;

#[derive(RustEmbed)]
#[folder = "$OUT_DIR/embedded/locales/"]
struct Locales;

/// One of the two embedded trees.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Tree {
    /// The default pack, `content/`.
    Content,
    /// The interface strings, `locales/`.
    Locales,
}

impl Tree {
    /// The file at `relative` (such as `da/rights.ftl`), decompressed, or `None` if there is none.
    pub(crate) fn read(self, relative: &str) -> Option<Vec<u8>> {
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
    pub(crate) fn paths(self) -> Vec<std::borrow::Cow<'static, str>> {
        match self {
            Tree::Content => Content::iter().collect(),
            Tree::Locales => Locales::iter().collect(),
        }
    }
}
