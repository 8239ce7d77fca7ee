"""Downloading the voice of one language, as a reader who reads little would: its size is shown
before anything large is downloaded, it downloads through the signed sync from a loopback server,
and it plays with the server gone, after a restart. A clip changed on the server is refused in
plain words, and the voice stays unavailable.

The site is the default pack at the version the app embeds, voiced in Danish with `haven-pack voice`
(as `haven-pack build --voice` publishes it), signed and served with the NGO tool."""

import gzip
import json
import shutil
import subprocess

import pytest

import publishing
from reader_actions import go_to, interface_string, open_topic, snapshot, start_in, tap

ARTICLE = "testifying"


@pytest.fixture(scope="module")
def voiced_site(tmp_path_factory):
    """The public folder of the default pack with a Danish voice, and the root key to trust."""
    tool = publishing.haven_pack()
    work = tmp_path_factory.mktemp("voiced")
    pack = publishing.copy_of_content(work / "pack")
    subprocess.run([tool, "voice", pack, "--locale", "da"], check=True, capture_output=True)
    public, root_key = publishing.publish(tool, pack, work)
    return tool, public, root_key


def voice_section(session):
    go_to(session, "#nav-settings", "settings")
    session.wait_for("#voice")
    session.script("document.getElementById('voice').scrollIntoView()")
    return session.script(
        "return {state: document.getElementById('voice-state').dataset.state,"
        " action: document.getElementById('voice-action').hidden ? null : document.getElementById('voice-action').textContent,"
        " size: document.getElementById('voice-size').textContent}"
    )


def press_and_wait(session, css):
    """Presses a button of the voice section and waits until its request has ended and said so."""
    session.script("delete document.getElementById('voice-result').dataset.status")
    tap(session, css)
    session.wait_until(
        "const r = document.getElementById('voice-result');"
        "return r.dataset.status && !document.getElementById('voice-action').disabled"
        " && {status: r.dataset.status, reason: r.dataset.reason || null, text: r.textContent,"
        "     state: document.getElementById('voice-state').dataset.state,"
        "     size: document.getElementById('voice-size').textContent}",
        what=f"the result of {css}",
        timeout=120,
    )
    return session.script(
        "const r = document.getElementById('voice-result');"
        "return {status: r.dataset.status, reason: r.dataset.reason || null, text: r.textContent,"
        " state: document.getElementById('voice-state').dataset.state,"
        " size: document.getElementById('voice-size').textContent}"
    )


def section_listen_buttons(session):
    open_topic(session, ARTICLE)
    return session.script("return [...document.querySelectorAll('.listen-section')].map(b => b.dataset.listen)")


