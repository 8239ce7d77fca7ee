//! Signed content packs and safe sync: how a phone gets an NGO's corrected phone number, and how
//! nobody else can change what it shows.
//!
//! An NGO publishes a pack with `haven-pack build` as a static site (`haven_publish::site`): `manifest.json`, a
//! small signed manifest (pack id, version, creation, expiry, and for each group of files, the top-level files
//! and each locale, the SHA-256 and size of that group's file list), its minisign signature
//! `manifest.json.minisig`, and content-addressed blobs under `blobs/`: the file lists (each file's
//! path, size and SHA-256, and its blob's), the files, deltas of changed files against the version
//! published before ([`delta`]), and one bundle of every file. See [`release`] for the format.
//! Which keys may sign `manifest.json` is said by the site's root documents (`roots/<n>.root.json`,
//! see [`root`]), signed with the NGO's offline root key, whose public half is all the app embeds
//! ([`RootKeys`]); each root version is signed by the one before, so the signing keys can be rotated
//! and a stolen one revoked from the site, with no new app release.
//! [`sync`] fetches that site into a [`Store`], in named stages in the order of The Update Framework's
//! client workflow (the root first), within the bounds of [`Limits`]; the app, and `haven-pack pull`,
//! use the same code. The app opens [`Store::current_with`] at start-up, or its embedded pack when that
//! is `None`.
//!
//! Some groups of files are optional: each folder `audio/<locale>/`, one language's voice, far larger
//! than the text. A sync installs the required groups and keeps (and updates) the optional groups the
//! phone already has; [`fetch_group`] downloads one more when the reader asks for it, through the
//! same stages (the root, the manifest's signature, expiry and version first), and installs it next to
//! the pack in use with one rename of its folder; [`remove_group`] deletes one;
//! [`InstalledPack::optional_groups`] says which there are, their sizes, and which are installed, and
//! [`offered_groups`] what the server offers before anything large is downloaded. See
//! [`release`] for the rule that makes the groups and for what an app reading only the previous
//! manifest format does with one that has optional groups (it refuses it and keeps its pack).
//!
//! What a sync costs (the `sync` benchmark of `haven-pack` prints the figures for the default pack):
//! nothing new is two requests with no body to speak of (the next root version, not there, and a
//! conditional request for the manifest); an update is the manifest, its signature, the lists of the
//! groups that changed, and the changed files, as deltas when the phone has the version
//! they were made against (one changed sentence: about 2% of a first sync); a first sync is the root
//! documents, the manifest, every list and the bundle (about 1.05 times the pack as a tar.gz).
//!
//! ```no_run
//! use haven_sync::{sync, RootKeys, Store, SyncConfig, Trust, TrustedKey};
//! # async fn run() -> Result<(), haven_sync::SyncError> {
//! let root = TrustedKey::parse("RWQ…the key line of root.pub…").expect("a minisign key");
//! let trust = Trust::Root(RootKeys::single(root));
//! let store = Store::open("/data/haven/store")?;
//! let mut config = SyncConfig::new("https://ngo.example/haven/", trust.clone());
//! config.pack_id = Some("dk.haven".into());
//! config.min_version = 1; // the version of the pack the app carries
//! let outcome = sync(&config, &store, None).await?;
//! let in_use = store.current_with(&trust); // None: use the embedded pack
//! # let _ = (outcome, in_use); Ok(()) }
//! ```
//!
//! ## Threat model
//!
//! The server, a mirror or CDN, or anyone on the network may be hostile; a signing key may be
//! stolen; the offline root key (or enough of the root keys, with a threshold) is not compromised.
//! Against the attacks The Update Framework lists:
//!
//! - **A stolen signing key**: the NGO signs a new root version without it; a phone that syncs
//!   fetches the root chain first, each version signed by the threshold of the one before and by its
//!   own, exactly one version up, the newest unexpired; it then refuses whatever the revoked key
//!   signs, offered or installed. A root signed by a root key the phone never trusted is refused.
//! - **Arbitrary content**: the manifest's signature is checked against the keys the trusted root
//!   names before its bytes are even parsed (each root's, against the trusted root keys, before its
//!   own are); every file list must match the SHA-256 the manifest gives before it is
//!   decompressed, and every blob (a file, a delta, the bundle) the SHA-256 its list gives. Every file
//!   must then match its own SHA-256 from its list, whether it came whole, from the bundle, or as a
//!   delta applied to an older, hash-checked file: every byte installed is pinned by the signature.
//! - **Rollback and replay**: a version below the newest one this device has installed (or below the
//!   embedded pack) is refused, before any of its lists is downloaded; the same version is
//!   "unchanged" only with exactly the same files. A version installed by an app that wrote an older
//!   manifest format still counts as the floor.
//! - **Indefinite freeze**: every manifest and every root document expires; an expired one is
//!   refused, a manifest may not expire further ahead than [`Limits::max_expiry_ahead`], and a 304 is only asked for while the installed manifest has not expired. Lists and
//!   files are immutable blobs reached only through an unexpired manifest.
//! - **Optional groups**: a voice is fetched only through an unexpired manifest signed by a key the
//!   root names and not older than the version installed (a voice "from" an older version is a
//!   rollback); added to the version in use only when that manifest pins the same list for it as the
//!   installed one; each file checked against that list, the group within
//!   [`Limits::max_optional_group_bytes`] before its list is downloaded; installed by one rename, so a
//!   voice is there whole or not at all; verified with the pack at every start, and removed (the text
//!   staying in use) when a file of it was changed on the phone.
//! - **Mix-and-match**: the one signed manifest pins every list, and each list every file of its group;
//!   a list, file or delta from another version fails its hash, and a list may name only files of its
//!   own group, so lists cannot be combined into a pack nobody signed.
//! - **Endless data**: every download stops at the size the signed manifest or list declares (the
//!   manifest itself, and the lists together, at [`Limits::max_manifest_bytes`]; each root document
//!   at [`Limits::max_root_bytes`], and at most [`Limits::max_root_updates`] of them a sync); decompression stops at the
//!   declared size (a list's at [`Limits::max_manifest_bytes`]); a delta stops at its file's declared
//!   size and can copy only from inside its older file; a stalled server hits the read timeout, and
//!   one that sends a byte now and then the overall deadline ([`Limits::sync_deadline`]).
//! - **Fast-forward**: versions only come from signed manifests, so a fake huge version needs a
//!   trusted key. If a signing key is compromised and signs one, the root version that revokes it
//!   makes [`Store::current_with`] reject every pack it signed, and their versions stop counting as
//!   the floor for rollback (TUF resets what a rotated key signed), so the NGO's real next version is
//!   accepted again.
//! - **Wrong content / path escape**: paths must be relative, normalised and of portable characters;
//!   no address is ever read from a manifest or list, each follows from a hash checked to be 64 hex
//!   digits (`blobs/<sha256>[.gz]`); a pack must pass the engine's own checks.
//! - **A crash at any moment**: files are staged, synced to disk, and switched to with one rename; an
//!   interrupted sync leaves the previous pack in use and its verified lists and files in a cache for
//!   resuming. Every file replaced in place goes through [`durable::write_atomically`], which the
//!   app's settings and `haven-pack build` use too.
//!
//! A store written by an app that used manifest format 1 (one manifest listing every file) is not
//! read in this format: [`Store::current`] finds no pack there that verifies, so the app uses its
//! embedded pack until the next sync installs the newest published version (its versions still count
//! against rollback, and the same version republished in this format replaces them).
//!
//! Limits of this design, on purpose: expiry is judged by the device's clock (a phone set years
//! back accepts an expired manifest; one set ahead refuses a fresh one and keeps its pack); two syncs
//! of the same store in one process run one after the other (the second waits, and says so with
//! [`SyncStage::WaitingForAnotherSync`]), but two processes syncing one store are not locked against
//! each other: each works in its own staging folder and switches with one rename, so the worst case
//! is one of them failing safely.
//!
//! No cookies, no referer, no identifiers: every request carries the User-Agent `Haven` and nothing
//! that tells one reader from another. Plain `http` is refused except to this device's loopback.

mod client;
pub mod delta;
pub mod durable;
mod error;
mod http;
mod limits;
mod pause;
pub mod release;
pub mod root;
mod signature;
mod store;
pub mod unpack;

pub use client::{
    fetch_group, offered_groups, remove_group, sync, ProgressCallback, SyncConfig, SyncOutcome,
    SyncProgress, SyncStage, SyncStatus,
};
pub use error::{Cause, SyncError};
pub use http::{base_url, is_allowed_url, USER_AGENT};
pub use limits::Limits;
pub use release::{Blob, Delta, Encoding, FileEntry, FileList, GroupRef, Manifest, ManifestError};
pub use root::{Root, RootError, RootKeys, Trust};
pub use signature::{count_signers, verify as verify_signature, SignatureError, TrustedKey};
pub use store::{InstalledPack, OptionalGroup, Store};
