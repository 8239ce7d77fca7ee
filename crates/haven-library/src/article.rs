//! What an article becomes for the interface: structured blocks, never HTML.
//!
//! The interface builds its page from these with `textContent`, so nothing in a pack, however it was
//! written or tampered with, can run as code in the app. Every piece of text says which locale it is in,
//! so the interface can mark text that fell back ("not yet translated") and set `lang` and `dir` on it.

use serde::Serialize;

use crate::audio::Clip;
use haven_format::{Contact, ContentReview, Direction, ReviewStatus, Service, ServiceKind, Source};

/// Text in one locale, split into plain text and contact links.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Text {
    pub spans: Vec<Span>,
    /// The locale the text is in.
    pub lang: String,
    pub dir: Direction,
    /// The text is not in the locale the reader chose: it came from the fallback chain.
    pub is_fallback: bool,
}

impl Text {
    /// The text with contacts shown by their labels, as a reader would read it aloud.
    pub fn plain(&self) -> String {
        self.spans
            .iter()
            .map(|span| match span {
                Span::Text { text } => text.as_str(),
                Span::Contact { contact } => contact.label.as_str(),
            })
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum Span {
    Text {
        text: String,
    },
    /// A tap-to-call number, an SMS number, an e-mail or a web address of a service.
    Contact {
        contact: Contact,
    },
}

// A page holds a few dozen blocks, made once per view: boxing the service button would cost an
// allocation each and save nothing a reader notices.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum Block {
    Paragraph {
        text: Text,
    },
    /// A paragraph that must stand out, such as a safety warning.
    Important {
        text: Text,
    },
    List {
        items: Vec<Text>,
    },
    /// A big button to reach a service, with its name and what it does.
    Action {
        contact: Contact,
        service: ServiceCard,
    },
}

impl Block {
    /// Whether any text of the block came from the fallback chain.
    pub fn is_fallback(&self) -> bool {
        match self {
            Block::Paragraph { text } | Block::Important { text } => text.is_fallback,
            Block::List { items } => items.iter().any(|t| t.is_fallback),
            Block::Action { service, .. } => service.name.is_fallback,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Section {
    pub id: String,
    pub heading: Text,
    pub blocks: Vec<Block>,
    /// Where this section's facts come from: shown next to it, so a reader (or the adviser
    /// checking it) need not search the whole bibliography.
    pub sources: Vec<Source>,
    /// The section spoken (heading and blocks), when the locale has a clip made from its text as it
    /// is now.
    pub audio: Option<Clip>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Article {
    pub id: String,
    /// The locale the reader asked for.
    pub locale: String,
    pub dir: Direction,
    pub icon: String,
    pub title: Text,
    pub summary: Text,
    /// The title and the summary spoken, where the locale has clips of today's text.
    pub title_audio: Option<Clip>,
    pub summary_audio: Option<Clip>,
    pub sections: Vec<Section>,
    pub sources: Vec<Source>,
    /// How far the language of the reader's locale has been checked; shown on every article.
    pub review: ReviewStatus,
    /// Who checked the facts in the reader's locale, and when; `None` until someone has. Shown on
    /// every article next to [`Article::review`].
    pub content_review: Option<ContentReview>,
}

impl Article {
    /// Whether any part of the article is not in the reader's locale.
    pub fn has_fallback(&self) -> bool {
        self.title.is_fallback
            || self.summary.is_fallback
            || self
                .sections
                .iter()
                .any(|s| s.heading.is_fallback || s.blocks.iter().any(Block::is_fallback))
    }
}

/// An entry on the home screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Topic {
    pub id: String,
    pub icon: String,
    pub title: Text,
    pub summary: Text,
    /// The title spoken, where the locale has a clip of today's text.
    pub title_audio: Option<Clip>,
}

/// A service's name and description in the reader's locale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ServiceCard {
    pub id: String,
    pub kind: ServiceKind,
    pub name: Text,
    pub description: Option<Text>,
    /// How to reach the service when it has no number of its own.
    pub access: Option<Text>,
}

/// A service in the directory: the card, every way to reach it, and its facts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ServiceEntry {
    #[serde(flatten)]
    pub card: ServiceCard,
    pub contacts: Vec<Contact>,
    pub details: Service,
}
