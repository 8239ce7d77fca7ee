"""Times how long Haven and the bare Tauri app take to start, under tauri-driver and WebKitWebDriver.

Called by tests/size/startup.sh, which builds the binaries and provides an X display and a D-Bus
session. One start is timed from the WebDriver new-session request (the display, tauri-driver and the
native WebKitWebDriver already running and ready) until the page is complete with text: the document
loaded, the screen's text drawn, and every image on the page decoded. Prints figures only; it asserts
nothing about time.

Three kinds of start, taken in turns (one of each per round, so that a busy machine slows all alike):
  bare    the bare Tauri 2 app (tests/size/minimal-app): its page has its text when it has loaded;
  first   Haven with an empty data folder: done when the language picker is drawn;
  later   Haven with a data folder where English was chosen (made by running Haven once and
          choosing English, as a reader would): done when the home screen's topics are drawn.

Every start gets fresh XDG cache, data and config folders, so WebKit keeps nothing from one start to
the next (a reader's Haven runs in an ephemeral webview; under WebDriver it cannot).
"""

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "e2e"))

from conftest import free_port  # noqa: E402
from webdriver import Session, WebDriverError, _request, wait_for_status  # noqa: E402

# What "complete with text" means for each kind of start, as a script run in the page.
DONE = {
    "bare": "document.body && document.body.textContent.trim() !== ''",
    "first": "document.querySelector('#language-list button.language') !== null",
    "later": "document.documentElement.lang === 'en' && document.querySelector('#topics .topic') !== null",
}

# Run in the page until the start is done; then also returns the page's own timings (milliseconds
# from the page's time origin) and the time origin itself (milliseconds since the epoch).
PROBE = """
const done = (function () { return %s; })();
const images = [...document.images].every((image) => image.complete);
if (document.readyState !== 'complete' || !done || !images) return null;
const nav = performance.getEntriesByType('navigation')[0] || {};
return {
  now: performance.now(),
  origin: performance.timeOrigin,
  responseEnd: nav.responseEnd,
  domInteractive: nav.domInteractive,
  domContentLoaded: nav.domContentLoadedEventEnd,
  load: nav.loadEventEnd,
};
"""


