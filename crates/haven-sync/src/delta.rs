//! Deltas: a changed file sent as what changed, against the version of it a phone already has.
//!
//! Changing one sentence of an article, or the version line of `pack.toml`, then costs tens of bytes
//! instead of the whole compressed file. A delta is a list of instructions, each starting with an
//! unsigned LEB128 number `n << 1 | kind` (`n` at least 1):
//!
//! - kind 0, insert: the next `n` bytes are output as they are;
//! - kind 1, copy: another LEB128 number follows, an offset into the base; the `n` bytes of the base
//!   from there are output.
//!
//! The client knows the size the output must have from the signed list and stops at it, refuses a copy
//! outside the base, and checks the output's SHA-256 like any other file: a delta can only ever produce
//! the signed bytes.

use std::collections::HashMap;
use std::io::Read;

/// The length of the runs the encoder looks up in the base.
const BLOCK: usize = 16;

/// Instructions that turn `base` into `target`. Deterministic: the same files give the same bytes.
pub fn encode(base: &[u8], target: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut index: HashMap<&[u8], usize> = HashMap::new();
    if base.len() >= BLOCK {
        for start in 0..=base.len() - BLOCK {
            index.entry(&base[start..start + BLOCK]).or_insert(start);
        }
    }
    let mut literal_start = 0;
    let mut next_copy = 0; // where the last copy ended in the base: edits rarely move text
    let mut i = 0;
    while i + BLOCK <= target.len() {
        let window = &target[i..i + BLOCK];
        let found = if base.get(next_copy..next_copy + BLOCK) == Some(window) {
            Some(next_copy)
        } else {
            index.get(window).copied()
        };
        let Some(mut from) = found else {
            i += 1;
            continue;
        };
        let mut start = i;
        while start > literal_start && from > 0 && base[from - 1] == target[start - 1] {
            start -= 1;
            from -= 1;
        }
        let mut length = i + BLOCK - start;
        while from + length < base.len()
            && start + length < target.len()
            && base[from + length] == target[start + length]
        {
            length += 1;
        }
        insert(&mut out, &target[literal_start..start]);
        push_number(&mut out, ((length as u64) << 1) | 1);
        push_number(&mut out, from as u64);
        i = start + length;
        literal_start = i;
        next_copy = from + length;
    }
    insert(&mut out, &target[literal_start..]);
    out
}

fn insert(out: &mut Vec<u8>, bytes: &[u8]) {
    if !bytes.is_empty() {
        push_number(out, (bytes.len() as u64) << 1);
        out.extend_from_slice(bytes);
    }
}

