"""A small W3C WebDriver client: just what Haven's end-to-end tests need, with no dependencies.

tauri-driver listens on 127.0.0.1:4444 and hands the session to WebKitWebDriver, which starts the
real `haven` binary. `tauri:options.application` names the binary; no `browserName` is sent.
"""

import base64
import http.client
import json
import time
import urllib.error
import urllib.request

from waiting import wait_until

ELEMENT = "element-6066-11e4-a52e-4f735466cecf"


class WebDriverError(RuntimeError):
    pass


def _request(method, url, body=None, timeout=60):
    # tauri-driver proxies to WebKitWebDriver over kept-alive connections, and now and then forwards
    # a request on one the native driver has just closed; it then drops ours unanswered. The request
    # never reached the app, so sending it again is safe.
    for attempt in range(3):
        try:
            return _request_once(method, url, body, timeout)
        except http.client.RemoteDisconnected:
            if attempt == 2:
                raise
            time.sleep(0.3)


def _request_once(method, url, body, timeout):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        payload = error.read().decode(errors="replace")
        raise WebDriverError(f"{method} {url}: {error.code} {payload}") from None


def wait_for_status(base, timeout=30):
    """Waits until the driver says it is ready, as the driver may take a moment to start."""

    def ready():
        return _request("GET", f"{base}/status", timeout=2).get("value", {}).get("ready", True)

    wait_until(ready, what=f"{base}/status to say the driver is ready", timeout=timeout, ignore=(OSError, WebDriverError))


class Element:
    def __init__(self, session, element_id):
        self.session = session
        self.id = element_id

    def _call(self, method, path, body=None):
        return self.session._call(method, f"/element/{self.id}{path}", body)

    def click(self):
        self._call("POST", "/click", {})

    def send_keys(self, text):
        self._call("POST", "/value", {"text": text})

    def clear(self):
        self._call("POST", "/clear", {})

    @property
    def text(self):
        return self._call("GET", "/text")

    def attribute(self, name):
        return self.session.script("return arguments[0].getAttribute(arguments[1])", self, name)

    def find(self, css):
        return Element(self.session, self._call("POST", "/element", {"using": "css selector", "value": css})[ELEMENT])

    def find_all(self, css):
        found = self._call("POST", "/elements", {"using": "css selector", "value": css})
        return [Element(self.session, e[ELEMENT]) for e in found]


class Session:
    def __init__(self, base, application, args=()):
        self.base = base
        capabilities = {"alwaysMatch": {"tauri:options": {"application": str(application), "args": list(args)}}}
        # tauri-driver answers /status before the native WebKitWebDriver behind it is ready, and drops
        # the connection if asked too early; asking again until it answers covers that start-up race.
        created = wait_until(
            lambda: _request("POST", f"{base}/session", {"capabilities": capabilities})["value"],
            what="a WebDriver session (the app started under WebKitWebDriver)",
            timeout=30,
            ignore=(ConnectionError, urllib.error.URLError),
            poll=0.5,
        )
        self.id = created["sessionId"]

    def _call(self, method, path, body=None):
        return _request(method, f"{self.base}/session/{self.id}{path}", body)["value"]

    def quit(self):
        try:
            _request("DELETE", f"{self.base}/session/{self.id}", timeout=15)
        except (OSError, WebDriverError):
            pass

    def script(self, source, *args):
        encoded = [{ELEMENT: a.id} if isinstance(a, Element) else a for a in args]
        value = self._call("POST", "/execute/sync", {"script": source, "args": encoded})
        return Element(self, value[ELEMENT]) if isinstance(value, dict) and ELEMENT in value else value

    def async_script(self, source, *args):
        return self._call("POST", "/execute/async", {"script": source, "args": list(args)})

    def find(self, css):
        return Element(self, self._call("POST", "/element", {"using": "css selector", "value": css})[ELEMENT])

    def find_all(self, css):
        found = self._call("POST", "/elements", {"using": "css selector", "value": css})
        return [Element(self, e[ELEMENT]) for e in found]

    def wait_for(self, css, timeout=20, visible=True):
        """The first element matching `css`, once the interface has drawn it (and, unless `visible`
        is false, laid it out on screen)."""

        def drawn():
            return self.script(
                "const e = document.querySelector(arguments[0]);"
                "return e && (!arguments[1] || e.getClientRects().length > 0) ? true : false;",
                css,
                visible,
            ) and self.find(css)

        return wait_until(drawn, what=f"an element matching {css!r}", timeout=timeout, ignore=(WebDriverError,))

    def wait_until(self, script, *args, what, timeout=20):
        """Waits until `script` (the body of a function, run in the page with `args`) returns
        something truthy, and returns that."""
        return wait_until(lambda: self.script(script, *args), what=what, timeout=timeout)

    def set_window_size(self, width, height):
        self._call("POST", "/window/rect", {"width": width, "height": height})

    def screenshot(self, path):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(self._call("GET", "/screenshot")))
        return path
