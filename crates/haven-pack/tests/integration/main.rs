//! End-to-end tests of `haven-pack`, one module per area.
//!
//! - Publishing and syncing, against real servers on 127.0.0.1: `haven-pack serve` and Python's
//!   `http.server` as child processes, and in-process servers that misbehave on purpose. These use
//!   the real default pack, copied and edited. Publishing to a bucket goes to moto's S3 server.
//! - The NGO's authoring tools: `lint` (with the broken-pack corpus in `tests/broken-packs/`, run as
//!   data by `broken_packs.rs`), `status` and `new-locale`; the service directory out to HSDS and
//!   back (`directory.rs`).

mod attacks;
mod audio;
mod broken_packs;
mod buckets;
mod corpus;
mod directory;
mod fixture;
mod interruptions;
mod linting;
mod new_locale;
mod optional_groups;
mod publishing;
mod status;
mod syncing;
mod translation_platforms;
mod trust;
