//! What a sync costs on the wire, measured at the server (response bodies as sent, after HTTP
//! compression) with the real default pack:
//!
//! - a first full sync, next to the pack as a tar.gz (goal: at most 1.1x);
//! - a sync with nothing new (goal: at most 2 requests, under 1 KB of body: the next root version,
//!   not there, and the manifest, unchanged);
//! - one article changed in one locale, next to a full download (goal: under 5%), request by request;
//! - for comparison, a phone two versions behind when a second article changes in another locale.
//!
//! Run with `cargo bench -p haven-pack --bench sync`. It prints figures; it asserts nothing.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::Request;
use axum::middleware::{self, Next};
use axum::Router;
use haven_pack::serve::router;
use haven_publish::build::BuildReport;
use haven_publish::site::read_published;
use haven_sync::release::{MANIFEST_FILE, SIGNATURE_FILE};
use haven_sync::{sync, RootKeys, Store, SyncConfig, SyncOutcome};
use haven_testkit::copy_dir;
use http_body_util::BodyExt;

mod common;
use common::Publisher;

fn main() {
    let work = tempfile::tempdir().unwrap();
    let pack = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let publisher = Publisher::new(work.path());

    let content_v1 = work.path().join("content-v1");
    copy_dir(&pack, &content_v1);
    let public = work.path().join("public");
    let build = |content: &Path| publisher.publish(content, &public);
    let report = build(&content_v1);
    let pack_bytes: u64 = report.files.iter().map(|f| f.size).sum();
    println!(
        "pack: {} files in {} file lists (the top-level files and {} locales), {pack_bytes} bytes \
        uncompressed",
        report.files.len(),
        report.manifest.groups.len(),
        report.manifest.groups.len() - 1
    );

    let traffic = Arc::new(PathTraffic::default());
    let url = start_server(&public, traffic.clone());
    let store = Store::open(work.path().join("store")).unwrap();
    let behind = Store::open(work.path().join("store-behind")).unwrap();
    // What the app trusts: the root public key only.
    let mut config = SyncConfig::new(url, RootKeys::single(publisher.root_key.clone()));
    config.pack_id = Some(report.manifest.pack_id.clone());

    // 1. A first full sync.
    let (outcome, elapsed) = timed_sync(&config, &store);
    let full_bytes = traffic.body_bytes();
    println!(
        "first full sync: {} requests, {full_bytes} body bytes (version {}, {elapsed:?})",
        traffic.requests(),
        outcome.version
    );
    print_requests(&traffic, &public);
    match tar_gz_size(&content_v1) {
        Some(tar_gz) => {
            let ratio = full_bytes as f64 / tar_gz as f64;
            println!(
                "  vs tar.gz of the pack ({tar_gz} bytes): ratio {ratio:.3} (goal <= 1.1) — {}",
                verdict(ratio <= 1.1)
            );
        }
        None => println!("  (no `tar` on this machine to compare with)"),
    }
    timed_sync(&config, &behind);

    // 2. Nothing new.
    traffic.reset();
    let (outcome, elapsed) = timed_sync(&config, &store);
    let (requests, bytes) = (traffic.requests(), traffic.body_bytes());
    println!(
        "no-change sync: {:?}, {requests} request(s), {bytes} body bytes (goal: at most 2 requests, \
        < 1024 bytes; {elapsed:?}) — {}",
        outcome.status,
        verdict(requests <= 2 && bytes < 1024)
    );
    print_requests(&traffic, &public);

    // 3. One article changed in one locale.
    let content_v2 = work.path().join("content-v2");
    copy_dir(&content_v1, &content_v2);
    bump_version(&content_v2);
    retitle(&content_v2, "en/help-now.ftl");
    let report = build(&content_v2);
    print_build(&report);
    traffic.reset();
    let (outcome, elapsed) = timed_sync(&config, &store);
    let update_bytes = traffic.body_bytes();
    println!(
        "one article changed in one locale: {:?} to version {}, {} requests, {update_bytes} body \
        bytes ({elapsed:?})",
        outcome.status,
        outcome.version,
        traffic.requests()
    );
    print_requests(&traffic, &public);
    let ratio = 100.0 * update_bytes as f64 / full_bytes as f64;
    println!(
        "  vs the full download ({full_bytes} bytes): ratio {ratio:.2}% (goal < 5%) — {}",
        verdict(ratio < 5.0)
    );

    // 4. Another article, in another locale; a phone still on version 1 catches up.
    let content_v3 = work.path().join("content-v3");
    copy_dir(&content_v2, &content_v3);
    bump_version(&content_v3);
    retitle(&content_v3, "da/help-now.ftl");
    let report = build(&content_v3);
    print_build(&report);
    traffic.reset();
    let (outcome, elapsed) = timed_sync(&config, &behind);
    let behind_bytes = traffic.body_bytes();
    println!(
        "two versions behind (one article changed in each of two locales): {:?} to version {}, {} \
        requests, {behind_bytes} body bytes, {:.2}% of the full download ({elapsed:?})",
        outcome.status,
        outcome.version,
        traffic.requests(),
        100.0 * behind_bytes as f64 / full_bytes as f64
    );
    print_requests(&traffic, &public);
}

