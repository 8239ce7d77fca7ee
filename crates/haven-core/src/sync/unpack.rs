//! Turning a downloaded blob into verified files: check the blob's own size and hash first, then
//! decompress with the output bounded by the sizes the manifest declares, and check every file's hash.
//! Only then does a file reach the store's cache.

use std::io::Read;

use flate2::read::GzDecoder;

use super::error::SyncError;
use super::manifest::{sha256_hex, Blob, Encoding, FileEntry};

/// A file taken out of a blob, its hash checked against the signed manifest.
#[derive(Debug)]
pub(crate) struct VerifiedFile {
    pub sha256: String,
    pub bytes: Vec<u8>,
}

/// Checks `bytes` against `blob` and splits its decoded content into `files`, in order.
///
/// Fails when the blob's hash is not the manifest's, when it is not valid gzip, when it decodes to
/// more or fewer bytes than the files' sizes add up to, or when a file's hash is not the manifest's.
pub(crate) fn unpack(
    url: &str,
    blob: &Blob,
    bytes: &[u8],
    files: &[FileEntry],
) -> Result<Vec<VerifiedFile>, SyncError> {
    let actual = sha256_hex(bytes);
    if bytes.len() as u64 != blob.size || actual != blob.sha256 {
        return Err(SyncError::HashMismatch {
            url: url.to_owned(),
            path: blob.address.clone(),
            expected: blob.sha256.clone(),
            actual,
        });
    }
    let expected: u64 = files.iter().map(|f| f.size).sum();
    let decompress_error =
        |e: std::io::Error| SyncError::Decompress { url: url.to_owned(), reason: e.to_string() };
    let mut reader: Box<dyn Read + '_> = match blob.encoding {
        Encoding::Identity => Box::new(bytes),
        Encoding::Gzip => Box::new(GzDecoder::new(bytes)),
    };
    let mut verified = Vec::with_capacity(files.len());
    for file in files {
        // The size comes from the signed manifest and was checked against the limits.
        let mut content = Vec::new();
        let read =
            (&mut reader).take(file.size).read_to_end(&mut content).map_err(decompress_error)?;
        if read as u64 != file.size {
            return Err(SyncError::DecompressedSize { url: url.to_owned(), expected });
        }
        let actual = sha256_hex(&content);
        if actual != file.sha256 {
            return Err(SyncError::HashMismatch {
                url: url.to_owned(),
                path: file.path.clone(),
                expected: file.sha256.clone(),
                actual,
            });
        }
        verified.push(VerifiedFile { sha256: actual, bytes: content });
    }
    // Reading on also checks gzip's own trailer; any further byte is more than declared.
    let mut extra = [0u8; 1];
    if reader.read(&mut extra).map_err(decompress_error)? != 0 {
        return Err(SyncError::DecompressedSize { url: url.to_owned(), expected });
    }
    Ok(verified)
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
        let blob = Blob {
            address: String::new(),
            encoding: Encoding::Identity,
            size: 0,
            sha256: String::new(),
        };
        FileEntry {
            path: path.into(),
            size: content.len() as u64,
            sha256: sha256_hex(content),
            blob,
        }
    }

    fn blob_of(bytes: &[u8]) -> Blob {
        Blob {
            address: String::new(),
            encoding: Encoding::Gzip,
            size: bytes.len() as u64,
            sha256: sha256_hex(bytes),
        }
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
}
