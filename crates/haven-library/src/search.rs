//! Search across every article of a pack, for readers who type in any script.
//!
//! Readers search in Thai and Chinese (written without spaces between words), in Arabic, Cyrillic and
//! Latin scripts, often on a phone keyboard that makes accents hard to type. So the search:
//!
//! - matches substrings, not words: a Thai or Chinese query is found inside a run of text, and each
//!   space-separated part of a query must appear somewhere in the same section;
//! - folds case, the accents of Latin letters ("Romania" finds "România", "Dan Mach" finds "Đan Mạch"),
//!   and the optional vowel signs and letter variants of Arabic, so a query typed without them matches;
//! - searches the reader's language first, then the reference language. A hit found only in the
//!   reference language is marked, so a helper who types English still finds the article, and the
//!   reader is told the excerpt is not in their language.
//!
//! A hit names the article and the section, with an excerpt around the match. Nothing of a search is
//! kept: the index is built from the articles when asked and dropped with the result.

use std::cmp::Reverse;

use serde::Serialize;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};
use unicode_script::UnicodeScript;
use unicode_segmentation::GraphemeCursor;

use crate::article::{Article, Block, Text};
use crate::library::{Library, LookupError};
use haven_format::Direction;

/// How many letters (grapheme clusters: a letter with its marks) of context an excerpt shows on each
/// side of the match, at most.
const CONTEXT_BEFORE: usize = 40;
const CONTEXT_AFTER: usize = 80;

/// One place where a query was found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchHit {
    /// The article's id, to open it.
    pub article: String,
    /// The article's pictogram.
    pub icon: String,
    /// The article's title in the reader's language (or its fallback).
    pub article_title: Text,
    /// The section's id; `None` when the match is in the article's title or summary.
    pub section: Option<String>,
    /// The section's heading in the reader's language (or its fallback).
    pub section_heading: Option<Text>,
    /// The text around the match, in the language it was found in.
    pub excerpt: Excerpt,
    /// The match is not in the reader's language but in the reference language; the interface says so.
    pub in_reference: bool,
}

/// A piece of text with the matched part marked, so the interface can highlight it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Excerpt {
    pub before: String,
    pub matched: String,
    pub after: String,
    /// The locale the excerpt is in.
    pub lang: String,
    pub dir: Direction,
}

impl Library {
    /// Every section of every article that contains all the parts of `query`, in `locale` and then,
    /// marked, in the reference locale. Hits in the reader's language come first; within each, hits
    /// whose heading matches come first, then the pack's order. An empty query finds nothing.
    ///
    /// Fails when the locale is not in the pack.
    pub fn search(&self, locale: &str, query: &str) -> Result<Vec<SearchHit>, LookupError> {
        if !self.locales().iter().any(|l| l.code == locale) {
            return Err(LookupError::UnknownLocale { locale: locale.to_owned() });
        }
        let folded_query = fold(query).text;
        let terms: Vec<&str> = folded_query.split_whitespace().collect();
        if terms.is_empty() {
            return Ok(Vec::new());
        }
        let reference = self.reference_locale().to_owned();
        let mut ranked: Vec<(Rank, SearchHit)> = Vec::new();
        let mut found: Vec<(String, Option<String>)> = Vec::new();
        for (article_index, info) in self.info().articles.iter().enumerate() {
            let reader = self.article(locale, &info.id)?;
            let mut passes = vec![reader.clone()];
            if locale != reference {
                passes.push(self.article(&reference, &info.id)?);
            }
            for article in &passes {
                for (unit_index, unit) in units(article).into_iter().enumerate() {
                    let key = (info.id.clone(), unit.section.clone());
                    if found.contains(&key) {
                        continue;
                    }
                    let Some((excerpt, heading_matches)) = unit.find(&terms) else { continue };
                    found.push(key);
                    let in_reference = excerpt.lang != locale;
                    let section_heading = unit
                        .section
                        .as_ref()
                        .and_then(|id| reader.sections.iter().find(|s| &s.id == id))
                        .map(|s| s.heading.clone());
                    let hit = SearchHit {
                        article: info.id.clone(),
                        icon: info.icon.clone(),
                        article_title: reader.title.clone(),
                        section: unit.section.clone(),
                        section_heading,
                        excerpt,
                        in_reference,
                    };
                    let rank = (in_reference, Reverse(heading_matches), article_index, unit_index);
                    ranked.push((rank, hit));
                }
            }
        }
        ranked.sort_by_key(|(rank, _)| *rank);
        Ok(ranked.into_iter().map(|(_, hit)| hit).collect())
    }
}

