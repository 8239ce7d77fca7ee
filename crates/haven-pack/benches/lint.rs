//! How fast `haven-pack lint` is, how much memory it takes, and how it compares with Mozilla's
//! compare-locales, the reference tool for checking Fluent translations.
//!
//! ```text
//! pip install compare-locales
//! cargo bench -p haven-pack --bench lint
//! ```
//!
//! It prints, for the default 15-language pack and for a generated pack 50 times its size, the wall
//! time (median of several runs) and peak memory (the largest resident set of the process, from
//! `wait4`) of `haven-pack lint` and of `compare-locales` on the same pack, in the same run, with the
//! ratio. Then it runs both tools on the default pack and on every pack of the broken-pack corpus
//! (`tests/broken-packs/`) and prints what compare-locales finds that Haven does not (the goal is
//! nothing), and what Haven finds that compare-locales does not.
//!
//! Both tools run as child processes, as a user runs them, so start-up is included for both. No
//! figure is asserted: speed is read, not tested. Without compare-locales on `PATH`, only Haven's
//! figures are printed.

#[path = "../tests/integration/corpus.rs"]
#[allow(dead_code)]
mod corpus;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use haven_format::PackInfo;
use serde_json::Value;

/// How many times larger than the default pack the generated pack is.
const SCALE: usize = 50;

fn main() {
    let work = tempfile::tempdir().unwrap();
    let default_pack = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let large_pack = work.path().join(format!("pack-{SCALE}x"));
    generate_large_pack(&default_pack, &large_pack, SCALE);
    let has_compare_locales = Command::new("compare-locales")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());

    println!("Lint speed: haven-pack lint against compare-locales (release build)");
    println!(
        "Wall time is the median of the runs; memory is the peak resident set of the process.\n"
    );
    println!(
        "{:<28} {:>6} {:>9} | {:>21} | {:>21} | haven is",
        "pack", "files", "size", "haven-pack lint", "compare-locales"
    );
    for (name, dir, runs, cl_runs) in [
        ("default pack (15 locales)", default_pack.as_path(), 15, 5),
        ("generated pack (50x size)", large_pack.as_path(), 5, 1),
    ] {
        let (files, bytes) = size_of(dir);
        let haven = measure(&mut haven_lint(dir), runs, work.path());
        let cl = has_compare_locales
            .then(|| measure(&mut compare_locales(dir, work.path()), cl_runs, work.path()));
        let cl_text = cl.as_ref().map_or("not installed".to_owned(), Run::to_string);
        let ratio = cl
            .as_ref()
            .map_or(String::new(), |cl| format!("{:.0}x faster", cl.seconds / haven.seconds));
        println!(
            "{name:<28} {files:>6} {:>6} KB | {haven:>21} | {cl_text:>21} | {ratio}",
            bytes / 1024
        );
    }

    if has_compare_locales {
        println!();
        compare_findings(&default_pack, work.path());
    }
}

/// A measured run: median wall time and the largest peak memory of the runs.
struct Run {
    seconds: f64,
    peak_kb: u64,
}

impl std::fmt::Display for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = format!("{:.3} s {:>6.1} MB", self.seconds, self.peak_kb as f64 / 1024.0);
        f.pad(&text)
    }
}

/// Runs `command` `runs` times, its output going to a file, and times each run.
fn measure(command: &mut Command, runs: usize, scratch: &Path) -> Run {
    let mut times = Vec::new();
    let mut peak_kb = 0;
    for _ in 0..runs {
        let output = fs::File::create(scratch.join("output")).unwrap();
        command.stdout(output).stderr(Stdio::null());
        let start = Instant::now();
        // Waited for with wait4 below, which also gives its peak memory.
        #[allow(clippy::zombie_processes)]
        let child = command.spawn().expect("the tool runs");
        let (max_rss_kb, _) = wait_for(child.id());
        times.push(start.elapsed().as_secs_f64());
        peak_kb = peak_kb.max(max_rss_kb);
    }
    times.sort_by(f64::total_cmp);
    Run { seconds: times[times.len() / 2], peak_kb }
}

/// Waits for a child and returns its peak resident set in KB (Linux reports `ru_maxrss` in KB)
/// and its exit status.
fn wait_for(pid: u32) -> (u64, i32) {
    let mut status = 0;
    // SAFETY: rusage is plain data that wait4 fills in; the pid is our own child, not yet waited for.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let waited = unsafe { libc::wait4(pid as libc::pid_t, &mut status, 0, &mut usage) };
    assert_eq!(waited, pid as libc::pid_t, "wait4 failed");
    (usage.ru_maxrss as u64, status)
}

