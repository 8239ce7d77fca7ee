"""What an NGO does before a phone can sync: keys, a root, a signed build, and a static server on
loopback, all with the NGO tool `haven-pack` (keys unencrypted, as in CI)."""

import contextlib
import re
import shutil
import subprocess

from conftest import ROOT


def haven_pack():
    """The NGO tool, built once for the tests that need it."""
    subprocess.run(["cargo", "build", "-q", "-p", "haven-pack", "--bin", "haven-pack"], cwd=ROOT, check=True)
    return ROOT / "target" / "debug" / "haven-pack"


def copy_of_content(folder):
    """A copy of the default pack in `folder`, for a test to change as an NGO's next release."""
    shutil.copytree(ROOT / "content", folder)
    return folder


def set_pack_field(pack, field, value):
    """Sets `version` or `published` in a pack's pack.toml."""
    manifest = pack / "pack.toml"
    rendered = value if isinstance(value, int) else f'"{value}"'
    text, count = re.subn(rf"(?m)^{field} = .*$", f"{field} = {rendered}", manifest.read_text(), count=1)
    assert count == 1, f"pack.toml has no {field}"
    manifest.write_text(text)


def publish(tool, pack, work):
    """Signs `pack` and writes its site into work/public, under a new root key; returns the public
    folder and the root public key an app must trust."""
    keys = work / "keys"
    for role in ("root", "signing"):
        subprocess.run([tool, "keygen", "--role", role, "--unencrypted", "--out", keys], check=True, capture_output=True)
    public = work / "public"
    subprocess.run(
        [tool, "trust", public, "--root-key", keys / "root.key", "--signing-key", keys / "haven.pub"],
        check=True,
        capture_output=True,
    )
    subprocess.run([tool, "build", pack, "--key", keys / "haven.key", "--out", public], check=True, capture_output=True)
    return public, keys / "root.pub"


@contextlib.contextmanager
def served(tool, public):
    """Serves `public` on a loopback port for the `with` block; yields its address."""
    server = subprocess.Popen([tool, "serve", public, "--addr", "127.0.0.1:0"], stdout=subprocess.PIPE, text=True)
    try:
        yield re.search(r"http://127\.0\.0\.1:\d+/", server.stdout.readline()).group(0)
    finally:
        server.kill()
        server.wait()


def checking(url, root_key):
    """The environment that points a debug build of the app at a site and its root key."""
    return {"HAVEN_UPDATE_URL": url, "HAVEN_TRUSTED_ROOT": str(root_key)}
