//! The root of trust (issue 12, section 1): the offline root key names the signing keys, a stolen
//! signing key is revoked through the content channel, and phones recover without an app release.
//! Every phone here trusts only the workspace's root public key, as the app does.

use std::path::Path;
use std::process::Command;

use haven_pack::serve::router;
use haven_publish::keys::{self, KeyRole};
use haven_publish::trust::sign_root;
use haven_sync::root::{root_file, root_signature_file, Root, ROOT_FORMAT};
use haven_sync::{RootError, SignatureError, SyncError, SyncStatus, TrustedKey};
use minisign::SecretKey;

use crate::fixture::*;

/// A new signing key pair, as the NGO makes after a laptop is lost.
fn new_signing_key(workspace: &Workspace, name: &str) -> (SecretKey, TrustedKey) {
    let generated = keys::generate(&workspace.path(name), None).unwrap();
    let secret = keys::read_secret_key(&generated.secret_key, None).unwrap();
    (secret, TrustedKey::parse(&generated.public_key_line).unwrap())
}

/// Writes `root` into `public` at the place of `at`, signed with `signers`, bypassing the checks of
/// `haven-pack trust` (as an attacker, or a broken publishing script, would).
fn write_root_as(public: &Path, at: u64, root: &Root, signers: &[SecretKey]) {
    let bytes = root.to_json();
    let signatures = sign_root(root, &bytes, signers).unwrap();
    std::fs::create_dir_all(public.join("roots")).unwrap();
    std::fs::write(public.join(root_file(at)), bytes).unwrap();
    std::fs::write(public.join(root_signature_file(at)), signatures).unwrap();
}

/// Copies the root chain of `from` into `to`, as a hostile mirror serving the real roots would.
fn copy_roots(from: &Path, to: &Path) {
    copy_dir(&from.join("roots"), &to.join("roots"));
}

fn root(version: u64, root_keys: &[&TrustedKey], signing_keys: &[&TrustedKey]) -> Root {
    let lines = |keys: &[&TrustedKey]| keys.iter().map(|k| k.as_base64().to_owned()).collect();
    Root {
        format: ROOT_FORMAT,
        version,
        created: unix_now(),
        expires: unix_now() + 86_400,
        root_keys: lines(root_keys),
        root_threshold: 1,
        signing_keys: lines(signing_keys),
    }
}

#[test]
fn a_stolen_signing_key_is_revoked_and_phones_recover_without_an_app_release() {
    let workspace = Workspace::new();
    let public = workspace.path("public");
    workspace.publish(&workspace.content(2), &public);
    let server = TestServer::start(router(&public));
    let store = workspace.store("phone");
    workspace.sync(&server.url, &store).unwrap();
    assert_in_use(&workspace, &store, 2);

    // The laptop with the signing key is stolen: the thief publishes a fake hotline number, and
    // while the key is trusted, phones take it.
    let stolen = &workspace.secret;
    workspace.publish_signed(&workspace.content(4), &public, stolen);
    workspace.sync(&server.url, &store).unwrap();
    assert_eq!(
        what_reader_sees(&store.current_with(&workspace.trust()).unwrap().dir).1,
        phone_for(4)
    );

    // The NGO makes a new signing key, signs root version 2 naming only it with the offline root
    // key, and publishes its next version with the new key into the same folder.
    let (new_secret, new_key) = new_signing_key(&workspace, "keys-after-theft");
    let rotated = workspace.write_root(&public, std::slice::from_ref(&new_key), unix_now(), 365);
    assert_eq!((rotated.version, rotated.signing_keys.len()), (2, 1));
    let report = workspace.publish_signed(&workspace.content(5), &public, &new_secret);
    assert_eq!(report.ignored_untrusted, Some(4), "the thief's version is not built upon");

    // The same phone, the same app: it learns root version 2 and takes the NGO's version 5.
    let outcome = workspace.sync(&server.url, &store).unwrap();
    assert_eq!((outcome.status, outcome.version), (SyncStatus::Updated, 5));
    assert_in_use(&workspace, &store, 5);
    assert_eq!(store.signing_keys(&workspace.trust()), vec![new_key]);

    // Whatever the stolen key signs from now on is refused, and the reader keeps version 5.
    let replay = workspace.path("thief-site");
    workspace.publish_signed(&workspace.content(6), &replay, stolen);
    copy_roots(&public, &replay);
    let thief = TestServer::start(router(&replay));
    let error = workspace.sync(&thief.url, &store).unwrap_err();
    assert!(
        matches!(error, SyncError::Signature { source: SignatureError::UntrustedKey, .. }),
        "{error}"
    );
    assert_in_use(&workspace, &store, 5);
    // And at the next start, offline: the stolen key's versions are not used.
    assert_eq!(workspace.version_in_use(&store), Some(5));
}

