"""Accessibility (WCAG 2.2 AA) in the real app: axe-core on every screen in English and Arabic, text
at 200 % on a 360 px phone, keyboard use, headings, names in the reader's language, reduced motion
and forced colours, and every script drawn with real glyphs.

axe-core comes from npm: `npm ci --prefix tests/e2e` (see tests/e2e/package.json)."""

import json
import re
import tomllib

import pytest

from conftest import ROOT
from reader_actions import (
    give_keyboard_focus,
    go_to,
    open_topic,
    pick_language,
    note_screen,
    press,
    search_for,
    snapshot,
    start_in,
    tap,
    wait_for_screen,
)

AXE = ROOT / "tests" / "e2e" / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def run_axe(session):
    """axe-core's violations on the page as it is now."""
    if not session.script("return typeof window.axe === 'object'"):
        if not AXE.exists():
            pytest.fail(f"{AXE} is missing: run `npm ci --prefix tests/e2e`")
        session.script(AXE.read_text() + "\n;return true;")
    result = session.async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
        ".then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary)})))))"
        ".catch(e => done(JSON.stringify([{id: 'axe-error', help: String(e), nodes: []}])));",
        AXE_TAGS,
    )
    return json.loads(result)


def visit_every_screen(session, locale):
    """Yields (name, session) on each screen of the app in turn, in `locale`."""
    session.wait_for("#language-list")
    yield "language-picker"
    pick_language(session, locale)
    session.wait_for("#topics")
    yield "home"
    open_topic(session, "help-now")
    yield "article"
    go_to(session, "#open-dual", "dual")
    session.wait_for("#dual")
    yield "dual"
    go_to(session, "#nav-home", "home")
    go_to(session, "#nav-directory", "directory")
    go_to(session, '.filter[data-kind="shelter"]', "directory")
    session.wait_for('.filter[data-kind="shelter"][aria-pressed="true"]')
    yield "directory"
    search_for(session, "CMM")
    yield "search"
    go_to(session, "#nav-settings", "settings")
    tap(session, "#discreet-save")
    session.wait_until("return document.getElementById('discreet-error').textContent !== ''", what="the error to be shown")
    yield "settings"
    session.find("#discreet-code").send_keys("258046")
    session.find("#discreet-code-again").send_keys("258046")
    tap(session, "#discreet-save")
    session.wait_for("#discreet-off")


@pytest.mark.parametrize("locale", ["en", "ar"])
def test_axe_finds_no_violations_on_any_screen(start_haven, shot, locale):
    haven = start_haven()
    session = haven.session
    problems = {}
    for name in visit_every_screen(session, locale):
        violations = run_axe(session)
        if violations:
            problems[name] = violations
        snapshot(session, shot, f"a11y-{locale}-{name}")
    # The cover screen of discreet mode, on the next start.
    haven.stop()
    covered = start_haven(data_dir=haven.data_dir).session
    covered.wait_for("#calculator")
    if violations := run_axe(covered):
        problems["cover"] = violations
    snapshot(covered, shot, f"a11y-{locale}-cover")
    assert problems == {}, json.dumps(problems, indent=1, ensure_ascii=False)


# Boxes that must not overlap each other, and must stay inside the screen.
LAYOUT_CHECK = r"""
const width = document.documentElement.clientWidth;
// What a closed <details> holds is not on the screen, though WebKit still lays it out (the spec's
// `content-visibility: hidden` slot) and gives it boxes that overlap whatever follows.
const hidden = (e) => e.closest('.visually-hidden, .bar-label, [hidden], details:not([open]) > :not(summary)') || !e.getClientRects().length;
const boxes = [...document.querySelectorAll(
  'button, a, input, select, label, h1, h2, h3, p, li, img, output, summary, .topic-title, .topic-summary, .number-name, .result-article, .result-section, .excerpt, mark')]
  .filter((e) => !hidden(e));
const problems = [];
for (const e of boxes) {
  for (const r of e.getClientRects()) {
    if (r.left < -1 || r.right > width + 1) problems.push(`${describe(e)} sticks out of the screen (${Math.round(r.left)}..${Math.round(r.right)})`);
  }
  if (getComputedStyle(e).overflowX !== 'visible' && e.scrollWidth > e.clientWidth + 1 && e.tagName !== 'INPUT' && e.tagName !== 'SELECT')
    problems.push(`${describe(e)} cuts off its text`);
}
for (let i = 0; i < boxes.length; i++) {
  for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i], b = boxes[j];
    if (a.contains(b) || b.contains(a)) continue;
    // Content scrolls under the bar, which stays on top: that is not an overlap of the layout.
    if (!!a.closest('#bar') !== !!b.closest('#bar')) continue;
    for (const ra of a.getClientRects()) for (const rb of b.getClientRects()) {
      const x = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
      const y = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
      if (x > 1 && y > 1) problems.push(`${describe(a)} overlaps ${describe(b)}`);
    }
  }
}
function describe(e) { return `<${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''}> "${(e.textContent || e.getAttribute('alt') || '').trim().slice(0, 30)}"`; }
return {scrollWidth: document.documentElement.scrollWidth, problems: [...new Set(problems)].slice(0, 40)};
"""


