"""The app as a reader uses it: first start, reading, switching language, calling for help."""

import os
import re
import shutil
import subprocess
import tomllib

import pytest

from conftest import ROOT, haven_binary
from reader_actions import (
    go_to,
    interface_string,
    open_topic,
    pack_without_sections,
    pick_language,
    tap,
    wait_for_screen,
)
from waiting import wait_until


def test_first_start_offers_every_language_in_its_own_name_and_remembers_the_choice(start_haven, shot):
    haven = start_haven()
    session = haven.session
    session.wait_for("#language-list")
    shot(session, "01-language-picker")
    entries = session.script(
        "return [...document.querySelectorAll('button.language')].map(b => [b.dataset.locale, b.lang, b.textContent])"
    )
    names = {code: name for code, _, name in entries}
    assert names["da"] == "Dansk" and names["en"] == "English"
    assert all(code == lang for code, lang, _ in entries), "each entry carries the lang of its locale"

    # Searching narrows the list; accents do not matter.
    session.find("#language-search").send_keys("dan")
    # The list is narrowed as each letter is typed.
    session.wait_until("return document.getElementById('language-search').value === 'dan'", what="'dan' to be typed")
    visible = session.script("return [...document.querySelectorAll('#language-list li:not([hidden]) button')].map(b => b.dataset.locale)")
    assert visible == ["da"]

    pick_language(session, "da")
    wait_for_screen(session, "home")
    session.wait_for("#topics")
    shot(session, "02-home-danish")
    assert "Få hjælp nu" in session.find("#topics").text

    # The choice is remembered: the next start opens in Danish, with no picker.
    data_dir = haven.data_dir
    haven.stop()
    again = start_haven(data_dir=data_dir).session
    wait_for_screen(again, "home")
    again.wait_for("#topics")
    assert again.script("return document.documentElement.lang") == "da"


def test_an_untranslated_section_is_marked_and_switching_language_redraws_the_article(start_haven, shot, tmp_path):
    pack = pack_without_sections(tmp_path, [("da", "rights", "residence")])
    session = start_haven(args=["--pack", str(pack)]).session
    pick_language(session, "da")
    wait_for_screen(session, "home")
    # The NGO previewing the folder sees the lint's warning about the gap, folded away.
    warnings = session.wait_for("#preview-warnings")
    assert warnings.find(".count").text == "1"
    warnings.find("summary").click()
    session.wait_for("#preview-warnings li")
    assert re.search(r"da/rights\.ftl:\d+:\d+: warning\[.*`residence`", warnings.find("li").text), warnings.text
    shot(session, "02b-preview-warnings-danish")
    open_topic(session, "rights")
    notices = session.find_all('.article-section.is-fallback')
    assert [n.attribute("data-section") for n in notices] == ["residence"]
    residence = session.find('[data-section="residence"]')
    assert residence.find(".fallback-notice").text.startswith("Ikke oversat endnu")
    assert residence.find("h2").attribute("lang") == "en", "fallback text carries its own language"
    session.script("document.querySelector('[data-section=residence]').scrollIntoView()")
    shot(session, "03-article-danish-with-fallback")

    # Switch language from the bar: the same article, now in English, with nothing marked.
    go_to(session, "#nav-language", "language")
    pick_language(session, "en")
    wait_for_screen(session, "article")
    assert "rights" in session.find(".article-title").text, "the same article, in English"
    assert session.find_all(".article-section.is-fallback") == []
    assert session.find("#review-status").text.strip() != ""


@pytest.mark.parametrize("locale", ["da", "ar"])
def test_each_section_shows_its_sources_and_each_article_both_review_states(start_haven, shot, tmp_path, locale):
    # A copy of the default pack whose content in `locale` a lawyer has checked; English is left
    # unchecked, as it is in the default pack.
    pack = tmp_path / "pack"
    shutil.copytree(ROOT / "content", pack)
    pack_toml = (pack / "pack.toml").read_text()
    entry = f'code = "{locale}"\n'
    assert entry in pack_toml
    reviewer = "A. Jensen, lawyer, Example NGO"
    pack_toml = pack_toml.replace(
        entry, entry + f'content_reviewed_by = "{reviewer}"\ncontent_reviewed_on = "2026-12-01"\n'
    )
    (pack / "pack.toml").write_text(pack_toml)
    info = tomllib.loads(pack_toml)
    rights = next(a for a in info["articles"] if a["id"] == "rights")
    titles = {source["id"]: source["title"] for source in rights["sources"]}

    session = start_haven(args=["--pack", str(pack)]).session
    pick_language(session, locale)
    wait_for_screen(session, "home")
    open_topic(session, "rights")
    language_state = session.find("#review-status").text.strip()
    assert language_state == interface_string(locale, "review-machine-assisted")
    content_state = session.find("#content-review-status").text
    assert interface_string(locale, "review-content-checked") in content_state
    assert reviewer in content_state and "2026-12-01" in content_state

    # Every section lists exactly the sources pack.toml names for it, folded under the section.
    sections = session.script("return [...document.querySelectorAll('.article-section')].map(s => s.dataset.section)")
    assert sections == list(rights["sections"]), "every section of the article names its sources"
    first = sections[0]
    tap(session, f'[data-section="{first}"] .section-sources summary')
    session.wait_until(
        "const d = document.querySelector(`[data-section=\"${arguments[0]}\"] .section-sources`); return d && d.open",
        first,
        what="the first section's sources to unfold",
    )
    shown = session.script(
        "return [...document.querySelectorAll(`[data-section=\"${arguments[0]}\"] .section-sources .source-title`)]"
        ".map(t => t.textContent)",
        first,
    )
    assert shown == [titles[source] for source in rights["sections"][first]]
    summary = session.find(f'[data-section="{first}"] .section-sources summary').text
    assert summary.startswith(interface_string(locale, "section-sources"))
    shot(session, f"03b-section-sources-{locale}")

    # English, whose content nobody has checked, says so in plain words.
    go_to(session, "#nav-language", "language")
    pick_language(session, "en")
    wait_for_screen(session, "article")
    session.wait_until("return document.documentElement.lang === 'en'", what="the article in English")
    assert session.find("#content-review-status").text.strip() == interface_string("en", "review-content-not-checked")
    assert session.find("#review-status").text.strip() == interface_string("en", "review-original")