class Driver:
    """tauri-driver with its native WebKitWebDriver, started and ready before the clock starts."""

    def __init__(self, env):
        self.port = free_port()
        self.native_port = free_port()
        self.process = subprocess.Popen(
            [shutil.which("tauri-driver") or "tauri-driver", "--port", str(self.port), "--native-port", str(self.native_port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        self.base = f"http://127.0.0.1:{self.port}"
        wait_for_status(self.base)
        # tauri-driver answers before the native driver behind it does; wait for that one too, so
        # that the timed request is not the one that finds it not ready.
        wait_for_status(f"http://127.0.0.1:{self.native_port}")

    def stop(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


def environment(home):
    env = {**os.environ, "LANG": "en_US.UTF-8", "LANGUAGE": "en", "NO_AT_BRIDGE": "1"}
    env.pop("LC_ALL", None)
    for name in ("XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        path = home / name.lower()
        path.mkdir(parents=True, exist_ok=True)
        env[name] = str(path)
    return env


def start_once(binary, args, done, keep=None):
    """One timed start. Returns (seconds, page timings). `keep(session)` runs once the page is done."""
    scratch = Path(tempfile.mkdtemp(prefix="haven-startup-"))
    driver = Driver(environment(scratch))
    session = None
    try:
        began = time.monotonic()
        began_epoch = time.time() * 1000
        session = Session(driver.base, binary, args)
        probe = PROBE % done
        while True:
            try:
                page = session.script(probe)
            except WebDriverError:
                page = None
            if page:
                seconds = time.monotonic() - began
                break
            if time.monotonic() - began > 60:
                raise RuntimeError(f"{binary} did not finish drawing within 60 s")
            time.sleep(0.01)  # polling flat out would take the CPU the page needs
        page["origin"] -= began_epoch  # the page's time origin, in ms after the request
        if keep:
            keep(session)
        return seconds, page
    finally:
        if session:
            session.quit()
        driver.stop()
        shutil.rmtree(scratch, ignore_errors=True)


def choose_english(session):
    session.find('button.language[data-locale="en"]').click()
    deadline = time.monotonic() + 20
    while not session.script("return document.querySelector('#topics .topic') !== null"):
        if time.monotonic() > deadline:
            raise RuntimeError("choosing English did not lead to the home screen")
        time.sleep(0.05)


TRACE = """
const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource'),
  ...performance.getEntriesByType('paint'), ...performance.getEntriesByType('mark')];
return entries.map((e) => [e.entryType, e.name.replace(location.origin, ''), Math.round(e.startTime),
  Math.round(e.responseEnd ?? e.startTime + e.duration)]).concat([['now', '', Math.round(performance.now()), 0]]);
"""


def trace(options):
    """One start of each kind, with the page's own timeline: what it fetched and when, and the
    interface's marks (ui/js/main.js, views.js): haven-start-asked and haven-start-answered around the
    `start` command, haven-home-data once the home screen has its content, haven-first-screen-drawn
    once the first screen is in the page, and haven-first-frame when the frame that paints it begins.
    What follows that frame until `now` is mostly the probe's own polling (a WebDriver round trip and
    10 ms between tries)."""
    work = Path(tempfile.mkdtemp(prefix="haven-startup-data-"))
    chosen = work / "chosen"
    start_once(options.haven, ["--data-dir", str(chosen)], DONE["first"], keep=choose_english)
    runs = [("bare", options.bare, []), ("first", options.haven, ["--data-dir", str(work / "empty")]),
            ("later", options.haven, ["--data-dir", str(chosen)])]
    for kind, binary, args in runs:
        timeline = []
        seconds, page = start_once(binary, args, DONE[kind], keep=lambda s: timeline.extend(s.script(TRACE)))
        print(f"{kind}: {seconds:.3f} s; page created {page['origin']:.0f} ms after the request")
        for entry_type, name, start, end in timeline:
            print(f"  {entry_type:<10} {start:6d} {end:6d}  {name}")
    shutil.rmtree(work, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--haven", required=True)
    parser.add_argument("--bare", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--trace", action="store_true", help="print one start's page timings in detail")
    options = parser.parse_args()
    if options.trace:
        return trace(options)

    work = Path(tempfile.mkdtemp(prefix="haven-startup-data-"))
    chosen = work / "chosen"
    # Untimed: one start of each binary, so that every timed start finds it in the page cache, and the
    # run of Haven that makes the later starts' data folder (English chosen on the language screen).
    start_once(options.bare, [], DONE["bare"])
    start_once(options.haven, ["--data-dir", str(chosen)], DONE["first"], keep=choose_english)
    settings = sorted(p.name for p in chosen.iterdir())

    results = {"bare": [], "first": [], "later": []}
    for _ in range(options.runs):
        results["bare"].append(start_once(options.bare, [], DONE["bare"]))
        empty = Path(tempfile.mkdtemp(prefix="first-", dir=work))
        results["first"].append(start_once(options.haven, ["--data-dir", str(empty)], DONE["first"]))
        later = work / f"later-{len(results['later'])}"
        shutil.copytree(chosen, later)
        results["later"].append(start_once(options.haven, ["--data-dir", str(later)], DONE["later"]))
    shutil.rmtree(work, ignore_errors=True)

    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"start-up, median of {options.runs}; from the new-session request until the page is complete with text")
    print(f"(load average at the end: {load}, on {os.cpu_count()} cores)")
    print(f"(later starts: a data folder holding {', '.join(settings)} after choosing English)")
    median = {kind: statistics.median(s for s, _ in runs) for kind, runs in results.items()}
    names = {"bare": "bare Tauri app", "first": "haven, first start", "later": "haven, later start"}
    for kind, runs in results.items():
        each = " ".join(f"{s:.2f}" for s, _ in runs)
        print(f"{names[kind]:<20} {median[kind]:.3f} s   (each: {each})")
    # Most of a start, and most of its spread on a busy machine, comes before the page exists: the
    # app's process, GTK, and WebKit's web process. The page's own part is what the interface decides.
    print("  median ms from the request: page created / DOMContentLoaded / load / done;  the page's own part")
    for kind, runs in results.items():
        pages = [p for _, p in runs]

        def m(field):
            return statistics.median(p["origin"] + (p[field] or 0) for p in pages)

        own = statistics.median(p["now"] for p in pages)
        each = " ".join(f"{p['now']:.0f}" for p in pages)
        print(
            f"  {names[kind]:<20} {statistics.median(p['origin'] for p in pages):6.0f} /"
            f" {m('domContentLoaded'):6.0f} / {m('load'):6.0f} / {m('now'):6.0f};  {own:4.0f} ms"
            f" (each: {each})"
        )
    print(f"ratio first start / bare app: {median['first'] / median['bare']:.2f} (goal: at most 1.5)")
    print(f"ratio later start / bare app: {median['later'] / median['bare']:.2f} (goal: at most 1.2)")


if __name__ == "__main__":
    main()