#[test]
fn a_fast_forward_by_a_stolen_key_is_recovered_after_a_rotation() {
    let workspace = Workspace::new();
    let public = workspace.path("public");
    workspace.publish(&workspace.content(2), &public);
    let server = TestServer::start(router(&public));
    let store = workspace.store("phone");
    workspace.sync(&server.url, &store).unwrap();

    // The thief signs the largest version pack.toml can hold, so the NGO could never publish again.
    let huge = i64::MAX as u64;
    let content = workspace.path("content-huge");
    copy_dir(&workspace.content(3), &content);
    set_version(&content, huge);
    workspace.publish_signed(&content, &public, &workspace.secret);
    let outcome = workspace.sync(&server.url, &store).unwrap();
    assert_eq!(outcome.version, huge);

    // Rotation: root version 2 drops the stolen key; the NGO's real next version is 3.
    let (new_secret, new_key) = new_signing_key(&workspace, "keys-after-theft");
    workspace.write_root(&public, &[new_key], unix_now(), 365);
    let report = workspace.publish_signed(&workspace.content(3), &public, &new_secret);
    assert_eq!(report.ignored_untrusted, Some(huge));

    let outcome = workspace.sync(&server.url, &store).unwrap();
    assert_eq!((outcome.status, outcome.version), (SyncStatus::Updated, 3));
    assert_in_use(&workspace, &store, 3);
    assert!(!store.installed_versions().contains(&huge), "the huge version is gone");
}

#[test]
fn a_root_made_with_a_root_key_the_phone_never_trusted_is_refused() {
    let workspace = Workspace::new();
    let attacker = Workspace::new();
    let store = workspace.store_with("phone", 2);

    // A site with the NGO's chain, and a root version 2 signed by the attacker's root key that
    // names the attacker's signing key, with a pack signed by it.
    let public = workspace.path("forged");
    attacker.publish_signed(&workspace.content(4), &public, &attacker.secret);
    copy_roots(&workspace.site(2), &public);
    let forged = root(2, &[&attacker.root_key], &[&attacker.trusted]);
    write_root_as(&public, 2, &forged, std::slice::from_ref(&attacker.root_secret));
    let server = TestServer::start(router(&public));
    let error = workspace.sync(&server.url, &store).unwrap_err();
    assert!(
        matches!(
            &error,
            SyncError::RootSignature {
                version: 2,
                source: RootError::TooFewSignatures { needed: 1, found: 0, .. },
                ..
            }
        ),
        "{error}"
    );
    assert_eq!(error.kind(), "root-signature");
    assert_in_use(&workspace, &store, 2);

    // A phone that has no root yet refuses a first root made with another root key.
    let fresh = workspace.store("fresh-phone");
    let other_site = attacker.site(2);
    let server = TestServer::start(router(&other_site));
    let error = workspace.sync(&server.url, &fresh).unwrap_err();
    assert!(matches!(error, SyncError::RootSignature { version: 1, .. }), "{error}");
    assert_eq!(workspace.version_in_use(&fresh), None, "the app keeps its own pack");
}

