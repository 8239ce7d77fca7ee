"""What a reader does with Haven, as steps the end-to-end tests share: choosing a language, opening a
topic, pressing keys, typing a search, and seeing whether the app is still running."""

import base64
import ctypes
import ctypes.util
import os
import re
import socket
import shutil
import subprocess
import threading
import tomllib
from pathlib import Path

from conftest import ROOT, SCREENSHOTS
from waiting import wait_until
from webdriver import WebDriverError, _request

KEYS = {"Escape": "\ue00c", "Tab": "\ue004", "Enter": "\ue007", "Shift": "\ue008", "Space": "\ue00d"}


# The interface draws a screen by replacing everything in <main id="view"> and then naming the screen
# in `data-screen`. A screen counts as drawn anew once `data-screen` names it and <main> no longer
# holds what it held before the reader's action (which `note_screen` remembers, in the page).
NOTE_SCREEN = "window.__e2eScreenBefore = document.getElementById('view').firstElementChild;"
SCREEN_DRAWN = (
    "const view = document.getElementById('view');"
    "return view.dataset.screen === arguments[0] && view.firstElementChild !== null"
    " && view.firstElementChild !== window.__e2eScreenBefore;"
)


def note_screen(session):
    """Remembers what the screen shows now, so that `wait_for_screen` can tell a new drawing from it."""
    session.script(NOTE_SCREEN)


def wait_for_screen(session, name, timeout=20):
    """Waits until the app has drawn the screen `name` (home, article, settings, ...) since
    `note_screen`."""
    session.wait_until(SCREEN_DRAWN, name, what=f"the {name} screen to be drawn", timeout=timeout)


def go_to(session, css, name):
    """Taps the control `css` and waits until the screen `name` it leads to has been drawn, so that
    nothing is read from (or tapped on) the screen before, or a screen that is about to be replaced."""
    control = session.wait_for(css)
    note_screen(session)
    session.script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", control)
    control.click()
    wait_for_screen(session, name)


def pick_language(session, code):
    """Chooses a language on the language screen, and waits until the screen the app goes on to has
    been drawn in it."""
    button = session.wait_for(f'button.language[data-locale="{code}"]')
    note_screen(session)
    button.click()
    session.wait_until(
        "const view = document.getElementById('view');"
        "return document.documentElement.lang === arguments[0] && view.dataset.screen !== 'language'"
        " && view.firstElementChild !== null && view.firstElementChild !== window.__e2eScreenBefore;",
        code,
        what=f"a screen drawn in {code} after choosing it",
    )


def start_in(start_haven, code, **kwargs):
    """Starts Haven and chooses a language, as on a first start; returns the run."""
    haven = start_haven(**kwargs)
    pick_language(haven.session, code)
    wait_for_screen(haven.session, "home")
    haven.session.wait_for("#topics")
    return haven


def open_topic(session, topic):
    """Goes to the home screen and opens a topic's article."""
    go_to(session, "#nav-home", "home")
    go_to(session, f'.topic[data-topic="{topic}"]', "article")
    session.wait_for(".article-title")


def tap(session, css):
    """Scrolls an element to the middle of the screen, as a reader would, and taps it. (WebKitWebDriver
    scrolls an element that is above the screen to its top edge, under Haven's bar, and then
    reports the bar as covering it.)"""
    element = session.wait_for(css)
    session.script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element)
    element.click()
    return element


def window_titles():
    """The titles of the windows on the display, as the X server has them: what a window manager,
    a taskbar or a task switcher would show."""
    tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True, check=True).stdout
    return set(re.findall(r'(?m)^\s+0x[0-9a-f]+ "([^"]*)"', tree))


class WatchWindowTitles:
    """Records every window title on the display while the `with` block runs, from the moment it
    starts: `with WatchWindowTitles() as seen: start the app`, then `seen.titles`."""

    def __enter__(self):
        self.titles, self._stop = set(), threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()
        return self

    def _watch(self):
        while not self._stop.is_set():
            self.titles |= window_titles()

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.titles |= window_titles()


