"""The reader's safety: the quick exit, no traces of what was read, and discreet mode."""

import functools
import json
import os
import signal
import subprocess
from pathlib import Path

from conftest import haven_binary
from reader_actions import (
    go_to,
    haven_processes,
    hide_window,
    leave,
    note_screen,
    open_topic,
    pick_language,
    press,
    private_home,
    screen,
    search_for,
    settle_for_screenshot,
    show_window,
    snapshot,
    start_in,
    tap,
    wait_for_screen,
    wait_until_closed,
    WatchWindowTitles,
    window_titles,
)
from waiting import wait_until


def exit_button(session):
    return session.script(
        "const b = document.getElementById('quick-exit'); const r = b.getBoundingClientRect();"
        "return {text: b.textContent.trim(), icon: b.querySelector('img').getAttribute('src'),"
        " description: document.getElementById(b.getAttribute('aria-describedby')).textContent,"
        " top: Math.round(r.top), left: Math.round(r.left), width: Math.round(r.width)}"
    )


def test_the_quick_exit_is_in_the_same_place_on_every_screen_in_the_readers_language(start_haven, shot):
    session = start_in(start_haven, "da").session
    places = {}

    def note(name):
        places[name] = exit_button(session)

    note("home")
    open_topic(session, "rights")
    note("article")
    go_to(session, "#open-dual", "dual")
    session.wait_for("#dual")
    note("dual")
    go_to(session, "#nav-home", "home")
    go_to(session, "#nav-directory", "directory")
    session.wait_for("#services")
    note("directory")
    search_for(session, "tolk")
    note("search")
    go_to(session, "#nav-settings", "settings")
    session.wait_for("#discreet")
    note("settings")
    go_to(session, "#nav-language", "language")
    session.wait_for("#language-list")
    note("language")
    snapshot(session, shot, "safety-quick-exit-danish")

    home = places["home"]
    assert home["text"] == "Forlad", "labelled in Danish"
    assert home["icon"] == "icons/exit.svg"
    assert "Haven" in home["description"] and home["description"] != "Leave Haven now. The app closes at once."
    for name, place in places.items():
        assert place == home, f"the quick exit moved on the {name} screen: {place} != {home}"
    # The top right corner of a left-to-right phone screen.
    assert home["top"] < 20 and home["left"] + home["width"] > 330


def test_the_quick_exit_closes_the_app_and_the_next_start_does_not_reopen_the_article(start_haven):
    haven = start_in(start_haven, "en")
    session = haven.session
    open_topic(session, "testifying")
    go_to(session, "#open-dual", "dual")
    session.wait_for("#dual")
    leave(session)
    wait_until_closed(haven.data_dir)

    # The next start opens on the home screen, not on what was being read.
    again = start_haven(data_dir=haven.data_dir)
    session = again.session
    session.wait_until("return document.getElementById('view').dataset.screen", what="the first screen to be drawn")
    assert screen(session) == "home"
    session.wait_for("#topics")
    assert session.find_all(".article-title") == []
    # The back button has nothing to go back to: the screens before were forgotten with the app.
    assert session.find_all("#back") == []

    # Escape does the same on a desktop keyboard.
    open_topic(session, "rights")
    leave(session, "Escape")
    wait_until_closed(again.data_dir)


def test_the_quick_exit_works_from_the_very_first_screen(start_haven):
    haven = start_haven()
    haven.session.wait_for("#language-list")
    leave(haven.session, "Escape")
    wait_until_closed(haven.data_dir)


def test_nothing_read_or_searched_is_left_on_the_device(start_haven, tmp_path):
    """Reads several articles, searches, leaves, and then looks at every file the app and WebKit
    wrote under a private HOME: none may name an article, a section or a search term."""
    home, env = private_home(tmp_path)
    haven = start_in(start_haven, "da", env=env)
    session = haven.session
    read = []
    for topic in ["help-now", "rights", "safe-places", "health"]:
        open_topic(session, topic)
        read.append(session.find(".article-title").text.strip())
        read.extend(
            session.script("return [...document.querySelectorAll('.article-section h2')].slice(0, 3).map(h => h.textContent.trim())")
        )
    go_to(session, "#open-dual", "dual")
    session.wait_for("#dual")
    searched = ["tolk", "krisecenter", "Menneskehandel"]
    for term in searched:
        search_for(session, term)
    leave(session)
    wait_until_closed(haven.data_dir)

    needles = {text for text in read + searched if len(text) >= 4}
    assert len(needles) >= 10, needles
    found = []
    for folder in [home, haven.data_dir]:
        for path in Path(folder).rglob("*"):
            name = str(path.relative_to(folder))
            for needle in needles:
                if needle.lower() in name.lower():
                    found.append(f"{path}: its name contains {needle!r}")
            if not path.is_file() or path.is_symlink():
                continue
            data = path.read_bytes()
            for needle in needles:
                for encoding in ["utf-8", "utf-16-le"]:
                    if needle.encode(encoding) in data or needle.lower().encode(encoding) in data.lower():
                        found.append(f"{path}: contains {needle!r} ({encoding})")
    assert found == [], "\n".join(found)

    # The app's own folder holds the settings and nothing else, and the settings hold no history.
    assert sorted(p.name for p in Path(haven.data_dir).iterdir()) == ["settings.json"]
    settings = json.loads((Path(haven.data_dir) / "settings.json").read_text())
    assert set(settings) <= {"locale", "textSize", "automaticChecks", "discreet"}, settings
    # WebKit kept no web storage, cookies or cached pages.
    stores = [
        str(p)
        for p in home.rglob("*")
        if p.name in {"localstorage", "databases", "IndexedDB", "cookies", "cookies.sqlite", "Records"}
        and (p.is_file() or any(p.iterdir()))
    ]
    assert stores == [], stores