def test_the_directory_has_tap_to_call_numbers(start_haven, shot):
    session = start_haven().session
    pick_language(session, "en")
    wait_for_screen(session, "home")
    # The emergency number is one tap from the home screen.
    emergency = session.wait_for("a.emergency-button")
    assert emergency.attribute("href") == "tel:112"
    go_to(session, "#nav-directory", "directory")
    session.wait_for("#services")
    shot(session, "04-directory")
    hrefs = session.script("return [...document.querySelectorAll('#services a.contact')].map(a => a.getAttribute('href'))")
    assert "tel:+4570202550" in hrefs, hrefs
    assert any(h.startswith("mailto:") for h in hrefs)
    # Filtering by kind keeps only that kind.
    go_to(session, '.filter[data-kind="police"]', "directory")
    assert session.find('.filter[data-kind="police"]').attribute("aria-pressed") == "true"
    kinds = session.script("return [...document.querySelectorAll('#services > li .service')].map(s => s.className)")
    assert kinds == ["service kind-police"], kinds
    assert session.find("#services").text.count("114") >= 1


def fake_system_opener(tmp_path):
    """A stand-in for the desktop's `xdg-open`, which Linux opens tel:, sms:, mailto: and https:
    links with: it records each address it is given. Returns the environment that puts it first on
    the PATH, and the file it writes."""
    opened = tmp_path / "opened.txt"
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    opener = bin_dir / "xdg-open"
    opener.write_text(f'#!/bin/sh\nprintf "%s\\n" "$1" >> "{opened}"\n')
    opener.chmod(0o755)
    return {"PATH": f"{bin_dir}:{os.environ['PATH']}"}, opened


def wait_for_opened(opened, address, timeout=15):
    """Waits until the stand-in opener has been handed `address`."""
    wait_until(
        lambda: opened.exists() and address in opened.read_text().splitlines(),
        what=f"{address} to be handed to the system",
        timeout=timeout,
        details=lambda: f"it got: {opened.read_text() if opened.exists() else 'nothing'}",
    )


def test_tapping_a_number_hands_it_to_the_systems_dialler(start_haven, tmp_path):
    env, opened = fake_system_opener(tmp_path)
    session = start_haven(env=env).session
    pick_language(session, "en")
    wait_for_screen(session, "home")
    session.wait_for("a.emergency-button").click()
    wait_for_opened(opened, "tel:112")
    go_to(session, "#nav-directory", "directory")
    tap(session, '#services a.contact[href="mailto:cmm@sbst.dk"]')
    wait_for_opened(opened, "mailto:cmm@sbst.dk")
    # The page cannot make Haven open an address the pack does not list.
    refused = session.async_script(
        "const done = arguments[arguments.length - 1];"
        "window.__TAURI__.core.invoke('open_contact', {href: 'https://example.com/'})"
        ".then(() => done('opened'), e => done(e.kind));"
    )
    assert refused == "unlisted-contact"
    assert "https://example.com/" not in opened.read_text()


def test_a_right_to_left_language_mirrors_the_page(start_haven, shot):
    session = start_haven().session
    pick_language(session, "ar")
    wait_for_screen(session, "home")
    session.wait_for("#topics")
    assert session.script("return document.documentElement.dir") == "rtl"
    # The bar mirrors: the home button sits at the right edge in Arabic.
    home_x = session.script("return document.getElementById('nav-home').getBoundingClientRect().left")
    exit_x = session.script("return document.getElementById('quick-exit').getBoundingClientRect().left")
    assert home_x > exit_x
    shot(session, "05-home-arabic")
    open_topic(session, "help-now")
    shot(session, "06-article-arabic")
    # Phone numbers stay left-to-right inside Arabic text.
    assert session.find("a.contact-call").attribute("dir") == "ltr"


