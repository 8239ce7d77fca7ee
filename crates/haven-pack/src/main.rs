//! The `haven-pack` binary: parse the command line and hand each command to the library.

use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::{bail, Context, Result};
use clap::Parser;
use haven_core::sync::{SyncConfig, TrustedKey};
use haven_pack::cli::{Cli, Command, Format};
use haven_pack::keys::{self, PASSWORD_VARIABLE};
use haven_pack::publish::{self, BuildOptions, PublishError};
use haven_pack::{pull, serve};

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
        Command::Lint { content_dir } => match publish::check_pack(&content_dir) {
            Ok(library) => {
                let info = library.info();
                println!(
                    "{} version {}: no problems in {} locale(s).",
                    info.id,
                    info.version,
                    library.locales().len()
                );
                Ok(ExitCode::SUCCESS)
            }
            Err(error) => report_publish_error(error),
        },
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
                    let m = &report.manifest;
                    println!(
                        "Published {} version {} to {}: {} files, {} new blobs, {} unchanged.",
                        m.pack_id,
                        m.version,
                        options.out.display(),
                        m.files.len(),
                        report.new_blobs,
                        report.reused_blobs
                    );
                    println!(
                        "Phones refuse this signature after {expires_in_days} days: build \
                        again before then."
                    );
                    Ok(ExitCode::SUCCESS)
                }
                Err(error) => report_publish_error(error),
            }
        }
        Command::Serve { public_dir, addr } => {
            if !public_dir.join(haven_core::sync::manifest::MANIFEST_FILE).is_file() {
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

/// Prints every problem on its own line (file and line or message id first), then fails.
fn report_publish_error(error: PublishError) -> Result<ExitCode> {
    if let PublishError::InvalidPack { problems } = &error {
        for problem in problems {
            eprintln!("{problem}");
        }
    }
    eprintln!("haven-pack: {error}");
    Ok(ExitCode::FAILURE)
}
