//! The commands as the interface calls them, through Tauri's IPC on the mock runtime: the JSON the
//! interface receives, and the permission checks of the real capability file.

use haven_app::{builder, choose_library, open_library, HavenState, UpdateSource};
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{Manager, WebviewWindow};

/// A copy of the default pack in a temporary folder, changed by `edit`.
fn pack_copy(edit: impl FnOnce(&std::path::Path)) -> tempfile::TempDir {
    let pack = tempfile::tempdir().unwrap();
    haven_testkit::copy_dir(&haven_testkit::default_pack(), pack.path());
    edit(pack.path());
    pack
}

struct TestApp {
    _app: tauri::App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
    data_dir: tempfile::TempDir,
}

fn app_with(pack_dir: Option<&std::path::Path>, device_locales: &[&str]) -> TestApp {
    let data_dir = tempfile::tempdir().unwrap();
    let (library, preview) = open_library(pack_dir);
    let state = HavenState::new(
        library,
        preview,
        data_dir.path(),
        device_locales.iter().map(ToString::to_string).collect(),
    );
    let app = builder(mock_builder()).manage(state).build(tauri::generate_context!()).unwrap();
    let window = match app.get_webview_window("main") {
        Some(window) => window,
        None => tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap(),
    };
    TestApp { _app: app, window, data_dir }
}

fn app() -> TestApp {
    app_with(None, &["en-US"])
}

