//! Audio: the clips the library offers, from the compiled-in pack and from a folder.

use haven_library::{spoken_sha256, ClipSource, InterfaceStrings, Library, PackSource};

#[test]
fn the_compiled_in_pack_offers_the_embedded_clips_and_reads_their_bytes() {
    let library = Library::open(haven_testkit::bundled_default_pack()).unwrap();
    let interface =
        InterfaceStrings::new(PackSource::Directory(haven_testkit::interface_strings()), "en");
    let article = library.article("da", "help-now").unwrap();
    let summary = article.summary_audio.expect("help-now's summary is embedded in Danish");
    assert_eq!(summary.path, "audio/da/help-now--summary.mp3");
    assert_eq!(summary.lang, "da");
    assert_eq!(summary.source, ClipSource::Synthetic { voice: "da".into() });
    let bytes = library.clip_bytes(&summary).unwrap();
    let on_disk =
        std::fs::read(haven_testkit::default_pack().join("audio/da/help-now--summary.mp3"))
            .unwrap();
    assert_eq!(bytes, on_disk);
    // Sections are made when the site is built, not embedded.
    assert!(article.sections.iter().all(|s| s.audio.is_none()));
    let emergency = library.emergency_clip("ar", &interface).expect("the emergency action");
    assert!(library.clip_bytes(&emergency).unwrap().len() > 1000);
    // Filipino has no voice: no clip, and the reason is data the app can show.
    assert!(library.emergency_clip("fil", &interface).is_none());
    assert!(library.voice("fil").unwrap().no_voice.is_some());
}

#[test]
fn a_question_of_the_self_check_carries_its_clip_until_its_text_changes() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("pack");
    haven_testkit::copy_dir(&haven_testkit::default_pack(), &pack);
    let library = Library::open(PackSource::Directory(pack.clone())).unwrap();
    let text = library.spoken_text("da", "self-check", "documents").unwrap();
    let voice = pack.join("audio/da/voice.toml");
    let mut toml = std::fs::read_to_string(&voice).unwrap();
    toml.push_str(&format!(
        "\n[[clips]]\nfile = \"self-check--documents.mp3\"\nmessage = \"self-check/documents\"\n\
         source = \"recorded\"\nspeaker = \"A volunteer\"\ntext_sha256 = \"{}\"\nbytes = 4\n\
         duration_ms = 2000\n",
        spoken_sha256(&text)
    ));
    std::fs::write(&voice, toml).unwrap();
    std::fs::write(pack.join("audio/da/self-check--documents.mp3"), [0xFF, 0xF3, 0, 0]).unwrap();

    let library = Library::open(PackSource::Directory(pack.clone())).unwrap();
    let check = library.self_check("da").unwrap();
    let question = check.questions.iter().find(|q| q.id == "documents").unwrap();
    let clip = question.audio.as_ref().expect("the question has its recording");
    assert_eq!(clip.source, ClipSource::Recorded { speaker: "A volunteer".into() });
    assert_eq!(library.clip_bytes(clip).unwrap(), [0xFF, 0xF3, 0, 0]);
    assert!(check.questions.iter().filter(|q| q.id != "documents").all(|q| q.audio.is_none()));

    // The Danish question is reworded: its clip is no longer offered.
    let ftl = pack.join("da/self-check.ftl");
    let reworded =
        std::fs::read_to_string(&ftl).unwrap().replacen("documents = ", "documents = Og: ", 1);
    std::fs::write(&ftl, reworded).unwrap();
    let library = Library::open(PackSource::Directory(pack)).unwrap();
    let check = library.self_check("da").unwrap();
    assert!(check.questions.iter().find(|q| q.id == "documents").unwrap().audio.is_none());
    assert_eq!(library.outdated_clips("da", None).len(), 1);
}
