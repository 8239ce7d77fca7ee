//! # haven-publish
//!
//! The publisher's side of Haven: what turns an NGO's pack folder into files a phone will trust.
//!
//! - [`build`]: check a pack exactly as the app will load it (the loader's problems and the lint's),
//!   sign it, and lay it out as a static site; a pack with errors is never signed.
//! - [`site`]: that layout: content-addressed blobs, a file list per group, deltas against the
//!   version already published, and the signed root.
//! - [`trust`]: the root documents, signed with the offline root key, that name the signing keys
//!   phones accept; rotating and revoking a signing key is a new root version.
//! - [`keys`]: the root and signing key pairs; the root's public half is built into the app.
//! - [`hsds`]: the service directory exchanged as HSDS 3.0 (Open Referral) JSON, out and back in.
//! - [`bucket`]: a built site copied to an S3 bucket, only what it lacks, in an order that never
//!   lets a phone see a manifest whose files are not there yet.
//! - [`web_edition`]: the same pack as a static website for readers with no app, written next to
//!   the signed files so that one upload serves both.
//!
//! The phone's side of the same format is `haven_sync`; both use its [`haven_sync::release`] types,
//! so what is written here is read there by one definition. `haven-pack` is a thin command line over
//! this crate, and the app's tests publish with it directly, as an NGO would.

pub mod bucket;
pub mod build;
pub mod hsds;
pub mod keys;
pub mod site;
pub mod trust;
pub mod voice;
pub mod web_edition;