def _shown_windows(title):
    tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True, check=True).stdout
    named = [line.split()[0] for line in tree.splitlines() if f'"{title}"' in line and line.strip().startswith("0x")]
    return [
        int(window, 16)
        for window in named
        if "IsViewable" in subprocess.run(["xwininfo", "-id", window], capture_output=True, text=True).stdout
    ]


def _on_display(action):
    """Runs `action(x11, display)` with a connection to the X display, through Xlib itself."""
    x11 = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11"))
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XSetInputFocus.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_ulong]
    x11.XMapWindow.argtypes = x11.XUnmapWindow.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    # Xlib's default error handler ends the process; a window that closed meanwhile is not worth that.
    ignore = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)(lambda display, event: 0)
    x11.XSetErrorHandler(ignore)
    display = x11.XOpenDisplay(None)
    action(x11, display)
    x11.XSync(display, 0)
    x11.XCloseDisplay(display)


def give_keyboard_focus(session):
    """Gives Haven's window the keyboard focus, as clicking on it would on a desktop. Xvfb has no
    window manager to do it, and WebKit shows focus rings (`:focus`) only in a focused window."""
    title = session.script("return document.title")
    shown = _shown_windows(title)
    assert shown, f"no window named {title!r} is shown on the display"
    _on_display(lambda x11, display: x11.XSetInputFocus(display, shown[-1], 1, 0))  # RevertToPointerRoot
    session.wait_until("return document.hasFocus()", what="the window to have the keyboard focus")


def hide_window(title):
    """Takes the window named `title` off the screen, as switching to another app does; returns what
    `show_window` needs to bring it back."""
    shown = _shown_windows(title)
    assert shown, f"no window named {title!r} is shown on the display"
    _on_display(lambda x11, display: [x11.XUnmapWindow(display, window) for window in shown])
    return shown


def show_window(windows):
    _on_display(lambda x11, display: [x11.XMapWindow(display, window) for window in windows])


def screen(session):
    return session.script("return document.getElementById('view').dataset.screen")


def press(session, *keys):
    """Presses keys together (such as Shift and Tab), as on a keyboard, through WebDriver actions."""
    codes = [KEYS.get(k, k) for k in keys]
    actions = [{"type": "keyDown", "value": c} for c in codes] + [{"type": "keyUp", "value": c} for c in reversed(codes)]
    session._call("POST", "/actions", {"actions": [{"type": "key", "id": "keyboard", "actions": actions}]})
    session._call("DELETE", "/actions")


def search_for(session, text):
    """Types a search as a reader does and waits until the results say how many places were found."""
    go_to(session, "#nav-search", "search")
    field = session.find("#search-input")
    field.clear()
    field.send_keys(text)
    session.find("#search-submit").click()
    session.wait_until(
        "return document.getElementById('search-results').dataset.query === arguments[0]"
        " && document.getElementById('search-summary').textContent.trim() !== ''",
        text,
        what=f"the results for {text!r}",
    )
    return session.script(
        "return [...document.querySelectorAll('#search-results .result')].map(r => ({"
        " article: r.dataset.article, section: r.dataset.section,"
        " inReference: r.classList.contains('in-reference'),"
        " title: r.querySelector('.result-article').textContent,"
        " heading: r.querySelector('.result-section')?.textContent ?? null,"
        " matched: r.querySelector('mark').textContent,"
        " excerptLang: r.querySelector('.excerpt').lang }))"
    )


def settle_for_screenshot(session):
    """Moves the focus off whatever has it, which lets WebKitWebDriver take its screenshot (see
    `snapshot`)."""
    session.script("if (document.activeElement) document.activeElement.blur()")


