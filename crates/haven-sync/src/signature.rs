//! Checking the manifest's minisign signature against the keys built into the app.
//!
//! Minisign is the format Tauri's updater uses: Ed25519 over a BLAKE2b hash of the file, plus a signed
//! "trusted comment". Only the prehashed form that `minisign` (and `haven-pack`) writes is accepted.

use minisign_verify::{PublicKey, Signature};

/// A public key the app trusts to sign packs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrustedKey {
    key: PublicKey,
    text: String,
}

/// Why a signature was not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    /// A key given to the app or the tool is not a minisign public key.
    #[error("`{key}` is not a minisign public key")]
    InvalidPublicKey { key: String },
    /// The signature file is not a minisign signature (or uses the legacy, non-prehashed form).
    #[error("the signature is not a minisign signature: {reason}")]
    Malformed { reason: String },
    /// The signature was made by a key the app does not trust.
    #[error("signed by a key that is not trusted")]
    UntrustedKey,
    /// The signature names a trusted key but does not match the manifest: it was changed after
    /// signing.
    #[error("the signature does not match the manifest")]
    Invalid,
    /// No trusted keys were configured, so nothing can be accepted.
    #[error("no trusted keys are configured")]
    NoTrustedKeys,
}

impl TrustedKey {
    /// Reads a public key: either the contents of a `.pub` file as `minisign` and `haven-pack keygen`
    /// write it (an untrusted comment line, then the key), or the bare base64 key line.
    ///
    /// Fails when the text holds no minisign Ed25519 public key.
    pub fn parse(text: &str) -> Result<TrustedKey, SignatureError> {
        let line = text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with("untrusted comment:"))
            .unwrap_or("");
        let key = PublicKey::from_base64(line)
            .map_err(|_| SignatureError::InvalidPublicKey { key: line.to_owned() })?;
        Ok(TrustedKey { key, text: line.to_owned() })
    }

    /// The base64 key line, as it appears in the `.pub` file.
    pub fn as_base64(&self) -> &str {
        &self.text
    }
}

/// Checks that `signature` (the text of a `.minisig` file) was made over exactly `signed` by one of
/// `trusted`.
///
/// Fails when the signature is malformed, made by none of the trusted keys, or does not match the
/// bytes.
pub fn verify(
    signed: &[u8],
    signature: &[u8],
    trusted: &[TrustedKey],
) -> Result<(), SignatureError> {
    if trusted.is_empty() {
        return Err(SignatureError::NoTrustedKeys);
    }
    let text = std::str::from_utf8(signature)
        .map_err(|_| SignatureError::Malformed { reason: "not UTF-8 text".into() })?;
    let signature =
        Signature::decode(text).map_err(|e| SignatureError::Malformed { reason: e.to_string() })?;
    let mut error = SignatureError::UntrustedKey;
    for key in trusted {
        match key.key.verify(signed, &signature, false) {
            Ok(()) => return Ok(()),
            Err(minisign_verify::Error::UnexpectedKeyId) => {}
            Err(minisign_verify::Error::UnexpectedAlgorithm) => {
                error = SignatureError::Malformed {
                    reason: "legacy (non-prehashed) signatures are not accepted".into(),
                }
            }
            Err(_) => error = SignatureError::Invalid,
        }
    }
    Err(error)
}

/// The most signatures one signature file may hold (a root signed by several root keys).
pub const MAX_SIGNATURES: usize = 16;

/// Counts the keys of `keys` that made a valid signature over exactly `signed`, among the
/// signatures in `signatures`: the text of one or more minisign signatures, one after the other
/// (4 lines each), as a root signed by several root keys has them. Each key counts once, however
/// many times it signed.
///
/// Fails when the text is not a sequence of minisign signatures in the prehashed form, or holds
/// more than [`MAX_SIGNATURES`].
pub fn count_signers(
    signed: &[u8],
    signatures: &[u8],
    keys: &[TrustedKey],
) -> Result<usize, SignatureError> {
    let text = std::str::from_utf8(signatures)
        .map_err(|_| SignatureError::Malformed { reason: "not UTF-8 text".into() })?;
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    if lines.is_empty() || !lines.len().is_multiple_of(4) {
        return Err(SignatureError::Malformed {
            reason: "not a sequence of minisign signatures of 4 lines each".into(),
        });
    }
    if lines.len() / 4 > MAX_SIGNATURES {
        return Err(SignatureError::Malformed {
            reason: format!("more than {MAX_SIGNATURES} signatures"),
        });
    }
    let mut signed_by = vec![false; keys.len()];
    for block in lines.chunks(4) {
        let signature = Signature::decode(&block.join("\n"))
            .map_err(|e| SignatureError::Malformed { reason: e.to_string() })?;
        for (key, seen) in keys.iter().zip(signed_by.iter_mut()) {
            if !*seen && key.key.verify(signed, &signature, false).is_ok() {
                *seen = true;
            }
        }
    }
    Ok(signed_by.into_iter().filter(|&s| s).count())
}