@pytest.mark.parametrize("locale", ["en", "ar", "th"])
def test_text_at_200_percent_fits_a_360px_phone_without_overlap(start_haven, shot, locale):
    session = start_in(start_haven, locale).session
    # At least four steps up to 200 %, each one larger. The buttons are read once the settings screen
    # has drawn them.
    go_to(session, "#nav-settings", "settings")
    session.wait_for(".text-size")
    sizes = session.script("return [...document.querySelectorAll('.text-size')].map(b => Number(b.dataset.size))")
    assert len(sizes) >= 5 and sizes[-1] == 200 and sizes == sorted(sizes), sizes
    previous = 0
    for size in sizes:
        # Each choice redraws the screen at the new size; the next button is tapped on that drawing.
        go_to(session, f'.text-size[data-size="{size}"]', "settings")
        pressed = session.find(f'.text-size[data-size="{size}"]').attribute("aria-pressed")
        assert pressed == "true", f"the {size} % button does not show that it is chosen"
        pixels = session.script("return parseFloat(getComputedStyle(document.querySelector('main p')).fontSize)")
        assert pixels > previous, f"{size} % is not larger than the step before"
        previous = pixels
    problems = {}

    def check(name):
        state = session.script(LAYOUT_CHECK)
        if state["scrollWidth"] > 360:
            problems.setdefault(name, []).append(f"the page is {state['scrollWidth']} px wide")
        if state["problems"]:
            problems.setdefault(name, []).extend(state["problems"])
        snapshot(session, shot, f"a11y-200-{locale}-{name}")

    check("settings")
    go_to(session, "#nav-home", "home")
    session.wait_for("#topics")
    check("home")
    open_topic(session, "rights")
    check("article")
    session.script("document.querySelector('.phone-numbers').scrollIntoView()")
    check("article-numbers")
    go_to(session, "#open-dual", "dual")
    session.wait_for("#dual")
    check("dual")
    go_to(session, "#nav-home", "home")
    go_to(session, "#nav-directory", "directory")
    session.wait_for("#services")
    check("directory")
    search_for(session, {"en": "help", "ar": "الشرطة", "th": "ที่พัก"}[locale])
    check("search")
    go_to(session, "#nav-language", "language")
    session.wait_for("#language-list")
    check("language-picker")
    assert problems == {}, json.dumps(problems, indent=1, ensure_ascii=False)


FOCUS_STATE = r"""
const e = document.activeElement;
const style = getComputedStyle(e);
const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
const r = e.getBoundingClientRect();
const bar = document.getElementById('bar').getBoundingClientRect();
return {id: e.id, tag: e.tagName, cls: e.className, topic: e.dataset.topic || null, ring,
        visible: r.bottom > 0 && r.top < innerHeight,
        hidden: !e.closest('#bar') && r.top < bar.bottom - 1 && r.bottom > 0};
"""


def test_everything_works_from_the_keyboard_with_a_visible_focus(start_haven, shot):
    session = start_in(start_haven, "en").session
    give_keyboard_focus(session)

    def focus_moves(*keys):
        press(session, *keys)
        state = session.script(FOCUS_STATE)
        assert state["ring"], f"no visible focus on {state}"
        assert state["visible"] and not state["hidden"], f"the focused control is off screen or under the bar: {state}"
        return state

    # A new screen puts the focus at the start of its content; Tab goes through it in order.
    seen = []
    for _ in range(30):
        seen.append(focus_moves("Tab"))
        if seen[-1]["topic"] == "rights":
            break
    order = [s["topic"] or s["cls"] for s in seen]
    assert order[0] == "contact contact-call emergency-button", f"the emergency call comes first: {order}"
    assert order[-1] == "rights", order
    snapshot_with_focus = session.script("return document.activeElement.id || document.activeElement.dataset.topic")
    assert snapshot_with_focus == "rights"
    note_screen(session)
    press(session, "Enter")
    wait_for_screen(session, "article")
    assert session.find(".article-title").text.strip() == "Your rights"
    # The back button is the first control of the article; Enter goes back.
    assert focus_moves("Tab")["id"] == "back"
    note_screen(session)
    press(session, "Enter")
    wait_for_screen(session, "home")
    session.wait_for("#topics")
    # Shift+Tab goes back into the bar: the quick exit first, then the other buttons.
    bar = [focus_moves("Shift", "Tab")["id"] for _ in range(5)]
    assert bar == ["quick-exit", "nav-settings", "nav-language", "nav-search", "nav-home"], bar
    shot(session, "a11y-keyboard-focus-in-bar")


