//! `haven-pack new-locale`: the start of a translation.
//!
//! A volunteer translator should not have to know the pack format to begin. The scaffold is one file
//! per reference file, holding every reference text as a Fluent comment, ready to copy and translate
//! in place; the messages themselves are absent, so until each is translated readers see the
//! reference text, marked as not yet translated. The pack therefore still loads, and `haven-pack
//! lint` reports only the expected "not translated" warnings.
//!
//! `pack.toml` is edited with `toml_edit`, not rewritten from a parsed copy, so that the NGO's
//! comments, order and layout stay as they were: a `[[locales]]` entry is added after the last one.

use std::fs;
use std::path::{Path, PathBuf};

use haven_format::{PackInfo, PACK_FILE};
use haven_library::Direction;
use toml_edit::{value, ArrayOfTables, DocumentMut, Item, Table, Value};

/// What to create.
#[derive(Debug, Clone)]
pub struct NewLocale {
    pub content_dir: PathBuf,
    /// A BCP 47 tag, in its canonical spelling (`pt-BR`, `sr-Latn`).
    pub locale: String,
    /// The language's name in the language itself.
    pub endonym: String,
    pub direction: Direction,
}

/// What was created.
#[derive(Debug, Clone)]
pub struct Scaffold {
    /// `CONTENT_DIR/LOCALE`.
    pub dir: PathBuf,
    pub files: Vec<PathBuf>,
    /// The reference locale the texts come from.
    pub reference_locale: String,
    /// How many reference messages there are to translate.
    pub messages: usize,
}

/// Why no scaffold was made. Nothing in the pack folder changed.
#[derive(Debug, thiserror::Error)]
pub enum NewLocaleError {
    #[error("`{tag}` is not a BCP 47 language tag{}", match suggestion {
        Some(s) => format!("; write it as `{s}`"),
        None => "; use a tag such as `de`, `pt-BR` or `sr-Latn`".to_owned(),
    })]
    InvalidTag { tag: String, suggestion: Option<String> },
    #[error("the endonym (the language's name in the language itself) must not be empty")]
    EmptyEndonym,
    #[error("{}: the locale `{locale}` is already listed; edit its files instead", pack_toml.display())]
    AlreadyListed { locale: String, pack_toml: PathBuf },
    #[error("{}: already exists; move it away or list the locale in pack.toml", dir.display())]
    FolderExists { dir: PathBuf },
    #[error("{}: {reason}; run `haven-pack lint` and fix pack.toml first", path.display())]
    InvalidPack { path: PathBuf, reason: String },
    #[error("{}: the reference locale `{locale}` has no article files to make a scaffold from", dir.display())]
    NoReferenceFiles { locale: String, dir: PathBuf },
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> NewLocaleError + '_ {
    move |source| NewLocaleError::Io { path: path.to_owned(), source }
}

/// Creates `CONTENT_DIR/LOCALE/` from the reference locale and lists the locale in `pack.toml` as
/// `review = "not-translated"`.
///
/// Fails, changing nothing, when the tag is not a canonical BCP 47 tag, the endonym is empty, the
/// locale is already listed or has a folder, `pack.toml` cannot be read, or the reference locale has
/// no files; or when a file cannot be written.
pub fn create(request: &NewLocale) -> Result<Scaffold, NewLocaleError> {
    let tag = request.locale.as_str();
    check_tag(tag)?;
    let endonym = request.endonym.trim();
    if endonym.is_empty() {
        return Err(NewLocaleError::EmptyEndonym);
    }
    let pack_toml = request.content_dir.join(PACK_FILE);
    let manifest = fs::read_to_string(&pack_toml).map_err(io(&pack_toml))?;
    let (info, problems) = PackInfo::read(&manifest);
    if let Some(error) = problems.iter().find(|d| d.is_error()) {
        return Err(NewLocaleError::InvalidPack { path: pack_toml, reason: error.to_string() });
    }
    if info.locales.iter().any(|l| l.code.eq_ignore_ascii_case(tag)) {
        return Err(NewLocaleError::AlreadyListed { locale: tag.to_owned(), pack_toml });
    }
    let dir = request.content_dir.join(tag);
    if dir.exists() {
        return Err(NewLocaleError::FolderExists { dir });
    }

    let reference = &info.reference_locale;
    let reference_dir = request.content_dir.join(reference);
    let names = info.fluent_file_names();
    let mut scaffolds = Vec::new();
    let mut messages = 0;
    for name in names {
        let path = reference_dir.join(format!("{name}.ftl"));
        let text = match fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(NewLocaleError::Io { path, source: e }),
        };
        messages += text.lines().filter(|line| is_message_start(line)).count();
        scaffolds.push((format!("{name}.ftl"), scaffold(&text, name, request, reference)));
    }
    if scaffolds.is_empty() {
        return Err(NewLocaleError::NoReferenceFiles {
            locale: reference.clone(),
            dir: reference_dir,
        });
    }
    let new_manifest = with_locale(&manifest, request)
        .map_err(|reason| NewLocaleError::InvalidPack { path: pack_toml.clone(), reason })?;
    let (check, problems) = PackInfo::read(&new_manifest);
    if problems.iter().any(|d| d.is_error()) || check.locale(tag).is_none() {
        return Err(NewLocaleError::InvalidPack {
            path: pack_toml,
            reason: "could not add the locale without breaking the file".to_owned(),
        });
    }

    // Written beside the final folder (a dot folder, which the pack ignores) and renamed, so a pack
    // never has half a locale.
    let staging = request.content_dir.join(format!(".{tag}.new-locale"));
    let _ = fs::remove_dir_all(&staging);
    fs::create_dir_all(&staging).map_err(io(&staging))?;
    for (name, text) in &scaffolds {
        let path = staging.join(name);
        if let Err(error) = fs::write(&path, text) {
            let _ = fs::remove_dir_all(&staging);
            return Err(NewLocaleError::Io { path, source: error });
        }
    }
    fs::rename(&staging, &dir).map_err(io(&dir))?;
    let staged_manifest = request.content_dir.join(format!(".{PACK_FILE}.new-locale"));
    let written = fs::write(&staged_manifest, &new_manifest)
        .and_then(|()| fs::rename(&staged_manifest, &pack_toml));
    if let Err(error) = written {
        let _ = fs::remove_dir_all(&dir);
        let _ = fs::remove_file(&staged_manifest);
        return Err(NewLocaleError::Io { path: pack_toml, source: error });
    }
    Ok(Scaffold {
        files: scaffolds.iter().map(|(name, _)| dir.join(name)).collect(),
        dir,
        reference_locale: reference.clone(),
        messages,
    })
}

