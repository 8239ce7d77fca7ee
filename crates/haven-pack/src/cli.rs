//! The command line, parsed by clap into plain values; `main.rs` turns them into engine calls.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Check, sign, publish and pull Haven content packs.
#[derive(Debug, Parser)]
#[command(name = "haven-pack", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a pack folder and list every problem, with its file, line and column and how to fix
    /// it. Exits with 1 when there are errors, and 0 when there are only warnings.
    ///
    /// Errors are what readers would get wrong or not at all (a broken message, a number that does
    /// not dial, a translation that drops a service); `build` refuses to sign a pack with errors.
    /// Warnings are worth a look but harmless (a message not yet translated falls back).
    ///
    /// Phone and SMS numbers in services.toml must be in international form ("+45 70 20 25 50"), or
    /// short national numbers of 3 to 6 digits that do not start with 0 ("112", "114", "116 000").
    Lint {
        /// The pack folder (with pack.toml).
        content_dir: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Also check the app's interface strings: LOCALES_DIR/LOCALE/app.ftl against the
        /// pack's reference locale.
        #[arg(long, value_name = "LOCALES_DIR")]
        interface: Option<PathBuf>,
    },
    /// Show how far each locale is translated: messages and words against the reference locale,
    /// missing and obsolete messages, problems, and the review status.
    Status {
        /// The pack folder (with pack.toml).
        content_dir: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// Start a new translation: CONTENT_DIR/LOCALE/ with every reference text as a comment to
    /// translate from, and the locale added to pack.toml as not translated. Until a message is
    /// translated, readers see the reference text.
    NewLocale {
        /// The pack folder (with pack.toml).
        content_dir: PathBuf,
        /// A BCP 47 language tag, such as `de`, `pt-BR` or `sr-Latn`.
        locale: String,
        /// The language's name in the language itself, such as `Deutsch`.
        #[arg(long)]
        endonym: String,
        /// The writing direction.
        #[arg(long, value_enum, default_value_t = TextDirection::Ltr)]
        dir: TextDirection,
    },
    /// Record that LOCALE's translation is up to date with the reference text of today: writes
    /// CONTENT_DIR/LOCALE/translated-from.toml. Run it after a translator has checked the locale;
    /// when a reference text changes later, `lint` warns that its translation is outdated.
    MarkTranslated {
        /// The pack folder (with pack.toml).
        content_dir: PathBuf,
        /// The translated locale, such as `da`.
        #[arg(long)]
        locale: String,
    },
    /// Make a signing key pair: DIR/haven.key (secret, mode 0600) and DIR/haven.pub (for the app).
    ///
    /// The secret key is encrypted with $HAVEN_KEY_PASSWORD when it is set, and unencrypted
    /// otherwise. Existing keys are never overwritten.
    Keygen {
        #[arg(long)]
        out: PathBuf,
    },
    /// Lint and sign a pack, and write it as a static site to PUBLIC_DIR. A pack with lint errors
    /// is refused; warnings are shown.
    Build {
        /// The pack folder (with pack.toml).
        content_dir: PathBuf,
        /// The secret key from `keygen` ($HAVEN_KEY_PASSWORD decrypts an encrypted one).
        #[arg(long)]
        key: PathBuf,
        /// The public folder to write (kept blobs of earlier versions stay).
        #[arg(long)]
        out: PathBuf,
        /// After this many days phones refuse this signature: re-sign (build again) before then.
        #[arg(long, default_value_t = 90)]
        expires_in_days: u64,
        /// Refuse unless pack.toml's version is above the version already published in PUBLIC_DIR.
        #[arg(long)]
        version_check: bool,
    },
    /// Serve a public folder over HTTP (ETag, 304, caching headers, gzip).
    Serve {
        public_dir: PathBuf,
        /// Port 0 picks a free port; the address is printed either way.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: SocketAddr,
    },
    /// Sync a store from a published pack with exactly the app's code, and say what happened.
    Pull {
        /// The address of the public folder (https, or http on loopback).
        url: String,
        /// A public key to trust: a .pub file, or its base64 key line. Can be repeated.
        #[arg(long = "trusted-key", required = true)]
        trusted_keys: Vec<String>,
        /// The store folder.
        #[arg(long)]
        store: PathBuf,
        /// Only accept this pack id (default: the id of the pack already in the store, if any).
        #[arg(long)]
        pack_id: Option<String>,
        /// Refuse versions below this one (the app passes its embedded pack's version).
        #[arg(long, default_value_t = 0)]
        min_version: u64,
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TextDirection {
    Ltr,
    Rtl,
}
