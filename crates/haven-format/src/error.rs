//! The ways a content pack can be wrong.
//!
//! Every variant names *where*: the file, and the line or the message id, so that an NGO editor can go
//! straight to the problem. A pack that fails to load never replaces one that works; callers keep what
//! they had and show these errors.

use std::path::PathBuf;

/// A problem found while reading a content pack or its interface strings.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PackError {
    /// A file the pack needs could not be read.
    #[error("{path}: cannot be read: {reason}")]
    Unreadable { path: PathBuf, reason: String },

    /// A required file is not in the pack.
    #[error("{path}: missing; the pack needs this file")]
    MissingFile { path: PathBuf },

    /// A TOML file is not valid TOML, or does not have the fields the pack format requires.
    #[error("{path}:{line}:{column}: {message}")]
    InvalidToml { path: PathBuf, line: usize, column: usize, message: String },

    /// A value in `pack.toml` or `services.toml` breaks a rule of the pack format.
    #[error("{path}: {field}: {message}")]
    InvalidField { path: PathBuf, field: String, message: String },

    /// A Fluent file has a syntax error. The rest of the file is still used.
    #[error("{path}:{line}:{column}: Fluent syntax error: {message}")]
    FluentSyntax { path: PathBuf, line: usize, column: usize, message: String },

    /// A message names a service that `services.toml` does not have, or one without that kind of
    /// contact (for example `CALL` on a service with no phone number).
    #[error("{path}:{line}: message `{message_id}`: {function}(\"{service_id}\"): {reason}")]
    UnknownService {
        path: PathBuf,
        line: usize,
        message_id: String,
        function: String,
        service_id: String,
        reason: String,
    },

    /// A message calls a Fluent function that Haven does not provide.
    #[error("{path}:{line}: message `{message_id}`: unknown function {function}; use CALL, SMS, EMAIL or WEB")]
    UnknownFunction { path: PathBuf, line: usize, message_id: String, function: String },

    /// An article message is not of a shape the renderer understands.
    #[error("{path}:{line}: message `{message_id}`: {reason}")]
    InvalidMessage { path: PathBuf, line: usize, message_id: String, reason: String },

    /// A locale is listed in `pack.toml` but has no folder of files.
    #[error("{path}: locale `{locale}` is listed in pack.toml but has no files")]
    LocaleWithoutFiles { locale: String, path: PathBuf },

    /// A folder of files exists for a locale that `pack.toml` does not list.
    #[error("{path}: folder for locale `{locale}` is not listed in pack.toml and is ignored")]
    UnlistedLocale { locale: String, path: PathBuf },

    /// An article of the reference locale is missing, so it has nothing to fall back to.
    #[error("{path}: the reference locale `{locale}` must have every article")]
    MissingReferenceArticle { locale: String, path: PathBuf },
}

impl PackError {
    /// The file the problem is in.
    pub fn path(&self) -> &std::path::Path {
        match self {
            PackError::Unreadable { path, .. }
            | PackError::MissingFile { path }
            | PackError::InvalidToml { path, .. }
            | PackError::InvalidField { path, .. }
            | PackError::FluentSyntax { path, .. }
            | PackError::UnknownService { path, .. }
            | PackError::UnknownFunction { path, .. }
            | PackError::InvalidMessage { path, .. }
            | PackError::LocaleWithoutFiles { path, .. }
            | PackError::UnlistedLocale { path, .. }
            | PackError::MissingReferenceArticle { path, .. } => path,
        }
    }
}

/// Line and column (both from 1) of a byte offset in a text.
pub fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..floor_char_boundary(text, offset)];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Line starts of a text, for turning many byte offsets into line and column without rescanning the
/// text from the start each time.
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> LineIndex<'a> {
        let starts =
            std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        LineIndex { text, starts }
    }

    /// Line and column (both from 1; the column counts characters) of a byte offset.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(self.text, offset.min(self.text.len()));
        let line = self.starts.partition_point(|start| *start <= offset);
        let start = self.starts[line - 1];
        (line, self.text[start..offset].chars().count() + 1)
    }

    /// Line and column of a slice that borrows from the indexed text, as the names and text in a
    /// Fluent syntax tree do. A slice from elsewhere is placed at the start of the text.
    pub fn position_of(&self, slice: &str) -> (usize, usize) {
        self.position(offset_in(self.text, slice).unwrap_or(0))
    }

    /// Line and column of the character before a borrowed slice: the `$` of a variable's name, the
    /// `-` of a term's, which is where a reader looks for them.
    pub fn position_of_sigil(&self, name: &str) -> (usize, usize) {
        self.position(offset_in(self.text, name).unwrap_or(0).saturating_sub(1))
    }
}

/// Where `slice` starts inside `text`, when it borrows from it.
pub fn offset_in(text: &str, slice: &str) -> Option<usize> {
    let start = text.as_ptr() as usize;
    let at = slice.as_ptr() as usize;
    (at >= start && at + slice.len() <= start + text.len()).then(|| at - start)
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_from_one_and_handle_multibyte_text() {
        let text = "a = 1\nb = ไทย\nc";
        assert_eq!(line_and_column(text, 0), (1, 1));
        assert_eq!(line_and_column(text, 6), (2, 1));
        // Inside the Thai text: columns count characters, not bytes.
        assert_eq!(line_and_column(text, text.find('ย').unwrap()), (2, 7));
    }

    #[test]
    fn the_line_index_agrees_with_line_and_column_and_places_borrowed_slices() {
        let text = "a = 1\nb = ไทย\nc";
        let index = LineIndex::new(text);
        for offset in 0..=text.len() {
            assert_eq!(index.position(offset), line_and_column(text, offset), "offset {offset}");
        }
        assert_eq!(index.position_of(&text[text.find('c').unwrap()..]), (3, 1));
        assert_eq!(index.position_of("elsewhere"), (1, 1));
    }
}
