//! The app's state: the library in use, the interface strings and the reader's settings.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};

use crate::discreet::DiscreetCode;
use crate::freshness::{CheckLog, CheckRecord};
use crate::settings::{Settings, SettingsStore, TEXT_SIZES};
use haven_format::ServiceKind;
use haven_library::InterfaceStrings;
use haven_library::{DirectoryFilter, Library, LookupError, PackSource};

use haven_sync::{OptionalGroup, Store, SyncProgress, SyncStatus};

use crate::error::{Error, Result};
use crate::models::{
    Freshness, HomeScreen, InformationStatus, LocaleState, PackSummary, PreviewReport,
    SelfCheckTile, StartState, UpdateResult, UpdateStatus,
};
use crate::updates::UpdateSource;
use crate::voices::{group_name, KnownGroups, VoiceOffer, VoiceState};

/// The folder, inside the app's data folder, where synced packs are kept.
const STORE_DIR: &str = "packs";

/// The pack in use, with the expiry of the signed manifest it was installed from (`None` for the
/// embedded pack and previews, which were not downloaded).
#[derive(Clone)]
pub struct PackInUse {
    pub library: Arc<Library>,
    pub expires: Option<u64>,
    /// The optional groups (voices) of the signed manifest it was installed from, with their sizes
    /// and which are installed; `None` for the embedded pack and previews.
    pub optional_groups: Option<Vec<OptionalGroup>>,
}

impl From<Arc<Library>> for PackInUse {
    fn from(library: Arc<Library>) -> PackInUse {
        PackInUse { library, expires: None, optional_groups: None }
    }
}

/// The time now, in Unix seconds; tests set their own.
pub type Clock = Arc<dyn Fn() -> u64 + Send + Sync>;

pub struct HavenState {
    /// Swapped whole when a sync installs a newer pack; readers keep the one they started with.
    in_use: RwLock<PackInUse>,
    interface: InterfaceStrings,
    settings_store: SettingsStore,
    settings: Mutex<Settings>,
    /// Wrong codes typed on the cover since the last right one; also makes attempts wait in turn.
    failed_unlocks: Mutex<u32>,
    device_locales: Vec<String>,
    preview: PreviewReport,
    data_dir: PathBuf,
    update_source: Option<UpdateSource>,
    /// The optional groups the server offered when the reader last looked for a voice, with the
    /// version offered: the sizes to show before a download, when the pack in use has no manifest.
    offered_groups: Mutex<Option<(u64, Vec<OptionalGroup>)>>,
    /// When checks for updates last succeeded and since when they fail.
    check_log: CheckLog,
    clock: Clock,
}

/// How long a code typed on the cover waits before it is checked, after `failures` wrong ones: nothing
/// for the first three (a reader who mistypes notices nothing), then 1, 2, 4 ... seconds, at most 30.
/// Every code of 6 digits would then take about a year to try.
pub fn unlock_delay(failures: u32) -> std::time::Duration {
    const FREE_ATTEMPTS: u32 = 3;
    let seconds = match failures.checked_sub(FREE_ATTEMPTS) {
        None => 0,
        Some(extra) => 1u64.checked_shl(extra).unwrap_or(u64::MAX).min(30),
    };
    std::time::Duration::from_secs(seconds)
}

/// Opens the pack to show: a folder when one is given (an NGO's preview), else the newest verified
/// synced pack, else the embedded pack.
///
/// A folder with any problem is refused whole, and the embedded pack is used instead: a reader must
/// never see half-broken guidance. The problems are returned so the app can say what it refused.
pub fn choose_library(
    pack_dir: Option<&Path>,
    data_dir: &Path,
    update_source: Option<&UpdateSource>,
) -> (PackInUse, PreviewReport) {
    if pack_dir.is_none() {
        let synced = update_source.and_then(|source| {
            let store = Store::open(data_dir.join(STORE_DIR)).ok()?;
            source.installed_pack(&store)
        });
        let pack = synced.unwrap_or_else(|| crate::embedded::default_library().into());
        return (pack, PreviewReport::default());
    }
    let (library, preview) = open_library(pack_dir);
    (library.into(), preview)
}