/// How hits are ordered: in the reader's language first, then most terms in the heading, then the
/// pack's order of articles and sections.
type Rank = (bool, Reverse<usize>, usize, usize);

/// A part of an article a hit can point to: the title and summary, or one section.
struct Unit<'a> {
    section: Option<String>,
    /// The title or the heading, first; then the text under it.
    texts: Vec<&'a Text>,
}

fn units(article: &Article) -> Vec<Unit<'_>> {
    let mut units = vec![Unit { section: None, texts: vec![&article.title, &article.summary] }];
    for section in &article.sections {
        let mut texts = vec![&section.heading];
        for block in &section.blocks {
            match block {
                Block::Paragraph { text } | Block::Important { text } => texts.push(text),
                Block::List { items } => texts.extend(items),
                Block::Action { service, .. } => {
                    texts.push(&service.name);
                    texts.extend(service.description.as_ref());
                }
            }
        }
        units.push(Unit { section: Some(section.id.clone()), texts });
    }
    units
}

impl Unit<'_> {
    /// The excerpt of the first match, and how many terms the title or heading matched; `None` unless
    /// every term is somewhere in the unit.
    fn find(&self, terms: &[&str]) -> Option<(Excerpt, usize)> {
        let folded: Vec<(&Text, String, Folded)> = self
            .texts
            .iter()
            .map(|text| {
                let plain = text.plain();
                let folded = fold(&plain);
                (*text, plain, folded)
            })
            .collect();
        if !terms.iter().all(|term| folded.iter().any(|(_, _, f)| f.text.contains(term))) {
            return None;
        }
        let heading_matches = terms.iter().filter(|term| folded[0].2.text.contains(*term)).count();
        // The excerpt shows the whole query where it appears as typed, else the first part found; and
        // it comes from the body when the body matches, as the heading is shown anyway.
        let phrase = terms.join(" ");
        let wanted: Vec<&str> = if terms.len() > 1 { vec![phrase.as_str()] } else { Vec::new() }
            .into_iter()
            .chain(terms.iter().copied())
            .collect();
        let body_first: Vec<&(&Text, String, Folded)> =
            folded.iter().skip(1).chain(folded.iter().take(1)).collect();
        let (text, plain, folded, (start, end)) = wanted.iter().find_map(|needle| {
            body_first.iter().find_map(|(text, plain, folded)| {
                let at = folded.text.find(needle)?;
                Some((*text, plain, folded, (at, at + needle.len())))
            })
        })?;
        let (start, end) = folded.original_range(start, end);
        Some((excerpt(plain, start, end, text), heading_matches))
    }
}

/// The match with some text on each side. Every cut, and the match itself, falls on a boundary
/// between grapheme clusters (UAX #29), so no mark (Thai vowels and tones, Arabic vowel signs,
/// Vietnamese accents written apart) is ever shown without its letter.
fn excerpt(plain: &str, start: usize, end: usize, text: &Text) -> Excerpt {
    // Only the clusters around the match are walked: a section is often far longer than its excerpt.
    let start = boundary_at_or_before(plain, start);
    let end = boundary_at_or_after(plain, end);
    let (from, cut_before) = clusters_back(plain, start, CONTEXT_BEFORE);
    let mut before = plain[from..start].to_owned();
    if cut_before {
        // Start at a word where the script has spaces; Thai and Chinese are cut anywhere.
        if let Some(space) = before.find(char::is_whitespace) {
            if space < before.len() / 2 {
                before = before[space..].trim_start().to_owned();
            }
        }
        before.insert(0, '…');
    }
    let (to, cut_after) = clusters_forward(plain, end, CONTEXT_AFTER);
    let mut after = plain[end..to].to_owned();
    if cut_after {
        if let Some(space) = after.rfind(char::is_whitespace) {
            if space > after.len() / 2 {
                after.truncate(space);
            }
        }
        after.push('…');
    }
    Excerpt {
        before,
        matched: plain[start..end].to_owned(),
        after,
        lang: text.lang.clone(),
        dir: text.dir,
    }
}

