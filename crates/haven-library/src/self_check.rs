//! The self-check "Is this happening to me?" as a reader sees it: its questions in the reader's
//! language (each falling back to the reference, marked), and every sentence its result can need.
//!
//! Why every result is formatted here in advance: the page counts the answers and picks the
//! sentence for that count, so the answers never leave the page, not even to the app's own engine.

use fluent_bundle::FluentArgs;
use haven_format::{Direction, ReviewStatus, Source, SELF_CHECK_FLUENT_FILE, SUMMARY};
use serde::Serialize;

use crate::article::{Section, Text};
use crate::audio::{clip_of_text, Clip};
use crate::fallback::FallbackChain;
use crate::library::{Library, LookupError};

/// The self-check in one locale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SelfCheck {
    /// The locale the reader asked for.
    pub locale: String,
    pub dir: Direction,
    pub title: Text,
    pub summary: Text,
    pub intro: Text,
    /// The summary and the introduction spoken, where the locale has clips of today's text: the
    /// first screen, for a reader who cannot read it.
    pub summary_audio: Option<Clip>,
    pub intro_audio: Option<Clip>,
    /// In the order they are asked.
    pub questions: Vec<Question>,
    /// `results[n]`: what to say when the reader said yes to `n` signs, for every `n` from 0 to the
    /// number of questions.
    pub results: Vec<Text>,
    /// `unsure[n - 1]`: what to say when the reader was not sure about `n` questions (nothing is
    /// said for none).
    pub unsure: Vec<Text>,
    /// What the signs mean and whom to call: a section with blocks, like an article's.
    pub help: Section,
    /// The article on the signs, which the result links to.
    pub article: String,
    /// How far the language of the reader's locale has been checked.
    pub review: ReviewStatus,
}

/// One question, about one sign.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Question {
    pub id: String,
    pub icon: String,
    pub text: Text,
    /// The sources of the signs article that list this sign.
    pub sources: Vec<Source>,
    /// The question spoken, where the locale has a clip of today's text.
    pub audio: Option<Clip>,
}

impl Library {
    /// The self-check in `locale`, each message falling back to the reference locale where it is
    /// not translated.
    ///
    /// The summary, the introduction and each question carry the locale's clip of today's text,
    /// where it has one.
    ///
    /// Fails when the locale is not in the pack, or the pack has no self-check.
    pub fn self_check(&self, locale: &str) -> Result<SelfCheck, LookupError> {
        let mut check = self.self_check_text(locale)?;
        let file = SELF_CHECK_FLUENT_FILE;
        check.summary_audio = clip_of_text(self, locale, file, SUMMARY, &check.summary);
        check.intro_audio = clip_of_text(self, locale, file, "intro", &check.intro);
        for question in &mut check.questions {
            question.audio =
                clip_of_text(self, locale, SELF_CHECK_FLUENT_FILE, &question.id, &question.text);
        }
        Ok(check)
    }

    /// [`Library::self_check`] without its clips.
    pub(crate) fn self_check_text(&self, locale: &str) -> Result<SelfCheck, LookupError> {
        let locale_info = self.check_locale(locale)?;
        let info = self.info().self_check.as_ref().ok_or(LookupError::NoSelfCheck)?;
        let files = self.chain_files(locale);
        let chain = FallbackChain {
            links: files.iter().map(|(code, f)| (*code, f.self_check.as_ref())).collect(),
        };
        let args = self.args();
        // A message missing everywhere is reported by the loader; the reader sees its id rather than
        // a hole in the screen.
        let text = |id: &str, args: &FluentArgs| match chain.resolve(id, None, Some(args)) {
            Some(resolved) => self.text(resolved, locale),
            None => self.missing_text(id),
        };
        let article = self.info().article(&info.article);
        let questions = info
            .questions
            .iter()
            .map(|question| Question {
                id: question.id.clone(),
                icon: question.icon.clone(),
                text: text(&question.id, &args),
                sources: article
                    .map(|a| {
                        a.sources
                            .iter()
                            .filter(|s| {
                                s.id.as_deref()
                                    .is_some_and(|id| question.sources.iter().any(|q| q == id))
                            })
                            .cloned()
                            .collect()
                    })
                    .unwrap_or_default(),
                audio: None,
            })
            .collect::<Vec<_>>();
        let total = questions.len();
        let with = |name: &'static str, count: usize| {
            let mut args = self.args();
            args.set(name, count);
            args.set("total", total);
            args
        };
        let results = (0..=total).map(|count| text("result", &with("count", count))).collect();
        let unsure = (1..=total).map(|count| text("unsure", &with("unsure", count))).collect();
        let services = self.service_chain(&files);
        let reference = &files.last().expect("the chain ends with the reference").1;
        let help_blocks: Vec<&str> = reference
            .self_check
            .iter()
            .flat_map(|file| file.shapes.iter().filter(|s| s.id == "help"))
            .flat_map(|shape| shape.attributes.iter().map(String::as_str))
            .collect();
        let help = self
            .section(&chain, "help", &help_blocks, locale, &services, &self.args())
            .unwrap_or_else(|| Section {
                id: "help".to_owned(),
                heading: self.missing_text("help"),
                blocks: Vec::new(),
                sources: Vec::new(),
                audio: None,
            });
        Ok(SelfCheck {
            locale: locale.to_owned(),
            dir: locale_info.direction,
            title: text("title", &args),
            summary: text("summary", &args),
            intro: text("intro", &args),
            summary_audio: None,
            intro_audio: None,
            questions,
            results,
            unsure,
            help,
            article: info.article.clone(),
            review: locale_info.review,
        })
    }
}