/// Accepts a tag only in its canonical spelling, because it is also the folder name and what the
/// app matches a device's language against.
fn check_tag(tag: &str) -> Result<(), NewLocaleError> {
    let invalid = |suggestion| NewLocaleError::InvalidTag { tag: tag.to_owned(), suggestion };
    let parsed: unic_langid::LanguageIdentifier = tag.parse().map_err(|_| invalid(None))?;
    if parsed.language.is_empty() {
        return Err(invalid(None));
    }
    let canonical = parsed.to_string();
    if canonical != tag {
        return Err(invalid(Some(canonical)));
    }
    Ok(())
}

fn is_message_start(line: &str) -> bool {
    line.split_once('=').is_some_and(|(id, _)| {
        let id = id.trim_end();
        id.starts_with(|c: char| c.is_ascii_alphabetic())
            && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    })
}

/// A scaffold file: an explanation, then the reference file with every line commented out.
fn scaffold(reference_text: &str, name: &str, request: &NewLocale, reference: &str) -> String {
    let mut text = format!(
        "# {name}.ftl in {endonym} ({locale}): a translation scaffold made by `haven-pack new-locale`.\n\
         #\n\
         # Below is the `{reference}` text of every message, as comments. To translate a message, copy\n\
         # its lines without the \"# \" in front. Keep the id before \"=\", the block names (.p1, .list1,\n\
         # .important, .action) and everything inside {{ }} exactly as they are, and translate the\n\
         # words. Keep four spaces in front of every line after the first.\n\
         # Until a message is translated, readers see it in `{reference}`, marked as not translated.\n\n",
        endonym = request.endonym.trim(),
        locale = request.locale,
    );
    for line in reference_text.lines() {
        if line.trim().is_empty() {
            text.push('\n');
        } else {
            text.push_str("# ");
            text.push_str(line);
            text.push('\n');
        }
    }
    text
}