/// The boundary between grapheme clusters at `at`, or the one before it.
fn boundary_at_or_before(plain: &str, at: usize) -> usize {
    let mut cursor = GraphemeCursor::new(at, plain.len(), true);
    // The whole text is one chunk from 0, so the cursor never asks for more.
    if cursor.is_boundary(plain, 0).unwrap_or(true) {
        return at;
    }
    cursor.prev_boundary(plain, 0).ok().flatten().unwrap_or(0)
}

/// The boundary between grapheme clusters at `at`, or the one after it.
fn boundary_at_or_after(plain: &str, at: usize) -> usize {
    let mut cursor = GraphemeCursor::new(at, plain.len(), true);
    if cursor.is_boundary(plain, 0).unwrap_or(true) {
        return at;
    }
    cursor.next_boundary(plain, 0).ok().flatten().unwrap_or(plain.len())
}

/// Where `count` grapheme clusters before the boundary `at` begin, and whether there is more text
/// before them.
fn clusters_back(plain: &str, at: usize, count: usize) -> (usize, bool) {
    let mut cursor = GraphemeCursor::new(at, plain.len(), true);
    let mut from = at;
    for _ in 0..count {
        match cursor.prev_boundary(plain, 0) {
            Ok(Some(boundary)) => from = boundary,
            _ => return (0, false),
        }
    }
    (from, from > 0)
}

/// Where `count` grapheme clusters after the boundary `at` end, and whether there is more text
/// after them.
fn clusters_forward(plain: &str, at: usize, count: usize) -> (usize, bool) {
    let mut cursor = GraphemeCursor::new(at, plain.len(), true);
    let mut to = at;
    for _ in 0..count {
        match cursor.next_boundary(plain, 0) {
            Ok(Some(boundary)) => to = boundary,
            _ => return (plain.len(), false),
        }
    }
    (to, to < plain.len())
}

/// Text folded for matching, with the way back to the original text.
struct Folded {
    text: String,
    /// For each byte of `text`, the byte range in the original of the character it came from.
    origin: Vec<(usize, usize)>,
}

impl Folded {
    /// The range in the original text of the folded range `start..end`.
    fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        (self.origin[start].0, self.origin[end - 1].1)
    }
}

/// Folds text for matching: lower case, Latin letters without their accents, Arabic without its
/// optional vowel signs and with one form of alef and yeh. Thai, Chinese and Cyrillic keep their
/// letters (only case, and Russian ё, are folded), because their marks change the word.
fn fold(original: &str) -> Folded {
    let mut text = String::with_capacity(original.len());
    let mut origin = Vec::with_capacity(original.len());
    let mut after_latin = false;
    for (at, c) in original.char_indices() {
        let range = (at, at + c.len_utf8());
        let mut push = |folded: char| {
            for lower in folded.to_lowercase() {
                text.push(lower);
                origin.extend(std::iter::repeat_n(range, lower.len_utf8()));
            }
        };
        if let Some(replacement) = special_fold(c) {
            replacement.chars().for_each(&mut push);
            after_latin = is_latin(c);
            continue;
        }
        if is_arabic_mark(c) || (after_latin && is_combining_mark(c)) {
            continue;
        }
        let latin = is_latin(c);
        if latin {
            decompose_canonical(c, |part| {
                if !is_combining_mark(part) {
                    push(part);
                }
            });
        } else {
            push(c);
        }
        if !is_combining_mark(c) {
            after_latin = latin;
        }
    }
    Folded { text, origin }
}

/// Letters that Unicode does not decompose but a reader types without their stroke or ligature.
fn special_fold(c: char) -> Option<&'static str> {
    Some(match c {
        'ø' | 'Ø' => "o",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'ß' | 'ẞ' => "ss",
        'đ' | 'Đ' => "d",
        'ł' | 'Ł' => "l",
        'ı' => "i",
        'ё' => "е",
        'Ё' => "е",
        'أ' | 'إ' | 'آ' | 'ٱ' => "ا",
        'ى' => "ي",
        _ => return None,
    })
}

