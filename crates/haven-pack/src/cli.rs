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
    /// Check a pack folder as the app would load it, and list every problem.
    Lint {
        /// The pack folder (with pack.toml).
        content_dir: PathBuf,
    },
    /// Make a signing key pair: DIR/haven.key (secret, mode 0600) and DIR/haven.pub (for the app).
    ///
    /// The secret key is encrypted with $HAVEN_KEY_PASSWORD when it is set, and unencrypted
    /// otherwise. Existing keys are never overwritten.
    Keygen {
        #[arg(long)]
        out: PathBuf,
    },
    /// Check and sign a pack, and write it as a static site to PUBLIC_DIR.
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
