//! The app's build script: the permissions of its commands (for Tauri), and the files it embeds.
//!
//! Compresses the default pack (`content/`, without its `*.md` notes for editors) and the interface
//! strings (`locales/*/*.ftl`) with Brotli into bundles under `OUT_DIR/embedded/`, where `rust-embed`
//! picks them up, and writes the index that says which bundle holds each file
//! (`OUT_DIR/embedded_index.rs`; both read by `src/embedded.rs`).
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
    "article",
    "self_check",
    "home",
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
/// A 256 KiB window: larger than any one folder's text (the largest, Thai, is about 160 KB), so nothing
/// is lost, and small enough for a cheap phone to decode with little memory.
const WINDOW_BITS: u32 = 18;

/// Writes what `src/embedded.rs` embeds: the Brotli-compressed bundles of `content/` and `locales/`
/// under `OUT_DIR/embedded/`, and their index, `OUT_DIR/embedded_index.rs`.
fn embed_default_pack() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let out = out_dir.join("embedded");
    // Start empty, so a file deleted from content/ is not still embedded from an earlier build.
    if out.exists() {
        fs::remove_dir_all(&out).expect("OUT_DIR/embedded can be cleared");
    }
    // Notes for editors, and the lint's record of what each translation was made from, are of no use
    // to a reader.
    let content = embed_tree(&root.join("content"), &out.join("content"), &|p| {
        p.extension().is_none_or(|e| e != "md")
            && p.file_name().is_none_or(|name| name != "translated-from.toml")
    });
    let locales = embed_tree(&root.join("locales"), &out.join("locales"), &|p| {
        p.extension().is_some_and(|e| e == "ftl")
    });
    let index = format!(
        "// Written by build.rs: where each embedded file is, sorted by path.\n\
         pub(crate) const CONTENT_FILES: &[EmbeddedFile] = &[\n{content}];\n\
         pub(crate) const LOCALES_FILES: &[EmbeddedFile] = &[\n{locales}];\n"
    );
    fs::write(out_dir.join("embedded_index.rs"), index).expect("OUT_DIR/embedded_index.rs written");
    println!("cargo::rerun-if-changed=../content");
    println!("cargo::rerun-if-changed=../locales");
}

/// Compresses the wanted files under `from` into bundles under `to`, and returns the index entries
/// (Rust source) that say where each file is.
///
/// The text files of one folder (a locale's Fluent files, say) are one bundle, `text.br` in that
/// folder: they share their words, message ids and markup, and the loader reads them together, so
/// compressing them as one stream makes them about a third smaller than file by file (measured on
/// the default pack's text: 271 KB against 401 KB) while a locale is still decoded only when it is
/// opened.
/// A clip (`.mp3`) is a bundle of its own, decoded only when it is played.
fn embed_tree(from: &Path, to: &Path, wanted: &dyn Fn(&Path) -> bool) -> String {
    let mut files = Vec::new();
    collect_files(from, "", wanted, &mut files);
    files.sort();
    let mut texts: std::collections::BTreeMap<String, Vec<u8>> = Default::default();
    let mut clips = Vec::new();
    let mut index = Vec::new();
    for (relative, path) in &files {
        let data = fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let len = data.len();
        let folder = relative.rsplit_once('/').map_or("", |(folder, _)| folder);
        let (bundle, offset) = if relative.ends_with(".mp3") {
            let bundle = format!("{relative}.br");
            clips.push((bundle.clone(), data));
            (bundle, 0)
        } else {
            let bundle =
                if folder.is_empty() { "text.br".to_owned() } else { format!("{folder}/text.br") };
            let text = texts.entry(bundle.clone()).or_default();
            let offset = text.len();
            text.extend_from_slice(&data);
            (bundle, offset)
        };
        index.push(format!(
            "    EmbeddedFile {{ path: {relative:?}, bundle: {bundle:?}, offset: {offset}, len: {len} }},\n"
        ));
    }
    let bundles: Vec<(String, Vec<u8>)> = texts.into_iter().chain(clips).collect();
    write_bundles(to, &bundles);
    index.concat()
}

/// Compresses the bundles on every core: Brotli's densest setting takes about 10 s for the default
/// pack on one, and every build, test run and Android check runs this script.
fn write_bundles(to: &Path, bundles: &[(String, Vec<u8>)]) {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some((bundle, data)) = bundles.get(i) else { break };
                write_bundle(&to.join(bundle), data);
            });
        }
    });
}

/// The wanted files under `folder`, as (path relative to the tree with `/` between folders, path).
fn collect_files(
    folder: &Path,
    prefix: &str,
    wanted: &dyn Fn(&Path) -> bool,
    files: &mut Vec<(String, PathBuf)>,
) {
    let entries = fs::read_dir(folder)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", folder.display()))
        .map(|entry| entry.expect("a readable folder entry").path());
    for path in entries {
        let name = path.file_name().expect("an entry has a name").to_str().expect("UTF-8 names");
        let relative = format!("{prefix}{name}");
        if path.is_dir() {
            collect_files(&path, &format!("{relative}/"), wanted, files);
        } else if wanted(&path) {
            files.push((relative, path));
        }
    }
}

fn write_bundle(target: &Path, data: &[u8]) {
    let folder = target.parent().expect("a bundle is in a folder");
    fs::create_dir_all(folder)
        .unwrap_or_else(|e| panic!("cannot create {}: {e}", folder.display()));
    let file = fs::File::create(target)
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", target.display()));
    let mut writer = brotli::CompressorWriter::new(file, 4096, QUALITY, WINDOW_BITS);
    writer.write_all(data).expect("compressed file written");
}