def test_nothing_overflows_a_phone_screen(start_haven):
    session = start_haven().session
    pick_language(session, "en")
    wait_for_screen(session, "home")
    session.wait_for("#topics")
    for screen in ["home", "article", "directory"]:
        if screen == "article":
            open_topic(session, "testifying")
        if screen == "directory":
            go_to(session, "#nav-home", "home")
            go_to(session, "#nav-directory", "directory")
            session.wait_for("#services")
        width = session.script("return document.documentElement.scrollWidth")
        assert width <= 360, f"{screen}: page is {width}px wide on a 360px screen"
        small = session.script(
            "return [...document.querySelectorAll('button, a.emergency-button, a.action-button, .contacts a.contact, summary')]"
            ".filter(e => e.getClientRects().length)"
            ".map(e => [e.outerHTML.slice(0, 80), e.getBoundingClientRect()])"
            ".filter(([_, r]) => r.height < 47.5 || r.width < 47.5).map(([html, r]) => `${html} ${r.width}x${r.height}`)"
        )
        assert small == [], f"{screen}: touch targets smaller than 48px: {small}"


def test_a_broken_pack_is_refused_and_the_built_in_one_is_used(start_haven, tmp_path, shot):
    broken = tmp_path / "pack"
    subprocess.run(["cp", "-r", str(ROOT / "content"), str(broken)], check=True)
    article = broken / "en" / "help-now.ftl"
    article.write_text(article.read_text().replace('CALL("emergency")', 'CALL("no-such-service")', 1))
    session = start_haven(args=["--pack", str(broken)]).session
    pick_language(session, "en")
    wait_for_screen(session, "home")
    refused = session.wait_for("#refused")
    assert re.search(r"en/help-now\.ftl:\d+:\d+: error\[unknown-service\] `summary`:.*no-such-service", refused.text), refused.text
    shot(session, "07-refused-pack")
    # The built-in guidance still works.
    open_topic(session, "help-now")
    assert session.find_all("a.contact-call")


def test_the_app_opens_no_network_connection(start_haven, tmp_path):
    """Every connect() the app makes is traced; none may go to an internet address."""
    log = tmp_path / "connect.log"
    wrapper = tmp_path / "haven-traced"
    driver_address = tmp_path / "driver-address"
    # WebKitWebDriver tells the app where to connect back for automation; that loopback connection is
    # the test's own and is the one allowed.
    wrapper.write_text(
        f'#!/bin/sh\necho "$WEBKIT_INSPECTOR_SERVER" > "{driver_address}"\n'
        f'exec strace -f -qq -e trace=connect -o "{log}" "{haven_binary()}" "$@"\n'
    )
    wrapper.chmod(0o755)
    session = start_haven(application=wrapper).session
    pick_language(session, "en")
    open_topic(session, "help-now")
    go_to(session, "#nav-home", "home")
    go_to(session, "#nav-directory", "directory")
    session.wait_for("#services")
    calls = log.read_text()
    assert "connect(" in calls, "strace saw the app's local connections (X11, D-Bus), so it was tracing"
    host, port = driver_address.read_text().strip().rsplit(":", 1)
    automation = f'sin_port=htons({port}), sin_addr=inet_addr("{host}")'
    internet = [line for line in calls.splitlines() if "AF_INET" in line and automation not in line]
    assert internet == [], "the app opened network connections:\n" + "\n".join(internet)


def test_every_article_in_every_language_fits_a_phone_and_is_fully_translated(start_haven, shot):
    """Opens each article in each language at 360x740 and keeps a screenshot."""
    session = start_haven().session
    session.wait_for("#language-list")
    locales = session.script("return [...document.querySelectorAll('button.language')].map(b => b.dataset.locale)")
    pack = tomllib.loads((ROOT / "content" / "pack.toml").read_text())
    assert locales == [locale["code"] for locale in pack["locales"]] and len(locales) == 16
    pick_language(session, "en")
    wait_for_screen(session, "home")
    topics = session.script("return [...document.querySelectorAll('.topic[data-topic]')].map(b => b.dataset.topic)")
    assert topics == [article["id"] for article in pack["articles"]]
    problems = []
    for locale in locales:
        go_to(session, "#nav-language", "language")
        pick_language(session, locale)
        for topic in topics:
            open_topic(session, topic)
            state = session.script(
                "return {width: document.documentElement.scrollWidth,"
                " fallback: document.querySelectorAll('.fallback-notice').length,"
                " dir: document.documentElement.dir}"
            )
            if state["width"] > 360:
                problems.append(f"{locale}/{topic}: {state['width']}px wide")
            if state["fallback"]:
                problems.append(f"{locale}/{topic}: {state['fallback']} untranslated parts")
            shot(session, f"articles/{locale}-{topic}")
    assert problems == []
