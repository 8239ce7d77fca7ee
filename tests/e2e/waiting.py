"""The one way the end-to-end tests wait: until a condition holds, never for a fixed time.

Every wait in the suite (for the driver to answer, for a screen to be drawn, for a file to be
written, for the app to close) goes through `wait_until`, so each one ends as soon as what it needs
is there, and a wait that ends in vain says what it was waiting for."""

import time

# How often a condition is asked again. Short, because most conditions are met within a frame or two.
POLL = 0.1


class WaitTimeout(AssertionError):
    """What was waited for did not come within the time allowed."""


def wait_until(condition, what, timeout=20, ignore=(), details=None, poll=POLL):
    """Calls `condition()` until it returns something truthy, and returns that value.

    `what` names what is awaited, for the failure message ("the settings screen", "a finished PDF
    at ..."). Errors of the types in `ignore` count as "not yet" (the last one is reported if the
    wait fails); any other error ends the wait at once. `details`, if given, is called when the wait
    fails, and what it returns (what was seen instead) is added to the message."""
    deadline = time.monotonic() + timeout
    last_error = None
    while True:
        try:
            value = condition()
        except ignore as error:
            value, last_error = None, error
        if value:
            return value
        if time.monotonic() >= deadline:
            message = f"waited {timeout} s for {what}, in vain"
            if last_error is not None:
                message += f" (last error: {last_error})"
            if details is not None:
                message += f"; {details()}"
            raise WaitTimeout(message)
        time.sleep(poll)
