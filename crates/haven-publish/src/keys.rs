//! The publisher's signing key pair: `haven.key` (secret) and `haven.pub` (built into the app).
//!
//! The secret key is written in minisign's format, readable only by its owner (mode 0600). It is
//! encrypted with the password in the environment variable `HAVEN_KEY_PASSWORD` when that is set at
//! `keygen`, and unencrypted otherwise, so that a CI job can sign without a prompt; keep an unencrypted
//! key off shared machines. `build` reads the same variable to decrypt an encrypted key. The tool never
//! prompts and never prints a secret key.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use minisign::{KeyPair, PublicKey, PublicKeyBox, SecretKey, SecretKeyBox};

/// The secret key's file name in the `keygen` folder.
pub const SECRET_KEY_FILE: &str = "haven.key";
/// The public key's file name in the `keygen` folder.
pub const PUBLIC_KEY_FILE: &str = "haven.pub";
/// The environment variable holding the secret key's password, if it has one.
pub const PASSWORD_VARIABLE: &str = "HAVEN_KEY_PASSWORD";

/// Why a key could not be made or read.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("{}: already exists; keys are never overwritten (move the old ones away first)", path.display())]
    AlreadyExists { path: PathBuf },
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: not a usable minisign key: {reason}", path.display())]
    Invalid { path: PathBuf, reason: String },
    #[error("{}: the key is encrypted; set {PASSWORD_VARIABLE} to its password", path.display())]
    PasswordNeeded { path: PathBuf },
    #[error("could not generate a key: {reason}")]
    Generate { reason: String },
}

/// The files `keygen` wrote.
#[derive(Debug, Clone)]
pub struct GeneratedKeys {
    pub secret_key: PathBuf,
    pub public_key: PathBuf,
    /// The base64 key line of the public key, to build into the app.
    pub public_key_line: String,
    pub is_encrypted: bool,
}

/// Generates a key pair into `dir` (created if needed), encrypted when `password` is given.
///
/// Fails when either file already exists, or when the folder or files cannot be written.
pub fn generate(dir: &Path, password: Option<String>) -> Result<GeneratedKeys, KeyError> {
    let secret_path = dir.join(SECRET_KEY_FILE);
    let public_path = dir.join(PUBLIC_KEY_FILE);
    for path in [&secret_path, &public_path] {
        if path.exists() {
            return Err(KeyError::AlreadyExists { path: path.clone() });
        }
    }
    fs::create_dir_all(dir).map_err(|source| KeyError::Io { path: dir.to_owned(), source })?;
    let is_encrypted = password.is_some();
    let generate_error = |e: minisign::PError| KeyError::Generate { reason: e.to_string() };
    let pair = match password {
        Some(password) => KeyPair::generate_encrypted_keypair(Some(password)),
        None => KeyPair::generate_unencrypted_keypair(),
    }
    .map_err(generate_error)?;
    let secret = pair
        .sk
        .to_box(Some("Haven pack signing key: keep secret, never publish"))
        .map_err(generate_error)?
        .into_string();
    let public_box = pair.pk.to_box().map_err(generate_error)?.into_string();
    write_new(&secret_path, secret.as_bytes(), true)?;
    write_new(&public_path, public_box.as_bytes(), false)?;
    Ok(GeneratedKeys {
        secret_key: secret_path,
        public_key: public_path,
        public_key_line: pair.pk.to_base64(),
        is_encrypted,
    })
}

/// Reads a secret key, decrypting it with `password` when it is encrypted.
///
/// Fails when the file cannot be read, is not a minisign secret key, or is encrypted and no (or the
/// wrong) password is given.
pub fn read_secret_key(path: &Path, password: Option<String>) -> Result<SecretKey, KeyError> {
    let text = fs::read_to_string(path)
        .map_err(|source| KeyError::Io { path: path.to_owned(), source })?;
    let invalid =
        |e: minisign::PError| KeyError::Invalid { path: path.to_owned(), reason: e.to_string() };
    let boxed = || SecretKeyBox::from_string(&text).map_err(invalid);
    match SecretKey::from_unencrypted_box(boxed()?) {
        Ok(key) => Ok(key),
        Err(_) => match password {
            Some(password) => SecretKey::from_box(boxed()?, Some(password)).map_err(invalid),
            None => Err(KeyError::PasswordNeeded { path: path.to_owned() }),
        },
    }
}

/// The public key of a secret key, as the text of a `.pub` file.
///
/// Fails only when the key is malformed.
pub fn public_key_text(secret: &SecretKey) -> Result<String, KeyError> {
    let invalid = |e: minisign::PError| KeyError::Generate { reason: e.to_string() };
    let public: PublicKey = PublicKey::from_secret_key(secret).map_err(invalid)?;
    let boxed: PublicKeyBox = public.to_box().map_err(invalid)?;
    Ok(boxed.into_string())
}

fn write_new(path: &Path, bytes: &[u8], is_secret: bool) -> Result<(), KeyError> {
    let io = |source| KeyError::Io { path: path.to_owned(), source };
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    if is_secret {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    #[cfg(not(unix))]
    let _ = is_secret;
    let mut file: File = options.open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            KeyError::AlreadyExists { path: path.to_owned() }
        } else {
            io(e)
        }
    })?;
    file.write_all(bytes).map_err(io)?;
    file.sync_all().map_err(io)
}
