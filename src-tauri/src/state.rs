//! The app's state: the library in use, the interface strings and the reader's settings.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use haven_core::l10n::InterfaceStrings;
use haven_core::settings::{Settings, SettingsStore, TEXT_SIZES};
use haven_core::{Library, PackSource};

use crate::error::Result;
use crate::models::{LocaleState, PackSummary, StartState};

pub struct HavenState {
    library: Library,
    interface: InterfaceStrings,
    settings_store: SettingsStore,
    settings: Mutex<Settings>,
    device_locales: Vec<String>,
    refused: Vec<String>,
}

/// Opens the pack to show: a folder when one is given (an NGO's preview), else the embedded pack.
///
/// A folder with any problem is refused whole, and the embedded pack is used instead: a reader must
/// never see half-broken guidance. The problems are returned so the app can say what it refused.
pub fn open_library(pack_dir: Option<&Path>) -> (Library, Vec<String>) {
    let Some(dir) = pack_dir else { return (Library::embedded(), Vec::new()) };
    let problems = match Library::open(PackSource::Directory(dir.to_path_buf())) {
        Ok(library) => {
            let problems = library.check_all_locales();
            if problems.is_empty() {
                return (library, Vec::new());
            }
            problems
        }
        Err(error) => vec![error],
    };
    let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
    for problem in &problems {
        tracing::error!(pack = %dir.display(), "refused: {problem}");
    }
    (Library::embedded(), problems)
}

impl HavenState {
    pub fn new(
        library: Library,
        refused: Vec<String>,
        data_dir: &Path,
        device_locales: Vec<String>,
    ) -> HavenState {
        let settings_store = SettingsStore::in_dir(data_dir);
        let settings = settings_store.load();
        HavenState {
            interface: InterfaceStrings::embedded(library.reference_locale()),
            library,
            settings_store,
            settings: Mutex::new(settings),
            device_locales,
            refused,
        }
    }

    pub fn library(&self) -> &Library {
        &self.library
    }

    /// The reader's chosen locale if the pack has it, else the best match for the device.
    fn current_locale(&self, settings: &Settings) -> (String, bool) {
        match &settings.locale {
            Some(chosen) if self.library.locales().iter().any(|l| &l.code == chosen) => {
                (chosen.clone(), false)
            }
            _ => (self.library.negotiate(&self.device_locales), true),
        }
    }

    pub fn strings(&self, locale: &str) -> BTreeMap<String, String> {
        let info = self.library.info();
        let mut args = haven_core::l10n::FluentArgs::new();
        args.set("version", info.version.to_string());
        args.set("published", info.published.as_str());
        args.set("publisher", info.publisher.as_str());
        self.interface.strings(locale, &args)
    }

    pub fn start(&self) -> StartState {
        let settings = self.settings.lock().expect("not poisoned").clone();
        let (locale, needs_language_choice) = self.current_locale(&settings);
        let info = self.library.info();
        StartState {
            strings: self.strings(&locale),
            locale,
            needs_language_choice,
            locales: self.library.locales().to_vec(),
            text_size: settings.text_size,
            text_sizes: TEXT_SIZES.to_vec(),
            pack: PackSummary {
                id: info.id.clone(),
                version: info.version,
                publisher: info.publisher.clone(),
                published: info.published.clone(),
                source: match self.library.source() {
                    PackSource::Embedded => "embedded".into(),
                    PackSource::Directory(dir) => dir.display().to_string(),
                },
            },
            refused: self.refused.clone(),
        }
    }

    /// Switches to a locale and remembers the choice.
    ///
    /// Fails when the pack has no such locale or the settings cannot be saved.
    pub fn choose_locale(&self, locale: &str) -> Result<LocaleState> {
        self.library.topics(locale)?;
        self.update_settings(|s| s.locale = Some(locale.to_owned()))?;
        Ok(LocaleState { locale: locale.to_owned(), strings: self.strings(locale) })
    }

    /// Fails when the size is not offered or the settings cannot be saved.
    pub fn set_text_size(&self, size: u16) -> Result<()> {
        self.update_settings(|s| s.text_size = size)
    }

    /// Deletes the saved settings; the next start is a first start.
    pub fn forget_settings(&self) -> Result<()> {
        self.settings_store.forget()?;
        *self.settings.lock().expect("not poisoned") = Settings::default();
        Ok(())
    }

    fn update_settings(&self, change: impl FnOnce(&mut Settings)) -> Result<()> {
        let mut settings = self.settings.lock().expect("not poisoned");
        let mut changed = settings.clone();
        change(&mut changed);
        self.settings_store.save(&changed)?;
        *settings = changed;
        Ok(())
    }
}

/// What the command line can set. The app takes no other flags, so anything else is an error that
/// names the flag.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AppArgs {
    /// `--pack DIR`: show a pack folder instead of the embedded pack (an NGO's preview).
    pub pack_dir: Option<PathBuf>,
    /// `--data-dir DIR`: keep the reader's settings here instead of the app's data folder.
    pub data_dir: Option<PathBuf>,
}

impl AppArgs {
    /// Parses the arguments after the program name.
    ///
    /// Fails on an unknown flag or a flag without its value.
    pub fn parse(args: impl IntoIterator<Item = String>) -> std::result::Result<AppArgs, String> {
        let mut parsed = AppArgs::default();
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            let (flag, inline_value) = match arg.split_once('=') {
                Some((flag, value)) => (flag.to_owned(), Some(value.to_owned())),
                None => (arg.clone(), None),
            };
            let slot = match flag.as_str() {
                "--pack" => &mut parsed.pack_dir,
                "--data-dir" => &mut parsed.data_dir,
                _ => return Err(format!("unknown argument `{arg}`; Haven takes --pack DIR and --data-dir DIR")),
            };
            let value = inline_value
                .or_else(|| args.next())
                .ok_or_else(|| format!("{flag} needs a folder after it"))?;
            *slot = Some(PathBuf::from(value));
        }
        Ok(parsed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> std::result::Result<AppArgs, String> {
        AppArgs::parse(args.iter().map(|a| a.to_string()))
    }

    #[test]
    fn flags_take_a_folder_with_or_without_equals() {
        let args = parse(&["--pack", "my-pack", "--data-dir=/tmp/x"]).unwrap();
        assert_eq!(args.pack_dir, Some(PathBuf::from("my-pack")));
        assert_eq!(args.data_dir, Some(PathBuf::from("/tmp/x")));
    }

    #[test]
    fn a_wrong_flag_is_named() {
        assert!(parse(&["--pakc", "x"]).unwrap_err().contains("`--pakc`"));
        assert!(parse(&["--pack"]).unwrap_err().contains("--pack needs a folder"));
    }
}
