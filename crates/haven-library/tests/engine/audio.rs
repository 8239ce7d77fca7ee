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

/// A downloaded update carries its voices only in optional groups; until the reader asks for one,
/// the app lends it the clips it embeds, for as long as they speak the update's text.
#[test]
fn an_update_without_its_voices_speaks_with_the_embedded_clips_while_its_text_is_the_same() {
    let embedded = crate::default_library();
    let dir = tempfile::tempdir().unwrap();
    haven_testkit::copy_dir(&haven_testkit::default_pack(), dir.path());
    std::fs::remove_dir_all(dir.path().join("audio")).unwrap();
    let open = || Library::open(PackSource::Directory(dir.path().into())).unwrap();

    assert_eq!(
        open().article("da", "help-now").unwrap().summary_audio,
        None,
        "no voice of its own"
    );
    let update = open().with_voices_of(&embedded);
    let clip = update.article("da", "help-now").unwrap().summary_audio.expect("the embedded clip");
    assert_eq!(clip, embedded.article("da", "help-now").unwrap().summary_audio.unwrap());
    assert_eq!(update.clip_bytes(&clip).unwrap(), embedded.clip_bytes(&clip).unwrap());

    // The update says something else: the embedded clip would not say it, so it is not offered.
    let path = dir.path().join("da/help-now.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let (first, rest) = text.split_once("summary = ").unwrap();
    std::fs::write(&path, format!("{first}summary = Ring 112, hvis du er i fare. {rest}")).unwrap();
    let changed = open().with_voices_of(&embedded);
    assert_eq!(changed.article("da", "help-now").unwrap().summary_audio, None);
}
