"""Listening, for readers who read little: a section's voice plays from the pack (its position moves
and it ends), the app says the voice is a computer's, "listen to the whole article" goes from section
to section, and leaving the screen silences it at once."""

import shutil
import subprocess
from pathlib import Path

from conftest import ROOT
from reader_actions import go_to, interface_string, open_topic, snapshot, start_in, tap


def state(session):
    return session.script(
        "const panel = document.getElementById('listen'); const voice = document.getElementById('voice');"
        "return panel && {state: panel.dataset.state, playing: panel.dataset.playing,"
        " position: voice ? voice.currentTime : null, paused: voice ? voice.paused : null,"
        " marked: [...document.querySelectorAll('.is-playing')].map(e => e.dataset.listenTarget)}"
    )


def test_the_summary_plays_from_the_pack_and_ends_and_says_whose_voice_it_is(start_haven, shot):
    session = start_in(start_haven, "da").session
    open_topic(session, "help-now")
    source = session.wait_for("#listen .listen-source")
    assert source.text.strip() == interface_string("da", "audio-synthetic")
    assert session.find("#listen-all").text.strip() == interface_string("da", "listen-article")
    height = session.script("return document.getElementById('listen-all').getBoundingClientRect().height")
    assert height >= 48

    tap(session, "#listen-all")
    playing = session.wait_until(
        "const voice = document.getElementById('voice');"
        "return voice && !voice.paused && voice.currentTime > 0.3 && document.getElementById('listen').dataset.playing;",
        what="the summary's voice to play and its position to move",
        timeout=30,
    )
    assert playing == "summary"
    assert state(session)["marked"] == ["summary"]
    snapshot(session, shot, "listening-da")
    session.wait_until(
        "return document.getElementById('listen').dataset.state === 'ended' && !document.getElementById('voice');",
        what="the clip to play to its end",
        timeout=60,
    )
    assert state(session)["marked"] == []


def test_pause_and_go_on_and_leaving_the_screen_silences_it(start_haven):
    session = start_in(start_haven, "da").session
    open_topic(session, "help-now")
    tap(session, "#listen-all")
    session.wait_until(
        "const v = document.getElementById('voice'); return v && !v.paused && v.currentTime > 0.2;",
        what="the voice to play",
        timeout=30,
    )
    tap(session, "#listen-pause")
    session.wait_until("return document.getElementById('voice').paused", what="the voice to pause")
    assert session.find("#listen-pause").text.strip() == interface_string("da", "listen-resume")
    paused_at = session.script("return document.getElementById('voice').currentTime")
    tap(session, "#listen-pause")
    session.wait_until(
        "const v = document.getElementById('voice'); return !v.paused && v.currentTime > arguments[0];",
        paused_at,
        what="the voice to go on from where it paused",
    )
    go_to(session, "#nav-home", "home")
    assert session.script("return document.getElementById('voice')") is None, "the sound stops with the screen"


def test_the_whole_article_is_read_section_after_section(start_haven, tmp_path):
    """On a pack voiced with `haven-pack voice` (as `build --voice` publishes it), the whole article
    plays the summary, then each section in order, marking the one being read."""
    pack = tmp_path / "pack"
    shutil.copytree(ROOT / "content", pack)
    haven_pack = ROOT / "target" / "debug" / "haven-pack"
    subprocess.run([str(haven_pack), "voice", str(pack), "--locale", "da"], check=True, capture_output=True)
    session = start_in(start_haven, "da", args=["--pack", str(pack)]).session
    open_topic(session, "help-now")
    sections = session.script(
        "return [...document.querySelectorAll('.article-section[data-section]')].map(s => s.dataset.section)"
    )
    buttons = session.script("return [...document.querySelectorAll('.listen-section')].map(b => b.dataset.listen)")
    assert buttons == sections, "every section has its own listen button"

    # Start with the last section but one, so that the move to the next is soon.
    tap(session, f'.listen-section[data-listen="{sections[-2]}"]')
    session.wait_until(
        "return document.getElementById('listen').dataset.playing === arguments[0]", sections[-2],
        what="the section's clip to play", timeout=30,
    )
    session.wait_until(
        "return document.getElementById('listen').dataset.state === 'ended'",
        what="a single section to end without going on", timeout=90,
    )
    tap(session, "#listen-all")
    session.wait_until(
        "return document.getElementById('listen').dataset.playing === 'summary'", what="the summary first", timeout=30
    )
    session.wait_until(
        "return document.getElementById('listen').dataset.playing === arguments[0]", sections[0],
        what="the first section after the summary", timeout=90,
    )
    assert state(session)["marked"] == [sections[0]]
    tap(session, "#listen-stop")
    session.wait_until(
        "return document.getElementById('listen').dataset.state === 'stopped' && !document.getElementById('voice')",
        what="stop to silence it",
    )