fn haven_lint(dir: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_haven-pack"));
    command.arg("lint").arg(dir).args(["--format", "json"]);
    command
}

/// compare-locales on a pack: every locale but the reference, each `<locale>/*.ftl` against the
/// reference's, with JSON output.
fn compare_locales(dir: &Path, scratch: &Path) -> Command {
    // A broken pack.toml (a case of the corpus) is read as far as it goes: compare the folders
    // that are there.
    let (mut info, _) = PackInfo::read(&fs::read_to_string(dir.join("pack.toml")).unwrap());
    if info.reference_locale.is_empty() {
        info.reference_locale = "en".into();
    }
    let mut locales: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|l| *l != info.reference_locale && !l.starts_with('.'))
        .collect();
    locales.sort();
    let config = scratch.join(format!("l10n-{}.toml", dir.file_name().unwrap().to_string_lossy()));
    let quoted: Vec<String> = locales.iter().map(|l| format!("\"{l}\"")).collect();
    fs::write(
        &config,
        format!(
            "basepath = \"{}\"\nlocales = [{}]\n\n[[paths]]\nreference = \"{}/*.ftl\"\nl10n = \"{{locale}}/*.ftl\"\n",
            dir.display(),
            quoted.join(", "),
            info.reference_locale
        ),
    )
    .unwrap();
    let mut command = Command::new("compare-locales");
    command.args(["--json", "-"]).arg(&config).arg(dir);
    command
}

/// The default pack with its articles copied in every locale, each copy listed in pack.toml with its
/// sources, until the pack's Fluent and TOML text is `scale` times as large as the default pack's.
fn generate_large_pack(from: &Path, to: &Path, scale: usize) {
    corpus::copy_tree(from, to);
    let target = size_of(from).1 * scale as u64;
    let manifest_path = to.join("pack.toml");
    let mut manifest = fs::read_to_string(&manifest_path).unwrap();
    let (info, _) = PackInfo::read(&manifest);
    let mut copy = 1;
    while size_of(to).1 + manifest.len() as u64 - fs::metadata(&manifest_path).unwrap().len()
        < target
    {
        copy += 1;
        for article in &info.articles {
            let id = format!("{}-{copy}", article.id);
            for locale in &info.locales {
                let source = to.join(&locale.code).join(format!("{}.ftl", article.id));
                fs::copy(&source, to.join(&locale.code).join(format!("{id}.ftl"))).unwrap();
            }
            manifest
                .push_str(&format!("\n[[articles]]\nid = \"{id}\"\nicon = \"{}\"\n", article.icon));
            for source in &article.sources {
                manifest.push_str(&format!(
                    "\n[[articles.sources]]\ntitle = {}\nurl = {}\n",
                    toml::Value::String(source.title.to_string()),
                    toml::Value::String(source.url.to_string())
                ));
            }
        }
    }
    fs::write(manifest_path, manifest).unwrap();
}

/// How many Fluent and TOML files a pack has, and their bytes.
fn size_of(dir: &Path) -> (usize, u64) {
    let mut files = 0;
    let mut bytes = 0;
    let mut stack = vec![dir.to_owned()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "ftl" || e == "toml") {
                files += 1;
                bytes += entry.metadata().unwrap().len();
            }
        }
    }
    (files, bytes)
}

/// One finding of either tool: the file, the message it is about (if any), and what it says.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Finding {
    file: String,
    entity: Option<String>,
    kind: String,
    text: String,
}

/// Runs both tools on the default pack and every case of the corpus, and prints what each finds
/// that the other does not.
fn compare_findings(default_pack: &Path, scratch: &Path) {
    let mut packs: Vec<(String, PathBuf)> = vec![("default pack".into(), default_pack.to_owned())];
    for case in corpus::cases() {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let dir = scratch.join("cases").join(&name);
        corpus::broken_pack(&case, &dir).expect("the corpus applies");
        packs.push((name, dir));
    }
    let mut missed = Vec::new();
    let mut cl_total = 0;
    let mut only_haven: BTreeMap<String, usize> = BTreeMap::new();
    for (name, dir) in &packs {
        let haven = haven_findings(dir, scratch);
        let cl = compare_locales_findings(dir, scratch);
        cl_total += cl.len();
        for finding in &cl {
            if !haven.iter().any(|h| matches(finding, h)) {
                missed.push(format!("{name}: {} {}: {}", finding.file, finding.kind, finding.text));
            }
        }
        for finding in &haven {
            if !cl.iter().any(|c| matches(c, finding)) {
                *only_haven.entry(finding.kind.clone()).or_default() += 1;
            }
        }
    }
    println!(
        "Findings on the default pack and the {} packs of tests/broken-packs:",
        packs.len() - 1
    );
    println!("  compare-locales reports {cl_total} problems.");
    if missed.is_empty() {
        println!("  Haven finds every one of them (the same file and message).");
    } else {
        println!("  compare-locales finds {} that Haven does not:", missed.len());
        for line in &missed {
            println!("    {line}");
        }
    }
    let total: usize = only_haven.values().sum();
    println!("  Haven finds {total} problems compare-locales does not, by check:");
    let codes: BTreeSet<_> = only_haven.iter().collect();
    for (code, count) in codes {
        println!("    {code:<28} {count}");
    }
}