fn verdict(ok: bool) -> &'static str {
    if ok {
        "OK"
    } else {
        "MISSED"
    }
}

fn print_build(report: &BuildReport) {
    println!(
        "  build of version {}: {} of {} file lists changed, {} files changed ({} also as deltas), \
        {} new blobs",
        report.manifest.version,
        report.changed_lists,
        report.manifest.groups.len(),
        report.files.len() - report.reused_blobs,
        report.deltas,
        report.new_blobs
    );
}

/// Every request of the last sync with its body bytes and what it fetched, in the order made (the
/// file lists are fetched a few at a time, so their order varies).
fn print_requests(traffic: &PathTraffic, public: &Path) {
    let published = read_published(public).unwrap();
    let mut names: BTreeMap<String, String> = BTreeMap::new();
    names.insert(format!("/{MANIFEST_FILE}"), "the signed manifest".into());
    names.insert(format!("/{SIGNATURE_FILE}"), "its signature".into());
    if let Some(bundle) = &published.manifest.bundle {
        names.insert(format!("/{}", bundle.address()), "the bundle of every file".into());
    }
    for (group, files) in &published.lists {
        names.insert(format!("/{}", group.address()), format!("file list of `{}`", group.name));
        for file in files {
            names.insert(format!("/{}", file.blob.address()), file.path.clone());
            if let Some(delta) = &file.delta {
                names.insert(
                    format!("/{}", delta.blob.address()),
                    format!("delta of {}", file.path),
                );
            }
        }
    }
    let requests = traffic.requests.lock().unwrap().clone();
    let lists: Vec<&(String, u64)> = requests
        .iter()
        .filter(|(p, _)| names.get(p).is_some_and(|n| n.starts_with("file list")))
        .collect();
    if lists.len() > 4 {
        let bytes: u64 = lists.iter().map(|(_, b)| b).sum();
        println!("  {:>7} bytes  {} file lists", bytes, lists.len());
    }
    for (path, bytes) in &requests {
        let root = path.strip_prefix("/roots/").map(|r| format!("root document {r}"));
        let name = names.get(path).map(String::as_str).or(root.as_deref()).unwrap_or("?");
        if lists.len() > 4 && name.starts_with("file list") {
            continue;
        }
        println!("  {bytes:>7} bytes  {name}");
    }
}

/// Requests and response body bytes as sent (after compression), per request.
#[derive(Default)]
struct PathTraffic {
    requests: Mutex<Vec<(String, u64)>>,
}

impl PathTraffic {
    fn requests(&self) -> usize {
        self.requests.lock().unwrap().len()
    }

    fn body_bytes(&self) -> u64 {
        self.requests.lock().unwrap().iter().map(|(_, b)| b).sum()
    }

    fn reset(&self) {
        self.requests.lock().unwrap().clear();
    }
}

/// Counts what `router` sends, request by request. The compression layer is inside `router`, so the
/// bytes counted are those on the wire.
fn count(router: Router, traffic: Arc<PathTraffic>) -> Router {
    router.layer(middleware::from_fn(move |request: Request, next: Next| {
        let traffic = traffic.clone();
        async move {
            let path = request.uri().path().to_owned();
            let response = next.run(request).await;
            let (parts, body) = response.into_parts();
            // The whole body, so that it is counted before the client sees the end of it.
            let bytes = body.collect().await.map(|b| b.to_bytes()).unwrap_or_default();
            traffic.requests.lock().unwrap().push((path, bytes.len() as u64));
            axum::response::Response::from_parts(parts, Body::from(bytes))
        }
    }))
}

fn timed_sync(config: &SyncConfig, store: &Store) -> (SyncOutcome, Duration) {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let start = Instant::now();
    let outcome = runtime.block_on(sync(config, store, None)).unwrap();
    (outcome, start.elapsed())
}

fn start_server(public: &Path, traffic: Arc<PathTraffic>) -> String {
    haven_testkit::LoopbackServer::start(count(router(public), traffic)).keep_running()
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

/// Changes the title of one article: one sentence of one file in one locale.
fn retitle(content: &Path, article: &str) {
    let path = content.join(article);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("title = "), "{article} has a title");
    std::fs::write(&path, text.replacen("title = ", "title = (Updated) ", 1)).unwrap();
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
