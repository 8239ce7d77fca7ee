"""The outreach worker's view: two languages side by side, the printed leaflet, and search."""

import unicodedata

from reader_actions import (
    default_pack,
    go_to,
    note_screen,
    open_topic,
    pack_without_sections,
    pdf_text,
    pick_language,
    search_for,
    snapshot,
    start_in,
    tap,
    wait_for_pdf,
    wait_for_screen,
)


def choose_column_language(session, column, code):
    """Changes a column's language in one step: picking it from that column's list. (WebKitWebDriver
    cannot click an option of GTK's pop-up list, so the choice is made as the list makes it: the
    select's value changes and it fires `change`.) The screen is drawn anew with the column in it."""
    note_screen(session)
    session.script(
        "const select = document.getElementById(arguments[0]); select.value = arguments[1];"
        "select.dispatchEvent(new Event('change', {bubbles: true}));",
        f"{column}-language",
        code,
    )
    wait_for_screen(session, "dual")
    session.wait_until(
        "const cells = [...document.querySelectorAll('.dual-' + arguments[0])];"
        "return cells.length > 0 && cells.every(c => c.lang === arguments[1]);",
        column,
        code,
        what=f"the {column} column to be drawn in {code}",
    )


def dual_rows(session):
    return session.script(
        "return [...document.querySelectorAll('.dual-row')].map(row => ({"
        " key: row.dataset.row,"
        " cells: [...row.children].map(cell => { const r = cell.getBoundingClientRect(); return {"
        "   lang: cell.lang, dir: cell.dir, fallback: !!cell.querySelector('.fallback-notice'),"
        "   notice: cell.querySelector('.fallback-notice')?.textContent ?? null,"
        "   headingLang: cell.querySelector('h3')?.getAttribute('lang') ?? null,"
        "   top: Math.round(r.top), left: Math.round(r.left), bottom: Math.round(r.bottom), width: Math.round(r.width) } }) }))"
    )


def test_arabic_next_to_danish_section_by_section_with_fallback_marked_in_both(start_haven, shot, tmp_path):
    # Danish lacks one section of "rights" and Arabic another, so each column has fallback text.
    pack = pack_without_sections(tmp_path, [("da", "rights", "residence"), ("ar", "rights", "lawyer")])
    haven = start_in(start_haven, "da", args=["--pack", str(pack)], size=(1200, 900))
    session = haven.session
    open_topic(session, "rights")
    go_to(session, "#open-dual", "dual")
    session.wait_for("#dual")
    choose_column_language(session, "reader", "ar")
    choose_column_language(session, "helper", "da")

    rows = dual_rows(session)
    sections = [r["key"] for r in rows if r["key"] not in ("title", "numbers")]
    # Every section, in the pack's order: the two that one language lacks are shown too.
    rights = next(a for a in default_pack()["articles"] if a["id"] == "rights")
    assert sections == list(rights["sections"]) and {"lawyer", "residence"} <= set(sections)
    for row in rows:
        reader, helper = row["cells"]
        assert (reader["lang"], reader["dir"]) == ("ar", "rtl"), row
        assert (helper["lang"], helper["dir"]) == ("da", "ltr"), row
        # Side by side on a wide screen: each section starts at the same height in both languages.
        assert reader["top"] == helper["top"], row
        assert reader["left"] != helper["left"]
    by_key = {r["key"]: r["cells"] for r in rows}
    # Each column marks its own fallback, in its own language, and the fallback text is English.
    ar_lawyer, da_lawyer = by_key["lawyer"]
    assert ar_lawyer["fallback"] and not da_lawyer["fallback"]
    assert ar_lawyer["headingLang"] == "en"
    assert ar_lawyer["notice"].startswith("لم يُترجم بعد")
    ar_residence, da_residence = by_key["residence"]
    assert da_residence["fallback"] and not ar_residence["fallback"]
    assert da_residence["headingLang"] == "en"
    assert da_residence["notice"].startswith("Ikke oversat endnu")
    # The screen's own language stays Danish: the columns carry their languages themselves.
    assert session.script("return document.documentElement.lang") == "da"
    snapshot(session, shot, "outreach-dual-arabic-danish-wide")

    # On a phone the two languages are stacked, section by section: Arabic, then Danish, in order.
    session.set_window_size(360, 740)
    session.wait_until("return document.documentElement.clientWidth <= 360", what="the window to be phone-wide")
    rows = dual_rows(session)
    previous_bottom = -1
    for row in rows:
        reader, helper = row["cells"]
        if reader["width"] == 0 or helper["width"] == 0:
            continue
        assert previous_bottom <= reader["top"] < helper["top"], row
        previous_bottom = helper["bottom"]
    assert session.script("return document.documentElement.scrollWidth") <= 360
    session.script("document.querySelector('[data-row=residence]').scrollIntoView()")
    snapshot(session, shot, "outreach-dual-arabic-danish-phone")

    # Either language changes in one step, and the other stays.
    choose_column_language(session, "helper", "th")
    cells = dual_rows(session)[1]["cells"]
    assert [c["lang"] for c in cells] == ["ar", "th"]


def printed(session, tmp_path, shot, name):
    pdf = tmp_path / f"{name}.pdf"
    tap(session, "#print")
    wait_for_pdf(pdf)
    snapshot(session, shot, name)
    # Ligatures such as "ﬃ" come out of the PDF as single characters; NFKC spells them out.
    return unicodedata.normalize("NFKC", pdf_text(pdf))


