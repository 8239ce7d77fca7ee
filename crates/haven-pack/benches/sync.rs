//! What a sync costs on the wire, measured at the server (response bodies as sent, after HTTP
//! compression) with the real default pack:
//!
//! - a sync with nothing new (goal: 1 request, under 1 KB of body);
//! - one article changed in one locale, next to a full download (goal: under 5%);
//! - a first full sync, next to the pack as a tar.gz (goal: at most 1.1x).
//!
//! Run with `cargo bench -p haven-pack --bench sync`. It prints figures; it asserts nothing.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use haven_core::sync::{sync, Store, SyncConfig, SyncOutcome, TrustedKey};
use haven_pack::keys;
use haven_pack::publish::{self, BuildOptions};
use haven_pack::serve::{count_traffic, router, Traffic};

fn main() {
    let work = tempfile::tempdir().unwrap();
    let pack = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let generated = keys::generate(&work.path().join("keys"), None).unwrap();
    let secret = keys::read_secret_key(&generated.secret_key, None).unwrap();
    let trusted = TrustedKey::parse(&generated.public_key_line).unwrap();

    let content_v1 = work.path().join("content-v1");
    copy_dir(&pack, &content_v1);
    let public = work.path().join("public");
    let build = |content: &Path| {
        let options = BuildOptions {
            content_dir: content.to_owned(),
            out: public.clone(),
            now: SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs(),
            expires_in_days: 30,
            require_new_version: false,
        };
        publish::build(&options, &secret).unwrap()
    };
    let report = build(&content_v1);
    let locales = report
        .manifest
        .files
        .iter()
        .filter_map(|f| f.path.split_once('/').map(|(locale, _)| locale.to_owned()))
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    let pack_bytes: u64 = report.manifest.total_size();
    println!(
        "pack: {} files in {locales} locales, {pack_bytes} bytes uncompressed",
        report.manifest.files.len()
    );

    let traffic = Arc::new(Traffic::default());
    let url = start_server(&public, traffic.clone());
    let store = Store::open(work.path().join("store")).unwrap();
    let mut config = SyncConfig::new(url, vec![trusted]);
    config.pack_id = Some(report.manifest.pack_id.clone());

    // 1. A first full sync.
    let (outcome, elapsed) = timed_sync(&config, &store);
    let full_bytes = traffic.body_bytes();
    let tar_gz = tar_gz_size(&content_v1);
    println!(
        "first full sync: {} requests, {full_bytes} body bytes (version {}, {elapsed:?})",
        traffic.requests(),
        outcome.version
    );
    match tar_gz {
        Some(tar_gz) => println!(
            "  vs tar.gz of the pack ({tar_gz} bytes): ratio {:.3} (goal <= 1.1)",
            full_bytes as f64 / tar_gz as f64
        ),
        None => println!("  (no `tar` on this machine to compare with)"),
    }

    // 2. Nothing new.
    traffic.reset();
    let (outcome, elapsed) = timed_sync(&config, &store);
    println!(
        "no-change sync: {:?}, {} request(s), {} body bytes (goal: 1 request, < 1024 bytes; {elapsed:?})",
        outcome.status,
        traffic.requests(),
        traffic.body_bytes()
    );

    // 3. One article changed in one locale.
    let content_v2 = work.path().join("content-v2");
    copy_dir(&content_v1, &content_v2);
    bump_version(&content_v2);
    let article = content_v2.join("en/help-now.ftl");
    let text = std::fs::read_to_string(&article).unwrap();
    std::fs::write(&article, text.replacen("title = ", "title = (Updated) ", 1)).unwrap();
    build(&content_v2);
    traffic.reset();
    let (outcome, elapsed) = timed_sync(&config, &store);
    let update_bytes = traffic.body_bytes();
    println!(
        "one article changed in one locale: {:?} to version {}, {} requests, {update_bytes} body bytes ({elapsed:?})",
        outcome.status,
        outcome.version,
        traffic.requests()
    );
    for path in traffic.paths() {
        println!("  GET {path}");
    }
    println!(
        "  vs the full download ({full_bytes} bytes): ratio {:.2}% (goal < 5%)",
        100.0 * update_bytes as f64 / full_bytes as f64
    );
    let manifest_bytes = std::fs::metadata(public.join("manifest.json")).unwrap().len();
    println!("  (manifest.json is {manifest_bytes} bytes before HTTP compression)");
}

fn timed_sync(config: &SyncConfig, store: &Store) -> (SyncOutcome, Duration) {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let start = Instant::now();
    let outcome = runtime.block_on(sync(config, store, None)).unwrap();
    (outcome, start.elapsed())
}

fn start_server(public: &Path, traffic: Arc<Traffic>) -> String {
    let app = count_traffic(router(public), traffic);
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            tx.send(listener.local_addr().unwrap()).unwrap();
            axum::serve(listener, app).await.unwrap();
        });
    });
    format!("http://{}/", rx.recv().unwrap())
}

/// The size of `tar czf` of the pack's files (the Markdown notes left out, as in the pack).
fn tar_gz_size(content: &Path) -> Option<u64> {
    let output = Command::new("tar")
        .args(["czf", "-", "--exclude=*.md", "-C"])
        .arg(content)
        .arg(".")
        .output()
        .ok()?;
    output.status.success().then_some(output.stdout.len() as u64)
}

fn bump_version(content: &Path) {
    let path = content.join("pack.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut done = false;
    let text: Vec<String> = text
        .lines()
        .map(|line| match line.strip_prefix("version = ") {
            Some(v) if !done => {
                done = true;
                format!("version = {}", v.trim().parse::<u64>().unwrap() + 1)
            }
            _ => line.to_owned(),
        })
        .collect();
    std::fs::write(path, text.join("\n") + "\n").unwrap();
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target: PathBuf = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