/// Opens a pack folder, or the embedded pack when none is given; see [`choose_library`].
///
/// The folder is checked first, as `haven-pack build` would ([`crate::preview`]). A build without
/// the `preview` feature (the phone build) carries no lint and refuses every folder.
pub fn open_library(pack_dir: Option<&Path>) -> (Arc<Library>, PreviewReport) {
    let Some(dir) = pack_dir else {
        return (crate::embedded::default_library(), PreviewReport::default());
    };
    #[cfg(all(feature = "preview", desktop))]
    {
        crate::preview::open(dir)
    }
    #[cfg(not(all(feature = "preview", desktop)))]
    {
        let refused = format!(
            "{}: this build of Haven does not preview packs; preview with a desktop build that has the `preview` feature",
            dir.display()
        );
        eprintln!("haven: {refused}");
        (
            crate::embedded::default_library(),
            PreviewReport { refused: vec![refused], warnings: Vec::new() },
        )
    }
}

impl HavenState {
    pub fn new(
        pack: impl Into<PackInUse>,
        preview: PreviewReport,
        data_dir: &Path,
        device_locales: Vec<String>,
    ) -> HavenState {
        let pack = pack.into();
        let settings_store = SettingsStore::in_dir(data_dir);
        let settings = settings_store.load();
        HavenState {
            data_dir: data_dir.to_path_buf(),
            update_source: None,
            offered_groups: Mutex::new(None),
            interface: InterfaceStrings::new(
                crate::embedded::interface_strings(),
                pack.library.reference_locale(),
            ),
            in_use: RwLock::new(pack),
            check_log: CheckLog::in_dir(data_dir),
            clock: Arc::new(crate::freshness::system_now),
            settings_store,
            settings: Mutex::new(settings),
            failed_unlocks: Mutex::new(0),
            device_locales,
            preview,
        }
    }

    /// Lets the app check this source for updated information.
    pub fn with_update_source(mut self, source: Option<UpdateSource>) -> HavenState {
        self.update_source = source;
        self
    }

    /// Reads the time from `clock` instead of the system's (tests of what the reader is told as
    /// time passes).
    pub fn with_clock(mut self, clock: Clock) -> HavenState {
        self.clock = clock;
        self
    }

    /// The pack in use.
    /// The interface strings, for what is spoken from them (the emergency action).
    pub fn interface(&self) -> &InterfaceStrings {
        &self.interface
    }

    pub fn library(&self) -> Arc<Library> {
        self.in_use.read().expect("not poisoned").library.clone()
    }

    /// Puts a newer pack in use, for every screen drawn from now on.
    fn replace_pack(&self, pack: PackInUse) {
        *self.in_use.write().expect("not poisoned") = pack;
    }

    /// Whether the reader should be told the information may be out of date.
    pub fn freshness(&self) -> Freshness {
        let pack = self.in_use.read().expect("not poisoned").clone();
        let record = match self.update_source {
            Some(_) => self.check_log.load(),
            None => CheckRecord::default(),
        };
        crate::freshness::assess(
            &pack.library.info().published,
            pack.expires,
            record,
            (self.clock)(),
        )
    }

    fn record_check(&self, succeeded: bool) {
        let record = self.check_log.load().after_check(succeeded, (self.clock)());
        self.check_log.save(record);
    }

    pub fn settings(&self) -> Settings {
        self.settings.lock().expect("not poisoned").clone()
    }

    /// The reader's chosen locale if the pack has it, else the best match for the device.
    fn current_locale(&self, settings: &Settings) -> (String, bool) {
        let library = self.library();
        match &settings.locale {
            Some(chosen) if library.locales().iter().any(|l| &l.code == chosen) => {
                (chosen.clone(), false)
            }
            _ => (library.negotiate(&self.device_locales), true),
        }
    }

    pub fn strings(&self, locale: &str) -> BTreeMap<String, String> {
        let library = self.library();
        let info = library.info();
        let mut args = haven_library::FluentArgs::new();
        args.set("version", info.version.to_string());
        args.set("published", info.published.as_str());
        args.set("publisher", info.publisher.as_str());
        self.interface.strings(locale, &args)
    }

    pub fn start(&self) -> StartState {
        let settings = self.settings.lock().expect("not poisoned").clone();
        let (locale, needs_language_choice) = self.current_locale(&settings);
        let library = self.library();
        let info = library.info();
        StartState {
            strings: self.strings(&locale),
            needs_language_choice,
            locales: library.locales().to_vec(),
            text_size: settings.text_size,
            text_sizes: TEXT_SIZES.to_vec(),
            pack: PackSummary {
                id: info.id.clone(),
                version: info.version,
                publisher: info.publisher.clone(),
                published: info.published.clone(),
                source: match library.source() {
                    PackSource::Bundled(_) => "embedded".into(),
                    PackSource::Directory(dir) => dir.display().to_string(),
                },
            },
            refused: self.preview.refused.clone(),
            preview_warnings: self.preview.warnings.clone(),
            discreet: settings.starts_on_cover(),
            freshness: self.freshness(),
            home: if needs_language_choice || settings.starts_on_cover() {
                None
            } else {
                // Should it fail, the interface asks `home` itself and shows that error.
                self.home_screen(&library, &locale).ok()
            },
            locale,
        }
    }

