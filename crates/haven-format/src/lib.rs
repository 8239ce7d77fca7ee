//! # haven-format
//!
//! The Haven content pack format, and the one loader that reads it. A pack is a folder:
//!
//! ```text
//! pack.toml              what the pack is: id, version, locales, articles and their sources
//! services.toml          the service directory: every phone number and address, once
//! <locale>/<article>.ftl an article in Fluent: a message per section, an attribute per block
//! <locale>/services.ftl  the names and descriptions of the services
//! audio/<locale>/        spoken clips of that locale, described by its voice.toml
//! ```
//!
//! (`content/README.md` describes it for editors.)
//!
//! ## Why it is its own crate
//!
//! Three programs read packs: the app on a phone, `haven-pack` on an NGO's laptop, and the sync
//! client checking a download before it installs it. If each had a reader of its own, one day the
//! lint would pass a pack that the app refuses, or the reverse. So there is one loader, here, and
//! everything else is built on what it returns. It knows nothing of windows, command lines or
//! networks, and embeds nothing: the app brings its default pack as [`BundledFiles`].
//!
//! ## How it reads
//!
//! Like `FluentResource::try_new`, loading keeps going where it can and returns what it could read
//! together with every problem ([`Diagnostic`]), each with its file, line, column and a fix:
//!
//! - [`Pack::load`] reads `pack.toml` and `services.toml` with the position of every key, and
//!   [`LocaleFiles::load`] each Fluent file of a locale, keeping what parses around a mistake;
//! - [`Pack::open`] refuses a pack whose `pack.toml` or `services.toml` has an error, so the app
//!   keeps the pack it had; a broken message is refused alone and falls back;
//! - `haven-lint` prints the same list, and adds what loading does not need (the comparison of
//!   every translation with the reference, coverage, plural categories).
//!
//! ```
//! use haven_format::{LocaleFiles, Pack, PackSource};
//!
//! # let content = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
//! let pack = Pack::open(PackSource::Directory(content)).expect("the default pack opens");
//! let (files, problems) = LocaleFiles::load(&pack, "da");
//! assert!(problems.is_empty(), "{problems:?}");
//! assert!(files.articles["help-now"].has_message("title"));
//! ```

mod diagnostic;
pub mod fluent;
mod fluent_file;
mod locale_files;
mod pack;
pub mod pack_file;
mod position;
pub mod services_file;
mod source;
mod toml_doc;
pub mod voice_file;

pub use diagnostic::{sort_diagnostics, Diagnostic, Problem, ProblemKind, Severity};
pub use locale_files::{
    block_kind, BlockKind, LocaleFiles, ShapeProblem, REQUIRED_ARTICLE_MESSAGES, SUMMARY, TITLE,
};
pub use pack::{
    is_valid_id, Pack, PackRefused, PACK_FILE, SELF_CHECK_FLUENT_FILE, SERVICES_FILE,
    SERVICES_FLUENT_FILE,
};
pub use pack_file::{
    ArticleInfo, ContentReview, Direction, LocaleInfo, PackInfo, QuestionInfo, ReviewStatus,
    SectionSources, SelfCheckInfo, Source,
};
pub use position::{line_and_column, offset_in, LineIndex};
pub use services_file::{
    is_https_url, phone_problem, Channel, Contact, PhoneProblem, Service, ServiceDirectory,
    ServiceKind,
};
pub use source::{BundledFiles, FluentListing, PackSource};
pub use voice_file::{
    clip_file_name, clip_path, voice_path, ClipInfo, ClipSource, VoiceInfo, AUDIO_FOLDER,
    CLIP_EXTENSION, CLIP_MIME, EMERGENCY_MESSAGE, HOME_FILE, VOICE_FILE,
};

/// The variables the app gives every content message: `$publisher`, `$published` (the date the facts
/// were checked) and `$version`. A message that uses any other would fail to format, so the loader
/// refuses it and reports it.
pub const CONTENT_VARIABLES: [&str; 3] = ["publisher", "published", "version"];

/// The variables of the self-check's messages: those of every message, and for its result how many
/// signs the reader said yes to (`$count`), was not sure about (`$unsure`), and how many were asked
/// (`$total`). The page picks the result; the numbers never leave it.
pub const SELF_CHECK_VARIABLES: [&str; 6] =
    ["publisher", "published", "version", "count", "unsure", "total"];