def test_an_article_prints_as_a_leaflet_with_the_phone_numbers(start_haven, shot, tmp_path):
    haven = start_in(start_haven, "da", env={"HAVEN_PRINT_TO_PDF": str(tmp_path / "leaflet-da.pdf")})
    session = haven.session
    open_topic(session, "safe-places")
    text = printed(session, tmp_path, shot, "leaflet-da")
    title = session.find(".article-title").text.strip()
    headings = session.script("return [...document.querySelectorAll('.article-section h2')].map(h => h.textContent.trim())")
    assert title in text
    for heading in headings:
        assert heading in text, f"{heading!r} missing from the leaflet"
    # The numbers to call, with the services' names.
    for number in ["112", "114", "+45 70 20 25 50"]:
        assert number in text, f"{number} missing from the leaflet"
    assert "Telefonnumre" in text
    # Which information it is, for whoever reads the paper later.
    assert f"Informationernes version {default_pack()['version']}" in text
    # Nothing that only works on a screen.
    for chrome in ["Forlad", "Tilbage", "To sprog", "Udskriv", "Kilder"]:
        assert chrome not in text, f"{chrome!r} is printed"


def test_two_languages_print_side_by_side(start_haven, shot, tmp_path):
    haven = start_in(start_haven, "da", env={"HAVEN_PRINT_TO_PDF": str(tmp_path / "leaflet-da-en.pdf")})
    session = haven.session
    open_topic(session, "help-now")
    go_to(session, "#open-dual", "dual")
    session.wait_for("#dual")
    choose_column_language(session, "helper", "en")
    text = printed(session, tmp_path, shot, "leaflet-da-en")
    assert "Få hjælp nu" in text and "Get help now" in text
    assert "Telefonnumre" in text and "Phone numbers" in text
    assert "+45 70 20 25 50" in text
    # Side by side: the Danish and the English heading of a section are on the same printed line.
    lines = [line for line in text.splitlines() if "Er du i fare lige nu?" in line]
    assert any("Are you in danger right now?" in line for line in lines), lines


def test_search_in_thai_finds_words_inside_unspaced_text_and_opens_the_section(start_haven, shot):
    session = start_in(start_haven, "th").session
    results = search_for(session, "ที่พัก")
    assert results, "Thai has no spaces between words; the search must still find them"
    places = {(r["article"], r["section"]) for r in results}
    assert ("safe-places", "get-a-place") in places, places
    first = next(r for r in results if r["article"] == "safe-places" and r["section"] == "get-a-place")
    assert first["title"] == "ที่พักที่ปลอดภัย" and first["heading"] == "วิธีขอที่พัก"
    assert first["matched"] == "ที่พัก" and first["excerptLang"] == "th" and not first["inReference"]
    snapshot(session, shot, "outreach-search-thai")

    # A result opens its article at its section.
    go_to(session, '.result[data-article="safe-places"][data-section="get-a-place"] button', "article")
    session.wait_until(
        "return document.activeElement && document.activeElement.closest('[data-section=\"get-a-place\"]') !== null",
        what="the section's heading to have the focus",
    )
    top = session.script("return document.querySelector('[data-section=\"get-a-place\"] h2').getBoundingClientRect().top")
    bar = session.script("return document.getElementById('bar').getBoundingClientRect().bottom")
    assert bar <= top < 740, "the section is on screen, below the bar"

    # Back returns to the results, with the query still there.
    go_to(session, "#back", "search")
    session.wait_for("#search-results .result")
    assert session.script("return document.getElementById('search-input').value") == "ที่พัก"


def test_search_ignores_accents_in_latin_scripts(start_haven, shot):
    session = start_in(start_haven, "ro").session
    with_accents = search_for(session, "rămân")
    without = search_for(session, "raman")
    assert with_accents and with_accents == without
    assert any(r["matched"].lower() == "rămân" for r in without)
    snapshot(session, shot, "outreach-search-romanian-without-accents")


def test_search_finds_arabic_chinese_and_cyrillic(start_haven):
    haven = start_in(start_haven, "ar")
    session = haven.session
    found = search_for(session, "الدنمارك")
    assert found and all(r["excerptLang"] == "ar" for r in found)
    go_to(session, "#nav-language", "language")
    pick_language(session, "zh-Hans")
    found = search_for(session, "庇护")
    assert any(r["matched"] == "庇护" for r in found)
    go_to(session, "#nav-language", "language")
    pick_language(session, "ru")
    found = search_for(session, "ДАНИИ")
    assert any(r["matched"] == "Дании" for r in found), "case does not matter in Cyrillic"


def test_a_word_in_the_reference_language_is_found_and_marked(start_haven, shot):
    session = start_in(start_haven, "da").session
    danish_titles = session.script(
        "return Object.fromEntries([...document.querySelectorAll('.topic[data-topic]')]"
        ".map(t => [t.dataset.topic, t.querySelector('.topic-title').textContent]))"
    )
    results = search_for(session, "interpreter")
    assert results and all(r["inReference"] and r["excerptLang"] == "en" for r in results)
    # The article is still named in Danish, and the hit says which language it was found in.
    assert all(r["title"] == danish_titles[r["article"]] for r in results), results
    marker = session.find("#search-results .result-language").text
    assert marker.startswith("Fundet på originalsproget") and "English" in marker
    snapshot(session, shot, "outreach-search-reference-language")
    danish = search_for(session, "tolk")
    assert danish and not danish[0]["inReference"]
