//! Turning a downloaded blob into verified files: check the blob's own size and hash first, then
//! decompress with the output bounded by the sizes the signed list declares, and check every file's
//! hash. Only then does a file reach the store's cache. File lists and deltas go the same way.

use std::io::Read;

use flate2::read::GzDecoder;

use crate::delta::{self, DeltaError};
use crate::error::SyncError;
use crate::release::{sha256_hex, Blob, Delta, Encoding, FileEntry, FileList, GroupRef};

/// A file taken out of a blob, its hash checked against the signed list.
#[derive(Debug)]
pub struct VerifiedFile {
    pub sha256: String,
    pub bytes: Vec<u8>,
}

/// Checks that `bytes` are the blob the signed manifest or list describes.
///
/// Fails when the size or the hash differs.
pub(crate) fn check_blob(url: &str, blob: &Blob, bytes: &[u8]) -> Result<(), SyncError> {
    let actual = sha256_hex(bytes);
    if bytes.len() as u64 != blob.size || actual != blob.sha256 {
        return Err(SyncError::HashMismatch {
            url: url.to_owned(),
            path: blob.address(),
            expected: blob.sha256.clone(),
            actual,
        });
    }
    Ok(())
}

fn decoder<'a>(blob: &Blob, bytes: &'a [u8]) -> Box<dyn Read + 'a> {
    match blob.encoding {
        Encoding::Identity => Box::new(bytes),
        Encoding::Gzip => Box::new(GzDecoder::new(bytes)),
    }
}

fn decompress_error(url: &str) -> impl Fn(std::io::Error) -> SyncError + '_ {
    move |e| SyncError::Decompress { url: url.to_owned(), reason: e.to_string() }
}

/// Checks `bytes` against `blob` and splits its decoded content into `files`, in order.
///
/// Fails when the blob's hash is not the list's, when it is not valid gzip, when it decodes to
/// more or fewer bytes than the files' sizes add up to, or when a file's hash is not the list's.
pub fn unpack(
    url: &str,
    blob: &Blob,
    bytes: &[u8],
    files: &[FileEntry],
) -> Result<Vec<VerifiedFile>, SyncError> {
    check_blob(url, blob, bytes)?;
    let expected: u64 = files.iter().map(|f| f.size).sum();
    let mut reader = decoder(blob, bytes);
    let mut verified = Vec::with_capacity(files.len());
    for file in files {
        // The size comes from the signed list and was checked against the limits.
        let mut content = Vec::new();
        let read = (&mut reader)
            .take(file.size)
            .read_to_end(&mut content)
            .map_err(decompress_error(url))?;
        if read as u64 != file.size {
            return Err(SyncError::DecompressedSize { url: url.to_owned(), expected });
        }
        verified.push(verified_file(url, file, content)?);
    }
    // Reading on also checks gzip's own trailer; any further byte is more than declared.
    let mut extra = [0u8; 1];
    if reader.read(&mut extra).map_err(decompress_error(url))? != 0 {
        return Err(SyncError::DecompressedSize { url: url.to_owned(), expected });
    }
    Ok(verified)
}

fn verified_file(url: &str, file: &FileEntry, bytes: Vec<u8>) -> Result<VerifiedFile, SyncError> {
    let actual = sha256_hex(&bytes);
    if actual != file.sha256 || bytes.len() as u64 != file.size {
        return Err(SyncError::HashMismatch {
            url: url.to_owned(),
            path: file.path.clone(),
            expected: file.sha256.clone(),
            actual,
        });
    }
    Ok(VerifiedFile { sha256: actual, bytes })
}

/// Checks a downloaded delta against the list, runs it against `base` (a verified older file) and
/// checks the result against the file's own size and hash.
///
/// Fails when the delta's hash is not the list's, it cannot be decompressed, its instructions are
/// malformed or produce more or fewer bytes than declared, or the result is not the signed file.
///
/// Public only for the fuzzer (`fuzz/`, target `delta`): the sync client is its one real caller.
#[doc(hidden)]
pub fn unpack_delta(
    url: &str,
    file: &FileEntry,
    delta: &Delta,
    bytes: &[u8],
    base: &[u8],
) -> Result<VerifiedFile, SyncError> {
    check_blob(url, &delta.blob, bytes)?;
    let mut reader = decoder(&delta.blob, bytes);
    let content = delta::apply(&mut reader, base, file.size).map_err(|e| match e {
        DeltaError::TooLong { size } | DeltaError::TooShort { size, .. } => {
            SyncError::DecompressedSize { url: url.to_owned(), expected: size }
        }
        DeltaError::Read(e) => decompress_error(url)(e),
        DeltaError::Malformed(reason) => {
            SyncError::Delta { url: url.to_owned(), reason: reason.to_owned() }
        }
    })?;
    verified_file(url, file, content)
}