def snapshot(session, shot, name, timeout=40):
    """Saves a screenshot under target/e2e-screenshots/NAME.png.

    WebKitWebDriver 2.50 under Xvfb sometimes never answers a screenshot request, for instance just
    after keys were typed or while a calculator key has the focus; a little later, with the focus
    moved, the same request is answered. So a request that gets no answer within 5 s is asked
    again. Only the test's screenshots need this: the app draws the same either way."""
    path = SCREENSHOTS / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)

    def take():
        settle_for_screenshot(session)
        try:
            return _request("GET", f"{session.base}/session/{session.id}/screenshot", timeout=5)["value"]
        except (TimeoutError, socket.timeout):
            print(f"screenshot {name}: no answer, asking again")
            return None

    data = wait_until(take, what=f"WebKitWebDriver to take the screenshot {name}", timeout=timeout, poll=0)
    path.write_bytes(base64.b64decode(data))
    return path


def leave(session, how="button"):
    """Presses the quick exit (the button, or Escape). The app closes while WebDriver is still
    answering, so the driver's error about the lost window is expected and ignored."""
    try:
        if how == "button":
            session.find("#quick-exit").click()
        else:
            press(session, "Escape")
    except (WebDriverError, OSError):
        pass


def haven_processes(data_dir):
    """The pids of running Haven processes started with this data folder."""
    needle = str(data_dir).encode()
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if needle in cmdline and state != "Z":
            pids.append(int(entry.name))
    return pids


def wait_until_closed(data_dir, timeout=20):
    """Waits until no Haven process started with this data folder is left."""
    wait_until(
        lambda: not haven_processes(data_dir),
        what=f"Haven ({data_dir}) to close after leaving",
        timeout=timeout,
        details=lambda: f"still running: {haven_processes(data_dir)}",
    )


def interface_string(locale, message):
    """An interface string as `locales/<locale>/app.ftl` writes it (single-line messages only)."""
    for line in (ROOT / "locales" / locale / "app.ftl").read_text().splitlines():
        if line.startswith(f"{message} = "):
            return line.split(" = ", 1)[1].strip()
    raise KeyError(f"{locale}/app.ftl has no {message}")


def default_pack():
    """The default pack's `pack.toml`, the one the app embeds: its `version` and `published` date are
    what the settings screen and the leaflet show, whichever edition the pack is in."""
    with open(ROOT / "content" / "pack.toml", "rb") as file:
        return tomllib.load(file)


def pack_without_sections(tmp_path, removals):
    """A copy of the default pack in which some sections of some translations are missing:
    `removals` is a list of (locale, article, section)."""
    pack = tmp_path / "pack-with-gaps"
    shutil.copytree(ROOT / "content", pack)
    for locale, article, section in removals:
        path = pack / locale / f"{article}.ftl"
        kept, skipping = [], False
        for line in path.read_text().splitlines():
            if line.startswith(f"{section} ="):
                skipping = True
                continue
            if skipping and (line.startswith(" ") or not line):
                continue
            skipping = False
            kept.append(line)
        path.write_text("\n".join(kept) + "\n")
    return pack


def pdf_text(pdf):
    """The text of a PDF, as pdftotext (poppler-utils) reads it."""
    if not shutil.which("pdftotext"):
        raise AssertionError("pdftotext is missing: install the Debian package poppler-utils")
    result = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True)
    return result.stdout.decode()


def wait_for_pdf(pdf, timeout=30):
    """Waits until the printer has finished writing the PDF: its trailer, which is written last, is
    there, and poppler reads the whole file."""

    def finished():
        if not (pdf.exists() and pdf.read_bytes().rstrip().endswith(b"%%EOF")):
            return False
        return subprocess.run(["pdfinfo", str(pdf)], capture_output=True).returncode == 0

    if not shutil.which("pdfinfo"):
        raise AssertionError("pdfinfo is missing: install the Debian package poppler-utils")
    wait_until(finished, what=f"a finished PDF at {pdf}", timeout=timeout)


def private_home(tmp_path):
    """A fresh HOME with its own XDG folders, so everything the app and WebKit write lands there."""
    home = tmp_path / "home"
    env = {
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
    }
    for value in env.values():
        os.makedirs(value, exist_ok=True)
    return home, env
