//! # haven-pack
//!
//! The NGO's tool for Haven content packs. An NGO is not a team of developers, so the tool does the
//! careful parts: it refuses a pack the app could not show, signs what it publishes, and writes a
//! static site that any web host or CDN can serve without configuration.
//!
//! - [`lint`]: `lint`, every problem in a pack with its place and its fix. The checks are the
//!   loader's and the lint's ([`haven_lint`]), so the app's preview and `build` run the same ones.
//! - [`status`]: `status`, how far each locale is translated.
//! - [`new_locale`]: `new-locale`, the scaffold a translator starts from.
//! - `keygen`, `trust` and `build`: [`haven_publish`], the root and signing key pairs (encrypted
//!   with a password unless asked otherwise), the root document naming the signing keys, and a pack
//!   checked, signed and written as a static site; a pack with lint errors is never signed.
//! - [`serve`]: `serve`, that site over HTTP with the right caching headers.
//! - [`publish`]: `publish`, what it prints after [`haven_publish::bucket`] uploaded that site to a
//!   bucket.
//! - [`pull`]: `pull`, the app's own sync code ([`haven_sync`]), so an NGO sees what a phone sees.
//!
//! The binary (`main.rs`) only parses arguments ([`cli`]) and calls these.

pub mod cli;
pub mod lint;
pub mod new_locale;
pub mod publish;
pub mod pull;
pub mod serve;
pub mod status;
