//! `keygen`, `build` and `serve`: what an NGO does and what a CDN sees.

use std::process::Command;

use haven_publish::build::{self as publish, BuildOptions, PublishError};

use crate::fixture::*;

#[test]
fn keygen_keeps_the_secret_key_private_and_never_overwrites_it() {
    let workspace = Workspace::new();
    let out = workspace.path("ngo-keys");
    let keygen = || {
        Command::new(haven_pack_binary())
            .args(["keygen", "--unencrypted", "--out"])
            .arg(&out)
            .env_remove("HAVEN_KEY_PASSWORD")
            .output()
    };

    let first = keygen().unwrap();
    assert!(first.status.success());
    let secret = std::fs::read_to_string(out.join("haven.key")).unwrap();
    let secret_line = secret.lines().nth(1).unwrap();
    let printed = String::from_utf8_lossy(&first.stdout) + String::from_utf8_lossy(&first.stderr);
    assert!(!printed.contains(secret_line), "the secret key is never printed");
    let public = std::fs::read_to_string(out.join("haven.pub")).unwrap();
    assert!(printed.contains(public.lines().nth(1).unwrap()), "the public key is shown");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(out.join("haven.key")).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "only the owner can read the secret key");
    }

    let second = keygen().unwrap();
    assert!(!second.status.success(), "existing keys are not overwritten");
    assert!(String::from_utf8_lossy(&second.stderr).contains("already exists"));
    assert_eq!(std::fs::read_to_string(out.join("haven.key")).unwrap(), secret);
}

#[test]
fn build_refuses_a_broken_pack_and_names_the_file_and_message() {
    let workspace = Workspace::new();
    let content = workspace.content(2);
    edit(&content, "en/help-now.ftl", "CALL(\"emergency\")", "CALL(\"no-such-service\")");
    let out = workspace.path("public");
    let output = workspace.run_build(&content, &out, &[]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("en/help-now.ftl"), "names the file: {stderr}");
    assert!(stderr.contains("`summary`"), "names the message: {stderr}");
    assert!(stderr.contains("no-such-service"), "names the problem: {stderr}");
    assert!(!out.join("manifest.json").exists(), "nothing is published");
}

#[test]
fn rebuilding_keeps_the_address_of_every_unchanged_file_and_all_old_blobs() {
    let workspace = Workspace::new();
    let public = workspace.path("public");
    workspace.publish(&workspace.content(2), &public);
    let v1 = read_published_site(&public);
    let report = workspace.publish(&workspace.content(3), &public);
    let v2 = read_published_site(&public);

    // Version 3 changes one article, and pack.toml says the new version.
    assert_eq!(v2.manifest.version, 3);
    assert_eq!(report.reused_blobs, v1.files().len() - 2);
    for (old, new) in v1.files().iter().zip(&v2.files()) {
        assert_eq!(old.path, new.path);
        if new.path == "en/help-now.ftl" || new.path == "pack.toml" {
            assert_ne!(old.blob, new.blob, "the changed file has a new address");
            // ... and a delta against the version published before, far smaller than the file.
            let delta = new.delta.as_ref().expect("a delta");
            assert_eq!(delta.base, old.sha256);
            assert!(delta.blob.size * 10 < new.blob.size, "{}: {delta:?}", new.path);
            assert!(public.join(delta.blob.address()).exists());
        } else {
            assert_eq!(old, new, "{} keeps its address", new.path);
        }
    }
    assert_eq!(report.deltas, 2);
    // Only the lists of the two groups that changed are new; a phone fetches just those.
    assert_eq!(report.changed_lists, 2);
    for (old, new) in v1.manifest.groups.iter().zip(&v2.manifest.groups) {
        assert_eq!(old.name, new.name);
        assert_eq!(old == new, old.name != "." && old.name != "en", "the list of {}", old.name);
    }
    for file in &v1.files() {
        assert!(public.join(file.blob.address()).exists(), "old blobs stay for caches");
    }
    for group in &v1.manifest.groups {
        assert!(public.join(group.address()).exists(), "old lists stay for caches");
    }
    assert!(public.join(v1.manifest.bundle.unwrap().address()).exists());

    // Signing the same version again (to extend its expiry) changes no list.
    workspace.publish(&workspace.content(3), &public);
    assert_eq!(read_published_site(&public).manifest.groups, v2.manifest.groups);
}