fn invoke(app: &TestApp, command: &str, args: Value) -> Result<Value, Value> {
    get_ipc_response(
        &app.window,
        InvokeRequest {
            cmd: command.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|body| body.deserialize::<Value>().unwrap())
}

#[test]
fn the_first_start_asks_for_a_language_and_offers_each_in_its_own_name() {
    let app = app_with(None, &["ro-MD", "en"]);
    let start = invoke(&app, "start", json!({})).unwrap();
    assert_eq!(start["needsLanguageChoice"], true);
    let endonyms: Vec<&str> = start["locales"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["endonym"].as_str().unwrap())
        .collect();
    assert!(endonyms.contains(&"Dansk"), "{endonyms:?}");
    assert!(endonyms.contains(&"English"), "{endonyms:?}");
    assert_eq!(start["strings"]["app-name"], "Haven");
    assert_eq!(start["pack"]["source"], "embedded");
    assert_eq!(start["refused"], json!([]));
    assert_eq!(start["previewWarnings"], json!([]));
}

#[test]
fn a_chosen_language_is_remembered_across_restarts() {
    let app = app();
    let chosen = invoke(&app, "choose_locale", json!({ "locale": "da" })).unwrap();
    assert_eq!(chosen["locale"], "da");
    assert_ne!(chosen["strings"]["home"], "Home", "interface strings come in Danish");
    let settings = std::fs::read_to_string(app.data_dir.path().join("settings.json")).unwrap();
    assert!(settings.contains("\"da\""));

    let restarted = app_with(None, &["en-US"]);
    std::fs::copy(
        app.data_dir.path().join("settings.json"),
        restarted.data_dir.path().join("settings.json"),
    )
    .unwrap();
    let (library, preview) = open_library(None);
    let state = HavenState::new(library, preview, restarted.data_dir.path(), vec!["en-US".into()]);
    let start = state.start();
    assert_eq!(start.locale, "da");
    assert!(!start.needs_language_choice);
}

#[test]
fn an_article_comes_as_blocks_with_fallback_marked() {
    let pack =
        pack_copy(|dir| haven_testkit::remove_message(&dir.join("da/rights.ftl"), "residence"));
    let app = app_with(Some(pack.path()), &["en-US"]);
    let article = invoke(&app, "article", json!({ "locale": "da", "id": "rights" })).unwrap();
    assert_eq!(article["title"]["lang"], "da");
    let sections = article["sections"].as_array().unwrap();
    let residence = sections.iter().find(|s| s["id"] == "residence").unwrap();
    assert_eq!(residence["heading"]["isFallback"], true);
    assert_eq!(residence["heading"]["lang"], "en");
    let translated = sections.iter().find(|s| s["id"] == "reflection").unwrap();
    assert_eq!(translated["heading"]["isFallback"], false);
    assert!(article["sources"].as_array().unwrap().len() > 1);
    assert_eq!(article["review"], "machine-assisted");
}

#[test]
fn the_directory_filters_by_kind_and_offers_tel_links() {
    let app = app();
    let police = invoke(&app, "directory", json!({ "locale": "en", "kind": "police" })).unwrap();
    let police = police.as_array().unwrap();
    assert_eq!(police.len(), 1);
    let hrefs: Vec<&str> = police[0]["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["href"].as_str().unwrap())
        .collect();
    assert_eq!(hrefs, ["tel:114", "tel:+45114"]);
    let all = invoke(&app, "directory", json!({ "locale": "en" })).unwrap();
    assert!(all.as_array().unwrap().len() > police.len());
}

#[test]
fn bad_input_gets_an_error_the_interface_can_branch_on() {
    let app = app();
    let error =
        invoke(&app, "article", json!({ "locale": "en", "id": "no-such-article" })).unwrap_err();
    assert_eq!(error["kind"], "unknown-article");
    assert!(error["message"].as_str().unwrap().contains("no-such-article"));
    let error = invoke(&app, "choose_locale", json!({ "locale": "xx" })).unwrap_err();
    assert_eq!(error["kind"], "unknown-locale");
    let error = invoke(&app, "set_text_size", json!({ "size": 900 })).unwrap_err();
    assert_eq!(error["kind"], "settings");
}

#[test]
fn only_the_packs_own_contact_addresses_can_be_opened() {
    let app = app();
    for unlisted in ["tel:+4599999999", "https://example.com/", "file:///etc/passwd"] {
        let error = invoke(&app, "open_contact", json!({ "href": unlisted })).unwrap_err();
        assert_eq!(error["kind"], "unlisted-contact", "{unlisted}");
        assert!(error["message"].as_str().unwrap().contains(unlisted));
    }
    // The opener plugin's own commands are not the interface's to call.
    let error = invoke(&app, "plugin:opener|open_url", json!({ "url": "tel:112" })).unwrap_err();
    assert!(error.as_str().unwrap().contains("not allowed"), "{error}");
}

#[test]
fn text_size_is_saved_and_forgetting_settings_deletes_them() {
    let app = app();
    invoke(&app, "set_text_size", json!({ "size": 150 })).unwrap();
    assert_eq!(invoke(&app, "start", json!({})).unwrap()["textSize"], 150);
    invoke(&app, "forget_settings", json!({})).unwrap();
    assert!(!app.data_dir.path().join("settings.json").exists());
    assert_eq!(invoke(&app, "start", json!({})).unwrap()["textSize"], 100);
}

#[test]
fn a_later_start_brings_the_home_screen_along_and_the_language_picker_and_the_cover_do_not() {
    let app = app();
    let start = invoke(&app, "start", json!({})).unwrap();
    assert_eq!(start["home"], Value::Null, "the first start shows the language picker");
    invoke(&app, "choose_locale", json!({ "locale": "da" })).unwrap();

    let home = invoke(&app, "start", json!({})).unwrap()["home"].clone();
    assert_eq!(home, invoke(&app, "home", json!({ "locale": "da" })).unwrap());
    assert_eq!(home["locale"], "da");
    let topics: Vec<&str> =
        home["topics"].as_array().unwrap().iter().map(|t| t["id"].as_str().unwrap()).collect();
    assert!(topics.contains(&"help-now") && topics.contains(&"testifying"), "{topics:?}");
    assert_eq!(home["topics"][0]["title"]["lang"], "da");
    let emergency = home["emergencyServices"].as_array().unwrap();
    assert!(!emergency.is_empty());
    assert!(emergency.iter().all(|s| s["details"]["kind"] == "emergency"), "{emergency:?}");
    assert_eq!(home["selfCheck"]["title"]["lang"], "da");
    assert!(home["selfCheck"].get("questions").is_none(), "the tile only: {}", home["selfCheck"]);
    assert!(home["emergencyClip"]["path"].is_string(), "the embedded Danish voice speaks it");

    invoke(&app, "set_discreet_code", json!({ "code": "258046" })).unwrap();
    let covered = invoke(&app, "start", json!({})).unwrap();
    assert_eq!(covered["home"], Value::Null, "nothing of the guidance before the code");
    let error = invoke(&app, "home", json!({ "locale": "xx" })).unwrap_err();
    assert_eq!(error["kind"], "unknown-locale");
}

#[test]
fn a_previewed_folder_with_only_warnings_is_shown_with_its_warnings() {
    let pack =
        pack_copy(|dir| haven_testkit::remove_message(&dir.join("da/rights.ftl"), "residence"));
    let app = app_with(Some(pack.path()), &["en"]);
    let start = invoke(&app, "start", json!({})).unwrap();
    assert_eq!(start["refused"], json!([]));
    assert_eq!(start["pack"]["source"], pack.path().display().to_string(), "the folder is shown");
    let warnings: Vec<&str> =
        start["previewWarnings"].as_array().unwrap().iter().map(|w| w.as_str().unwrap()).collect();
    assert!(
        warnings.iter().any(|w| w.contains("da/rights.ftl") && w.contains("residence")),
        "{warnings:?}"
    );
}

#[test]
fn a_broken_pack_folder_is_refused_with_file_and_line_and_the_embedded_pack_is_used() {
    let pack = pack_copy(|dir| {
        std::fs::write(dir.join("services.toml"), "[[services]]\nid = \"x\"\nkind = \"nonsense\"\n")
            .unwrap()
    });
    let app = app_with(Some(pack.path()), &["en"]);
    let start = invoke(&app, "start", json!({})).unwrap();
    let refused: Vec<&str> =
        start["refused"].as_array().unwrap().iter().map(|p| p.as_str().unwrap()).collect();
    // The lint names every problem: the bad kind itself, and each article's CALL that now names a
    // service the broken directory lost.
    assert!(
        refused.iter().any(|p| p.contains("services.toml:3:") && p.contains("nonsense")),
        "{refused:?}"
    );
    assert!(
        refused.iter().any(|p| p.contains("help-now.ftl:") && p.contains("cmm-hotline")),
        "{refused:?}"
    );
    assert_eq!(start["pack"]["source"], "embedded");
    // The embedded guidance still works.
    assert!(invoke(&app, "article", json!({ "locale": "en", "id": "help-now" })).is_ok());
}

/// Publishes `content` as an NGO would (`haven-pack keygen --role root`, `keygen`, `trust`,
/// `build`) and serves it on loopback. Returns the address and the root public key to build in.
fn publish_and_serve(
    content: &std::path::Path,
    keys: &std::path::Path,
) -> (String, std::path::PathBuf) {
    use haven_publish::keys::{self, KeyRole};
    let generated = keys::generate(keys, None).unwrap();
    let secret = keys::read_secret_key(&generated.secret_key, None).unwrap();
    let root = keys::generate_pair(keys, KeyRole::Root, None).unwrap();
    let root_secret = keys::read_secret_key(&root.secret_key, None).unwrap();
    let public = keys.join("public");
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    let options = haven_publish::trust::TrustOptions {
        public_dir: public.clone(),
        signing_keys: vec![haven_sync::TrustedKey::parse(&generated.public_key_line).unwrap()],
        now,
        expires_in_days: 365,
    };
    haven_publish::trust::publish_root(&options, &[root_secret]).unwrap();
    haven_publish::build::build(
        &haven_publish::build::BuildOptions {
            content_dir: content.to_path_buf(),
            out: public.clone(),
            now,
            expires_in_days: 30,
            require_new_version: false,
        },
        &secret,
    )
    .unwrap();
    let url =
        haven_testkit::LoopbackServer::start(haven_pack::serve::router(&public)).keep_running();
    (url, root.public_key)
}

/// The version of the pack built into the app.
fn embedded_version() -> u64 {
    haven_app::embedded::default_library().info().version
}

/// Makes the pack in `dir` the next version after the embedded one, as an NGO's next release.
fn raise_version(dir: &std::path::Path) {
    let path = dir.join("pack.toml");
    let pack_toml = std::fs::read_to_string(&path).unwrap();
    let current = format!("version = {}", embedded_version());
    assert!(pack_toml.contains(&current), "pack.toml has `{current}`");
    let next = format!("version = {}", embedded_version() + 1);
    std::fs::write(&path, pack_toml.replace(&current, &next)).unwrap();
}

/// What an app built with the root public key in `root_public_key` trusts.
fn trusting(root_public_key: &std::path::Path) -> haven_sync::Trust {
    let key = haven_sync::TrustedKey::parse(&std::fs::read_to_string(root_public_key).unwrap());
    haven_sync::Trust::Root(haven_sync::RootKeys::single(key.unwrap()))
}

#[test]
fn checking_for_updates_installs_a_newer_signed_pack_and_keeps_it_after_a_restart() {
    let newer = pack_copy(|dir| {
        raise_version(dir);
        let article = std::fs::read_to_string(dir.join("en/help-now.ftl")).unwrap();
        std::fs::write(
            dir.join("en/help-now.ftl"),
            article.replace("title = Get help now", "title = Get help now (corrected)"),
        )
        .unwrap();
    });
    let keys = tempfile::tempdir().unwrap();
    let (url, root_public_key) = publish_and_serve(newer.path(), keys.path());
    let source = UpdateSource { url, trust: trusting(&root_public_key) };

    let data_dir = tempfile::tempdir().unwrap();
    let start_app = || {
        let (library, refused) = choose_library(None, data_dir.path(), Some(&source));
        let state = HavenState::new(library, refused, data_dir.path(), vec!["en".into()])
            .with_update_source(Some(source.clone()));
        let app = builder(mock_builder()).manage(state).build(tauri::generate_context!()).unwrap();
        let window =
            tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
        TestApp { _app: app, window, data_dir: tempfile::tempdir().unwrap() }
    };

    let app = start_app();
    assert_eq!(invoke(&app, "information_status", json!({})).unwrap()["source"], "embedded");
    let result = invoke(&app, "check_for_updates", json!({})).unwrap();
    assert_eq!(result["status"], "updated", "{result}");
    assert_eq!(result["version"], embedded_version() + 1);
    let article = invoke(&app, "article", json!({ "locale": "en", "id": "help-now" })).unwrap();
    assert_eq!(article["title"]["spans"][0]["text"], "Get help now (corrected)");
    let again = invoke(&app, "check_for_updates", json!({})).unwrap();
    assert_eq!(again["status"], "unchanged", "{again}");
    drop(app);

    // The next start uses the synced pack, with no network.
    let restarted = start_app();
    let status = invoke(&restarted, "information_status", json!({})).unwrap();
    assert_eq!(
        (status["source"].as_str(), status["version"].as_u64()),
        (Some("synced"), Some(embedded_version() + 1))
    );
}

/// The app with its embedded pack, checking `url` for packs under the root key in
/// `root_public_key`.
fn embedded_app_checking(url: String, root_public_key: &std::path::Path) -> TestApp {
    let source = UpdateSource { url, trust: trusting(root_public_key) };
    let data_dir = tempfile::tempdir().unwrap();
    let (library, refused) = open_library(None);
    let state = HavenState::new(library, refused, data_dir.path(), vec!["en".into()])
        .with_update_source(Some(source));
    let app = builder(mock_builder()).manage(state).build(tauri::generate_context!()).unwrap();
    let window =
        tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
    TestApp { _app: app, window, data_dir }
}

#[test]
fn a_pack_signed_by_an_untrusted_key_is_refused_and_the_information_in_use_stays() {
    let newer = pack_copy(|dir| {
        raise_version(dir);
    });
    let keys = tempfile::tempdir().unwrap();
    let (url, _) = publish_and_serve(newer.path(), keys.path());
    let other_keys = tempfile::tempdir().unwrap();
    let other = haven_publish::keys::generate_pair(
        other_keys.path(),
        haven_publish::keys::KeyRole::Root,
        None,
    )
    .unwrap();
    let app = embedded_app_checking(url, &other.public_key);
    let result = invoke(&app, "check_for_updates", json!({})).unwrap();
    assert_eq!(result["status"], "refused");
    // The refusal keeps its kind, so the interface can tell a forged pack from no network: the
    // site's root is not signed by the root key this app was built with.
    assert_eq!(result["reason"], "root-signature", "{result}");
    assert_eq!(result["version"], embedded_version());
    assert_eq!(invoke(&app, "information_status", json!({})).unwrap()["source"], "embedded");
}

#[test]
fn a_check_with_no_server_is_refused_as_no_network_and_the_information_in_use_stays() {
    // A loopback port nothing listens on: the connection is refused at once.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let keys = tempfile::tempdir().unwrap();
    let generated = haven_publish::keys::generate(keys.path(), None).unwrap();
    let app = embedded_app_checking(format!("http://127.0.0.1:{port}/"), &generated.public_key);
    let result = invoke(&app, "check_for_updates", json!({})).unwrap();
    assert_eq!(
        (result["status"].as_str(), result["reason"].as_str()),
        (Some("refused"), Some("network")),
        "{result}"
    );
    assert_eq!(result["version"], embedded_version());
}

#[test]
fn a_build_without_an_update_source_never_checks() {
    let app = app();
    let status = invoke(&app, "information_status", json!({})).unwrap();
    assert_eq!(status["updateUrlConfigured"], false);
    assert_eq!(status["automaticChecks"], false, "automatic checks are off by default");
    let result = invoke(&app, "check_for_updates", json!({})).unwrap();
    assert_eq!(result["status"], "unavailable");
}

#[test]
fn search_finds_thai_and_marks_hits_in_the_reference_language() {
    let app = app();
    let thai = invoke(&app, "search", json!({ "locale": "th", "query": "ที่พัก" })).unwrap();
    let hit = thai.as_array().unwrap().iter().find(|h| h["section"] == "get-a-place").unwrap();
    assert_eq!(hit["article"], "safe-places");
    assert_eq!(hit["excerpt"]["matched"], "ที่พัก");
    assert_eq!(hit["inReference"], false);
    assert_eq!(
        hit["sectionHeading"]["spans"][0]["text"], "วิธีขอที่พัก",
        "a hit names its section: {hit}"
    );
    let english_in_danish =
        invoke(&app, "search", json!({ "locale": "da", "query": "interpreter" })).unwrap();
    assert!(english_in_danish
        .as_array()
        .unwrap()
        .iter()
        .all(|h| h["inReference"] == true && h["excerpt"]["lang"] == "en"));
    let error = invoke(&app, "search", json!({ "locale": "xx", "query": "help" })).unwrap_err();
    assert_eq!(error["kind"], "unknown-locale");
}

#[test]
fn discreet_mode_keeps_only_a_hash_of_the_code_and_opens_with_it() {
    let app = app();
    assert_eq!(invoke(&app, "start", json!({})).unwrap()["discreet"], false);
    assert_eq!(
        invoke(&app, "unlock", json!({ "code": "258046" })).unwrap(),
        false,
        "no code, nothing opens"
    );
    for too_weak in ["12a456", "2580"] {
        let error = invoke(&app, "set_discreet_code", json!({ "code": too_weak })).unwrap_err();
        assert_eq!(error["kind"], "discreet-code", "{too_weak}");
    }
    invoke(&app, "set_discreet_code", json!({ "code": "258046" })).unwrap();
    assert_eq!(invoke(&app, "start", json!({})).unwrap()["discreet"], true);
    let settings = std::fs::read_to_string(app.data_dir.path().join("settings.json")).unwrap();
    assert!(!settings.contains("258046"), "{settings}");
    assert_eq!(invoke(&app, "unlock", json!({ "code": "258047" })).unwrap(), false);
    assert_eq!(invoke(&app, "unlock", json!({ "code": "258046" })).unwrap(), true);
    invoke(&app, "set_discreet_code", json!({ "code": null })).unwrap();
    assert_eq!(invoke(&app, "start", json!({})).unwrap()["discreet"], false);
    assert_eq!(invoke(&app, "unlock", json!({ "code": "258046" })).unwrap(), false);
}

/// A clock the test moves by hand, starting at the real time (the sync client checks signatures
/// against the real time; the app's notice is judged by this one).
fn hand_clock() -> (std::sync::Arc<std::sync::atomic::AtomicU64>, haven_app::Clock) {
    use std::sync::atomic::{AtomicU64, Ordering};
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    let time = std::sync::Arc::new(AtomicU64::new(now));
    let read = time.clone();
    (time, std::sync::Arc::new(move || read.load(Ordering::SeqCst)))
}

const DAY: u64 = 24 * 60 * 60;

fn advance(time: &std::sync::atomic::AtomicU64, seconds: u64) {
    time.fetch_add(seconds, std::sync::atomic::Ordering::SeqCst);
}

#[test]
fn checks_failing_for_two_weeks_tell_the_reader_when_the_information_was_last_confirmed() {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let keys = tempfile::tempdir().unwrap();
    let root =
        haven_publish::keys::generate_pair(keys.path(), haven_publish::keys::KeyRole::Root, None)
            .unwrap();
    let source = UpdateSource {
        url: format!("http://127.0.0.1:{port}/"),
        trust: trusting(&root.public_key),
    };
    let data_dir = tempfile::tempdir().unwrap();
    let (time, clock) = hand_clock();
    let (library, preview) = open_library(None);
    let state = HavenState::new(library, preview, data_dir.path(), vec!["en".into()])
        .with_update_source(Some(source))
        .with_clock(clock);
    let app = builder(mock_builder()).manage(state).build(tauri::generate_context!()).unwrap();
    let window =
        tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
    let app = TestApp { _app: app, window, data_dir };
    let published = haven_app::embedded::default_library().info().published.clone();
    let freshness = |app: &TestApp| invoke(app, "start", json!({})).unwrap()["freshness"].clone();

    assert_eq!(freshness(&app), json!({ "stale": false, "confirmed": published }));
    assert_eq!(invoke(&app, "check_for_updates", json!({})).unwrap()["status"], "refused");
    advance(&time, haven_app::STALE_AFTER - DAY);
    assert_eq!(invoke(&app, "check_for_updates", json!({})).unwrap()["status"], "refused");
    assert_eq!(freshness(&app)["stale"], false, "13 days of failures are not yet said");
    advance(&time, DAY);
    assert_eq!(freshness(&app), json!({ "stale": true, "confirmed": published }));
    let status = invoke(&app, "information_status", json!({})).unwrap();
    assert_eq!(status["freshness"]["stale"], true, "the settings screen says it too");

    // "Forget my settings" forgets the times of the checks as well.
    invoke(&app, "forget_settings", json!({})).unwrap();
    assert!(!app.data_dir.path().join("update-checks.json").exists());
    assert_eq!(freshness(&app)["stale"], false);
}

#[test]
fn a_synced_pack_past_its_expiry_is_said_to_be_unconfirmed_since_the_last_check() {
    let newer = pack_copy(raise_version);
    let keys = tempfile::tempdir().unwrap();
    let (url, root_public_key) = publish_and_serve(newer.path(), keys.path());
    let source = UpdateSource { url, trust: trusting(&root_public_key) };
    let data_dir = tempfile::tempdir().unwrap();
    let (time, clock) = hand_clock();
    let checked_on = haven_app::date_of(time.load(std::sync::atomic::Ordering::SeqCst));
    let start_app = |clock: haven_app::Clock| {
        let (pack, preview) = choose_library(None, data_dir.path(), Some(&source));
        let state = HavenState::new(pack, preview, data_dir.path(), vec!["en".into()])
            .with_update_source(Some(source.clone()))
            .with_clock(clock);
        let app = builder(mock_builder()).manage(state).build(tauri::generate_context!()).unwrap();
        let window =
            tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
        TestApp { _app: app, window, data_dir: tempfile::tempdir().unwrap() }
    };
    let app = start_app(clock.clone());
    assert_eq!(invoke(&app, "check_for_updates", json!({})).unwrap()["status"], "updated");
    drop(app);

    // `publish_and_serve` signs for 30 days. The phone then goes offline, and restarts later.
    advance(&time, 29 * DAY);
    let app = start_app(clock.clone());
    let start = invoke(&app, "start", json!({})).unwrap();
    assert_eq!(start["pack"]["version"], embedded_version() + 1);
    assert_eq!(start["freshness"]["stale"], false, "within its expiry");
    advance(&time, 2 * DAY);
    let start = invoke(&app, "start", json!({})).unwrap();
    assert_eq!(start["freshness"], json!({ "stale": true, "confirmed": checked_on }));
    // The information stays in use: old guidance beats none.
    assert_eq!(start["pack"]["version"], embedded_version() + 1);
}

#[test]
fn in_discreet_mode_the_window_is_titled_as_a_calculator_in_the_readers_language_from_the_start() {
    let app = app();
    assert_eq!(app.window.state::<HavenState>().window_title(), "Haven");
    invoke(&app, "choose_locale", json!({ "locale": "da" })).unwrap();
    invoke(&app, "set_discreet_code", json!({ "code": "258046" })).unwrap();
    // The next start reads the settings before it makes the window.
    let (library, preview) = open_library(None);
    let restarted = HavenState::new(library, preview, app.data_dir.path(), vec!["en".into()]);
    assert_eq!(restarted.window_title(), "Lommeregner");
}

/// The size of the files in `dir`, as a signed manifest declares a group's.
fn folder_bytes(dir: &std::path::Path) -> u64 {
    std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().metadata().unwrap().len()).sum()
}

/// The files under `dir`, at any depth.
fn files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(files_under(&path));
        } else {
            files.push(path);
        }
    }
    files
}

