//! The `haven-pack` binary: parse the command line and hand each command to the library.

use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::{bail, Context, Result};
use clap::Parser;
use haven_sync::{SyncConfig, TrustedKey};
use std::path::Path;

use haven_library::{Direction, PackSource};
use haven_pack::cli::{Cli, Command, Format, TextDirection};
use haven_pack::new_locale::{self, NewLocale};
use haven_pack::status;
use haven_pack::{pull, serve};
use haven_publish::build::{self as publish, BuildOptions, PublishError};
use haven_publish::keys::{self, PASSWORD_VARIABLE};

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("haven-pack: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Lint { content_dir, format, interface } => {
            require_pack(&content_dir)?;
            let run = haven_pack::lint::run(&content_dir, interface.as_deref());
            match format {
                Format::Human => print!("{}", run.to_human()),
                Format::Json => println!("{}", run.to_json()),
            }
            Ok(if run.has_errors() { ExitCode::FAILURE } else { ExitCode::SUCCESS })
        }
        Command::Status { content_dir, format } => {
            require_pack(&content_dir)?;
            let coverage = haven_lint::coverage(&PackSource::Directory(content_dir.clone()));
            match format {
                Format::Human => print!("{}", status::to_table(&coverage)),
                Format::Json => println!("{}", status::to_json(&coverage)),
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::NewLocale { content_dir, locale, endonym, dir } => {
            require_pack(&content_dir)?;
            let request = NewLocale {
                content_dir: content_dir.clone(),
                locale,
                endonym,
                direction: match dir {
                    TextDirection::Ltr => Direction::Ltr,
                    TextDirection::Rtl => Direction::Rtl,
                },
            };
            let scaffold = new_locale::create(&request)?;
            println!(
                "Created {} with {} files: {} messages to translate from `{}`, each written there as a comment.",
                scaffold.dir.display(),
                scaffold.files.len(),
                scaffold.messages,
                scaffold.reference_locale
            );
            println!(
                "Added `{}` to {} as review = \"not-translated\". Until a message is translated, \
                readers see the `{}` text.",
                request.locale,
                content_dir.join("pack.toml").display(),
                scaffold.reference_locale
            );
            println!("Follow the progress with `haven-pack status {}`.", content_dir.display());
            Ok(ExitCode::SUCCESS)
        }
        Command::MarkTranslated { content_dir, locale } => {
            require_pack(&content_dir)?;
            let source = PackSource::Directory(content_dir.clone());
            let record = haven_lint::translation_record(&source, &locale)?;
            let path = content_dir.join(&locale).join(haven_lint::RECORD_FILE);
            std::fs::write(&path, record)
                .with_context(|| format!("cannot write {}", path.display()))?;
            println!(
                "Wrote {}: every message of `{locale}` is marked as translated from today's reference text.",
                path.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Keygen { out } => {
            let password = std::env::var(PASSWORD_VARIABLE).ok().filter(|p| !p.is_empty());
            let generated = keys::generate(&out, password)?;
            println!(
                "Secret key: {} ({})",
                generated.secret_key.display(),
                if generated.is_encrypted {
                    "encrypted with $HAVEN_KEY_PASSWORD"
                } else {
                    "not encrypted: keep it off shared machines"
                }
            );
            println!("Public key: {} (build it into the app)", generated.public_key.display());
            println!("{}", generated.public_key_line);
            Ok(ExitCode::SUCCESS)
        }
        Command::Build { content_dir, key, out, expires_in_days, version_check } => {
            if expires_in_days == 0 {
                bail!("--expires-in-days must be at least 1");
            }
            let password = std::env::var(PASSWORD_VARIABLE).ok().filter(|p| !p.is_empty());
            let secret = keys::read_secret_key(&key, password)?;
            let options = BuildOptions {
                content_dir,
                out,
                now: SystemTime::now().duration_since(UNIX_EPOCH)?.as_secs(),
                expires_in_days,
                require_new_version: version_check,
            };
            match publish::build(&options, &secret) {
                Ok(report) => {
                    for warning in &report.warnings {
                        eprintln!("{}", haven_pack::lint::line_in(warning, &options.content_dir));
                    }
                    let m = &report.manifest;
                    println!(
                        "Published {} version {} to {}: {} files in {} file lists, {} new blobs.",
                        m.pack_id,
                        m.version,
                        options.out.display(),
                        report.files.len(),
                        m.groups.len(),
                        report.new_blobs,
                    );
                    if report.reused_blobs > 0 {
                        println!(
                            "Since the version published before: {} files changed ({} sent as \
                            deltas), {} unchanged; {} of {} file lists changed.",
                            report.files.len() - report.reused_blobs,
                            report.deltas,
                            report.reused_blobs,
                            report.changed_lists,
                            m.groups.len()
                        );
                    }
                    println!(
                        "Phones refuse this signature after {expires_in_days} days: build \
                        again before then."
                    );
                    Ok(ExitCode::SUCCESS)
                }
                Err(error) => report_publish_error(error, &options.content_dir),
            }
        }
        Command::Serve { public_dir, addr } => {
            if !public_dir.join(haven_sync::release::MANIFEST_FILE).is_file() {
                bail!("{}: no manifest.json; run `haven-pack build` first", public_dir.display());
            }
            let runtime = tokio::runtime::Runtime::new()?;
            runtime
                .block_on(serve::serve(&public_dir, addr, |bound| {
                    println!("Serving {} on http://{bound}/", public_dir.display());
                }))
                .with_context(|| format!("cannot serve on {addr}"))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Pull { url, trusted_keys, store, pack_id, min_version, format } => {
            let mut keys = Vec::new();
            for key in &trusted_keys {
                let text = match std::fs::read_to_string(key) {
                    Ok(text) => text,
                    Err(_) => key.clone(),
                };
                keys.push(
                    TrustedKey::parse(&text).with_context(|| format!("--trusted-key {key}"))?,
                );
            }
            let mut config = SyncConfig::new(url, keys);
            config.pack_id = pack_id;
            config.min_version = min_version;
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
            let report = runtime.block_on(pull::pull(&config, &store));
            match format {
                Format::Json => println!("{}", serde_json::to_string(&report)?),
                Format::Human => println!("{}", report.to_human()),
            }
            Ok(if report.is_refused() { ExitCode::from(2) } else { ExitCode::SUCCESS })
        }
    }
}

/// Prints every problem on its own line (file, line and column first), then fails.
fn report_publish_error(error: PublishError, content_dir: &Path) -> Result<ExitCode> {
    if let PublishError::InvalidPack { report } = &error {
        eprint!("{}", haven_pack::lint::to_human(report, content_dir));
    }
    eprintln!("haven-pack: {error}");
    Ok(ExitCode::FAILURE)
}

/// A clear message for the most common slip: a folder that is not a pack at all.
fn require_pack(content_dir: &Path) -> Result<()> {
    if !content_dir.is_dir() {
        bail!("{}: no such folder", content_dir.display());
    }
    if !content_dir.join("pack.toml").is_file() {
        bail!("{}: not a pack folder (it has no pack.toml)", content_dir.display());
    }
    Ok(())
}
