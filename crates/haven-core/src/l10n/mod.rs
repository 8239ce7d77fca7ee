//! Fluent: parsing a locale's files, checking them, and resolving messages through a fallback chain.

mod functions;
mod interface;
mod negotiate;
mod parsed;

pub use fluent_bundle::FluentArgs;
pub(crate) use functions::{check_call, split_markers, CallProblem, Piece};
pub use functions::{function_calls, FunctionCall};
pub use interface::InterfaceStrings;
pub use negotiate::negotiate_locale;
pub use parsed::message_line;
pub(crate) use parsed::{FallbackChain, FunctionCheck, ParsedFile, Resolved};

/// Bundles are shared between the app's threads, so they use the thread-safe memoizer.
pub(crate) type Bundle = fluent_bundle::concurrent::FluentBundle<fluent_bundle::FluentResource>;
