//! The app's build script: the permissions of its commands (for Tauri), and the files it embeds.
//!
//! Compresses the default pack (`content/`, without its `*.md` notes for editors) and the interface
//! strings (`locales/*/*.ftl`) with Brotli into `OUT_DIR/embedded/`, where `rust-embed` picks them up
//! (`src/embedded.rs`). Each file keeps its relative path.
//!
//! Why not rust-embed's own `compression` feature: it links a zstd decoder (C code) beside deflate.
//! Tauri already links a Brotli decoder for the interface's assets, and Brotli makes these Fluent files
//! smaller than deflate does, so the app carries one decoder and less data.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

// Listing the app's commands makes each one a permission, so the capability in
// `capabilities/default.json` can grant exactly the commands the interface calls and no others.
const COMMANDS: &[&str] = &[
    "start",
    "choose_locale",
    "interface_strings",
    "topics",
    "article",
    "self_check",
    "emergency_clip",
    "audio_clip",
    "voice_offer",
    "look_for_voice",
    "download_voice",
    "remove_voice",
    "directory",
    "set_text_size",
    "forget_settings",
    "quick_exit",
    "information_status",
    "check_for_updates",
    "set_automatic_checks",
    "search",
    "set_discreet_code",
    "unlock",
    "print_leaflet",
    "open_contact",
];

fn main() {
    embed_default_pack();
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build configuration is valid");
}

/// Brotli's densest setting: this runs once per build, and the files are small.
const QUALITY: u32 = 11;
/// A 256 KiB window: larger than any one file, so nothing is lost, and small enough for a cheap phone
/// to decode with little memory.
const WINDOW_BITS: u32 = 18;

/// Writes the Brotli-compressed copies of `content/` and `locales/` that `src/embedded.rs` embeds.
fn embed_default_pack() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let out =
        PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("embedded");
    // Start empty, so a file deleted from content/ is not still embedded from an earlier build.
    if out.exists() {
        fs::remove_dir_all(&out).expect("OUT_DIR/embedded can be cleared");
    }
    // Notes for editors, and the lint's record of what each translation was made from, are of no use
    // to a reader.
    compress_tree(&root.join("content"), &out.join("content"), &|p| {
        p.extension().is_none_or(|e| e != "md")
            && p.file_name().is_none_or(|name| name != "translated-from.toml")
    });
    compress_tree(&root.join("locales"), &out.join("locales"), &|p| {
        p.extension().is_some_and(|e| e == "ftl")
    });
    println!("cargo::rerun-if-changed=../content");
    println!("cargo::rerun-if-changed=../locales");
}

fn compress_tree(from: &Path, to: &Path, wanted: &dyn Fn(&Path) -> bool) {
    fs::create_dir_all(to).unwrap_or_else(|e| panic!("cannot create {}: {e}", to.display()));
    let mut entries: Vec<_> = fs::read_dir(from)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", from.display()))
        .map(|entry| entry.expect("a readable folder entry").path())
        .collect();
    entries.sort();
    for path in entries {
        let target = to.join(path.file_name().expect("an entry has a name"));
        if path.is_dir() {
            compress_tree(&path, &target, wanted);
        } else if wanted(&path) {
            let data =
                fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            let file = fs::File::create(&target)
                .unwrap_or_else(|e| panic!("cannot write {}: {e}", target.display()));
            let mut writer = brotli::CompressorWriter::new(file, 4096, QUALITY, WINDOW_BITS);
            writer.write_all(&data).expect("compressed file written");
        }
    }
}