#[test]
fn an_expired_root_is_refused() {
    let workspace = Workspace::new();
    let public = workspace.path("public");
    // Signed 10 days ago, valid for 1 day.
    let ten_days_ago = unix_now() - 10 * 86_400;
    workspace.write_root(&public, std::slice::from_ref(&workspace.trusted), ten_days_ago, 1);
    workspace.publish(&workspace.content(2), &public);
    let server = TestServer::start(router(&public));
    let store = workspace.store("phone");
    let error = workspace.sync(&server.url, &store).unwrap_err();
    assert!(matches!(error, SyncError::RootExpired { version: 1, .. }), "{error}");
    assert_eq!(error.kind(), "root-expired");
    assert_eq!(workspace.version_in_use(&store), None);

    // Re-signing the root (a new version with a new expiry) ends the refusal.
    workspace.write_root(&public, std::slice::from_ref(&workspace.trusted), unix_now(), 365);
    let outcome = workspace.sync(&server.url, &store).unwrap();
    assert_eq!(outcome.version, 2);
}

#[test]
fn a_root_rotation_that_skips_a_version_is_refused() {
    let workspace = Workspace::new();
    let store = workspace.store_with("phone", 2);
    let public = workspace.path("skipping");
    copy_dir(&workspace.site(2), &public);
    // Root version 3, properly signed by the root key, where version 2 belongs.
    let (_, new_key) = new_signing_key(&workspace, "keys-new");
    let skipping = root(3, &[&workspace.root_key], &[&new_key]);
    write_root_as(&public, 2, &skipping, std::slice::from_ref(&workspace.root_secret));
    let server = TestServer::start(router(&public));
    let error = workspace.sync(&server.url, &store).unwrap_err();
    assert!(matches!(error, SyncError::RootVersion { expected: 2, found: 3, .. }), "{error}");
    assert_eq!(error.kind(), "root-version");
    assert_in_use(&workspace, &store, 2);
    assert_eq!(store.signing_keys(&workspace.trust()), vec![workspace.trusted.clone()]);
}

#[test]
fn a_root_changed_after_signing_is_refused() {
    let workspace = Workspace::new();
    let store = workspace.store_with("phone", 2);
    let public = workspace.path("changed");
    copy_dir(&workspace.site(2), &public);
    let (_, new_key) = new_signing_key(&workspace, "keys-new");
    workspace.write_root(&public, &[new_key], unix_now(), 365);
    let (_, thief_key) = new_signing_key(&workspace, "keys-thief");
    let path = public.join(root_file(2));
    let text = std::fs::read_to_string(&path).unwrap();
    let changed = text.replacen(
        "\"signing_keys\":[\"",
        &format!("\"signing_keys\":[\"{}\",\"", thief_key.as_base64()),
        1,
    );
    std::fs::write(&path, changed).unwrap();
    let server = TestServer::start(router(&public));
    let error = workspace.sync(&server.url, &store).unwrap_err();
    assert!(matches!(error, SyncError::RootSignature { version: 2, .. }), "{error}");
    assert_in_use(&workspace, &store, 2);
}

fn haven_pack(args: &[&str], dirs: &[&Path], password: Option<&str>) -> std::process::Output {
    let mut command = Command::new(haven_pack_binary());
    command.args(args).args(dirs);
    command.env_remove("HAVEN_KEY_PASSWORD");
    if let Some(password) = password {
        command.env("HAVEN_KEY_PASSWORD", password);
    }
    command.output().unwrap()
}

