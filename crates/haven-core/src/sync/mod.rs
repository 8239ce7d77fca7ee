//! Signed content packs and safe sync: how a phone gets an NGO's corrected phone number, and how
//! nobody else can change what it shows.
//!
//! An NGO publishes a pack with `haven-pack build` as a static site: `manifest.json` (every file's
//! path, size and SHA-256), its minisign signature `manifest.json.minisig`, and content-addressed blobs
//! under `blobs/`. [`sync`] fetches that site into a [`Store`]; the app, and `haven-pack pull`, use the
//! same code. The app opens [`Store::current`] at start-up, or its embedded pack when that is `None`.
//!
//! ```no_run
//! use haven_core::sync::{sync, Store, SyncConfig, TrustedKey};
//! # async fn run() -> Result<(), haven_core::sync::SyncError> {
//! let keys = vec![TrustedKey::parse("RWQ…the key line of haven.pub…").expect("a minisign key")];
//! let store = Store::open("/data/haven/store")?;
//! let mut config = SyncConfig::new("https://ngo.example/haven/", keys.clone());
//! config.pack_id = Some("dk.haven".into());
//! config.min_version = haven_core::Library::embedded().info().version;
//! let outcome = sync(&config, &store, None).await?;
//! let in_use = store.current(&keys); // None: use the embedded pack
//! # let _ = (outcome, in_use); Ok(()) }
//! ```
//!
//! ## Threat model
//!
//! The server, a mirror or CDN, or anyone on the network may be hostile; the keys built into the app
//! are not compromised (and if one is, removing it from the app retires what it signed). Against the
//! attacks The Update Framework lists:
//!
//! - **Arbitrary content**: the manifest's signature is checked against the trusted keys before its
//!   bytes are even parsed, and every file must match the SHA-256 the manifest gives.
//! - **Rollback and replay**: a version below the newest one this device has installed (or below the
//!   embedded pack) is refused; the same version is "unchanged" only with exactly the same files.
//! - **Indefinite freeze**: every manifest expires; an expired one is refused, and a 304 is only asked
//!   for while the installed manifest has not expired.
//! - **Mix-and-match**: the one signed manifest pins every file of a version; any other bytes fail
//!   their hash.
//! - **Endless data**: every download stops at the size the signed manifest declares (the manifest
//!   itself at [`Limits::max_manifest_bytes`]), decompression stops at the declared size, and a stalled
//!   server hits the read timeout.
//! - **Fast-forward**: versions only come from signed manifests, so a fake huge version needs a
//!   trusted key. If a key is ever compromised, shipping the app without it makes [`Store::current`]
//!   reject every pack it signed, and their versions stop counting as the floor for rollback.
//! - **Wrong content / path escape**: paths must be relative, normalised and of portable characters;
//!   blobs must live at the address their hash gives; a pack must pass the engine's own checks.
//! - **A crash at any moment**: files are staged, synced to disk, and switched to with one rename; an
//!   interrupted sync leaves the previous pack in use and its verified files in a cache for resuming.
//!
//! Limits of this design, on purpose: expiry is judged by the device's clock (a phone set years
//! back accepts an expired manifest; one set ahead refuses a fresh one and keeps its pack); two syncs
//! of the same store at once are not locked against each other, but each works in its own staging
//! folder and switches with one rename, so the worst case is one of them failing safely.
//!
//! No cookies, no referer, no identifiers: every request carries the User-Agent `Haven` and nothing
//! that tells one reader from another. Plain `http` is refused except to this device's loopback.

mod client;
mod durable;
mod error;
mod http;
pub mod manifest;
mod pause;
mod signature;
mod store;
mod unpack;

pub use client::{
    sync, Limits, ProgressCallback, SyncConfig, SyncOutcome, SyncProgress, SyncStage, SyncStatus,
};
pub use error::SyncError;
pub use http::{base_url, is_allowed_url, USER_AGENT};
pub use manifest::{Blob, Encoding, FileEntry, Manifest, ManifestError};
pub use signature::{verify as verify_signature, SignatureError, TrustedKey};
pub use store::{InstalledPack, Store};
