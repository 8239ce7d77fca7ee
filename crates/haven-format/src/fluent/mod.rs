//! Fluent: parsing a pack's files, checking the functions they call, and formatting their messages.

mod functions;
mod parsed;

pub use fluent_bundle::FluentArgs;
pub use functions::{check_call, function_calls, split_markers, CallProblem, FunctionCall, Piece};
pub use parsed::{message_line, FunctionCheck, MessageShape, ParsedFile};

/// Bundles are shared between the app's threads, so they use the thread-safe memoizer.
pub type Bundle = fluent_bundle::concurrent::FluentBundle<fluent_bundle::FluentResource>;
