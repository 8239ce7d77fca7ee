"""The settings screen's "Updated information": the information in use, a check that says in plain
words what happened, and automatic checks that stay off unless the reader turns them on.

The update source comes from HAVEN_UPDATE_URL and HAVEN_TRUSTED_ROOT (the root public key), which
debug builds read; the root, the pack's signature and the site are made with the NGO tool,
`haven-pack`, as an NGO would (keys unencrypted, as in CI)."""

import json
import subprocess
import time
from pathlib import Path

import pytest

import publishing
from conftest import free_port
from reader_actions import default_pack, go_to, interface_string, snapshot, start_in, tap, wait_for_screen
from waiting import wait_until


@pytest.fixture(scope="module")
def haven_pack():
    return publishing.haven_pack()


@pytest.fixture
def published(haven_pack, tmp_path):
    """The next version of the default pack, published 2026-12-24, signed and served on loopback;
    yields (url, root public key file)."""
    pack = publishing.copy_of_content(tmp_path / "pack")
    publishing.set_pack_field(pack, "version", default_pack()["version"] + 1)
    publishing.set_pack_field(pack, "published", "2026-12-24")
    public, root_key = publishing.publish(haven_pack, pack, tmp_path)
    with publishing.served(haven_pack, public) as url:
        yield url, root_key


def open_updates(session):
    go_to(session, "#nav-settings", "settings")
    section = session.wait_for("#updates")
    session.script("document.getElementById('updates').scrollIntoView()")
    return section


def check_now(session):
    """Presses the button and waits until the result of this check is said. (A result of an earlier
    check stays on the screen until the new one replaces it, so the test watches for the new one.)"""
    session.script(
        "window.__e2eResults = [];"
        "new MutationObserver(() => window.__e2eResults.push(document.getElementById('update-result').dataset.status))"
        ".observe(document.getElementById('update-result'), {attributes: true, attributeFilter: ['data-status']});"
    )
    tap(session, "#check-for-updates")
    session.wait_until(
        "return window.__e2eResults.length > 0 && !document.getElementById('check-for-updates').disabled",
        what="the result of the check, and the button ready again",
        timeout=60,
    )
    return session.script(
        "const r = document.getElementById('update-result'); return {status: r.dataset.status, text: r.textContent,"
        " version: document.getElementById('information-version').textContent,"
        " source: document.getElementById('information-source').textContent}"
    )


def test_a_check_installs_newer_information_and_says_so(start_haven, shot, published):
    url, key = published
    haven = start_in(start_haven, "en", env={"HAVEN_UPDATE_URL": url, "HAVEN_TRUSTED_ROOT": str(key)})
    session = haven.session
    open_updates(session)
    embedded = default_pack()
    before = session.script("return document.getElementById('information-in-use').textContent")
    assert f"Information version {embedded['version']}, checked {embedded['published']}." in before
    assert "This information came with the app." in before
    assert not session.script("return document.getElementById('automatic-checks').checked"), "off by default"

    result = check_now(session)
    assert result["status"] == "updated"
    assert result["text"] == "New information is now in use."
    assert result["version"] == f"Information version {embedded['version'] + 1}, checked 2026-12-24."
    assert result["source"] == "This information is an update that was downloaded and checked."
    snapshot(session, shot, "settings-updated")

    again = check_now(session)
    assert (again["status"], again["text"]) == ("unchanged", "You already have the newest information.")
    go_to(session, "#nav-home", "home")
    assert session.script("return document.getElementById('stale-notice')") is None, "checked just now: not stale"
    open_updates(session)

    # The automatic check is the reader's choice, and it is remembered.
    tap(session, "#automatic-checks")
    settings_file = Path(haven.data_dir) / "settings.json"
    wait_until(
        lambda: settings_file.exists() and json.loads(settings_file.read_text()).get("automaticChecks"),
        what="the choice of automatic checks to be saved in settings.json",
        ignore=(json.JSONDecodeError,),
    )
    haven.stop()
    restarted = start_haven(data_dir=haven.data_dir, env={"HAVEN_UPDATE_URL": url, "HAVEN_TRUSTED_ROOT": str(key)}).session
    wait_for_screen(restarted, "home")
    restarted.wait_for("#topics")
    open_updates(restarted)
    assert restarted.script("return document.getElementById('automatic-checks').checked")


def test_a_check_that_cannot_reach_the_server_keeps_the_information_and_says_so(start_haven, shot, haven_pack, tmp_path):
    subprocess.run(
        [haven_pack, "keygen", "--role", "root", "--unencrypted", "--out", tmp_path / "keys"],
        check=True,
        capture_output=True,
    )
    nowhere = f"http://127.0.0.1:{free_port()}/"
    session = start_in(
        start_haven, "da", env={"HAVEN_UPDATE_URL": nowhere, "HAVEN_TRUSTED_ROOT": str(tmp_path / "keys" / "root.pub")}
    ).session
    open_updates(session)
    result = check_now(session)
    assert result["status"] in {"refused", "unavailable"}
    assert result["text"].startswith("Intet blev ændret."), result["text"]
    embedded = default_pack()
    assert result["version"] == f"Informationernes version {embedded['version']}, kontrolleret {embedded['published']}."
    snapshot(session, shot, "settings-update-refused-danish")


def test_checks_failing_for_two_weeks_are_said_on_the_home_screen_with_the_last_confirmed_date(
    start_haven, shot, haven_pack, tmp_path
):
    subprocess.run(
        [haven_pack, "keygen", "--role", "root", "--unencrypted", "--out", tmp_path / "keys"],
        check=True,
        capture_output=True,
    )
    # The app's record of its checks: every check for the last 15 days failed.
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "update-checks.json").write_text(json.dumps({"failingSince": int(time.time()) - 15 * 24 * 3600}))
    nowhere = f"http://127.0.0.1:{free_port()}/"
    env = {"HAVEN_UPDATE_URL": nowhere, "HAVEN_TRUSTED_ROOT": str(tmp_path / "keys" / "root.pub")}
    session = start_in(start_haven, "ar", env=env, data_dir=data_dir).session
    notice = session.wait_for("#stale-notice")
    assert session.find("#stale-heading").text == interface_string("ar", "stale-heading")
    # The date the information was last known to be the newest: here the day it was published,
    # isolated so that it reads left to right inside the Arabic sentence.
    confirmed = session.find("#stale-confirmed")
    assert confirmed.text == default_pack()["published"]
    assert confirmed.attribute("dir") == "ltr"
    assert interface_string("ar", "stale-explained") in notice.text
    # It is under the emergency card, which stays first.
    assert session.script(
        "return document.querySelector('.emergency').compareDocumentPosition(document.getElementById('stale-notice'))"
        " & Node.DOCUMENT_POSITION_FOLLOWING"
    )
    snapshot(session, shot, "home-stale-notice-arabic")

    # Its button opens the updates on the settings screen; a check that fails again changes nothing.
    go_to(session, "#stale-check", "settings")
    session.wait_until(
        "const r = document.getElementById('updates').getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight",
        what="the updates section to be on screen",
    )
    assert check_now(session)["status"] in {"refused", "unavailable"}
    go_to(session, "#nav-home", "home")
    session.wait_for("#stale-notice")


def test_a_build_without_an_update_address_says_it_cannot_check(start_haven):
    session = start_in(start_haven, "en").session
    open_updates(session)
    assert session.find("#check-for-updates").attribute("disabled") is not None
    assert session.find("#updates-not-configured").text == "This copy of Haven has no address to check for updates."