HEADINGS = r"""
const levels = [...document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')]
  .filter(h => h.getClientRects().length || h.classList.contains('visually-hidden'))
  .map(h => Number(h.tagName[1]));
return levels;
"""


def test_each_screen_has_one_h1_and_headings_in_order(start_haven):
    haven = start_haven()
    session = haven.session
    for name in visit_every_screen(session, "en"):
        levels = session.script(HEADINGS)
        assert levels.count(1) == 1 and levels[0] == 1, f"{name}: headings {levels}"
        for before, after in zip(levels, levels[1:]):
            assert after <= before + 1, f"{name}: heading level jumps from h{before} to h{after}: {levels}"


CONTROL_NAMES = r"""
const nameOf = (e) => {
  if (e.getAttribute('aria-label')) return e.getAttribute('aria-label');
  if (e.getAttribute('aria-labelledby')) return e.getAttribute('aria-labelledby').split(' ').map(id => document.getElementById(id)?.textContent ?? '').join(' ');
  if (e.id && document.querySelector(`label[for="${e.id}"]`)) return document.querySelector(`label[for="${e.id}"]`).textContent;
  return e.textContent;
};
return [...document.querySelectorAll('button, a, input, select, summary')]
  .filter(e => e.getClientRects().length || e.closest('#bar'))
  .filter(e => !e.closest('.language-list, .contacts, .number-list') && !e.matches('a.contact, .text-size, .calc-key:not([data-key=clear]):not([data-key=back]):not(.calc-operator):not(.calc-equals)'))
  .map(e => ({control: e.id || e.className, name: nameOf(e).trim()}));
"""


def test_every_control_is_named_in_the_readers_language(start_haven):
    haven = start_haven()
    session = haven.session
    arabic = re.compile(r"[\u0600-\u06FF]")
    unnamed = []
    for name in visit_every_screen(session, "ar"):
        if name == "language-picker":
            continue
        for control in session.script(CONTROL_NAMES):
            if not arabic.search(control["name"]):
                unnamed.append(f"{name}: {control}")
    haven.stop()
    covered = start_haven(data_dir=haven.data_dir).session
    covered.wait_for("#calculator")
    for control in covered.script(CONTROL_NAMES):
        if not arabic.search(control["name"]):
            unnamed.append(f"cover: {control}")
    assert unnamed == [], "\n".join(unnamed)


def test_reduced_motion_and_forced_colours_are_respected(start_haven):
    """WebKitGTK cannot emulate these preferences through WebDriver, so this reads the stylesheet
    the app uses: the rules exist, WebKit understands their media queries, and they do what they say."""
    session = start_in(start_haven, "en").session
    rules = session.script(
        "return [...document.styleSheets].flatMap(s => [...s.cssRules]).filter(r => r.media)"
        ".map(r => ({media: r.media.mediaText, text: r.cssText}))"
    )
    motion = [r for r in rules if "prefers-reduced-motion: reduce" in r["media"]]
    forced = [r for r in rules if "forced-colors: active" in r["media"]]
    assert motion and "transition: none" in motion[0]["text"] and "animation" in motion[0]["text"]
    stopped = session.script(
        "const rule = [...document.styleSheets].flatMap(s => [...s.cssRules])"
        ".find(r => r.media && r.media.mediaText.includes('prefers-reduced-motion')).cssRules[0];"
        "return [rule.style.getPropertyValue('animation-name'), rule.style.getPropertyValue('animation-duration'),"
        " rule.style.getPropertyValue('transition-duration')]"
    )
    assert stopped[0] == "none", f"animations are switched off when the reader asks for less motion: {stopped}"
    # WebKit keeps colour keywords in lower case.
    assert forced and ".quick-exit" in forced[0]["text"] and "buttontext" in forced[0]["text"].lower()
    assert "highlight" in forced[0]["text"].lower(), "focus and pressed states use the system's colours"
    understood = session.script(
        "return ['(prefers-reduced-motion: reduce)', '(forced-colors: active)'].map(q => matchMedia(q).media !== 'not all')"
    )
    assert understood == [True, True]
    # Nothing in the app moves on its own in the first place.
    assert session.script("return document.getAnimations().length") == 0