#[test]
fn a_voice_is_offered_with_its_size_first_then_downloaded_checked_and_removed_to_free_its_space() {
    // The default pack as published at the embedded version: each locale's clips an optional group.
    let keys = tempfile::tempdir().unwrap();
    let (url, root_public_key) = publish_and_serve(&haven_testkit::default_pack(), keys.path());
    let app = embedded_app_checking(url, &root_public_key);
    let offer = |locale: &str| invoke(&app, "voice_offer", json!({ "locale": locale })).unwrap();
    let da_bytes = folder_bytes(&haven_testkit::default_pack().join("audio/da"));

    assert_eq!(offer("da"), json!({ "locale": "da", "state": "unknown", "bytes": null }));
    assert_eq!(offer("fil")["state"], "no-voice", "no other language's voice stands in");
    let looked = invoke(&app, "look_for_voice", json!({ "locale": "da" })).unwrap();
    assert_eq!(looked, json!({ "locale": "da", "state": "available", "bytes": da_bytes }));
    let store = app.data_dir.path().join("packs");
    assert!(files_under(&store).iter().all(|f| f.extension().is_none_or(|e| e != "mp3")));

    let downloaded = invoke(&app, "download_voice", json!({ "locale": "da" })).unwrap();
    assert_eq!(downloaded, json!({ "locale": "da", "state": "downloaded", "bytes": da_bytes }));
    let clips: Vec<_> = files_under(&store)
        .into_iter()
        .filter(|f| f.ends_with("audio/da/home--emergency.mp3"))
        .collect();
    assert_eq!(clips.len(), 1, "the voice is in the pack in use: {clips:?}");
    assert_eq!(invoke(&app, "information_status", json!({})).unwrap()["source"], "synced");
    let clip = invoke(&app, "home", json!({ "locale": "da" })).unwrap()["emergencyClip"].clone();
    assert_eq!(clip["lang"], "da");
    assert_eq!(offer("ar")["state"], "available", "only the language asked for is downloaded");

    let removed = invoke(&app, "remove_voice", json!({ "locale": "da" })).unwrap();
    assert_eq!(removed, json!({ "locale": "da", "state": "available", "bytes": da_bytes }));
    assert!(!clips[0].exists(), "removing the voice deletes its clips");
    // The clips the app embeds still speak the emergency action.
    let home = invoke(&app, "home", json!({ "locale": "da" })).unwrap();
    assert!(home["emergencyClip"]["path"].is_string());
}

