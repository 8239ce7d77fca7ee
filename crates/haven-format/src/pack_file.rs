//! `pack.toml`: what a pack is, which locales it has and which articles, with their sources.

use serde::{Deserialize, Serialize};

/// The parsed `pack.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PackInfo {
    /// Stable id of the pack. A synced pack must keep the id of the one it replaces.
    pub id: String,
    /// Grows with every published change; a pack never moves backwards.
    pub version: u64,
    pub region: String,
    /// The locale every other locale falls back to and is checked against.
    pub reference_locale: String,
    pub publisher: String,
    /// The date the facts were last checked, `YYYY-MM-DD`.
    pub published: String,
    pub locales: Vec<LocaleInfo>,
    /// In the order of the home screen.
    pub articles: Vec<ArticleInfo>,
}

/// One language of the pack, as `pack.toml` describes it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all(serialize = "camelCase"))]
pub struct LocaleInfo {
    /// A BCP 47 language tag such as `ro` or `zh-Hans`.
    pub code: String,
    /// The language's name in the language itself, so a reader can find it without reading English.
    pub endonym: String,
    #[serde(default)]
    pub direction: Direction,
    pub review: ReviewStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_note: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    #[default]
    Ltr,
    Rtl,
}

/// How far a locale's text has been checked. The app shows this on every article, because a reader
/// deserves to know when guidance about their safety was machine-assisted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReviewStatus {
    /// Written in this language from the sources.
    Original,
    /// Translated and reviewed by a native speaker.
    Reviewed,
    /// Machine-assisted translation, not yet reviewed by a native speaker.
    MachineAssisted,
    /// A scaffold: nothing translated yet, everything falls back.
    NotTranslated,
}

impl ReviewStatus {
    /// The id of the interface string that explains this status to a reader.
    pub fn message_id(self) -> &'static str {
        match self {
            ReviewStatus::Original => "review-original",
            ReviewStatus::Reviewed => "review-reviewed",
            ReviewStatus::MachineAssisted => "review-machine-assisted",
            ReviewStatus::NotTranslated => "review-not-translated",
        }
    }
}

/// One article: its file name, pictogram and sources.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleInfo {
    pub id: String,
    pub icon: String,
    #[serde(default)]
    pub sources: Vec<Source>,
}

/// Where the facts of an article were checked.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    pub url: String,
}

impl PackInfo {
    pub fn locale(&self, code: &str) -> Option<&LocaleInfo> {
        self.locales.iter().find(|l| l.code == code)
    }

    pub fn article(&self, id: &str) -> Option<&ArticleInfo> {
        self.articles.iter().find(|a| a.id == id)
    }
}