/// Checks a group's list as served against the signed root, decompresses it (at most `limit` bytes)
/// and reads it.
///
/// Fails when the list's hash is not the root's, it cannot be decompressed or is larger than `limit`,
/// or it is not a file list of that group.
pub fn unpack_list(
    url: &str,
    group: &GroupRef,
    bytes: &[u8],
    limit: u64,
) -> Result<Vec<FileEntry>, SyncError> {
    let blob = group.blob();
    check_blob(url, &blob, bytes)?;
    let mut json = Vec::new();
    decoder(&blob, bytes)
        .take(limit.saturating_add(1))
        .read_to_end(&mut json)
        .map_err(decompress_error(url))?;
    if json.len() as u64 > limit {
        return Err(SyncError::DecompressedSize { url: url.to_owned(), expected: limit });
    }
    FileList::from_json(&group.name, &json)
        .map(|list| list.files)
        .map_err(|source| SyncError::Manifest { url: url.to_owned(), source })
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use flate2::write::GzEncoder;
    use flate2::Compression;

    use super::*;

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
        encoder.write_all(bytes).unwrap();
        encoder.finish().unwrap()
    }

    fn file(path: &str, content: &[u8]) -> FileEntry {
        let blob = Blob { sha256: String::new(), size: 0, encoding: Encoding::Identity };
        FileEntry {
            path: path.into(),
            size: content.len() as u64,
            sha256: sha256_hex(content),
            blob,
            delta: None,
        }
    }

    fn blob_of(bytes: &[u8]) -> Blob {
        Blob { sha256: sha256_hex(bytes), size: bytes.len() as u64, encoding: Encoding::Gzip }
    }

    #[test]
    fn a_bundle_splits_into_its_files() {
        let compressed = gzip(b"helloworld");
        let files = [file("a", b"hello"), file("b", b""), file("c", b"world")];
        let out = unpack("u", &blob_of(&compressed), &compressed, &files).unwrap();
        assert_eq!(
            out.iter().map(|f| f.bytes.as_slice()).collect::<Vec<_>>(),
            [&b"hello"[..], b"", b"world"]
        );
    }

    #[test]
    fn a_bomb_is_cut_off_at_the_declared_size() {
        let compressed = gzip(&vec![b'a'; 10 << 20]);
        let files = [file("a", b"aaaa")];
        assert!(matches!(
            unpack("u", &blob_of(&compressed), &compressed, &files),
            Err(SyncError::DecompressedSize { .. })
        ));
    }

    #[test]
    fn a_blob_that_is_not_the_signed_one_is_refused_before_decompressing() {
        let compressed = gzip(b"hello");
        let mut blob = blob_of(&compressed);
        blob.sha256 = sha256_hex(b"other");
        assert!(matches!(
            unpack("u", &blob, &compressed, &[file("a", b"hello")]),
            Err(SyncError::HashMismatch { .. })
        ));
    }

    #[test]
    fn a_delta_gives_the_signed_file_or_nothing() {
        let base = b"title = Get help now\nsummary = Call 112 in an emergency.\n".repeat(4);
        let target = [&base[..], b"extra = line\n"].concat();
        let instructions = delta::encode(&base, &target);
        let served = gzip(&instructions);
        let mut file = file("en/a.ftl", &target);
        let delta = Delta { base: sha256_hex(&base), blob: blob_of(&served) };
        let out = unpack_delta("u", &file, &delta, &served, &base).unwrap();
        assert_eq!(out.bytes, target);
        // The right instructions against another base: not the signed file.
        let other = base.iter().map(|b| b.to_ascii_uppercase()).collect::<Vec<_>>();
        assert!(matches!(
            unpack_delta("u", &file, &delta, &served, &other),
            Err(SyncError::HashMismatch { .. })
        ));
        file.size -= 1;
        assert!(matches!(
            unpack_delta("u", &file, &delta, &served, &base),
            Err(SyncError::DecompressedSize { .. })
        ));
    }

    #[test]
    fn a_list_is_checked_before_it_is_read_and_read_with_a_bound() {
        let list = FileList { files: vec![file("en/a.ftl", b"x")] };
        let served = gzip(&list.to_json());
        let group = GroupRef {
            name: "en".into(),
            sha256: sha256_hex(&served),
            size: served.len() as u64,
            optional: false,
            bytes: None,
        };
        assert_eq!(unpack_list("u", &group, &served, 1 << 20).unwrap(), list.files);
        assert!(matches!(
            unpack_list("u", &group, &served, 10),
            Err(SyncError::DecompressedSize { .. })
        ));
        let other = GroupRef { name: "da".into(), ..group.clone() };
        assert!(matches!(
            unpack_list("u", &other, &served, 1 << 20),
            Err(SyncError::Manifest { .. })
        ));
        let wrong = GroupRef { sha256: sha256_hex(b"x"), ..group };
        assert!(matches!(
            unpack_list("u", &wrong, &served, 1 << 20),
            Err(SyncError::HashMismatch { .. })
        ));
    }
}
