//! The app's errors, as the interface receives them: `{ kind, message }`, so the interface can branch
//! on `kind` and show `message`.

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
}

impl Error {
    fn kind(&self) -> &'static str {
        match self {
            Error::Lookup(haven_library::LookupError::UnknownLocale { .. }) => "unknownLocale",
            Error::Lookup(haven_library::LookupError::UnknownArticle { .. }) => "unknownArticle",
            Error::Settings(_) => "settings",
            Error::DiscreetCode(_) => "discreetCode",
            Error::Print(_) => "print",
            Error::UnlistedContact(_) => "unlistedContact",
            Error::Open { .. } => "open",
        }
    }
}

impl Serialize for Error {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut error = serializer.serialize_struct("Error", 2)?;
        error.serialize_field("kind", self.kind())?;
        error.serialize_field("message", &self.to_string())?;
        error.end()
    }
}

pub type Result<T> = std::result::Result<T, Error>;
