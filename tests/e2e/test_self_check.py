"""The self-check "Is this happening to me?": one tap from the home screen, one question per screen,
a result that counts the signs said yes to, and nothing of the answers left on the device."""

import json
from pathlib import Path

import pytest

from reader_actions import (
    go_to,
    interface_string,
    leave,
    private_home,
    snapshot,
    start_in,
    wait_until_closed,
)


def self_check_from_engine(session, locale):
    """What the engine sends the page for the self-check in `locale` (questions and every result)."""
    return session.async_script(
        "const done = arguments[arguments.length - 1];"
        "window.__TAURI__.core.invoke('self_check', {locale: arguments[0]}).then(done, (e) => done({error: String(e)}));",
        locale,
    )


def answer(session, value, step):
    """Taps an answer on question `step` and waits for the next screen of the self-check."""
    go_to(session, f'#self-check[data-step="{step}"] .check-answer[data-answer="{value}"]', "check")
    session.wait_for(f'#self-check[data-step="{step + 1}"]')


@pytest.mark.parametrize("locale", ["da", "ar"])
def test_the_self_check_counts_the_signs_and_leaves_no_trace_of_the_answers(start_haven, shot, tmp_path, locale):
    home, env = private_home(tmp_path)
    haven = start_in(start_haven, locale, env=env)
    session = haven.session
    check = self_check_from_engine(session, locale)
    total = len(check["questions"])
    assert total >= 10

    # One tap from the home screen, in the reader's language and direction.
    go_to(session, "#open-self-check", "check")
    intro = session.wait_for('#self-check[data-step="0"]')
    assert intro.attribute("lang") == locale
    assert intro.attribute("dir") == ("rtl" if locale == "ar" else "ltr")
    assert session.find("#check-start").text.strip() == interface_string(locale, "check-start")
    go_to(session, "#check-start", "check")

    # Yes to the first two signs, not sure about the third, no to the rest.
    answers = ["yes", "yes", "not-sure"] + ["no"] * (total - 3)
    for step, value in enumerate(answers, start=1):
        question = session.wait_for(f'#self-check[data-step="{step}"] #check-question')
        assert question.text.strip() == check["questions"][step - 1]["text"]["spans"][0]["text"].strip()
        buttons = session.script(
            "return [...document.querySelectorAll('.check-answer')].map(b => {"
            " const r = b.getBoundingClientRect(); return {text: b.textContent.trim(), height: r.height}; })"
        )
        assert [b["text"] for b in buttons] == [
            interface_string(locale, "check-yes"),
            interface_string(locale, "check-no"),
            interface_string(locale, "check-not-sure"),
        ]
        assert all(b["height"] >= 48 for b in buttons), buttons
        if step == 1:
            snapshot(session, shot, f"self-check-question-{locale}")
        answer(session, value, step)

    result = session.wait_for("#check-result")
    assert session.find(".check-count").attribute("data-count") == "2"
    assert session.find(".check-count").text.strip() == check["results"][2]["spans"][0]["text"].strip()
    assert session.find(".check-unsure").text.strip() == check["unsure"][0]["spans"][0]["text"].strip()
    assert result.attribute("role") == "status"
    # The way to help: the hotline and the emergency number, as tap-to-call buttons.
    calls = session.script(
        "return [...document.querySelectorAll('#self-check a.contact')].map(a => a.getAttribute('href'))"
    )
    assert calls[:2] == ["tel:+4570202550", "tel:112"], calls
    snapshot(session, shot, f"self-check-result-{locale}")
    needles = [q["text"]["spans"][0]["text"].strip() for q in check["questions"][:3]]
    needles += [check["results"][2]["spans"][0]["text"].strip(), "not-sure"]

    leave(session)
    wait_until_closed(haven.data_dir)

    found = []
    for folder in [home, Path(haven.data_dir)]:
        for path in folder.rglob("*"):
            if not path.is_file() or path.is_symlink():
                continue
            data = path.read_bytes()
            for needle in needles:
                for encoding in ["utf-8", "utf-16-le"]:
                    if needle.encode(encoding) in data:
                        found.append(f"{path}: contains {needle!r} ({encoding})")
    assert found == [], "\n".join(found)
    assert sorted(p.name for p in Path(haven.data_dir).iterdir()) == ["settings.json"]
    settings = json.loads((Path(haven.data_dir) / "settings.json").read_text())
    assert set(settings) <= {"locale", "textSize", "automaticChecks", "discreet"}, settings


def test_an_outreach_worker_starts_the_self_check_in_the_readers_language(start_haven):
    """In the two-language view, the helper (here reading English) starts the self-check in the
    reader's language (Arabic) to hand the phone over."""
    haven = start_in(start_haven, "ar")
    session = haven.session
    go_to(session, '.topic[data-topic="help-now"]', "article")
    go_to(session, "#open-dual", "dual")
    session.wait_for("#dual")
    button = session.find("#dual-self-check")
    assert button.attribute("lang") == "ar"
    go_to(session, "#dual-self-check", "check")
    intro = session.wait_for('#self-check[data-step="0"]')
    assert (intro.attribute("lang"), intro.attribute("dir")) == ("ar", "rtl")
    go_to(session, "#check-start", "check")
    question = session.wait_for('#self-check[data-step="1"] #check-question')
    arabic = self_check_from_engine(session, "ar")["questions"][0]["text"]
    assert arabic["lang"] == "ar"
    assert question.text.strip() == arabic["spans"][0]["text"].strip()
