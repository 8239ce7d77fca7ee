"""Fixtures that start the real Haven binary under tauri-driver and WebKitWebDriver.

Run through `tests/run-e2e.sh`, which builds the binary and provides an X display and a D-Bus session.
"""

import os
import shutil
import signal
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

from webdriver import Session, wait_for_status

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "target" / "e2e-screenshots"
LOGS = ROOT / "target" / "e2e-logs"
PHONE = (360, 740)


def haven_binary():
    binary = Path(os.environ.get("HAVEN_BINARY", ROOT / "target" / "debug" / "haven"))
    if not binary.exists():
        pytest.fail(f"{binary} does not exist; build it with `cargo build -p haven-app`")
    return binary


def free_port():
    """A loopback port nothing listens on. Each run takes new ports, because a closing app can hold
    an inherited copy of the previous driver's socket for a while."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Haven:
    """One run of the app: a tauri-driver, a WebDriver session, and the app's own data folder."""

    def __init__(self, application, args=(), env=None, data_dir=None):
        self.data_dir = Path(data_dir or tempfile.mkdtemp(prefix="haven-data-"))
        environment = {**os.environ, "LANG": "en_US.UTF-8", "LANGUAGE": "en", "NO_AT_BRIDGE": "1", **(env or {})}
        environment.pop("LC_ALL", None)
        port = free_port()
        LOGS.mkdir(parents=True, exist_ok=True)
        # The driver's and the app's output, for reading after a failure.
        self.log = open(LOGS / f"driver-{port}.log", "wb")
        self.driver = subprocess.Popen(
            [shutil.which("tauri-driver") or "tauri-driver", "--port", str(port), "--native-port", str(free_port())],
            env=environment,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            wait_for_status(base)
            self.session = Session(base, application, ["--data-dir", str(self.data_dir), *args])
        except Exception:
            self.stop()
            raise

    def stop(self):
        if hasattr(self, "session"):
            self.session.quit()
        # The driver keeps nothing worth a graceful stop, and a graceful stop can hang.
        if self.driver.poll() is None:
            os.killpg(self.driver.pid, signal.SIGKILL)
            self.driver.wait()


@pytest.fixture
def start_haven(request):
    """Starts Haven; each call is a fresh run. Pass `data_dir` to keep settings between runs."""
    runs = []

    def start(args=(), env=None, data_dir=None, application=None, size=PHONE):
        haven = Haven(application or haven_binary(), args, env, data_dir)
        runs.append(haven)
        if size:
            haven.session.set_window_size(*size)
        return haven

    yield start
    for haven in runs:
        haven.stop()


@pytest.fixture
def shot():
    """Saves a screenshot under target/e2e-screenshots/."""

    def save(session, name):
        return session.screenshot(SCREENSHOTS / f"{name}.png")

    return save
