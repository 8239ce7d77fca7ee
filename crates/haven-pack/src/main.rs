//! The `haven-pack` binary: parse the command line and hand each command to the library.

use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::{bail, Context, Result};
use clap::Parser;
use haven_sync::{RootKeys, SyncConfig, Trust, TrustedKey};
use minisign::SecretKey;
use std::io::IsTerminal;
use std::path::Path;

use haven_library::{Direction, PackSource};
use haven_pack::cli::{Cli, Command, DirectoryAction, Format, KeyRole, TextDirection};
use haven_pack::new_locale::{self, NewLocale};
use haven_pack::status;
use haven_pack::{pull, serve};
use haven_publish::bucket;
use haven_publish::build::{self as publish, BuildOptions, PublishError};
use haven_publish::hsds;
use haven_publish::keys::{self, KeyError, PASSWORD_VARIABLE};
use haven_publish::trust::{self, TrustOptions};
use haven_publish::voice;
use haven_publish::web_edition;

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
        Command::Voice { content_dir, locale, out, only_embedded, interface } => {
            require_pack(&content_dir)?;
            let options = voice::VoiceOptions {
                content_dir,
                locale,
                out,
                only_embedded,
                interface: match interface {
                    Some(dir) => PackSource::Directory(dir),
                    None => web_edition::assets::interface_strings(),
                },
            };
            let report = voice::make_voices(&options)?;
            println!("Locale    Voice    Made  Kept  Recordings      Bytes");
            for locale in &report {
                let voice = match &locale.voice {
                    Ok(voice) => voice.clone(),
                    Err(_) => "none".to_owned(),
                };
                println!(
                    "{:<8}  {:<7} {:>5} {:>5} {:>11} {:>10}",
                    locale.locale, voice, locale.made, locale.kept, locale.recordings, locale.bytes
                );
            }
            for locale in &report {
                if let Err(reason) = &locale.voice {
                    println!("`{}` has no synthetic audio: {reason}.", locale.locale);
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Keygen { out, role, unencrypted } => {
            let password = password_for_new_key(unencrypted)?;
            let role = match role {
                KeyRole::Root => keys::KeyRole::Root,
                KeyRole::Signing => keys::KeyRole::Signing,
            };
            let generated = keys::generate_pair(&out, role, password)?;
            println!(
                "Secret key: {} ({})",
                generated.secret_key.display(),
                if generated.is_encrypted {
                    "encrypted with your password"
                } else {
                    "NOT encrypted: anyone who copies this file can sign as you"
                }
            );
            match role {
                keys::KeyRole::Root => println!(
                    "Public key: {} (build it into the app; keep root.key offline, see \
                    docs/keys.md)",
                    generated.public_key.display()
                ),
                keys::KeyRole::Signing => println!(
                    "Public key: {} (name it in the root with `haven-pack trust`)",
                    generated.public_key.display()
                ),
            }
            println!("{}", generated.public_key_line);
            Ok(ExitCode::SUCCESS)
        }
        Command::Trust { public_dir, root_keys, signing_keys, expires_days } => {
            let mut secrets = Vec::new();
            for path in &root_keys {
                secrets.push(read_secret_key(path)?);
            }
            let mut trusted = Vec::new();
            for key in &signing_keys {
                trusted.push(read_public_key(key).with_context(|| format!("--signing-key {key}"))?);
            }
            let options = TrustOptions {
                public_dir,
                signing_keys: trusted,
                now: SystemTime::now().duration_since(UNIX_EPOCH)?.as_secs(),
                expires_in_days: expires_days,
            };
            let root = trust::publish_root(&options, &secrets)?;
            println!(
                "Wrote root version {} to {}: {} signing key(s) trusted, expires in {expires_days} \
                days (write a new root version before then).",
                root.version,
                options.public_dir.join(haven_sync::root::root_file(root.version)).display(),
                root.signing_keys.len(),
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Build {
            content_dir,
            key,
            out,
            expires_in_days,
            version_check,
            no_web_edition,
            voice,
        } => {
            if expires_in_days == 0 {
                bail!("--expires-in-days must be at least 1");
            }
            let secret = read_secret_key(&key)?;
            // The voiced copy must outlive the build that reads it.
            let voiced = match voice {
                true => {
                    require_pack(&content_dir)?;
                    let interface = web_edition::assets::interface_strings();
                    let (temp, copy, made) = voice::voiced_copy(&content_dir, interface)?;
                    let clips: usize = made.iter().map(|l| l.made + l.kept + l.recordings).sum();
                    let bytes: u64 = made.iter().map(|l| l.bytes).sum();
                    println!("Audio: {clips} clips, {bytes} bytes, in {} locales.", made.len());
                    Some((temp, copy))
                }
                false => None,
            };
            let content_dir = voiced.as_ref().map_or(content_dir, |(_, copy)| copy.clone());
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
                    print_build_notices(&report, &options.out);
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
                }
                Err(error) => return report_publish_error(error, &options.content_dir),
            }
            if !no_web_edition {
                let interface = web_edition::assets::interface_strings();
                match web_edition::publish(&options.content_dir, interface, &options.out) {
                    Ok((report, _)) => print_web_report(&report, &options.out),
                    Err(error) => return report_publish_error(error, &options.content_dir),
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Site { content_dir, out, interface } => {
            require_pack(&content_dir)?;
            let interface = match interface {
                Some(dir) => PackSource::Directory(dir),
                None => web_edition::assets::interface_strings(),
            };
            match web_edition::publish(&content_dir, interface, &out) {
                Ok((report, lint)) => {
                    for warning in &lint.diagnostics {
                        eprintln!("{}", haven_pack::lint::line_in(warning, &content_dir));
                    }
                    print_web_report(&report, &out);
                    Ok(ExitCode::SUCCESS)
                }
                Err(error) => report_publish_error(error, &content_dir),
            }
        }
        Command::Directory { action } => run_directory(action),
        Command::Publish { public_dir, url } => {
            let url = bucket::BucketUrl::parse(&url)?;
            let environment: Vec<(String, String)> = std::env::vars().collect();
            let bucket = bucket::s3_bucket(&url, &environment)?;
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
            let report = runtime.block_on(bucket::publish(&public_dir, &bucket))?;
            print!("{}", haven_pack::publish::to_human(&report, &bucket.display));
            Ok(ExitCode::SUCCESS)
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
        Command::Pull {
            url,
            trusted_roots,
            trusted_keys,
            store,
            pack_id,
            min_version,
            group,
            format,
        } => {
            let parse_all = |keys: &[String], flag: &str| -> Result<Vec<TrustedKey>> {
                keys.iter()
                    .map(|key| read_public_key(key).with_context(|| format!("{flag} {key}")))
                    .collect()
            };
            let keys: Trust = if trusted_roots.is_empty() {
                Trust::SigningKeys(parse_all(&trusted_keys, "--trusted-key")?)
            } else {
                Trust::Root(RootKeys {
                    keys: parse_all(&trusted_roots, "--trusted-root")?,
                    threshold: 1,
                })
            };
            let mut config = SyncConfig::new(url, keys);
            config.pack_id = pack_id;
            config.min_version = min_version;
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
            let report = runtime.block_on(pull::pull(&config, &store, group.as_deref()));
            match format {
                Format::Json => println!("{}", serde_json::to_string(&report)?),
                Format::Human => println!("{}", report.to_human()),
            }
            Ok(if report.is_refused() { ExitCode::from(2) } else { ExitCode::SUCCESS })
        }
    }
}

fn run_directory(action: DirectoryAction) -> Result<ExitCode> {
    match action {
        DirectoryAction::Export { content_dir, out } => {
            require_pack(&content_dir)?;
            let export = hsds::export(&content_dir)
                .with_context(|| format!("cannot export {}", content_dir.display()))?;
            haven_sync::durable::write_atomically(&out, export.json.as_bytes())
                .with_context(|| format!("cannot write {}", out.display()))?;
            println!("Wrote {} services to {} as HSDS 3.0 JSON.", export.services, out.display());
        }
        DirectoryAction::Import { file, into, format } => {
            require_pack(&into)?;
            let json = std::fs::read_to_string(&file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            let report = hsds::import(&json, &into).with_context(|| {
                format!("{}: nothing was imported into {}", file.display(), into.display())
            })?;
            match format {
                Format::Json => println!("{}", serde_json::to_string(&report)?),
                Format::Human => print!("{}", import_summary(&report, &file, &into)),
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// What an import did, for a person: the counts, new names, and each value not mapped.
fn import_summary(report: &hsds::ImportReport, file: &Path, into: &Path) -> String {
    let mut out = format!(
        "Imported {} into {}: {} updated, {} added, {} unchanged.\n",
        file.display(),
        into.join(haven_format::SERVICES_FILE).display(),
        report.updated.len(),
        report.added.len(),
        report.unchanged.len(),
    );
    if !report.added.is_empty() {
        out.push_str(&format!("Added: {}.\n", report.added.join(", ")));
    }
    if let Some(fluent) = &report.names_written_to {
        out.push_str(&format!(
            "Their names and descriptions were added to {}; the other locales show them there \
            until they are translated.\n",
            fluent.display()
        ));
    }
    if !report.not_in_file.is_empty() {
        out.push_str(&format!(
            "Not in the file, kept as they were: {}.\n",
            report.not_in_file.join(", ")
        ));
    }
    if !report.not_mapped.is_empty() {
        out.push_str(&format!("Not imported ({}):\n", report.not_mapped.len()));
        for item in &report.not_mapped {
            out.push_str(&format!("  {}: {}\n", item.path, item.reason));
        }
    }
    out
}

/// A public key from a `.pub` file, or its base64 key line given as it is.
fn read_public_key(key: &str) -> Result<TrustedKey> {
    let text = std::fs::read_to_string(key).unwrap_or_else(|_| key.to_owned());
    Ok(TrustedKey::parse(&text)?)
}

/// The password in $HAVEN_KEY_PASSWORD, if it is set and not empty.
fn password_from_environment() -> Option<String> {
    std::env::var(PASSWORD_VARIABLE).ok().filter(|p| !p.is_empty())
}

/// The password for a new key: $HAVEN_KEY_PASSWORD, else asked twice on the terminal; `None` only
/// with `--unencrypted`.
///
/// Fails with no terminal and no $HAVEN_KEY_PASSWORD (and no `--unencrypted`), or when the two
/// answers differ or are empty.
fn password_for_new_key(unencrypted: bool) -> Result<Option<String>> {
    if unencrypted {
        return Ok(None);
    }
    if let Some(password) = password_from_environment() {
        return Ok(Some(password));
    }
    if !std::io::stdin().is_terminal() {
        bail!(
            "no terminal to ask for the new key's password: set {PASSWORD_VARIABLE}, or pass \
            --unencrypted to write the secret key unencrypted on purpose"
        );
    }
    let password = rpassword::prompt_password("Password for the new secret key: ")?;
    if password.is_empty() {
        bail!("an empty password; pass --unencrypted to write the key unencrypted on purpose");
    }
    if rpassword::prompt_password("The same password again: ")? != password {
        bail!("the two passwords differ; nothing was written");
    }
    Ok(Some(password))
}

/// Reads a secret key, decrypting it with $HAVEN_KEY_PASSWORD, or with a password asked on the
/// terminal when that is not set.
///
/// Fails when the key cannot be read, or is encrypted and the password is missing or wrong.
fn read_secret_key(path: &Path) -> Result<SecretKey> {
    let password = match password_from_environment() {
        Some(password) => Some(password),
        None if keys::is_encrypted(path)? && std::io::stdin().is_terminal() => {
            Some(rpassword::prompt_password(format!("Password for {}: ", path.display()))?)
        }
        None => None,
    };
    match keys::read_secret_key(path, password) {
        Ok(key) => Ok(key),
        Err(error @ KeyError::WrongPassword { .. }) => {
            bail!("{error} (kind: {}); nothing was signed", error.kind())
        }
        Err(error) => Err(error.into()),
    }
}

/// What the web edition is, and where to open it.
fn print_web_report(report: &web_edition::WebReport, out: &Path) {
    println!(
        "Wrote the web edition to {}: {} pages in {} languages ({} files, {} bytes). Readers open \
        {}; upload the whole folder.",
        out.display(),
        report.pages,
        report.locales,
        report.files,
        report.bytes,
        out.join(web_edition::PICKER_FILE).display(),
    );
}

/// What a build should tell the NGO besides what it published.
fn print_build_notices(report: &haven_publish::build::BuildReport, out: &Path) {
    if let Some(ignored) = report.ignored_untrusted {
        eprintln!(
            "warning: {}: the version {ignored} published there is not signed by a key the root \
            names (a revoked key?); it was ignored and is replaced now",
            out.display()
        );
    }
    if let Some(from) = report.version_jump_from {
        eprintln!(
            "warning: version {} is more than {} above version {from} published before: phones \
            that take it will never accept a lower version. Check `version` in pack.toml.",
            report.manifest.version,
            publish::MAX_VERSION_JUMP
        );
    }
    if report.root_version.is_none() {
        eprintln!(
            "note: {} has no root yet: apps that trust a root key refuse it until \
            `haven-pack trust {} --root-key root.key --signing-key haven.pub` writes one",
            out.display(),
            out.display()
        );
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
