//! The publisher's key pairs, in minisign's format:
//!
//! - the **root** pair, `root.key` and `root.pub`: `root.pub` is built into the app; `root.key` signs
//!   the root documents that name the signing keys (see [`crate::root`]), and is kept offline;
//! - the **signing** pair, `haven.key` and `haven.pub`: `haven.key` signs every release manifest, on
//!   the NGO's laptop or in CI; `haven.pub` is listed in the root.
//!
//! A secret key is written readable only by its owner (mode 0600) and encrypted with a password
//! (minisign's scrypt and XOR, readable by `minisign` itself) unless the caller asks for an
//! unencrypted one on purpose. Where the password comes from (a prompt, or `HAVEN_KEY_PASSWORD`) is
//! the command line's business; this module only takes it. Nothing here prints a secret key.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use minisign::{KeyPair, PublicKey, PublicKeyBox, SecretKey, SecretKeyBox};

/// The secret key's file name in the `keygen` folder.
pub const SECRET_KEY_FILE: &str = "haven.key";
/// The public key's file name in the `keygen` folder.
pub const PUBLIC_KEY_FILE: &str = "haven.pub";
/// The root secret key's file name in the `keygen --role root` folder.
pub const ROOT_SECRET_KEY_FILE: &str = "root.key";
/// The root public key's file name in the `keygen --role root` folder.
pub const ROOT_PUBLIC_KEY_FILE: &str = "root.pub";
/// The environment variable holding the secret key's password, if it has one.
pub const PASSWORD_VARIABLE: &str = "HAVEN_KEY_PASSWORD";

/// What a key pair is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyRole {
    /// Signs root documents; kept offline; its public half is built into the app.
    Root,
    /// Signs release manifests; its public half is listed in the root.
    Signing,
}

impl KeyRole {
    /// The secret and public key's file names.
    pub fn file_names(self) -> (&'static str, &'static str) {
        match self {
            KeyRole::Root => (ROOT_SECRET_KEY_FILE, ROOT_PUBLIC_KEY_FILE),
            KeyRole::Signing => (SECRET_KEY_FILE, PUBLIC_KEY_FILE),
        }
    }

    fn comment(self) -> &'static str {
        match self {
            KeyRole::Root => "Haven root key: keep offline, never publish",
            KeyRole::Signing => "Haven pack signing key: keep secret, never publish",
        }
    }
}

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
    #[error("{}: the key is encrypted; set {PASSWORD_VARIABLE} to its password, or run this on a terminal to be asked for it", path.display())]
    PasswordNeeded { path: PathBuf },
    #[error("{}: wrong password for this key", path.display())]
    WrongPassword { path: PathBuf },
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

impl KeyError {
    /// A short, stable name for the kind of error.
    pub fn kind(&self) -> &'static str {
        match self {
            KeyError::AlreadyExists { .. } => "already-exists",
            KeyError::Io { .. } => "io",
            KeyError::Invalid { .. } => "invalid-key",
            KeyError::PasswordNeeded { .. } => "password-needed",
            KeyError::WrongPassword { .. } => "wrong-password",
            KeyError::Generate { .. } => "generate",
        }
    }
}

/// Generates a signing key pair into `dir`: [`generate_pair`] with [`KeyRole::Signing`].
///
/// Fails as [`generate_pair`] does.
pub fn generate(dir: &Path, password: Option<String>) -> Result<GeneratedKeys, KeyError> {
    generate_pair(dir, KeyRole::Signing, password)
}

/// Generates a key pair for `role` into `dir` (created if needed), encrypted when `password` is
/// given.
///
/// Fails when either file already exists, or when the folder or files cannot be written.
pub fn generate_pair(
    dir: &Path,
    role: KeyRole,
    password: Option<String>,
) -> Result<GeneratedKeys, KeyError> {
    let (secret_name, public_name) = role.file_names();
    let secret_path = dir.join(secret_name);
    let public_path = dir.join(public_name);
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
    let secret = pair.sk.to_box(Some(role.comment())).map_err(generate_error)?.into_string();
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

/// Whether the secret key at `path` is encrypted (needs a password).
///
/// Fails when the file cannot be read or is not a minisign secret key.
pub fn is_encrypted(path: &Path) -> Result<bool, KeyError> {
    let text = fs::read_to_string(path)
        .map_err(|source| KeyError::Io { path: path.to_owned(), source })?;
    let invalid =
        |e: minisign::PError| KeyError::Invalid { path: path.to_owned(), reason: e.to_string() };
    let boxed = SecretKeyBox::from_string(&text).map_err(invalid)?;
    match SecretKey::from_unencrypted_box(boxed) {
        Ok(_) => Ok(false),
        // minisign's only way to tell: "Key might be encrypted".
        Err(e) if e.to_string().contains("encrypted") => Ok(true),
        Err(e) => Err(invalid(e)),
    }
}

/// Reads a secret key, decrypting it with `password` when it is encrypted.
///
/// Fails when the file cannot be read, is not a minisign secret key, or is encrypted and no
/// password ([`KeyError::PasswordNeeded`]) or the wrong one ([`KeyError::WrongPassword`]) is given.
pub fn read_secret_key(path: &Path, password: Option<String>) -> Result<SecretKey, KeyError> {
    let text = fs::read_to_string(path)
        .map_err(|source| KeyError::Io { path: path.to_owned(), source })?;
    let invalid =
        |e: minisign::PError| KeyError::Invalid { path: path.to_owned(), reason: e.to_string() };
    let boxed = || SecretKeyBox::from_string(&text).map_err(invalid);
    if !is_encrypted(path)? {
        return SecretKey::from_unencrypted_box(boxed()?).map_err(invalid);
    }
    // Never `None` into minisign: it would prompt on its own.
    let Some(password) = password else {
        return Err(KeyError::PasswordNeeded { path: path.to_owned() });
    };
    SecretKey::from_box(boxed()?, Some(password)).map_err(|e| match e.kind() {
        minisign::ErrorKind::Verify => KeyError::WrongPassword { path: path.to_owned() },
        _ => invalid(e),
    })
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