#[test]
fn the_command_line_makes_keys_a_root_and_a_pack_that_a_phone_pulls() {
    let workspace = Workspace::new();
    let keys = workspace.path("ngo");
    let public = workspace.path("site");
    let text = |o: &std::process::Output| {
        format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
    };

    // With no terminal, no password and no --unencrypted, keygen refuses and writes nothing.
    let refused = haven_pack(&["keygen", "--role", "root", "--out"], &[&keys], None);
    assert!(!refused.status.success());
    let message = text(&refused);
    assert!(
        message.contains("HAVEN_KEY_PASSWORD") && message.contains("--unencrypted"),
        "{message}"
    );
    assert!(!keys.join("root.key").exists());

    // The root key encrypted with a password; the signing key unencrypted on purpose.
    let root = haven_pack(&["keygen", "--role", "root", "--out"], &[&keys], Some("correct horse"));
    assert!(root.status.success(), "{}", text(&root));
    assert!(text(&root).contains("encrypted with your password"));
    assert!(keys::is_encrypted(&keys.join("root.key")).unwrap());
    let signing = haven_pack(&["keygen", "--unencrypted", "--out"], &[&keys], None);
    assert!(signing.status.success(), "{}", text(&signing));
    assert!(keys.join("haven.key").exists() && keys.join("haven.pub").exists());

    // The wrong password: refused with a clear message, nothing written.
    let (root_key, signing_pub) = (keys.join("root.key"), keys.join("haven.pub"));
    let trust_args =
        ["--root-key", root_key.to_str().unwrap(), "--signing-key", signing_pub.to_str().unwrap()];
    let wrong = Command::new(haven_pack_binary())
        .arg("trust")
        .arg(&public)
        .args(trust_args)
        .env("HAVEN_KEY_PASSWORD", "battery staple")
        .output()
        .unwrap();
    assert!(!wrong.status.success());
    let message = text(&wrong);
    assert!(message.contains("wrong password") && message.contains("root.key"), "{message}");
    assert!(message.contains("wrong-password"), "{message}");
    assert!(!public.join(root_file(1)).exists());

    let trusted = Command::new(haven_pack_binary())
        .arg("trust")
        .arg(&public)
        .args(trust_args)
        .args(["--expires-days", "30"])
        .env("HAVEN_KEY_PASSWORD", "correct horse")
        .output()
        .unwrap();
    assert!(trusted.status.success(), "{}", text(&trusted));
    assert!(public.join(root_file(1)).exists());

    // build keeps the root; a phone that trusts root.pub pulls the pack.
    let build = Command::new(haven_pack_binary())
        .arg("build")
        .arg(workspace.content(2))
        .arg("--key")
        .arg(keys.join("haven.key"))
        .arg("--out")
        .arg(&public)
        .env_remove("HAVEN_KEY_PASSWORD")
        .output()
        .unwrap();
    assert!(build.status.success(), "{}", text(&build));
    assert!(public.join(root_file(1)).exists() && public.join(root_signature_file(1)).exists());
    let server = ChildServer::haven_pack(&public);
    let store = workspace.path("store");
    let pull = Command::new(haven_pack_binary())
        .args(["pull", &server.url, "--trusted-root"])
        .arg(keys.join("root.pub"))
        .arg("--store")
        .arg(&store)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(pull.status.success(), "{}", text(&pull));
    let report: serde_json::Value = serde_json::from_slice(&pull.stdout).unwrap();
    assert_eq!((report["status"].as_str(), report["version"].as_u64()), (Some("updated"), Some(2)));

    // A signing key the root does not name cannot build into the site.
    let other = workspace.path("other");
    let generated = keys::generate_pair(&other, KeyRole::Signing, None).unwrap();
    let refused = Command::new(haven_pack_binary())
        .arg("build")
        .arg(workspace.content(3))
        .arg("--key")
        .arg(&generated.secret_key)
        .arg("--out")
        .arg(&public)
        .output()
        .unwrap();
    assert!(!refused.status.success());
    assert!(text(&refused).contains("not in root version 1"), "{}", text(&refused));
}

#[test]
fn build_warns_on_a_large_version_jump() {
    let workspace = Workspace::new();
    let public = workspace.path("public");
    let first = workspace.run_build(&workspace.content(2), &public, &[]);
    assert!(first.status.success());
    let content = workspace.path("content-typo");
    copy_dir(&workspace.content(2), &content);
    set_version(&content, 200);
    let jump = workspace.run_build(&content, &public, &[]);
    assert!(jump.status.success());
    let stderr = String::from_utf8_lossy(&jump.stderr);
    assert!(stderr.contains("warning: version 200 is more than 10 above version 2"), "{stderr}");
}
