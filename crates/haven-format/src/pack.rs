//! The content pack: its description (`pack.toml`), its service directory (`services.toml`), and where
//! its files are. Opening a pack reads and checks those two files; the Fluent files of each locale are
//! parsed later, when the locale is needed ([`crate::LocaleFiles`]).

use std::collections::HashSet;

use crate::error::{line_and_column, PackError};
use crate::pack_file::PackInfo;
use crate::services_file::{is_https_url, ServiceDirectory};
use crate::source::PackSource;
use crate::LocaleInfo;

pub const PACK_FILE: &str = "pack.toml";
pub const SERVICES_FILE: &str = "services.toml";
/// The per-locale Fluent file with the translatable text of the service directory.
pub const SERVICES_FLUENT_FILE: &str = "services";

/// A pack whose `pack.toml` and `services.toml` are valid.
#[derive(Debug, Clone)]
pub struct Pack {
    pub source: PackSource,
    pub info: PackInfo,
    pub services: ServiceDirectory,
    /// Problems that do not stop the pack from being used, such as a locale without files. Those
    /// locales are left out, and the problems are shown.
    pub problems: Vec<PackError>,
    /// The locales that can be offered: listed in `pack.toml` and with files.
    pub usable_locales: Vec<LocaleInfo>,
}

impl Pack {
    /// Reads and checks `pack.toml` and `services.toml`.
    ///
    /// Fails when either file is missing or invalid, or when the reference locale has no files; such a
    /// pack cannot be used at all.
    pub fn open(source: PackSource) -> Result<Pack, PackError> {
        let info: PackInfo = read_toml(&source, PACK_FILE)?;
        let services: ServiceDirectory = read_toml(&source, SERVICES_FILE)?;
        check_info(&source, &info)?;
        check_services(&source, &services)?;

        let mut problems = Vec::new();
        let mut usable_locales = Vec::new();
        for locale in &info.locales {
            if source.has_fluent_files(&locale.code) {
                usable_locales.push(locale.clone());
            } else if locale.code == info.reference_locale {
                return Err(PackError::LocaleWithoutFiles {
                    locale: locale.code.clone(),
                    path: source.display_path(&locale.code),
                });
            } else {
                problems.push(PackError::LocaleWithoutFiles {
                    locale: locale.code.clone(),
                    path: source.display_path(&locale.code),
                });
            }
        }
        for folder in source.locale_folders() {
            if info.locale(&folder).is_none() {
                problems.push(PackError::UnlistedLocale {
                    path: source.display_path(&folder),
                    locale: folder,
                });
            }
        }
        Ok(Pack { source, info, services, problems, usable_locales })
    }

    /// Every problem in a pack: in `pack.toml` and `services.toml`, and in every Fluent file of every
    /// locale, read one locale at a time so that a large pack is not held in memory whole. What is
    /// checked before a pack is published or installed; the app itself parses only what it shows.
    pub fn problems_of(source: &PackSource) -> Vec<PackError> {
        let pack = match Pack::open(source.clone()) {
            Ok(pack) => pack,
            Err(error) => return vec![error],
        };
        let mut problems = pack.problems.clone();
        for locale in &pack.usable_locales {
            let is_reference = locale.code == pack.info.reference_locale;
            let (_, locale_problems) = crate::LocaleFiles::parse(&pack, &locale.code, is_reference);
            problems.extend(locale_problems);
        }
        problems
    }

    /// The relative path of an article's (or the services') Fluent file in a locale.
    pub fn fluent_path(locale: &str, file: &str) -> String {
        format!("{locale}/{file}.ftl")
    }
}

fn read_toml<T: serde::de::DeserializeOwned>(
    source: &PackSource,
    relative: &str,
) -> Result<T, PackError> {
    let text = source
        .read_text(relative)?
        .ok_or_else(|| PackError::MissingFile { path: source.display_path(relative) })?;
    toml::from_str(&text).map_err(|e| {
        let (line, column) = e.span().map_or((1, 1), |span| line_and_column(&text, span.start));
        PackError::InvalidToml {
            path: source.display_path(relative),
            line,
            column,
            message: e.message().to_owned(),
        }
    })
}

fn check_info(source: &PackSource, info: &PackInfo) -> Result<(), PackError> {
    let invalid = |field: String, message: String| PackError::InvalidField {
        path: source.display_path(PACK_FILE),
        field,
        message,
    };
    if info.locale(&info.reference_locale).is_none() {
        return Err(invalid(
            "reference_locale".into(),
            format!("`{}` is not one of the [[locales]]", info.reference_locale),
        ));
    }
    let mut seen = HashSet::new();
    for locale in &info.locales {
        if locale.code.parse::<unic_langid::LanguageIdentifier>().is_err() {
            return Err(invalid(
                "locales.code".into(),
                format!("`{}` is not a BCP 47 language tag", locale.code),
            ));
        }
        if !seen.insert(&locale.code) {
            return Err(invalid(
                "locales.code".into(),
                format!("`{}` is listed twice", locale.code),
            ));
        }
    }
    let mut seen = HashSet::new();
    for article in &info.articles {
        if !is_valid_id(&article.id) || article.id == SERVICES_FLUENT_FILE {
            return Err(invalid(
                "articles.id".into(),
                format!(
                    "`{}` must be lower-case letters, digits and '-', and not `services`",
                    article.id
                ),
            ));
        }
        if !seen.insert(&article.id) {
            return Err(invalid("articles.id".into(), format!("`{}` is listed twice", article.id)));
        }
    }
    Ok(())
}

fn check_services(source: &PackSource, directory: &ServiceDirectory) -> Result<(), PackError> {
    let mut seen = HashSet::new();
    for service in &directory.services {
        let invalid = |message: String| PackError::InvalidField {
            path: source.display_path(SERVICES_FILE),
            field: format!("services.{}", service.id),
            message,
        };
        if !is_valid_id(&service.id) {
            return Err(invalid("the id must be lower-case letters, digits and '-'".into()));
        }
        if !seen.insert(&service.id) {
            return Err(invalid("this id is used by more than one service".into()));
        }
        if let Some(url) = &service.url {
            if !is_https_url(url) {
                return Err(invalid(format!("url `{url}` must start with https://")));
            }
        }
    }
    Ok(())
}

pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && id.starts_with(|c: char| c.is_ascii_lowercase())
}
