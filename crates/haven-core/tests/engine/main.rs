//! haven-core's integration tests: one binary, a module per area.

mod default_pack;
mod malformed_packs;
mod pack_fixture;
mod rendering;
