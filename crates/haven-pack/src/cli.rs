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
    /// Make the synthetic audio of a pack with espeak-ng and lame: for each locale, a clip of every
    /// section, title and summary, self-check question and the emergency action, in
    /// OUT/LOCALE/ with its voice.toml. Recordings (source = "recorded") are kept, and so are
    /// clips of unchanged text. A locale no voice speaks gets `no_voice` in its voice.toml, never
    /// another language's voice.
    Voice {
        /// The pack folder (with pack.toml).
        content_dir: PathBuf,
        /// Only this locale (an error if no voice speaks it).
        #[arg(long)]
        locale: Option<String>,
        /// Where to write LOCALE/ folders (default: CONTENT_DIR/audio).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Only the clips the app embeds: the emergency action and the summary of help-now.
        #[arg(long)]
        only_embedded: bool,
        /// The app's interface strings, LOCALES_DIR/LOCALE/app.ftl, for the emergency action
        /// (default: those this haven-pack was built with).
        #[arg(long, value_name = "LOCALES_DIR")]
        interface: Option<PathBuf>,
    },
    /// Make a key pair. `--role signing` (the default): DIR/haven.key (secret, mode 0600), which
    /// signs packs, and DIR/haven.pub, which the root names. `--role root`: DIR/root.key, kept
    /// offline, which signs the root, and DIR/root.pub, built into the app.
    ///
    /// The secret key is encrypted with a password: asked for on the terminal, or taken from
    /// $HAVEN_KEY_PASSWORD. With no terminal and no $HAVEN_KEY_PASSWORD it fails, unless
    /// --unencrypted asks on purpose for a key anyone who copies the file can use. Existing keys
    /// are never overwritten.
    Keygen {
        #[arg(long)]
        out: PathBuf,
        #[arg(long, value_enum, default_value_t = KeyRole::Signing)]
        role: KeyRole,
        /// Write the secret key unencrypted (for CI with a secret store; never on a laptop).
        #[arg(long)]
        unencrypted: bool,
    },
    /// Write the next root version into PUBLIC_DIR (roots/N.root.json), signed with the offline
    /// root key: the signing keys phones accept from then on. A signing key left out is revoked,
    /// and phones that sync refuse what it signs, including a huge version it pushed.
    Trust {
        /// The public folder, as `build` writes it.
        public_dir: PathBuf,
        /// The root secret key from `keygen --role root` (can be repeated for a threshold).
        #[arg(long = "root-key", required = true)]
        root_keys: Vec<PathBuf>,
        /// A signing public key to trust: a .pub file, or its base64 key line. Can be repeated.
        #[arg(long = "signing-key", required = true)]
        signing_keys: Vec<String>,
        /// After this many days phones refuse the site until a newer root is written.
        #[arg(long, default_value_t = 365)]
        expires_days: u64,
    },
    /// Lint and sign a pack, and write it as a static site to PUBLIC_DIR. A pack with lint errors
    /// is refused; warnings are shown.
    Build {
        /// The pack folder (with pack.toml).
        content_dir: PathBuf,
        /// The secret key from `keygen` ($HAVEN_KEY_PASSWORD decrypts an encrypted one; on a
        /// terminal the password is asked for). The site's root must name its public key.
        #[arg(long)]
        key: PathBuf,
        /// The public folder to write (kept blobs of earlier versions stay).
        #[arg(long)]
        out: PathBuf,
        /// After this many days phones refuse this signature: re-sign (build again) before then.
        /// At most 366.
        #[arg(long, default_value_t = 90)]
        expires_in_days: u64,
        /// Refuse unless pack.toml's version is above the version already published in PUBLIC_DIR.
        #[arg(long)]
        version_check: bool,
        /// Do not write the web edition (PUBLIC_DIR/index.html and PUBLIC_DIR/web/), which `build`
        /// writes next to the signed files unless told not to.
        #[arg(long)]
        no_web_edition: bool,
        /// Make the synthetic audio first (as `haven-pack voice` does), in a copy of the pack, and
        /// publish the copy: the site gets every clip, CONTENT_DIR stays as it is.
        #[arg(long)]
        voice: bool,
    },
    /// Write the web edition of a pack: a static website, for readers with no app, that works
    /// with scripts off. DIR/index.html is the language picker; every page is in DIR/web/. A pack
    /// with lint errors is refused, as by `build` (which also writes the web edition).
    Site {
        /// The pack folder (with pack.toml).
        content_dir: PathBuf,
        /// The folder to write (DIR/web/ is replaced; nothing else in DIR is touched).
        #[arg(long)]
        out: PathBuf,
        /// The app's interface strings to use, LOCALES_DIR/LOCALE/app.ftl, instead of those this
        /// haven-pack was built with.
        #[arg(long, value_name = "LOCALES_DIR")]
        interface: Option<PathBuf>,
    },
    /// Exchange the service directory with other directories as HSDS 3.0 (Open Referral's Human
    /// Services Data Specification) JSON.
    Directory {
        #[command(subcommand)]
        action: DirectoryAction,
    },
    /// Upload a public folder, as `build` wrote it, to an S3 bucket (or any service with S3's API),
    /// only what the bucket lacks: the files first, then any new root version, the manifest last,
    /// so a phone syncing meanwhile keeps getting the version published before. Phones sync from
    /// the bucket's https address.
    ///
    /// Credentials and endpoint come from the environment, as for the AWS tools:
    /// AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN), AWS_REGION, and
    /// AWS_ENDPOINT_URL for a provider other than AWS.
    Publish {
        /// The public folder, as `build` writes it.
        public_dir: PathBuf,
        /// The bucket and folder in it: s3://BUCKET/PREFIX.
        url: String,
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
        /// A root public key to trust, as the app does: a .pub file (root.pub), or its base64 key
        /// line. Can be repeated.
        #[arg(long = "trusted-root", required_unless_present = "trusted_keys")]
        trusted_roots: Vec<String>,
        /// Instead of a root: a signing public key to trust directly, for a site with no root
        /// (nothing can rotate or revoke it). Can be repeated.
        #[arg(long = "trusted-key", conflicts_with = "trusted_roots")]
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
        /// Download this optional group (such as `audio/da`, one language's voice) as the app does
        /// when the reader asks for it, instead of a plain sync.
        #[arg(long)]
        group: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
}

#[derive(Debug, Subcommand)]
pub enum DirectoryAction {
    /// Write the pack's services (services.toml, with the names and descriptions of the reference
    /// locale) to FILE as one HSDS 3.0 page of fully nested services. Exporting again gives the
    /// same ids.
    Export {
        /// The pack folder (with pack.toml).
        content_dir: PathBuf,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Read an HSDS 3.0 file (a page or an array of services) into CONTENT_DIR/services.toml:
    /// known services are updated in place, keeping comments and order; new ones are added, with
    /// their names in the reference locale's services.ftl. Everything that could not be mapped is
    /// listed with its JSON path. A file that is not HSDS changes nothing.
    Import {
        /// The HSDS JSON file.
        file: PathBuf,
        /// The pack folder (with pack.toml).
        #[arg(long, value_name = "CONTENT_DIR")]
        into: PathBuf,
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
pub enum KeyRole {
    Root,
    Signing,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TextDirection {
    Ltr,
    Rtl,
}