#[test]
fn build_refuses_to_publish_an_older_version_or_change_a_published_one() {
    let workspace = Workspace::new();
    let public = workspace.path("public");
    workspace.publish(&workspace.content(3), &public);
    let published = std::fs::read(public.join("manifest.json")).unwrap();
    let options = |content| BuildOptions {
        content_dir: content,
        out: public.clone(),
        now: unix_now(),
        expires_in_days: 30,
        require_new_version: false,
    };

    let older = publish::build(&options(workspace.content(2)), &workspace.secret);
    assert!(matches!(older, Err(PublishError::OlderVersion { building: 2, published: 3 })));

    let changed = workspace.path("changed-v3");
    copy_dir(&workspace.content(3), &changed);
    edit(&changed, "services.toml", CMM_PHONE, "+45 70 20 25 99");
    let same_version = publish::build(&options(changed), &workspace.secret);
    assert!(matches!(same_version, Err(PublishError::SameVersionChanged { version: 3 })));
    assert_eq!(std::fs::read(public.join("manifest.json")).unwrap(), published);

    // Re-signing the same files (to extend the expiry) is allowed, unless --version-check asks for a
    // new version.
    let checked = workspace.run_build(&workspace.content(3), &public, &["--version-check"]);
    assert!(!checked.status.success());
    assert!(String::from_utf8_lossy(&checked.stderr).contains("already published"));
    assert!(publish::build(&options(workspace.content(3)), &workspace.secret).is_ok());
}

#[test]
fn serve_revalidates_the_manifest_and_lets_blobs_be_cached_forever() {
    let workspace = Workspace::new();
    let public = workspace.site(1);
    let server = ChildServer::haven_pack(&public);
    let addr = server.url.trim_start_matches("http://").trim_end_matches('/').to_owned();

    let (status, headers) = http_get(&addr, "/manifest.json", &[]);
    assert_eq!(status, 200);
    assert_eq!(header(&headers, "cache-control"), Some("no-cache"));
    let etag = header(&headers, "etag").expect("an ETag").to_owned();
    let (status, _) = http_get(&addr, "/manifest.json", &[("If-None-Match", &etag)]);
    assert_eq!(status, 304, "an unchanged manifest costs no body");

    let (_, headers) = http_get(&addr, "/manifest.json", &[("Accept-Encoding", "gzip")]);
    assert_eq!(header(&headers, "content-encoding"), Some("gzip"), "JSON is compressed");

    let published = read_published_site(&public);
    let list = published.manifest.groups[0].address();
    let blob = published.files()[0].blob.address();
    for blob in [blob, list] {
        let (status, headers) =
            http_get(&addr, &format!("/{blob}"), &[("Accept-Encoding", "gzip")]);
        assert_eq!(status, 200);
        assert_eq!(header(&headers, "cache-control"), Some("public, max-age=31536000, immutable"));
        assert_eq!(header(&headers, "content-encoding"), None, "blobs are already compressed");
    }

    let (status, _) = http_get(&addr, "/blobs/../manifest.json", &[]);
    assert_ne!(status, 200, "no path escapes the public folder");
}

#[test]
fn build_writes_the_web_edition_next_to_the_signed_files() {
    let workspace = Workspace::new();
    let content = workspace.content(2);
    let out = workspace.path("public");
    let output = workspace.run_build(&content, &out, &[]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stdout).contains("web edition"));
    // One upload serves both: the signed files for the app, the pages for a browser.
    assert!(out.join("manifest.json").is_file() && out.join("manifest.json.minisig").is_file());
    let picker = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(picker.contains("href=\"web/da/index.html\""), "the picker links to Danish");
    let article = std::fs::read_to_string(out.join("web/da/articles/help-now.html")).unwrap();
    assert!(article.contains("href=\"tel:112\""), "the Danish article calls 112");

    let without = workspace.path("public-without-web");
    let output = workspace.run_build(&content, &without, &["--no-web-edition"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(without.join("manifest.json").is_file());
    assert!(!without.join("index.html").exists() && !without.join("web").exists());
}

#[test]
fn site_refuses_a_broken_pack_and_writes_nothing() {
    let workspace = Workspace::new();
    let content = workspace.content(2);
    edit(&content, "en/help-now.ftl", "CALL(\"emergency\")", "CALL(\"no-such-service\")");
    let out = workspace.path("web-only");
    let output = Command::new(haven_pack_binary())
        .arg("site")
        .arg(&content)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("en/help-now.ftl") && stderr.contains("no-such-service"), "{stderr}");
    assert!(!out.join("index.html").exists(), "nothing is written");
}
