//! # haven-library
//!
//! The reader's library of Haven, an offline app that tells people who may be victims of human
//! trafficking, in their own language, how to get help, what their rights are and what testifying
//! involves: a pack opened by the loader of [`haven_format`], and everything a reader asks of it.
//!
//! It knows nothing of windows or command lines: the Tauri app (`src-tauri`) and the NGO tool
//! (`haven-pack`) both adapt it, so a phone and an NGO's laptop show a pack with the same code.
//!
//! ```
//! use haven_library::{Library, PackSource};
//!
//! # let content = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
//! let library = Library::open(PackSource::Directory(content)).unwrap();
//! // A device set to Danish (Denmark) gets the Danish text.
//! let locale = library.negotiate(&["da-DK"]);
//! let article = library.article(&locale, "help-now").unwrap();
//! assert_eq!(article.title.lang, "da");
//! ```
//!
//! ## Why it is shaped like this
//!
//! - **Content is data.** A pack is `pack.toml`, `services.toml` and Fluent files (see
//!   `content/README.md`). The app compiles its default pack in, so it is complete with no network;
//!   a folder on disk is read by the same loader.
//! - **Each fact lives in one place.** Articles name services by id (`CALL("cmm-hotline")`), so a
//!   changed phone number is edited once, in `services.toml`.
//! - **Honest about language.** Every message resolves through a fallback chain (the reader's locale,
//!   then the reference locale), and every piece of text says which locale it is in, so the reader is
//!   told what is not yet translated.
//! - **Structure, not HTML.** Articles render to blocks ([`Block`]); the interface builds the page with
//!   `textContent`, so content can never run as code.
//! - **Bad input is named, never fatal.** A broken message is refused and falls back, and its problem
//!   ([`Diagnostic`]) names the file, line and column, and how to fix it. Only a pack whose `pack.toml` or
//!   `services.toml` is unusable fails to open, and then the caller keeps the pack it had.
//! - **Lazy.** Only the locales a reader uses are parsed.

mod article;
mod audio;
mod fallback;
mod interface;
mod library;
mod negotiate;
pub mod search;
mod self_check;

pub use article::{Article, Block, Section, ServiceCard, ServiceEntry, Span, Text, Topic};
pub use audio::{spoken_sha256, AudioError, Clip, SpokenMessage};
pub use fluent_bundle::FluentArgs;
pub use haven_format::{
    ClipInfo, ClipSource, Diagnostic, Direction, LocaleInfo, PackInfo, PackRefused, PackSource,
    ReviewStatus, ServiceKind, VoiceInfo, CONTENT_VARIABLES,
};
pub use interface::InterfaceStrings;
pub use library::{DirectoryFilter, Library, LookupError};
pub use negotiate::negotiate_locale;
pub use search::{Excerpt, SearchHit};
pub use self_check::{Question, SelfCheck};