/// A compare-locales finding is found by Haven when Haven reports a problem in the same file about
/// the same message (or one of its blocks); a syntax error compare-locales names by its text is
/// matched by any syntax problem in the file.
///
/// Two findings name the same problem differently, and count as matched:
/// - a translation whose reference file is missing is an "obsolete file" to compare-locales; Haven
///   reports the cause once, as the reference's missing file;
/// - a term (`-name`) is named by compare-locales as the entity, by Haven in the text of the
///   problem of the message that uses or clashes with it.
fn matches(cl: &Finding, haven: &Finding) -> bool {
    if cl.kind == "obsoleteFile" && haven.kind == "missing-reference-file" {
        let name = |file: &str| file.rsplit('/').next().map(str::to_owned);
        return name(&cl.file) == name(&haven.file);
    }
    if cl.file != haven.file {
        return false;
    }
    match &cl.entity {
        Some(entity) => {
            let is_same_message = haven.entity.as_deref().is_some_and(|id| {
                id == entity
                    || id.starts_with(&format!("{entity}."))
                    || entity.starts_with(&format!("{id}."))
            });
            is_same_message || (entity.starts_with('-') && haven.text.contains(entity.as_str()))
        }
        None if cl.kind == "error" && cl.text.starts_with("Unparsed content") => {
            haven.kind == "syntax-error" || haven.kind == "missing-default-variant"
        }
        None => true,
    }
}

fn haven_findings(dir: &Path, scratch: &Path) -> Vec<Finding> {
    let output = scratch.join("haven.json");
    let file = fs::File::create(&output).unwrap();
    haven_lint(dir).stdout(file).stderr(Stdio::null()).status().unwrap();
    let json: Value = serde_json::from_str(&fs::read_to_string(&output).unwrap()).unwrap();
    json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| Finding {
            file: d["file"].as_str().unwrap().to_owned(),
            entity: d["id"].as_str().map(str::to_owned),
            kind: d["code"].as_str().unwrap().to_owned(),
            text: d["message"].as_str().unwrap().to_owned(),
        })
        .collect()
}

fn compare_locales_findings(dir: &Path, scratch: &Path) -> Vec<Finding> {
    let output = scratch.join("compare-locales.json");
    let file = fs::File::create(&output).unwrap();
    compare_locales(dir, scratch).stdout(file).stderr(Stdio::null()).status().unwrap();
    let text = fs::read_to_string(&output).unwrap();
    let Ok(json) = serde_json::from_str::<Value>(&text) else { return Vec::new() };
    let mut findings = Vec::new();
    for project in json.as_array().into_iter().flatten() {
        let Some(details) = project["details"].as_object() else { continue };
        for (file, items) in details {
            for item in items.as_array().into_iter().flatten() {
                let Some((kind, data)) = item.as_object().and_then(|o| o.iter().next()) else {
                    continue;
                };
                let text = data.as_str().unwrap_or_default().to_owned();
                let entity = match kind.as_str() {
                    "missingEntity" | "obsoleteEntity" => Some(text.clone()),
                    "missingFile" | "obsoleteFile" => None,
                    _ => entity_of(&text),
                };
                findings.push(Finding { file: file.clone(), entity, kind: kind.clone(), text });
            }
        }
    }
    findings
}

/// The message a compare-locales error or warning is about: "... at line 4, column 1 for danger",
/// or "title occurs 2 times".
fn entity_of(text: &str) -> Option<String> {
    if let Some((_, entity)) = text.rsplit_once(" for ") {
        return Some(entity.trim().to_owned());
    }
    text.strip_suffix(" times")
        .and_then(|rest| rest.split_once(" occurs "))
        .map(|(entity, _)| entity.to_owned())
}
