//! haven-library's integration tests: one binary, a module per area.

use haven_library::Library;

/// The default pack, `content/`, read as the app reads its compiled-in copy.
pub fn default_library() -> Library {
    Library::open(haven_testkit::bundled_default_pack()).expect("the default pack opens")
}

mod audio;
mod default_pack;
mod malformed_packs;
mod pack_fixture;
mod rendering;
mod self_check;