def test_the_readers_webview_keeps_no_web_storage_or_cache(tmp_path):
    """Haven as a reader starts it (no WebDriver): the webview is ephemeral. Run under a private HOME
    until its web page process has started, then closed; WebKit may leave its empty folder, but no
    cache index, no cookies and no web storage."""
    home, env = private_home(tmp_path)
    data_dir = tmp_path / "data"
    environment = {**os.environ, **env, "NO_AT_BRIDGE": "1"}
    environment.pop("TAURI_WEBVIEW_AUTOMATION", None)
    app = subprocess.Popen(
        [str(haven_binary()), "--data-dir", str(data_dir)],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:

        def first_screen_drawn():
            assert app.poll() is None, "Haven stopped by itself"
            return thai_font_loaded(web_processes_of(app.pid))

        # Let the page load and draw its first screen, the language picker, before closing. With no
        # WebDriver to ask, the sign is a font: the picker names Thai in Thai, and WebKit's web process
        # loads a font with Thai letters only to lay out that text.
        wait_until(
            first_screen_drawn,
            what="WebKit's web process to draw the language picker (load a font with Thai letters)",
            timeout=30,
            details=lambda: f"web processes: {web_processes_of(app.pid)}",
        )
    finally:
        os.killpg(app.pid, signal.SIGTERM)
        app.wait(timeout=20)
    written = sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.is_file())
    kept = [
        p
        for p in written
        if any(part in p for part in ["localstorage", "IndexedDB", "databases", "cookies", "Records", "dump.json"])
    ]
    assert kept == [], f"WebKit kept data of the incognito webview: {kept}\n(all files: {written})"
    assert not data_dir.exists() or list(data_dir.iterdir()) == [], "nothing chosen, so no settings"


def web_processes_of(pid):
    """The pids of WebKit's web content processes started by the app `pid`."""
    children = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
    found = []
    for child in children:
        try:
            if Path(f"/proc/{child}/comm").read_text().strip().startswith("WebKitWebProces"):
                found.append(int(child))
        except OSError:
            pass
    return found


@functools.cache
def thai_fonts():
    """The font files that fontconfig says have Thai letters."""
    listed = subprocess.run(["fc-list", ":lang=th", "file"], capture_output=True, text=True, check=True).stdout
    fonts = frozenset(line.split(":")[0].strip() for line in listed.splitlines() if line.strip())
    assert fonts, "no font for Thai is installed (fonts-thai-tlwg, fonts-noto-core)"
    return fonts


def thai_font_loaded(pids):
    """Whether one of these processes has a font file with Thai letters mapped."""
    thai = thai_fonts()
    for pid in pids:
        try:
            maps = Path(f"/proc/{pid}/maps").read_text()
        except OSError:
            continue
        if any(line.split()[-1] in thai for line in maps.splitlines() if "/" in line):
            return True
    return False


def set_discreet_code(session, code, again=None):
    """Types a code for discreet mode on a freshly drawn settings screen, and saves it."""
    go_to(session, "#nav-settings", "settings")
    session.wait_for("#discreet-form")
    session.find("#discreet-code").send_keys(code)
    session.find("#discreet-code-again").send_keys(again if again is not None else code)
    tap(session, "#discreet-save")


def tap_keys(session, keys):
    """Taps calculator keys, one after the other."""
    for key in keys:
        session.find(f'.calc-key[data-key="{key}"]').click()


def calculate(session, keys):
    """Taps calculator keys and returns what the display shows."""
    tap_keys(session, keys)
    return session.find("#calc-display").text.strip()


def unlock_with(session, code):
    """Types the reader's code and "=" on the cover, and waits for the guidance. (The display is not
    read: the guidance may already have replaced it.)"""
    note_screen(session)
    tap_keys(session, ["clear", *code, "="])
    wait_for_screen(session, "home")