MISSING_GLYPHS = r"""
const canvas = document.createElement('canvas');
canvas.width = 48; canvas.height = 48;
const context = canvas.getContext('2d', {willReadFrequently: true});
const draw = (text, font) => {
  context.clearRect(0, 0, 48, 48);
  context.font = font;
  context.fillText(text, 4, 36);
  return context.getImageData(0, 0, 48, 48).data.join(',');
};
const missing = [];
const fonts = new Map();
const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
while (walker.nextNode()) {
  const node = walker.currentNode;
  const element = node.parentElement;
  if (!element.getClientRects().length) continue;
  const style = getComputedStyle(element);
  const font = `${style.fontWeight} 28px ${style.fontFamily}`;
  if (!fonts.has(font)) fonts.set(font, {box: draw('\uE000', font), chars: new Set()});
  for (const c of node.textContent) if (c.trim()) fonts.get(font).chars.add(c);
}
let checked = 0;
for (const [font, {box, chars}] of fonts) {
  for (const c of chars) {
    checked += 1;
    if (draw(c, font) === box) missing.push(`${c} (U+${c.codePointAt(0).toString(16).toUpperCase()}) in ${font}`);
  }
}
// The check itself works: a private-use character, which no font has, is found missing.
const [[font, {box}]] = fonts;
return {missing, checked, detects: draw('\uE001', font) === box};
"""


@pytest.mark.parametrize("locale", ["th", "ar", "zh-Hans", "ru", "uk", "bg", "vi"])
def test_every_script_is_drawn_with_real_glyphs(start_haven, shot, locale):
    session = start_in(start_haven, locale).session
    found = {}
    for screen, topic in [("home", None), ("article", "rights"), ("article", "safe-places")]:
        if topic:
            open_topic(session, topic)
        result = session.script(MISSING_GLYPHS)
        assert result["detects"], "the missing-glyph check must be able to see a missing glyph"
        assert result["checked"] > 20
        if result["missing"]:
            found[f"{screen} {topic or ''}"] = result["missing"][:20]
        snapshot(session, shot, f"glyphs-{locale}-{topic or screen}")
    assert found == {}, json.dumps(found, ensure_ascii=False, indent=1)


def test_pictograms_and_phone_numbers_guide_a_reader_who_reads_little(start_haven, shot):
    """Each topic and each kind of service has a pictogram of its own, shipped with the app; every
    article has the emergency call and the phone numbers where they stand out."""
    session = start_in(start_haven, "en").session
    pictogram = (
        "return [...document.querySelectorAll(arguments[0])].map(i => ({src: i.getAttribute('src'),"
        " drawn: i.complete && i.naturalWidth > 0, alt: i.getAttribute('alt')}))"
    )
    # A picture is loaded after its screen is drawn: `complete` says WebKit is done with it, drawn
    # or broken; a broken one has no width.
    loaded = "const all = [...document.querySelectorAll(arguments[0])]; return all.length > 0 && all.every(i => i.complete);"
    session.wait_until(loaded, ".topic[data-topic] img", what="the topics' pictograms to load")
    topics = session.script(pictogram, ".topic[data-topic] img")
    articles = [article["id"] for article in tomllib.loads((ROOT / "content" / "pack.toml").read_text())["articles"]]
    assert len(topics) == len(articles) and all(t["drawn"] and t["src"].startswith("icons/") for t in topics), topics
    assert len({t["src"] for t in topics}) == len(articles), "each topic has its own pictogram"
    assert {"icons/help-now.svg", "icons/safe-places.svg", "icons/health.svg"} <= {t["src"] for t in topics}
    # The most important action, one tap from the home screen.
    assert session.find("a.emergency-button").attribute("href") == "tel:112"
    go_to(session, "#nav-directory", "directory")
    session.wait_for("#services")
    session.wait_until(loaded, ".filter img", what="the service kinds' pictograms to load")
    kinds = session.script(pictogram, ".filter img")
    assert len(kinds) == 8 and all(k["drawn"] for k in kinds) and len({k["src"] for k in kinds}) == 8, kinds
    # Icons are SVG files of the app itself: no icon font, nothing from the network.
    sources = session.script("return [...document.querySelectorAll('img')].map(i => i.src)")
    assert all(s.endswith(".svg") and "/icons/" in s and not s.startswith("http") for s in sources), sources
    assert session.script("return [...document.fonts].length") == 0, "no web fonts"
    for topic in articles:
        open_topic(session, topic)
        assert session.find(".emergency-strip a.emergency-button").attribute("href") == "tel:112", topic
        numbers = session.script("return [...document.querySelectorAll('.phone-numbers a')].map(a => a.getAttribute('href'))")
        assert {"tel:112", "tel:114", "tel:+4570202550"} <= set(numbers), (topic, numbers)
        inline = session.script(
            "return [...document.querySelectorAll('.article-section a.contact-call')].map(a => getComputedStyle(a).fontWeight)"
        )
        assert all(int(weight) >= 700 for weight in inline), "numbers in the text are bold"
    snapshot(session, shot, "a11y-numbers-on-every-article")
