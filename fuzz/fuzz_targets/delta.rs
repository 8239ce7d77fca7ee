//! The delta decoder: instructions from the server run against a file the phone already has.
//!
//! Input: 1 byte of flags (bit 0: the instructions are gzipped), the declared size of the result
//! (4 bytes, little-endian, as the signed list gives it), the length of the base (2 bytes,
//! little-endian), the base, and the instructions. The blob's hash is taken from the input, as the
//! signed list would give it, so every input reaches the decoder. Then a property: the encoder's
//! instructions from the base to any bytes decode to exactly those bytes.

#![no_main]

use haven_sync::delta::encode;
use haven_sync::release::sha256_hex;
use haven_sync::unpack::unpack_delta;
use haven_sync::{Blob, Delta, Encoding, FileEntry};
use libfuzzer_sys::fuzz_target;

fn entry(size: u64, sha256: String) -> FileEntry {
    let blob = Blob { sha256: sha256.clone(), size, encoding: Encoding::Identity };
    FileEntry { path: "en/help-now.ftl".into(), size, sha256, blob, delta: None }
}

fuzz_target!(|data: &[u8]| {
    if data.len() < 7 {
        return;
    }
    let flags = data[0];
    // Bounded like the client's files (`Limits::max_total_bytes` is 64 MiB); 16 MiB keeps each run
    // quick.
    let size = u64::from(u32::from_le_bytes(data[1..5].try_into().unwrap())) % (16 << 20);
    let base_length = usize::from(u16::from_le_bytes([data[5], data[6]]));
    let rest = &data[7..];
    let (base, instructions) = rest.split_at(base_length.min(rest.len()));

    let encoding = if flags & 1 == 1 { Encoding::Gzip } else { Encoding::Identity };
    let blob = Blob {
        sha256: sha256_hex(instructions),
        size: instructions.len() as u64,
        encoding,
    };
    let delta = Delta { base: sha256_hex(base), blob };
    let file = entry(size, sha256_hex(b"the signed file"));
    if let Ok(out) = unpack_delta("fuzz", &file, &delta, instructions, base) {
        assert_eq!(out.bytes.len() as u64, size);
    }

    // Round trip: the instructions bytes as a new version of the base.
    let target = instructions;
    let encoded = encode(base, target);
    let blob = Blob {
        sha256: sha256_hex(&encoded),
        size: encoded.len() as u64,
        encoding: Encoding::Identity,
    };
    let delta = Delta { base: sha256_hex(base), blob };
    let file = entry(target.len() as u64, sha256_hex(target));
    let out = unpack_delta("fuzz", &file, &delta, &encoded, base).expect("an encoded delta applies");
    assert_eq!(out.bytes, target);
});