    /// The home screen's content in `locale` ([`HomeScreen`]).
    pub fn home(&self, locale: &str) -> Result<HomeScreen> {
        self.home_screen(&self.library(), locale)
    }

    fn home_screen(&self, library: &Library, locale: &str) -> Result<HomeScreen> {
        let emergency = DirectoryFilter { kind: Some(ServiceKind::Emergency), language: None };
        let self_check = match library.self_check(locale) {
            Ok(check) => Some(SelfCheckTile { title: check.title, summary: check.summary }),
            Err(LookupError::NoSelfCheck) => None, // a pack need not have one
            Err(error) => return Err(error.into()),
        };
        Ok(HomeScreen {
            locale: locale.to_owned(),
            topics: library.topics(locale)?,
            emergency_services: library.directory(locale, &emergency)?,
            self_check,
            emergency_clip: library.emergency_clip(locale, &self.interface),
        })
    }

    /// The window's title: a calculator's name, in the reader's language, when the app starts on the
    /// cover; else the app's name.
    pub fn window_title(&self) -> String {
        let settings = self.settings();
        let (locale, _) = self.current_locale(&settings);
        let message = if settings.starts_on_cover() { "calculator" } else { "app-name" };
        self.strings(&locale).remove(message).unwrap_or_else(|| "Calculator".into())
    }

    /// Switches to a locale and remembers the choice.
    ///
    /// Fails when the pack has no such locale or the settings cannot be saved.
    pub fn choose_locale(&self, locale: &str) -> Result<LocaleState> {
        self.library().topics(locale)?;
        self.update_settings(|s| s.locale = Some(locale.to_owned()))?;
        Ok(LocaleState { locale: locale.to_owned(), strings: self.strings(locale) })
    }

    /// Fails when the size is not offered or the settings cannot be saved.
    pub fn set_text_size(&self, size: u16) -> Result<()> {
        self.update_settings(|s| s.text_size = size)
    }

    /// Deletes the saved settings and the record of update checks; the next start is a first start.
    /// The information itself stays (the embedded pack, and any update downloaded and checked).
    pub fn forget_settings(&self) -> Result<()> {
        self.settings_store.forget()?;
        self.check_log.forget()?;
        *self.settings.lock().expect("not poisoned") = Settings::default();
        Ok(())
    }

    /// Which information is in use, and whether it can be updated.
    pub fn information_status(&self) -> InformationStatus {
        let library = self.library();
        let info = library.info();
        InformationStatus {
            version: info.version,
            published: info.published.clone(),
            publisher: info.publisher.clone(),
            source: match library.source() {
                PackSource::Bundled(_) => "embedded".into(),
                PackSource::Directory(dir) if dir.starts_with(self.data_dir.join(STORE_DIR)) => {
                    "synced".into()
                }
                PackSource::Directory(dir) => dir.display().to_string(),
            },
            update_url_configured: self.update_source.is_some(),
            automatic_checks: self.settings().automatic_checks,
            freshness: self.freshness(),
        }
    }

    /// Whether `library` is a preview of a folder (`haven --pack DIR`), which is never updated.
    fn is_preview(&self, library: &Library) -> bool {
        matches!(library.source(), PackSource::Directory(dir) if !dir.starts_with(self.data_dir.join(STORE_DIR)))
    }

    /// What the app offers for the voice of `locale`, from what it knows now (no network).
    pub fn voice_offer(&self, locale: &str) -> Result<VoiceOffer> {
        let pack = self.in_use.read().expect("not poisoned").clone();
        pack.library.topics(locale)?;
        let looked_up = self.offered_groups.lock().expect("not poisoned").clone();
        let can_download = self.update_source.is_some() && !self.is_preview(&pack.library);
        let known = KnownGroups {
            in_use_version: pack.library.info().version,
            in_use: pack.optional_groups.as_deref(),
            looked_up: looked_up.as_ref(),
        };
        Ok(crate::voices::offer(&pack.library, locale, can_download, known))
    }