/// A letter of the Latin script, by Unicode's Script property: the same definition as the lint's
/// script check (`haven_lint::translation_check::Script`).
fn is_latin(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    // Blocks with no Latin letter in them, answered without searching the table: combining marks,
    // Greek, Cyrillic, Armenian, Hebrew, Arabic (0300-08FF), Thai, and kana and CJK ideographs (the
    // scripts most text a reader searches is in). The answer is the table's, only sooner.
    if matches!(c, '\u{0300}'..='\u{08FF}' | '\u{0E00}'..='\u{0E7F}' | '\u{3040}'..='\u{9FFF}') {
        return false;
    }
    c.script() == unicode_script::Script::Latin
}

/// Arabic vowel signs (harakat), the superscript alef and the tatweel: optional in writing, and
/// rarely typed.
fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{64B}'..='\u{65F}' | '\u{670}' | '\u{640}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(text: &str) -> String {
        fold(text).text
    }

    #[test]
    fn latin_accents_and_case_are_folded() {
        assert_eq!(folded("România"), "romania");
        assert_eq!(folded("Đan Mạch"), "dan mach");
        assert_eq!(folded("Sécurité"), "securite");
        assert_eq!(folded("Ærø Straße"), "aero strasse");
        assert_eq!(folded("Pot să rămân"), "pot sa raman");
        // Text already written in decomposed form folds the same way.
        assert_eq!(folded("Rom\u{61}\u{302}nia"), "romania");
    }

    #[test]
    fn every_letter_unicode_counts_as_latin_is_folded() {
        // The Ångström sign, which some converters write for Å, and the Kelvin sign decompose to
        // Latin letters outside the blocks of Latin letters.
        assert_eq!(folded("\u{212B}rhus"), folded("Århus"));
        assert_eq!(folded("\u{212B}rhus"), "arhus");
        assert_eq!(folded("\u{212A}irkeby"), "kirkeby");
        // Signs between the Latin letters are not letters.
        assert_eq!(folded("2×3"), "2×3");
    }

    #[test]
    fn other_scripts_keep_their_letters() {
        assert_eq!(folded("Могу ли я остаться в ДАНИИ?"), "могу ли я остаться в дании?");
        assert_eq!(folded("Ещё"), "еще");
        // A Cyrillic short i is a letter of its own, not an accented one.
        assert_eq!(folded("й"), "й");
        assert_eq!(folded("ที่พักที่ปลอดภัย"), "ที่พักที่ปลอดภัย");
        assert_eq!(folded("我可以留在丹麦吗"), "我可以留在丹麦吗");
        assert_eq!(folded("أَمان"), folded("امان"));
    }

    #[test]
    fn the_blocks_answered_without_the_table_hold_no_latin_letter() {
        let blocks = ['\u{0300}'..='\u{08FF}', '\u{0E00}'..='\u{0E7F}', '\u{3040}'..='\u{9FFF}'];
        for c in blocks.into_iter().flatten() {
            assert_ne!(c.script(), unicode_script::Script::Latin, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn a_match_maps_back_to_the_original_text() {
        let original = "Pot să rămân în România?";
        let f = fold(original);
        let at = f.text.find("romania").unwrap();
        let (start, end) = f.original_range(at, at + "romania".len());
        assert_eq!(&original[start..end], "România");
    }

    /// The default pack, `content/`, as the app embeds it.
    fn library() -> Library {
        Library::open(haven_format::PackSource::Directory(haven_testkit::default_pack())).unwrap()
    }

    fn hits(locale: &str, query: &str) -> Vec<SearchHit> {
        library().search(locale, query).unwrap()
    }

    #[test]
    fn an_excerpt_never_cuts_a_thai_letter_from_its_marks() {
        for hit in hits("th", "ที่พัก").iter().chain(&hits("th", "ที")) {
            for part in [&hit.excerpt.before, &hit.excerpt.matched, &hit.excerpt.after] {
                let first = part.trim_start_matches('…').chars().next();
                assert!(
                    !first.is_some_and(is_combining_mark),
                    "{:?} starts with a mark",
                    hit.excerpt
                );
            }
        }
    }

    #[test]
    fn an_excerpt_shows_at_most_its_context_in_letters_and_marks_where_it_was_cut() {
        let text =
            Text { spans: Vec::new(), lang: "th".into(), dir: Direction::Ltr, is_fallback: false };
        // ก่ is one letter with its tone mark: two characters, one cluster.
        let letters = |n: usize| "ก่".repeat(n);
        let plain = format!("{} match {}", letters(100), letters(100));
        let at = plain.find("match").unwrap();
        let shown = excerpt(&plain, at, at + 5, &text);
        assert_eq!(shown.matched, "match");
        assert_eq!(shown.before, format!("…{} ", letters(CONTEXT_BEFORE - 1)));
        assert_eq!(shown.after, format!(" {}…", letters(CONTEXT_AFTER - 1)));
        // A short text is shown whole, with nothing marked as cut.
        let shown = excerpt("a match b", 2, 7, &text);
        assert_eq!((shown.before.as_str(), shown.after.as_str()), ("a ", " b"));
    }

    #[test]
    fn a_match_that_starts_or_ends_inside_a_letter_shows_the_whole_letter() {
        // "่พัก" starts with the tone mark of ที่: the letter it sits on is shown with it.
        let found = hits("th", "\u{E48}พัก");
        assert!(!found.is_empty());
        for hit in &found {
            assert!(hit.excerpt.matched.starts_with("ที่พัก"), "{:?}", hit.excerpt);
        }
        let text =
            Text { spans: Vec::new(), lang: "vi".into(), dir: Direction::Ltr, is_fallback: false };
        // A cut never falls inside a letter and its marks written apart, in any script.
        let plain = "Ban co the goi 112 ne\u{301}u ba\u{323}n đang gặp nguy hiểm.";
        let at = plain.find("ne").unwrap();
        let shown = excerpt(plain, at, at + 2, &text);
        assert_eq!(shown.matched, "ne\u{301}");
        assert!(shown.after.starts_with("u ba\u{323}n"), "{shown:?}");
    }

    #[test]
    fn thai_is_found_without_spaces_and_the_hit_names_article_and_section() {
        let found = hits("th", "ที่พัก");
        let hit = found.iter().find(|h| h.article == "safe-places").expect("safe places has ที่พัก");
        assert_eq!(hit.article_title.lang, "th");
        assert!(hit.excerpt.matched == "ที่พัก", "{:?}", hit.excerpt);
        assert!(!hit.in_reference);
        assert!(found.iter().any(|h| h.section.is_some() && h.section_heading.is_some()));
    }

    #[test]
    fn chinese_arabic_and_cyrillic_are_found() {
        assert!(hits("zh-Hans", "庇护")
            .iter()
            .any(|h| !h.in_reference && h.excerpt.matched == "庇护"));
        let arabic = hits("ar", "الدنمارك");
        assert!(!arabic.is_empty() && arabic.iter().all(|h| h.excerpt.lang == "ar"));
        let russian = hits("ru", "ДАНИИ");
        assert!(russian.iter().any(|h| h.excerpt.matched == "Дании"), "{russian:?}");
    }

    #[test]
    fn accents_do_not_matter_in_latin_scripts() {
        let with = hits("ro", "rămân");
        let without = hits("ro", "raman");
        assert!(!with.is_empty());
        assert_eq!(with, without);
        assert!(without.iter().any(|h| h.excerpt.matched.to_lowercase() == "rămân"), "{without:?}");
        assert!(hits("vi", "dan mach").iter().any(|h| h.excerpt.matched == "Đan Mạch"));
    }

    #[test]
    fn every_part_of_the_query_must_be_in_the_section() {
        let both = hits("en", "interpreter anonymous");
        assert!(!both.is_empty());
        for hit in &both {
            assert!(hit.section.is_some(), "{hit:?}");
        }
        assert!(hits("en", "interpreter zzzzqqq").is_empty());
        assert!(hits("en", "   ").is_empty());
    }

    #[test]
    fn a_query_in_the_reference_language_is_found_and_marked() {
        let found = hits("da", "interpreter");
        assert!(!found.is_empty());
        for hit in &found {
            assert!(hit.in_reference);
            assert_eq!(hit.excerpt.lang, "en");
            // The article is still named in the reader's language.
            assert_eq!(hit.article_title.lang, "da");
        }
        // A Danish word comes first, unmarked.
        let danish = hits("da", "tolk");
        assert!(!danish.is_empty() && !danish[0].in_reference);
    }

    #[test]
    fn an_unknown_locale_is_refused() {
        assert!(matches!(library().search("xx", "help"), Err(LookupError::UnknownLocale { .. })));
    }
}