fn push_number(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push((value as u8 & 0x7f) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// Why instructions could not be applied.
#[derive(Debug, thiserror::Error)]
pub(crate) enum DeltaError {
    #[error("the output would be longer than the {size} bytes declared")]
    TooLong { size: u64 },
    #[error("the output is {actual} bytes, not the {size} declared")]
    TooShort { size: u64, actual: u64 },
    #[error("malformed instructions: {0}")]
    Malformed(&'static str),
    #[error("{0}")]
    Read(#[from] std::io::Error),
}

/// Runs the instructions read from `instructions` against `base`, producing exactly `size` bytes.
///
/// Fails when the instructions are malformed or end in the middle of one, copy from outside `base`,
/// or produce more or fewer than `size` bytes; reading stops as soon as the output would pass `size`.
pub(crate) fn apply(
    mut instructions: impl Read,
    base: &[u8],
    size: u64,
) -> Result<Vec<u8>, DeltaError> {
    let mut out = Vec::with_capacity(usize::try_from(size.min(1 << 20)).unwrap_or(0));
    while let Some(word) = read_number(&mut instructions, true)? {
        let length = word >> 1;
        if length == 0 {
            return Err(DeltaError::Malformed("an instruction of no bytes"));
        }
        if (out.len() as u64).saturating_add(length) > size {
            return Err(DeltaError::TooLong { size });
        }
        if word & 1 == 0 {
            let before = out.len();
            (&mut instructions).take(length).read_to_end(&mut out)?;
            if (out.len() - before) as u64 != length {
                return Err(DeltaError::Malformed("ends in the middle of an insert"));
            }
        } else {
            let from = read_number(&mut instructions, false)?
                .ok_or(DeltaError::Malformed("a copy without an offset"))?;
            let range = usize::try_from(from)
                .ok()
                .zip(usize::try_from(length).ok())
                .and_then(|(from, length)| Some(from..from.checked_add(length)?))
                .filter(|range| range.end <= base.len())
                .ok_or(DeltaError::Malformed("a copy from outside the base"))?;
            out.extend_from_slice(&base[range]);
        }
    }
    if out.len() as u64 != size {
        return Err(DeltaError::TooShort { size, actual: out.len() as u64 });
    }
    Ok(out)
}

/// Reads one LEB128 number; `None` at the end of the input when `end_allowed`.
fn read_number(reader: &mut impl Read, end_allowed: bool) -> Result<Option<u64>, DeltaError> {
    let mut value: u64 = 0;
    for shift in (0..64).step_by(7) {
        let mut byte = [0u8; 1];
        if reader.read(&mut byte)? == 0 {
            if shift == 0 && end_allowed {
                return Ok(None);
            }
            return Err(DeltaError::Malformed("ends in the middle of a number"));
        }
        let bits = u64::from(byte[0] & 0x7f);
        if shift == 63 && bits > 1 {
            return Err(DeltaError::Malformed("a number too large"));
        }
        value |= bits << shift;
        if byte[0] & 0x80 == 0 {
            return Ok(Some(value));
        }
    }
    Err(DeltaError::Malformed("a number too large"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(base: &[u8], target: &[u8]) -> usize {
        let delta = encode(base, target);
        assert_eq!(apply(&delta[..], base, target.len() as u64).unwrap(), target);
        delta.len()
    }

    #[test]
    fn a_small_edit_costs_a_few_bytes() {
        let base: Vec<u8> =
            (0..4000).map(|i| b"abcdefghijklmnopqrstuvwxyz \n"[i * 7 % 28]).collect();
        let base = [b"id = \"dk.haven\"\nversion = 2\n".as_slice(), &base].concat();
        let target =
            String::from_utf8(base.clone()).unwrap().replacen("version = 2", "version = 3", 1);
        assert!(round_trip(&base, target.as_bytes()) < 40);
        let mut moved = base[2000..].to_vec();
        moved.extend_from_slice(b"a new line\n");
        moved.extend_from_slice(&base[..2000]);
        assert!(round_trip(&base, &moved) < 60);
    }

    #[test]
    fn any_pair_round_trips() {
        for (base, target) in [
            (&b""[..], &b""[..]),
            (b"", b"hello"),
            (b"hello", b""),
            (b"short", b"short"),
            (b"0123456789abcdef0123456789abcdef", b"xx0123456789abcdef0123456789abcdefxx"),
            (b"0123456789abcdef", b"0123456789abcdef0123456789abcdef0123456789abcdef"),
        ] {
            round_trip(base, target);
        }
    }

    #[test]
    fn the_output_is_bounded_and_copies_stay_inside_the_base() {
        let delta = encode(b"0123456789abcdef-and-more", b"0123456789abcdef-and-more");
        assert!(matches!(
            apply(&delta[..], b"0123456789abcdef-and-more", 10),
            Err(DeltaError::TooLong { .. })
        ));
        assert!(matches!(
            apply(&delta[..], b"0123456789abcdef-and-more", 100),
            Err(DeltaError::TooShort { .. })
        ));
        assert!(matches!(apply(&delta[..], b"0123", 25), Err(DeltaError::Malformed(_))));
        // A copy of 2^62 bytes from offset 2^63: refused before anything is allocated.
        let mut huge = Vec::new();
        push_number(&mut huge, (1 << 63) | 1);
        push_number(&mut huge, 1 << 63);
        assert!(apply(&huge[..], b"abc", u64::MAX).is_err());
        assert!(matches!(apply(&[0x80, 0x80][..], b"", 5), Err(DeltaError::Malformed(_))));
        assert!(matches!(apply(&[0x00][..], b"", 5), Err(DeltaError::Malformed(_))));
        assert!(matches!(apply(&[10, b'a'][..], b"", 5), Err(DeltaError::Malformed(_))));
    }
}
