//! What one language's voice costs on the wire, next to all of them, with the real default pack and
//! generated audio-sized clips: one per message of every Fluent file of every locale, about as large
//! as speech at 16 kbit/s (2 000 bytes a second, 14 characters a second), in bytes that do not
//! compress, as an encoded clip does not.
//!
//! - a first sync of the pack with voices, next to the same pack without (goal: the voices add only
//!   their lines in the manifest);
//! - fetching the Danish voice: the bytes on the wire, next to its declared size and to every voice;
//! - every voice, for comparison: what a phone would download if voices were not optional.
//!
//! Run with `cargo bench -p haven-pack --bench voices`. It prints figures; it asserts nothing.

use std::path::Path;
use std::sync::Arc;

use haven_pack::serve::{count_traffic, router, Traffic};
use haven_sync::{fetch_group, sync, RootKeys, Store, SyncConfig};
use haven_testkit::{copy_dir, noise};

mod common;
use common::Publisher;

/// Bytes of a clip per character of the text it speaks: 2 000 bytes a second at 14 characters a
/// second.
const BYTES_PER_CHARACTER: usize = 2_000 / 14;
/// The shortest clip: a title is still a second or two of speech.
const MIN_CLIP_BYTES: usize = 3_000;

fn main() {
    let work = tempfile::tempdir().unwrap();
    let pack = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let publisher = Publisher::new(work.path());
    let publish_into = |content: &Path, public: &Path| publisher.publish(content, public);

    let text_only = work.path().join("public-text");
    let text_report = publish_into(&pack, &text_only);
    let with_voices = work.path().join("content");
    copy_dir(&pack, &with_voices);
    let clips = add_voices(&with_voices);
    let public = work.path().join("public");
    let report = publish_into(&with_voices, &public);
    let voices: Vec<_> = report.manifest.groups.iter().filter(|g| g.optional).collect();
    let all_voices: u64 = voices.iter().map(|g| g.bytes.unwrap_or(0)).sum();
    println!(
        "pack: {} text files, {} bytes; {} voices of {clips} generated clips, {all_voices} bytes",
        text_report.files.len(),
        text_report.files.iter().map(|f| f.size).sum::<u64>(),
        voices.len(),
    );

    let config_for = |public: &Path, traffic: &Arc<Traffic>| {
        let url =
            haven_testkit::LoopbackServer::start(count_traffic(router(public), traffic.clone()))
                .keep_running();
        let mut config = SyncConfig::new(url, RootKeys::single(publisher.root_key.clone()));
        config.pack_id = Some(report.manifest.pack_id.clone());
        config
    };
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();

    // 1. A first sync, with voices published and without.
    let traffic = Arc::new(Traffic::default());
    let config = config_for(&text_only, &traffic);
    let store = Store::open(work.path().join("store-text")).unwrap();
    runtime.block_on(sync(&config, &store, None)).unwrap();
    let text_bytes = traffic.body_bytes();
    let traffic = Arc::new(Traffic::default());
    let config = config_for(&public, &traffic);
    let store = Store::open(work.path().join("store")).unwrap();
    runtime.block_on(sync(&config, &store, None)).unwrap();
    let first_bytes = traffic.body_bytes();
    println!(
        "first sync: {first_bytes} body bytes with voices published, {text_bytes} without \
        (+{} bytes, {:.3}x)",
        first_bytes as i64 - text_bytes as i64,
        first_bytes as f64 / text_bytes as f64
    );

    // 2. One voice.
    let danish = voices.iter().find(|g| g.name == "audio/da").expect("a Danish voice");
    let declared = danish.bytes.unwrap_or(0);
    traffic.reset();
    runtime.block_on(fetch_group(&config, &store, "audio/da", None)).unwrap();
    let fetched = traffic.body_bytes();
    println!(
        "fetch `audio/da`: {} requests, {fetched} body bytes for {declared} bytes of clips \
        ({:.3}x its declared size)",
        traffic.requests(),
        fetched as f64 / declared as f64
    );
    println!(
        "  vs every voice ({all_voices} bytes): {:.2}%; vs the first sync: {:.1}x",
        100.0 * fetched as f64 / all_voices as f64,
        fetched as f64 / first_bytes as f64
    );

    // 3. Each voice's size, as the app shows it before the download.
    println!("each voice, as offered before the download:");
    for group in &voices {
        let bytes = group.bytes.unwrap_or(0);
        println!(
            "  {:<14} {:>9} bytes  {:>5.1}%",
            group.name,
            bytes,
            100.0 * bytes as f64 / all_voices as f64
        );
    }
}

/// Writes a clip for every message of every Fluent file of every locale into `audio/<locale>/`, as
/// `<file>--<message>.ogg`, sized for the text it would speak. Returns how many.
fn add_voices(content: &Path) -> usize {
    let mut count = 0;
    let mut seed = 1u64;
    let mut locales: Vec<_> = std::fs::read_dir(content)
        .unwrap()
        .flatten()
        .filter(|e| e.file_type().unwrap().is_dir())
        .map(|e| e.path())
        .collect();
    locales.sort();
    for locale in locales {
        let name = locale.file_name().unwrap().to_string_lossy().into_owned();
        let audio = content.join("audio").join(&name);
        let mut files: Vec<_> = std::fs::read_dir(&locale)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .collect();
        files.sort();
        for file in files {
            let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&file).unwrap();
            for (id, spoken) in messages(&text) {
                std::fs::create_dir_all(&audio).unwrap();
                let size = (spoken * BYTES_PER_CHARACTER).max(MIN_CLIP_BYTES);
                seed += 1;
                std::fs::write(audio.join(format!("{stem}--{id}.ogg")), noise(seed, size)).unwrap();
                count += 1;
            }
        }
    }
    count
}

/// The messages of a Fluent file and the characters of text each holds (its value, attributes and
/// continuation lines), read loosely: enough to size a clip.
fn messages(text: &str) -> Vec<(String, usize)> {
    let mut out: Vec<(String, usize)> = Vec::new();
    for line in text.lines() {
        let is_message = line.chars().next().is_some_and(|c| c.is_ascii_lowercase());
        match line.split_once(" = ") {
            Some((id, value)) if is_message && !id.contains(' ') => {
                out.push((id.to_owned(), value.chars().count()))
            }
            _ if line.starts_with(' ') && !line.trim_start().starts_with('#') => {
                if let Some(last) = out.last_mut() {
                    last.1 += line.trim().chars().count();
                }
            }
            _ => {}
        }
    }
    out
}