    /// Asks the update source which voices the version it offers has, and their sizes; downloads
    /// nothing large and installs nothing.
    ///
    /// Fails when the server cannot be reached or what it offers is refused.
    pub async fn look_for_voice(&self, locale: &str) -> Result<VoiceOffer> {
        let (source, store) = self.voice_source(locale)?;
        let offered = haven_sync::offered_groups(&source.config(&self.library()), &store).await?;
        *self.offered_groups.lock().expect("not poisoned") = Some(offered);
        self.voice_offer(locale)
    }

    /// Downloads the voice of `locale` through the signed sync, checks it, and puts it in use (with
    /// the newest information, when the server has a newer version).
    ///
    /// Fails, with nothing changed, when the server cannot be reached or anything it sends is
    /// refused: the voice then stays unavailable.
    pub async fn download_voice(
        &self,
        locale: &str,
        progress: &(dyn Fn(SyncProgress) + Send + Sync),
    ) -> Result<VoiceOffer> {
        let (source, store) = self.voice_source(locale)?;
        let config = source.config(&self.library());
        haven_sync::fetch_group(&config, &store, &group_name(locale), Some(progress)).await?;
        self.reopen_installed(source, &store)?;
        self.voice_offer(locale)
    }

    /// Removes the downloaded voice of `locale`, freeing its space.
    ///
    /// Fails when the voice cannot be removed whole; it then stays whole.
    pub async fn remove_voice(&self, locale: &str) -> Result<VoiceOffer> {
        let (source, store) = self.voice_source(locale)?;
        haven_sync::remove_group(&store, &group_name(locale)).await?;
        self.reopen_installed(source, &store)?;
        self.voice_offer(locale)
    }

    /// The source and store to download the voice of `locale` with. Fails when the locale is not in
    /// the pack, or this copy cannot download.
    fn voice_source(&self, locale: &str) -> Result<(&UpdateSource, Store)> {
        if self.voice_offer(locale)?.state == VoiceState::Unavailable {
            return Err(Error::NoUpdateSource);
        }
        let source = self.update_source.as_ref().ok_or(Error::NoUpdateSource)?;
        Ok((source, Store::open(self.data_dir.join(STORE_DIR))?))
    }

    /// Puts the store's pack in use again, after its voices changed.
    fn reopen_installed(&self, source: &UpdateSource, store: &Store) -> Result<()> {
        let pack = source.installed_pack(store).ok_or(Error::Unopenable)?;
        self.replace_pack(pack);
        Ok(())
    }

    /// Checks the update source once, and puts a newer verified pack in use. Anything that goes
    /// wrong leaves the pack in use as it was, and is said in plain words.
    pub async fn check_for_updates(
        &self,
        progress: &(dyn Fn(SyncProgress) + Send + Sync),
    ) -> UpdateResult {
        let in_use = self.library();
        let result = |status, message: String| {
            let library = self.library();
            UpdateResult {
                status,
                version: library.info().version,
                published: library.info().published.clone(),
                message,
                reason: None,
            }
        };
        let refused = |reason: &str, message: String| UpdateResult {
            reason: Some(reason.to_owned()),
            ..result(UpdateStatus::Refused, message)
        };
        let Some(source) = &self.update_source else {
            return result(
                UpdateStatus::Unavailable,
                "This build has no source of updates.".into(),
            );
        };
        if self.is_preview(&in_use) {
            return result(
                UpdateStatus::Unavailable,
                "A preview pack is shown; it is not updated.".into(),
            );
        }
        let store = match Store::open(self.data_dir.join(STORE_DIR)) {
            Ok(store) => store,
            Err(error) => return refused(error.kind(), error.to_string()),
        };
        let checked = source.check(&store, &in_use, progress).await;
        self.record_check(checked.is_ok());
        match checked {
            Ok((SyncStatus::Updated, _)) => match source.installed_pack(&store) {
                Some(pack) => {
                    self.replace_pack(pack);
                    result(UpdateStatus::Updated, "The newest information is now in use.".into())
                }
                None => refused("unopenable", "The new information could not be opened.".into()),
            },
            Ok((SyncStatus::Unchanged, _)) => {
                result(UpdateStatus::Unchanged, "You already have the newest information.".into())
            }
            Err(error) => refused(error.kind(), error.to_string()),
        }
    }

