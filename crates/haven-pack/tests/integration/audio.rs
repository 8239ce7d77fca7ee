//! Audio (issue 13): `haven-pack voice` makes clips the library attaches and the lint watches, and
//! `status` shows how much of each locale can be heard.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::fixture::*;
use haven_library::{spoken_sha256, ClipSource, Library, PackSource};

fn small_pack() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("pack");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/broken-packs/_pack"), &pack);
    (dir, pack)
}

fn haven_pack(args: &[&str], pack: &Path) -> std::process::Output {
    Command::new(haven_pack_binary()).args(&args[..1]).arg(pack).args(&args[1..]).output().unwrap()
}

/// Whether the tools `haven-pack voice` runs are installed; the test command installs them
/// (scripts/install-deps.sh --tests).
fn has_voice_tools() -> bool {
    let has = |tool: &str| Command::new(tool).arg("--version").output().is_ok();
    if !(has("espeak-ng") && has("lame")) {
        eprintln!("SKIPPED: espeak-ng or lame is not installed (scripts/install-deps.sh --tests)");
        return false;
    }
    true
}

/// Runs `haven-pack voice PACK --locale da` with the interface strings, and returns what it printed.
fn voice_in_danish(pack: &Path) -> String {
    let output = Command::new(haven_pack_binary())
        .arg("voice")
        .arg(pack)
        .args(["--locale", "da", "--interface"])
        .arg(haven_testkit::interface_strings())
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn voice_makes_clips_of_todays_text_which_the_library_attaches_and_the_lint_watches() {
    if !has_voice_tools() {
        return;
    }
    let (_dir, pack) = small_pack();
    let printed = voice_in_danish(&pack);
    assert!(printed.lines().any(|l| l.starts_with("da ") && l.contains(" da ")), "{printed}");

    // Every clip speaks the text the library shows today, and its file is an MP3 of that size.
    let library = Library::open(PackSource::Directory(pack.clone())).unwrap();
    let voice = library.voice("da").expect("voice.toml was written").clone();
    let spoken = library.spoken_messages("da");
    assert!(!spoken.is_empty());
    for message in &spoken {
        let clip = voice
            .clip(&message.text_file, &message.message)
            .unwrap_or_else(|| panic!("no clip of {}/{}", message.text_file, message.message));
        assert_eq!(clip.text_sha256, spoken_sha256(&message.text), "{}", clip.file);
        assert_eq!(clip.source, ClipSource::Synthetic { voice: "da".into() });
        assert!(clip.duration_ms > 300, "{} lasts {} ms", clip.file, clip.duration_ms);
    }
    assert!(voice.clip("home", "emergency").is_some(), "the emergency action has a clip");

    // The article's section carries its clip, whose bytes are an MP3 frame of the recorded size.
    let article = library.article("da", "help-now").unwrap();
    let danger = article.sections.iter().find(|s| s.id == "danger").unwrap();
    let clip = danger.audio.as_ref().expect("the section has its clip");
    assert_eq!(clip.path, "audio/da/help-now--danger.mp3");
    assert_eq!(clip.mime, "audio/mpeg");
    let bytes = library.clip_bytes(clip).unwrap();
    assert_eq!(bytes.len() as u64, clip.bytes);
    assert!(bytes.starts_with(b"ID3") || (bytes[0] == 0xFF && bytes[1] & 0xE0 == 0xE0));
    assert!(article.title_audio.is_some() && article.summary_audio.is_some());
    assert!(library.topics("da").unwrap()[0].title_audio.is_some());
    // English has no clips, so an English reader is offered none.
    assert!(library.article("en", "help-now").unwrap().sections.iter().all(|s| s.audio.is_none()));

    // The lint has nothing to say, and status shows the locale as fully spoken.
    let lint = haven_pack(&["lint"], &pack);
    assert!(lint.status.success(), "{}", String::from_utf8_lossy(&lint.stdout));
    assert!(String::from_utf8_lossy(&lint.stdout).contains("no problems"));
    let status = String::from_utf8(haven_pack(&["status"], &pack).stdout).unwrap();
    let da = status.lines().find(|l| l.starts_with("da ")).unwrap();
    let count = spoken.len();
    assert!(da.contains(&format!("{count}/{count} 100%")), "{status}");
    let en = status.lines().find(|l| l.starts_with("en ")).unwrap();
    assert!(en.contains(&format!("0/{count} 0%")), "{status}");

    // The Danish text of the section changes: the lint warns, naming voice.toml and the line of
    // the clip, and the app no longer offers the clip.
    let ftl = pack.join("da/help-now.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    let changed = text.replacen("danger = ", "danger = Nu: ", 1);
    assert_ne!(changed, text);
    std::fs::write(&ftl, changed).unwrap();
    let lint = String::from_utf8(haven_pack(&["lint"], &pack).stdout).unwrap();
    let voice_toml = std::fs::read_to_string(pack.join("audio/da/voice.toml")).unwrap();
    // The entry starts at its [[clips]] line, the one before its file (so the index of the file's
    // line, from 0, is the entry's line, from 1).
    let line = voice_toml
        .lines()
        .position(|l| l == "file = \"help-now--danger.mp3\"")
        .expect("the clip is listed");
    let warning = lint
        .lines()
        .find(|l| l.contains("[outdated-audio]"))
        .unwrap_or_else(|| panic!("no outdated-audio warning in\n{lint}"));
    assert!(
        warning.contains(&format!("audio/da/voice.toml:{line}:1: warning[outdated-audio]")),
        "{warning}"
    );
    assert!(warning.contains("help-now/danger"), "{warning}");
    let library = Library::open(PackSource::Directory(pack.clone())).unwrap();
    let article = library.article("da", "help-now").unwrap();
    assert!(article.sections.iter().find(|s| s.id == "danger").unwrap().audio.is_none());
    let status = String::from_utf8(haven_pack(&["status"], &pack).stdout).unwrap();
    assert!(status.contains("1 outdated"), "{status}");

    // Running voice again makes only the changed clip, and keeps the others.
    let printed = voice_in_danish(&pack);
    let da: Vec<&str> =
        printed.lines().find(|l| l.starts_with("da ")).unwrap().split_whitespace().collect();
    assert_eq!(da[2], "1", "made: {printed}");
    assert_eq!(da[3], (count).to_string(), "kept (with the emergency action): {printed}");
    let lint = haven_pack(&["lint"], &pack);
    assert!(String::from_utf8_lossy(&lint.stdout).contains("no problems"));
}

#[test]
fn a_recording_is_kept_by_voice_and_named_as_recorded() {
    if !has_voice_tools() {
        return;
    }
    let (_dir, pack) = small_pack();
    let library = Library::open(PackSource::Directory(pack.clone())).unwrap();
    let text = library.spoken_text("da", "help-now", "summary").unwrap();
    let audio = pack.join("audio/da");
    std::fs::create_dir_all(&audio).unwrap();
    // Any bytes do for the test; a real recording is an MP3 the NGO made.
    std::fs::write(audio.join("help-now--summary.mp3"), [0xFF, 0xF3, 0x14, 0xC4, 0, 0]).unwrap();
    std::fs::write(
        audio.join("voice.toml"),
        format!(
            "[[clips]]\nfile = \"help-now--summary.mp3\"\nmessage = \"help-now/summary\"\n\
             source = \"recorded\"\nspeaker = \"Mette, CMM\"\ntext_sha256 = \"{}\"\nbytes = 6\n\
             duration_ms = 4100\n",
            spoken_sha256(&text)
        ),
    )
    .unwrap();
    let output = haven_pack(&["voice", "--locale", "da"], &pack);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let library = Library::open(PackSource::Directory(pack.clone())).unwrap();
    let summary = library.article("da", "help-now").unwrap().summary_audio.unwrap();
    assert_eq!(summary.source, ClipSource::Recorded { speaker: "Mette, CMM".into() });
    assert_eq!(library.clip_bytes(&summary).unwrap().len(), 6);
    let title = library.article("da", "help-now").unwrap().title_audio.unwrap();
    assert!(matches!(title.source, ClipSource::Synthetic { .. }));
}

#[test]
fn a_locale_without_a_voice_is_refused_by_name_and_marked_in_the_default_pack() {
    let dir = tempfile::tempdir().unwrap();
    let output = Command::new(haven_pack_binary())
        .arg("voice")
        .arg(default_pack())
        .args(["--locale", "fil", "--out"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(!output.status.success());
    let error = String::from_utf8_lossy(&output.stderr);
    assert!(error.contains("no synthetic voice for `fil`"), "{error}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "nothing is written");
    // The default pack says so in data the app can show, and status says it plainly.
    let library = Library::open(PackSource::Directory(default_pack())).unwrap();
    for locale in ["fil", "pcm"] {
        let voice = library.voice(locale).expect("a voice.toml that says why");
        assert!(voice.no_voice.as_deref().is_some_and(|r| r.contains("no")), "{locale}");
        assert!(voice.clips.is_empty());
    }
    let status = String::from_utf8(haven_pack(&["status"], &default_pack()).stdout).unwrap();
    assert!(status.contains("`fil` has no synthetic voice"), "{status}");
    // Every other locale's emergency action is embedded and current.
    let interface = haven_library::InterfaceStrings::new(
        PackSource::Directory(haven_testkit::interface_strings()),
        "en",
    );
    for locale in library.locales().iter().map(|l| l.code.as_str()) {
        if locale == "fil" || locale == "pcm" {
            continue;
        }
        assert!(library.emergency_clip(locale, &interface).is_some(), "{locale}");
        let summary = library.article(locale, "help-now").unwrap().summary_audio;
        assert!(summary.is_some(), "{locale}");
    }
}

#[test]
fn a_changed_emergency_text_makes_lint_with_the_interface_strings_warn_about_its_clip() {
    let dir = tempfile::tempdir().unwrap();
    let locales = dir.path().join("locales");
    copy_dir(&haven_testkit::interface_strings(), &locales);
    let lint = |locales: &Path| {
        let output = Command::new(haven_pack_binary())
            .arg("lint")
            .arg(default_pack())
            .arg("--interface")
            .arg(locales)
            .output()
            .unwrap();
        String::from_utf8(output.stdout).unwrap()
    };
    assert!(!lint(&locales).contains("outdated-audio"));
    let app = locales.join("da/app.ftl");
    let text = std::fs::read_to_string(&app).unwrap();
    let at = text.find("emergency-text = ").unwrap();
    std::fs::write(
        &app,
        format!("{}emergency-text = Ring nu.\n{}", &text[..at], {
            let rest = &text[at..];
            &rest[rest.find('\n').unwrap() + 1..]
        }),
    )
    .unwrap();
    let printed = lint(&locales);
    let warnings: Vec<&str> = printed.lines().filter(|l| l.contains("[outdated-audio]")).collect();
    assert_eq!(warnings.len(), 1, "{printed}");
    assert!(warnings[0].contains("audio/da/voice.toml:") && warnings[0].contains("home/emergency"));
}
