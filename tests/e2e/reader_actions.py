"""What a reader does with Haven, as steps the end-to-end tests share: choosing a language, opening a
topic, pressing keys, typing a search, and seeing whether the app is still running."""

import base64
import ctypes
import ctypes.util
import json
import os
import socket
import shutil
import subprocess
import time
from pathlib import Path

from conftest import ROOT, SCREENSHOTS
from webdriver import _request

KEYS = {"Escape": "\ue00c", "Tab": "\ue004", "Enter": "\ue007", "Shift": "\ue008", "Space": "\ue00d"}


def pick_language(session, code):
    session.wait_for(f'button.language[data-locale="{code}"]').click()
    session.wait_until(f'return document.documentElement.lang === "{code}"', message=f"<html lang> = {code}")


def start_in(start_haven, code, **kwargs):
    """Starts Haven and chooses a language, as on a first start; returns the run."""
    haven = start_haven(**kwargs)
    pick_language(haven.session, code)
    haven.session.wait_for("#topics")
    return haven


def open_topic(session, topic):
    session.find("#nav-home").click()
    session.wait_for(f'.topic[data-topic="{topic}"]').click()
    session.wait_for(f'main[data-screen="article"] .article-title')


def tap(session, css):
    """Scrolls an element to the middle of the screen, as a reader would, and taps it. (WebKitWebDriver
    scrolls an element that is above the screen to its top edge, under Haven's bar, and then
    reports the bar as covering it.)"""
    element = session.wait_for(css)
    session.script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element)
    element.click()
    return element


def give_keyboard_focus(session):
    """Gives Haven's window the keyboard focus, as clicking on it would on a desktop. Xvfb has no
    window manager to do it, and WebKit shows focus rings (`:focus`) only in a focused window."""
    title = session.script("return document.title")
    tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True, check=True).stdout
    named = [line.split()[0] for line in tree.splitlines() if f'"{title}"' in line and line.strip().startswith("0x")]
    shown = [
        int(window, 16)
        for window in named
        if "IsViewable" in subprocess.run(["xwininfo", "-id", window], capture_output=True, text=True).stdout
    ]
    assert shown, f"no window named {title!r} is shown on the display"
    x11 = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11"))
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XSetInputFocus.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_ulong]
    x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    # Xlib's default error handler ends the process; a window that closed meanwhile is not worth that.
    ignore = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)(lambda display, event: 0)
    x11.XSetErrorHandler(ignore)
    display = x11.XOpenDisplay(None)
    x11.XSetInputFocus(display, shown[-1], 1, 0)  # RevertToPointerRoot, CurrentTime
    x11.XSync(display, 0)
    x11.XCloseDisplay(display)
    session.wait_until("return document.hasFocus()", message="the window has the keyboard focus")


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
    session.find("#nav-search").click()
    field = session.wait_for("#search-input")
    field.clear()
    field.send_keys(text)
    session.find("#search-submit").click()
    session.wait_until(
        f"return document.getElementById('search-results').dataset.query === {json.dumps(text)}"
        " && document.getElementById('search-summary').textContent.trim() !== ''",
        message=f"results for {text!r}",
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


def snapshot(session, shot, name, tries=8):
    """Saves a screenshot under target/e2e-screenshots/NAME.png.

    WebKitWebDriver 2.50 under Xvfb sometimes never answers a screenshot request, for instance just
    after keys were typed or while a calculator key has the focus; a little later, with the focus
    moved, the same request is answered. So a request that gets no answer is asked again. Only the
    test's screenshots need this: the app draws the same either way."""
    path = SCREENSHOTS / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    for _ in range(tries):
        settle_for_screenshot(session)
        try:
            data = _request("GET", f"{session.base}/session/{session.id}/screenshot", timeout=5)["value"]
        except (TimeoutError, socket.timeout):
            print(f"screenshot {name}: no answer, asking again")
            continue
        path.write_bytes(base64.b64decode(data))
        return path
    raise AssertionError(f"WebKitWebDriver took no screenshot for {name} in {tries} tries")


def leave(session, how="button"):
    """Presses the quick exit (the button, or Escape). The app closes while WebDriver is still
    answering, so the driver's error about the lost window is expected and ignored."""
    from webdriver import WebDriverError

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


def wait_until_closed(data_dir, seconds=20):
    deadline = time.monotonic() + seconds
    while haven_processes(data_dir):
        if time.monotonic() > deadline:
            raise AssertionError(f"Haven ({data_dir}) was still running {seconds} s after leaving")
        time.sleep(0.1)


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


def wait_for_pdf(pdf, seconds=30):
    """Waits until the printer has finished writing the PDF (its trailer is written last)."""
    deadline = time.monotonic() + seconds
    while not (pdf.exists() and pdf.read_bytes().rstrip().endswith(b"%%EOF")):
        if time.monotonic() > deadline:
            raise AssertionError(f"no finished PDF at {pdf} after {seconds} s")
        time.sleep(0.2)
    # The file is complete once its size stops changing.
    size = -1
    while size != pdf.stat().st_size:
        size = pdf.stat().st_size
        time.sleep(0.3)


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