def test_discreet_mode_round_trip(start_haven, shot):
    haven = start_in(start_haven, "en")
    session = haven.session

    # Wrong input is explained, in plain words, before anything is saved.
    set_discreet_code(session, "12")
    session.wait_until("return document.getElementById('discreet-error').textContent !== ''", what="the error to be shown")
    assert "6 to 12 digits" in session.find("#discreet-error").text
    assert "PIN" in session.find("#discreet-not-pin").text, "a plain warning not to reuse the phone's PIN"
    session.find("#discreet-code").clear()
    session.find("#discreet-code-again").clear()
    set_discreet_code(session, "258046", again="258047")
    session.wait_until(
        "return document.getElementById('discreet-error').textContent.includes('not the same')",
        what="the mismatch to be explained",
    )
    session.find("#discreet-code").clear()
    session.find("#discreet-code-again").clear()
    set_discreet_code(session, "258046")
    session.wait_until(
        "return document.getElementById('discreet-state').textContent === 'Discreet mode is on.'",
        what="discreet mode to say it is on",
    )
    explained = session.find("#discreet").text
    assert "calculator" in explained and "list of apps" in explained, "says what it hides and what not"
    session.script("document.getElementById('discreet').scrollIntoView()")
    snapshot(session, shot, "safety-discreet-settings")

    settings = (Path(haven.data_dir) / "settings.json").read_text()
    assert "258046" not in settings, "the code is never stored"
    assert set(json.loads(settings)["discreet"]) == {"salt", "hash", "rounds"}
    haven.stop()

    # The next start shows a working calculator, with nothing that names Haven: not even the window's
    # title, from the moment the window exists. (The run before, titled Haven, must be gone first.)
    wait_until_closed(haven.data_dir)
    wait_until(lambda: "Haven" not in window_titles(), what="the last run's window to be gone")
    with WatchWindowTitles() as seen:
        covered = start_haven(data_dir=haven.data_dir)
        session = covered.session
        session.wait_for("#calculator")
    assert "Calculator" in seen.titles and "Haven" not in seen.titles, seen.titles
    assert session.script("return document.title") == "Calculator"
    visible = session.script("return document.body.innerText")
    assert "Haven" not in visible and "Leave" not in visible, visible
    assert not session.script("return document.getElementById('bar').getClientRects().length"), "no bar"
    assert calculate(session, ["clear", "1", "2", "+", "3", "×", "4", "="]) == "24"
    assert calculate(session, ["7", "÷", "2", "="]) == "3.5"
    assert calculate(session, ["clear", "1", "1", "1", "1", "="]) == "1111", "a wrong code is just a number"
    assert session.find_all("#topics") == []
    snapshot(session, shot, "safety-discreet-calculator")

    # The reader's code, then "=", opens the guidance.
    unlock_with(session, "258046")
    session.wait_for("#topics")
    assert session.script("return document.title") == "Haven"
    snapshot(session, shot, "safety-discreet-unlocked")

    # Switching away hides the guidance: brought back, the window shows the calculator again.
    windows = hide_window("Haven")
    session.wait_until("return document.visibilityState === 'hidden'", what="the page to know it is hidden")
    show_window(windows)
    session.wait_for("#calculator")
    assert session.script("return document.title") == "Calculator"
    assert session.find_all("#topics") == []
    unlock_with(session, "258046")

    # Turning it off: the next start opens the guidance directly.
    go_to(session, "#nav-settings", "settings")
    tap(session, "#discreet-off")
    session.wait_until(
        "return document.getElementById('discreet-state').textContent === 'Discreet mode is off.'",
        what="discreet mode to say it is off",
    )
    covered.stop()
    plain = start_haven(data_dir=haven.data_dir).session
    wait_for_screen(plain, "home")
    plain.wait_for("#topics")
    assert "discreet" not in json.loads((Path(haven.data_dir) / "settings.json").read_text())


def test_a_settings_file_that_cannot_be_read_starts_on_the_cover(start_haven):
    haven = start_in(start_haven, "en")
    set_discreet_code(haven.session, "909090")
    haven.session.wait_for("#discreet-off")
    haven.stop()
    # The code in the file is damaged (a failing disk, a half-restored backup): the reader asked
    # for the cover, so the cover it is, never the guidance in the open.
    path = Path(haven.data_dir) / "settings.json"
    damaged = json.loads(path.read_text())
    damaged["discreet"] = {"salt": 7}
    path.write_text(json.dumps(damaged))
    session = start_haven(data_dir=haven.data_dir).session
    session.wait_for("#calculator")
    assert session.script("return document.title") == "Calculator"
    assert session.find_all("#topics") == []


def test_the_calculator_answers_the_keyboard_and_escape_still_leaves(start_haven):
    haven = start_in(start_haven, "ar")
    set_discreet_code(haven.session, "909090")
    haven.session.wait_for("#discreet-off")
    haven.stop()
    covered = start_haven(data_dir=haven.data_dir)
    session = covered.session
    session.wait_for("#calculator")
    # The keys are named in the reader's language, for screen readers.
    assert session.find('.calc-key[data-key="="]').attribute("aria-label") == "يساوي"
    press(session, "6")
    press(session, "*")
    press(session, "7")
    press(session, "Enter")
    assert session.find("#calc-display").text.strip() == "42"
    note_screen(session)
    for digit in "909090":
        press(session, digit)
    press(session, "Enter")
    wait_for_screen(session, "home")
    session.wait_for("#topics")
    leave(session, "Escape")
    wait_until_closed(covered.data_dir)