/// `pack.toml` with a `[[locales]]` entry for the new locale after the last one (or at the end),
/// leaving every other line, comment and blank line as it was. A pack that lists its locales as an
/// array of inline tables gets one more there.
///
/// Fails when `pack.toml` is not TOML, or `locales` is something else than a list of tables.
fn with_locale(manifest: &str, request: &NewLocale) -> Result<String, String> {
    let mut document: DocumentMut =
        manifest.parse().map_err(|e: toml_edit::TomlError| e.message().to_owned())?;
    let direction = match request.direction {
        Direction::Ltr => "ltr",
        Direction::Rtl => "rtl",
    };
    let mut entry = Table::new();
    entry["code"] = value(&request.locale);
    entry["endonym"] = value(request.endonym.trim());
    entry["direction"] = value(direction);
    entry["review"] = value("not-translated");
    entry["review_note"] = value("Started with haven-pack new-locale: not translated yet.");
    match document.get_mut("locales") {
        None => {
            let mut locales = ArrayOfTables::new();
            locales.push(entry);
            document.insert("locales", Item::ArrayOfTables(locales));
        }
        Some(Item::ArrayOfTables(locales)) => locales.push(entry),
        Some(Item::Value(Value::Array(locales)))
            if locales.iter().all(|locale| locale.is_inline_table()) =>
        {
            // On a line of its own, indented as the entry before it, when the list spans lines.
            let prefix = locales.iter().last().and_then(|last| last.decor().prefix()?.as_str());
            let prefix = prefix
                .and_then(|prefix| Some(format!("\n{}", prefix.rsplit_once('\n')?.1)))
                .unwrap_or_else(|| " ".to_owned());
            let mut entry = Value::InlineTable(entry.into_inline_table());
            entry.decor_mut().set_prefix(prefix);
            locales.push_formatted(entry);
        }
        Some(_) => return Err("`locales` is not a list of tables".to_owned()),
    }
    let text = document.to_string();
    // toml_edit ends the lines it writes with `\n`; a file written on Windows keeps `\r\n`.
    Ok(if manifest.contains("\r\n") {
        text.replace("\r\n", "\n").replace('\n', "\r\n")
    } else {
        text
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(locale: &str) -> NewLocale {
        NewLocale {
            content_dir: PathBuf::new(),
            locale: locale.into(),
            endonym: "Deutsch".into(),
            direction: Direction::Ltr,
        }
    }

    #[test]
    fn the_entry_goes_after_the_last_locale_and_keeps_comments_where_they_were() {
        let manifest = "# Pack.\nid = \"x\"\n\n[[locales]]\ncode = \"en\" # English\nreview = \"original\"\n\n# The articles.\n[[articles]]\nid = \"a\"\n";
        let edited = with_locale(manifest, &request("de")).unwrap();
        assert_eq!(
            edited,
            "# Pack.\nid = \"x\"\n\n[[locales]]\ncode = \"en\" # English\nreview = \"original\"\n\n[[locales]]\ncode = \"de\"\nendonym = \"Deutsch\"\ndirection = \"ltr\"\nreview = \"not-translated\"\nreview_note = \"Started with haven-pack new-locale: not translated yet.\"\n\n# The articles.\n[[articles]]\nid = \"a\"\n"
        );
    }

    #[test]
    fn tags_must_be_valid_and_canonical() {
        assert!(check_tag("de").is_ok());
        assert!(check_tag("zh-Hans").is_ok());
        assert!(matches!(
            check_tag("klingon!"),
            Err(NewLocaleError::InvalidTag { suggestion: None, .. })
        ));
        match check_tag("pt_br") {
            Err(NewLocaleError::InvalidTag { suggestion: Some(s), .. }) => assert_eq!(s, "pt-BR"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn an_endonym_with_quotes_is_escaped() {
        let mut odd = request("de");
        odd.endonym = "Deutsch \"neu\"".into();
        let edited = with_locale("[[locales]]\ncode = \"en\"\n", &odd).unwrap();
        let parsed: toml::Table = toml::from_str(&edited).unwrap();
        let locales = parsed["locales"].as_array().unwrap();
        assert_eq!(locales[1]["endonym"].as_str(), Some("Deutsch \"neu\""), "{edited}");
    }

    #[test]
    fn a_file_with_windows_line_ends_keeps_them() {
        let manifest = "id = \"x\"\r\n\r\n[[locales]]\r\ncode = \"en\" # English\r\n\r\n# Articles\r\n[[articles]]\r\nid = \"a\"\r\n";
        let edited = with_locale(manifest, &request("de")).unwrap();
        assert!(!edited.replace("\r\n", "").contains('\n'), "{edited:?}");
        assert!(edited.starts_with("id = \"x\"\r\n\r\n[[locales]]\r\ncode = \"en\" # English\r\n\r\n[[locales]]\r\ncode = \"de\"\r\n"), "{edited:?}");
        assert!(
            edited.ends_with("\r\n\r\n# Articles\r\n[[articles]]\r\nid = \"a\"\r\n"),
            "{edited:?}"
        );
    }

    #[test]
    fn locales_listed_as_inline_tables_get_one_more() {
        let manifest = "id = \"x\"\nlocales = [\n  { code = \"en\" }, # English\n  { code = \"da\" },\n]\n# The end.\n";
        let edited = with_locale(manifest, &request("de")).unwrap();
        assert!(
            edited.starts_with("id = \"x\"\nlocales = [\n  { code = \"en\" }, # English\n  { code = \"da\" },\n  { code = \"de\", endonym = \"Deutsch\", "),
            "{edited}"
        );
        assert!(edited.ends_with(" },\n]\n# The end.\n"), "{edited}");
        let one_line = with_locale("locales = [{ code = \"en\" }]\n", &request("de")).unwrap();
        assert!(
            one_line.starts_with("locales = [{ code = \"en\" }, { code = \"de\", "),
            "{one_line}"
        );
        for edited in [edited, one_line] {
            let parsed: toml::Table = toml::from_str(&edited).unwrap();
            let locales = parsed["locales"].as_array().unwrap();
            assert_eq!(locales.last().unwrap()["review"].as_str(), Some("not-translated"));
        }
        assert!(with_locale("locales = 3\n", &request("de")).is_err());
    }
}
