//! Fluent: parsing a pack's files, checking the functions they call, and formatting their messages.

pub(crate) mod functions;

pub use fluent_bundle::FluentArgs;
pub use functions::{check_call, function_calls, split_markers, CallProblem, FunctionCall, Piece};

pub use crate::fluent_file::{FileKind, FileRules, FluentFile, MessageShape};

/// Bundles are shared between the app's threads, so they use the thread-safe memoizer.
pub(crate) type Bundle =
    fluent_bundle::concurrent::FluentBundle<std::sync::Arc<fluent_bundle::FluentResource>>;