    /// Turns discreet mode on with a new code, or off with `None`. Only a salted hash of the code
    /// is saved.
    ///
    /// Fails when the code is not 6 to 12 digits or the settings cannot be saved.
    pub fn set_discreet_code(&self, code: Option<&str>) -> Result<()> {
        let discreet = code.map(DiscreetCode::try_new).transpose()?;
        self.update_settings(|s| {
            s.discreet = discreet;
            s.discreet_unreadable = false;
        })
    }

    /// Whether `code` opens the guidance behind the cover screen; never when discreet mode is off.
    ///
    /// After a few wrong codes each attempt is answered more slowly ([`unlock_delay`]), one attempt
    /// at a time, so trying every code takes days; the cover's calculator keeps working meanwhile
    /// (this runs off the interface's thread) and nothing on screen shows it.
    pub fn unlock(&self, code: &str) -> bool {
        let mut failures = self.failed_unlocks.lock().expect("not poisoned");
        std::thread::sleep(unlock_delay(*failures));
        let settings = self.settings();
        let opened = match &settings.discreet {
            Some(discreet) => discreet.matches(code),
            // The code could not be read: the reader's own code opens, whatever it is.
            None => settings.discreet_unreadable && crate::discreet::is_valid_code(code),
        };
        *failures = if opened { 0 } else { failures.saturating_add(1) };
        opened
    }

    /// Fails when the settings cannot be saved.
    pub fn set_automatic_checks(&self, enabled: bool) -> Result<()> {
        self.update_settings(|s| s.automatic_checks = enabled)
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
    /// Parses the arguments after the program name, with `lexopt`: `--pack DIR` or `--pack=DIR`,
    /// and the same for `--data-dir`. A folder's name need not be valid UTF-8.
    ///
    /// Fails on an unknown flag or argument, or a flag without its value.
    pub fn parse<I>(args: I) -> std::result::Result<AppArgs, String>
    where
        I: IntoIterator,
        I::Item: Into<std::ffi::OsString>,
    {
        use lexopt::Arg;
        let unknown = |arg: &dyn std::fmt::Display| {
            format!("unknown argument `{arg}`; Haven takes --pack DIR and --data-dir DIR")
        };
        let mut parsed = AppArgs::default();
        let mut parser = lexopt::Parser::from_args(args);
        while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
            let (slot, flag) = match arg {
                Arg::Long("pack") => (&mut parsed.pack_dir, "--pack"),
                Arg::Long("data-dir") => (&mut parsed.data_dir, "--data-dir"),
                Arg::Long(other) => return Err(unknown(&format_args!("--{other}"))),
                Arg::Short(other) => return Err(unknown(&format_args!("-{other}"))),
                Arg::Value(other) => return Err(unknown(&other.to_string_lossy())),
            };
            let value = parser.value().map_err(|_| format!("{flag} needs a folder after it"))?;
            *slot = Some(PathBuf::from(value));
        }
        Ok(parsed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrong_codes_wait_longer_after_the_first_few_and_trying_every_code_takes_months() {
        use std::time::Duration;
        assert_eq!(unlock_delay(0), Duration::ZERO);
        assert_eq!(unlock_delay(2), Duration::ZERO, "a reader who mistypes notices nothing");
        assert_eq!(unlock_delay(3), Duration::from_secs(1));
        assert_eq!(unlock_delay(5), Duration::from_secs(4));
        assert_eq!(unlock_delay(40), Duration::from_secs(30));
        assert_eq!(unlock_delay(u32::MAX), Duration::from_secs(30));
        let every_six_digit_code: u64 = (0..1_000_000u32).map(|n| unlock_delay(n).as_secs()).sum();
        assert!(every_six_digit_code > 180 * 24 * 3600, "{every_six_digit_code} s");
    }

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
        assert!(parse(&["--pakc=x"]).unwrap_err().contains("`--pakc`"));
        assert!(parse(&["-p", "x"]).unwrap_err().contains("`-p`"));
        assert!(parse(&["my-pack"]).unwrap_err().contains("`my-pack`"));
        assert!(parse(&["--pack"]).unwrap_err().contains("--pack needs a folder"));
        assert!(parse(&["--data-dir"]).unwrap_err().contains("--data-dir needs a folder"));
    }

    #[cfg(unix)]
    #[test]
    fn a_folder_name_need_not_be_utf8() {
        use std::os::unix::ffi::OsStringExt;
        let folder = std::ffi::OsString::from_vec(b"pack-\xff".to_vec());
        let args = AppArgs::parse([std::ffi::OsString::from("--pack"), folder.clone()]).unwrap();
        assert_eq!(args.pack_dir, Some(PathBuf::from(folder)));
    }
}
