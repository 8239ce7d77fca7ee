//! # haven-pack
//!
//! The NGO's tool for Haven content packs. An NGO is not a team of developers, so the tool does the
//! careful parts: it refuses a pack the app could not show, signs what it publishes, and writes a
//! static site that any web host or CDN can serve without configuration.
//!
//! - [`keys`]: `keygen`, a minisign key pair; the public half is built into the app.
//! - [`publish`]: `build`, check a pack as the app would, then sign it and write the site.
//! - [`serve`]: `serve`, that site over HTTP with the right caching headers.
//! - [`pull`]: `pull`, the app's own sync code (`haven_core::sync`), so an NGO sees what a phone sees.
//!
//! The binary (`main.rs`) only parses arguments ([`cli`]) and calls these.

pub mod cli;
pub mod keys;
pub mod publish;
pub mod pull;
pub mod serve;