#[test]
fn a_tampered_voice_is_refused_with_its_kind_and_stays_unavailable() {
    let keys = tempfile::tempdir().unwrap();
    let (url, root_public_key) = publish_and_serve(&haven_testkit::default_pack(), keys.path());
    // Someone with the server changes the Danish summary's clip after it was signed.
    let public = keys.path().join("public");
    let manifest = std::fs::read(public.join("manifest.json")).unwrap();
    let manifest = haven_sync::Manifest::from_json(&manifest).unwrap();
    let group = manifest.group("audio/da").expect("the Danish voice is published");
    let list = std::fs::read(public.join(group.address())).unwrap();
    let files = haven_sync::unpack::unpack_list("list", group, &list, 1 << 20).unwrap();
    let clip = files.iter().find(|f| f.path == "audio/da/help-now--summary.mp3").unwrap();
    let blob = public.join(clip.blob.address());
    let mut tampered = std::fs::read(&blob).unwrap();
    let middle = tampered.len() / 2;
    tampered[middle] ^= 0x55;
    std::fs::write(&blob, tampered).unwrap();

    let app = embedded_app_checking(url, &root_public_key);
    let error = invoke(&app, "download_voice", json!({ "locale": "da" })).unwrap_err();
    assert_eq!(error["kind"], "hash-mismatch", "{error}");
    assert_eq!(error["cause"], "untrusted", "what it means to a reader: {error}");
    assert!(error["message"].as_str().unwrap().contains("blobs/"), "{error}");
    let offer = invoke(&app, "voice_offer", json!({ "locale": "da" })).unwrap();
    assert_ne!(offer["state"], "downloaded");
    assert_eq!(invoke(&app, "information_status", json!({})).unwrap()["source"], "embedded");
}

#[test]
fn a_build_without_an_update_source_offers_no_download() {
    let app = app();
    let offer = invoke(&app, "voice_offer", json!({ "locale": "da" })).unwrap();
    assert_eq!(offer["state"], "unavailable");
    let error = invoke(&app, "download_voice", json!({ "locale": "da" })).unwrap_err();
    assert_eq!(error["kind"], "no-update-source");
    let error = invoke(&app, "voice_offer", json!({ "locale": "xx" })).unwrap_err();
    assert_eq!(error["kind"], "unknown-locale");
}

#[test]
fn a_voice_with_no_server_to_download_from_is_refused_as_unreachable() {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let keys = tempfile::tempdir().unwrap();
    let generated = haven_publish::keys::generate(keys.path(), None).unwrap();
    let app = embedded_app_checking(format!("http://127.0.0.1:{port}/"), &generated.public_key);
    let error = invoke(&app, "download_voice", json!({ "locale": "da" })).unwrap_err();
    assert_eq!(
        (error["kind"].as_str(), error["cause"].as_str()),
        (Some("network"), Some("unreachable"))
    );
    assert_eq!(invoke(&app, "voice_offer", json!({ "locale": "da" })).unwrap()["state"], "unknown");
}