def test_a_voice_is_downloaded_with_its_size_first_and_plays_with_the_server_gone(start_haven, shot, voiced_site):
    tool, public, root_key = voiced_site
    with publishing.served(tool, public) as url:
        haven = start_in(start_haven, "da", env=publishing.checking(url, root_key))
        session = haven.session
        assert section_listen_buttons(session) == [], "only the embedded clips before the download"
        # The article leads to the voice: the settings' "Listening", on screen.
        go_to(session, "#get-voice", "settings")
        session.wait_until(
            "const r = document.getElementById('voice').getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight",
            what="the voice section to be on screen",
        )
        before = voice_section(session)
        assert before["state"] == "unknown"
        assert before["action"].strip() == interface_string("da", "voice-look")

        # Looking up tells the size, from the signed manifest, and downloads no clip.
        looked = press_and_wait(session, "#voice-action")
        assert (looked["status"], looked["state"]) == ("done", "available"), looked
        size = looked["size"]
        assert "MB" in size and size[0].isdigit(), size
        assert not list((haven.data_dir / "packs").rglob("*.mp3")), "nothing downloaded to learn the size"
        assert session.find("#voice-action").text.strip().startswith(interface_string("da", "voice-download"))
        snapshot(session, shot, "voice-offered-da")

        downloaded = press_and_wait(session, "#voice-action")
        assert (downloaded["status"], downloaded["state"]) == ("done", "downloaded"), downloaded
        assert downloaded["text"] == interface_string("da", "voice-done")
        assert size in session.find("#voice-state").text, "it says what the voice takes"
        snapshot(session, shot, "voice-downloaded-da")
        haven.stop()

    # The server is gone: the voice is on the phone, and plays.
    restarted = start_haven(data_dir=haven.data_dir, env=publishing.checking(url, root_key)).session
    restarted.wait_for("#topics")
    sections = section_listen_buttons(restarted)
    assert len(sections) >= 3, sections
    assert restarted.script("return document.getElementById('get-voice')") is None
    tap(restarted, f'.listen-section[data-listen="{sections[0]}"]')
    restarted.wait_until(
        "const v = document.getElementById('voice');"
        "return v && !v.paused && v.currentTime > 0.3 && document.getElementById('listen').dataset.playing === arguments[0]",
        sections[0],
        what="the downloaded section's clip to play",
        timeout=30,
    )
    tap(restarted, "#listen-stop")

    # The home screen's topics say their names, and the self-check its introduction and questions.
    go_to(restarted, "#nav-home", "home")
    restarted.wait_for("#topics")
    topics = restarted.script("return [...document.querySelectorAll('.topic[data-topic]')].map(t => t.dataset.topic)")
    spoken = restarted.script("return [...document.querySelectorAll('.topic-row .listen-section')].map(b => b.dataset.listen)")
    assert spoken == [f"topic-{t}" for t in topics]
    snapshot(restarted, shot, "voice-home-da")
    tap(restarted, f'.listen-section[data-listen="topic-{ARTICLE}"]')
    restarted.wait_until(
        "return document.getElementById('listen-topics').dataset.playing === arguments[0]"
        " && document.querySelector('.topic-row.is-playing .topic')?.dataset.topic === arguments[1]",
        f"topic-{ARTICLE}",
        ARTICLE,
        what="the topic's name to be spoken, its tile marked",
        timeout=30,
    )
    go_to(restarted, "#open-self-check", "check")
    assert restarted.find("#listen-check-all"), "the introduction can be heard"
    go_to(restarted, "#check-start", "check")
    question = restarted.find("#check-question").attribute("data-question")
    tap(restarted, "#listen-check-all")
    restarted.wait_until(
        "return document.getElementById('listen-check').dataset.playing === arguments[0]",
        question,
        what="the question to be spoken",
        timeout=30,
    )
    snapshot(restarted, shot, "voice-self-check-da")

    # Removing it frees its space; the size to download it again is still known.
    assert voice_section(restarted)["state"] == "downloaded"
    removed = press_and_wait(restarted, "#voice-remove")
    assert (removed["status"], removed["state"]) == ("done", "available"), removed
    assert removed["text"] == interface_string("da", "voice-removed")
    assert not list((haven.data_dir / "packs").rglob("audio/da/*.mp3"))


def test_a_clip_changed_on_the_server_is_refused_and_the_voice_stays_unavailable(start_haven, shot, voiced_site, tmp_path):
    tool, public, root_key = voiced_site
    tampered = tmp_path / "public"
    shutil.copytree(public, tampered)
    # Every clip's blob gets one byte changed after signing: what an attacker on the server does.
    manifest = json.loads((tampered / "manifest.json").read_text())
    group = next(g for g in manifest["groups"] if g["name"] == "audio/da")
    files = json.loads(gzip.decompress((tampered / "blobs" / f"{group['sha256']}.gz").read_bytes()))["files"]
    clips = [f for f in files if f["path"].endswith(".mp3")]
    assert len(clips) > 100, f"{len(clips)} clips"
    for clip in clips:
        blob = tampered / "blobs" / (clip["blob"]["sha256"] + (".gz" if clip["blob"]["encoding"] == "gzip" else ""))
        data = bytearray(blob.read_bytes())
        data[len(data) // 2] ^= 0x55
        blob.write_bytes(bytes(data))

    with publishing.served(tool, tampered) as url:
        session = start_in(start_haven, "da", env=publishing.checking(url, root_key)).session
        voice_section(session)
        assert press_and_wait(session, "#voice-action")["state"] == "available"
        refused = press_and_wait(session, "#voice-action")
        assert (refused["status"], refused["reason"], refused["state"]) == ("refused", "hash-mismatch", "available"), refused
        assert refused["text"] == interface_string("da", "voice-untrusted")
        snapshot(session, shot, "voice-refused-da")
        assert section_listen_buttons(session) == [], "no clip of the refused voice plays"
