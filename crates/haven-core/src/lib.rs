//! # haven-core
//!
//! The engine of Haven, an offline app that tells people who may be victims of human trafficking, in
//! their own language, how to get help, what their rights are and what testifying involves.
//!
//! It knows nothing of windows or command lines: the Tauri app (`src-tauri`) and the NGO tool
//! (`haven-pack`) both adapt it, so a phone and an NGO's laptop read a pack with the same code.
//!
//! ```
//! use haven_core::Library;
//!
//! let library = Library::embedded();
//! // A device set to Danish (Denmark) gets the Danish text.
//! let locale = library.negotiate(&["da-DK"]);
//! let article = library.article(&locale, "help-now").unwrap();
//! assert_eq!(article.title.lang, "da");
//! ```
//!
//! ## Why it is shaped like this
//!
//! - **Content is data.** A pack is `pack.toml`, `services.toml` and Fluent files (see
//!   `content/README.md`). The default pack is compiled in, so the app is complete with no network;
//!   a folder on disk is read by the same loader.
//! - **Each fact lives in one place.** Articles name services by id (`CALL("cmm-hotline")`), so a
//!   changed phone number is edited once, in `services.toml`.
//! - **Honest about language.** Every message resolves through a fallback chain (the reader's locale,
//!   then the reference locale), and every piece of text says which locale it is in, so the reader is
//!   told what is not yet translated.
//! - **Structure, not HTML.** Articles render to blocks ([`Block`]); the interface builds the page with
//!   `textContent`, so content can never run as code.
//! - **Bad input is named, never fatal.** A broken message is refused and falls back, and its problem
//!   ([`PackError`]) names the file and the line or message id. Only a pack whose `pack.toml` or
//!   `services.toml` is unusable fails to open, and then the caller keeps the pack it had.
//! - **Lazy.** Only the locales a reader uses are parsed.

mod article;
pub mod discreet;
mod embedded;
mod error;
pub mod l10n;
mod library;
pub mod lint;
mod locale_files;
pub mod pack;
pub mod search;
pub mod settings;
#[cfg(feature = "sync")]
pub mod sync;
pub mod translation_check;

pub use article::{Article, Block, Section, ServiceCard, ServiceEntry, Span, Text, Topic};
pub use error::PackError;
pub use library::{DirectoryFilter, Library, LookupError};
pub use pack::{Direction, LocaleInfo, PackSource, ReviewStatus};
pub use search::{Excerpt, SearchHit};
