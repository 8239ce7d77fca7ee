//! Positions in a file: line and column (both from 1, columns counting characters, as editors do)
//! of a byte offset, and of a slice that borrows from the text, as Fluent's syntax tree does.

use std::cell::OnceCell;

/// Line and column (both from 1) of a byte offset in a text.
pub fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..floor_char_boundary(text, offset)];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Line starts of a text, for turning many byte offsets into line and column without rescanning the
/// text from the start each time. The starts are found on the first question: a file with no
/// problems is never asked, and the app loads many of those.
pub struct LineIndex<'a> {
    text: &'a str,
    starts: OnceCell<Vec<usize>>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> LineIndex<'a> {
        LineIndex { text, starts: OnceCell::new() }
    }

    /// Line and column (both from 1; the column counts characters) of a byte offset.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(self.text, offset.min(self.text.len()));
        let starts = self.starts.get_or_init(|| {
            let mut starts = vec![0];
            starts.extend(self.text.match_indices('\n').map(|(i, _)| i + 1));
            starts
        });
        let line = starts.partition_point(|start| *start <= offset);
        let start = starts[line - 1];
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
