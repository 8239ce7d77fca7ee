//! The app's errors, as the interface receives them: `{ kind, message, ... }`, so the interface can
//! branch on `kind`, show `message`, and read the context from named fields (`locale`, `article`,
//! `href`) rather than from the sentence. Every `kind` in the app is kebab-case, as the lint's codes
//! and the sync client's refusals (`UpdateResult::reason`) are.

use serde::{Serialize, Serializer};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Lookup(#[from] haven_library::LookupError),
    #[error(transparent)]
    Settings(#[from] crate::settings::SettingsError),
    #[error(transparent)]
    DiscreetCode(#[from] crate::discreet::CodeError),
    #[error("printing is not available here: {0}")]
    Print(String),
    #[error("`{0}` is not a contact address of this pack, so it was not opened")]
    UnlistedContact(String),
    #[error("`{href}` could not be opened: {reason}")]
    Open { href: String, reason: String },
    #[error("`{0}` is not a clip this pack lists, so it was not played")]
    UnknownClip(String),
    #[error(transparent)]
    Audio(#[from] haven_library::AudioError),
    /// A download or removal of a voice was refused; `kind` is the sync client's own
    /// (`network`, `hash-mismatch`, `signature`, ...), and `cause` what it means to a reader
    /// (`unreachable`, `untrusted` or `other`), so the interface can say which.
    #[error(transparent)]
    Sync(#[from] haven_sync::SyncError),
    #[error("this copy of Haven has no address to download from")]
    NoUpdateSource,
    #[error("the information downloaded could not be opened")]
    Unopenable,
}

impl Error {
    /// A stable, kebab-case name for the interface to branch on.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Lookup(haven_library::LookupError::UnknownLocale { .. }) => "unknown-locale",
            Error::Lookup(haven_library::LookupError::UnknownArticle { .. }) => "unknown-article",
            Error::Lookup(haven_library::LookupError::NoSelfCheck) => "no-self-check",
            Error::Settings(_) => "settings",
            Error::DiscreetCode(_) => "discreet-code",
            Error::Print(_) => "print",
            Error::UnlistedContact(_) => "unlisted-contact",
            Error::Open { .. } => "open",
            Error::UnknownClip(_) => "unknown-clip",
            Error::Audio(_) => "audio",
            Error::Sync(error) => error.kind(),
            Error::NoUpdateSource => "no-update-source",
            Error::Unopenable => "unopenable",
        }
    }

    /// What the error is about, as named fields beside `kind` and `message`.
    fn context(&self) -> Vec<(&'static str, &str)> {
        match self {
            Error::Lookup(haven_library::LookupError::UnknownLocale { locale }) => {
                vec![("locale", locale)]
            }
            Error::Lookup(haven_library::LookupError::UnknownArticle { article }) => {
                vec![("article", article)]
            }
            Error::UnlistedContact(href) => vec![("href", href)],
            Error::Open { href, .. } => vec![("href", href)],
            Error::UnknownClip(path) => vec![("path", path)],
            Error::Sync(error) => vec![("cause", error.cause().as_str())],
            Error::Audio(_) | Error::NoUpdateSource | Error::Unopenable => Vec::new(),
            Error::Lookup(haven_library::LookupError::NoSelfCheck)
            | Error::Settings(_)
            | Error::DiscreetCode(_)
            | Error::Print(_) => Vec::new(),
        }
    }
}

impl Serialize for Error {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let context = self.context();
        let mut error = serializer.serialize_map(Some(2 + context.len()))?;
        error.serialize_entry("kind", self.kind())?;
        error.serialize_entry("message", &self.to_string())?;
        for (name, value) in context {
            error.serialize_entry(name, value)?;
        }
        error.end()
    }
}

pub type Result<T> = std::result::Result<T, Error>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_interface_gets_a_kebab_case_kind_and_the_context_in_named_fields() {
        let error =
            Error::Lookup(haven_library::LookupError::UnknownLocale { locale: "xx".into() });
        let json = serde_json::to_value(&error).unwrap();
        assert_eq!(json["kind"], "unknown-locale");
        assert_eq!(json["locale"], "xx");
        assert!(json["message"].as_str().unwrap().contains("xx"));
        let json = serde_json::to_value(Error::UnlistedContact("tel:+4512345678".into())).unwrap();
        assert_eq!(
            (json["kind"].as_str(), json["href"].as_str()),
            (Some("unlisted-contact"), Some("tel:+4512345678"))
        );
    }
}
