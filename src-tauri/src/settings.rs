//! The reader's settings: the only thing Haven keeps on the device about its reader.
//!
//! No reading, search or navigation history is ever written. The file is replaced atomically, so a
//! crash mid-write leaves the old settings, never a half-written file, and only its owner may read
//! it (0600).
//!
//! Each setting is read on its own, so one damaged or outdated value (a text size a new release no
//! longer offers) costs only that value. Discreet mode fails closed: when the file exists but cannot
//! be read, or its code is damaged, Haven starts on the cover, because a reader who chose the cover
//! must never find the guidance open on a phone someone else picks up.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::discreet::DiscreetCode;

pub const SETTINGS_FILE: &str = "settings.json";

/// Text sizes offered, in percent: four steps up to 200 %.
pub const TEXT_SIZES: [u16; 5] = [100, 125, 150, 175, 200];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Settings {
    /// The locale the reader chose. `None` until they choose; then it wins over the device's.
    pub locale: Option<String>,
    /// Text size in percent, one of [`TEXT_SIZES`].
    pub text_size: u16,
    /// Check for updated information at start-up. Off unless the reader turns it on: Haven makes no
    /// network connection the reader did not ask for.
    pub automatic_checks: bool,
    /// Discreet mode: when set, Haven starts on a cover screen, and the guidance opens only with this
    /// code. Kept only as a salted hash.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discreet: Option<DiscreetCode>,
    /// The settings file said discreet mode was on (or could not be read at all), but its code could
    /// not be read: Haven starts on the cover, and the first code the reader types opens it, after
    /// which they choose a new one. Locking readers out of their own guidance would be worse, and a
    /// casual look at the phone still finds only a calculator. Kept until a new code is chosen.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub discreet_unreadable: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            locale: None,
            text_size: 100,
            automatic_checks: false,
            discreet: None,
            discreet_unreadable: false,
        }
    }
}

impl Settings {
    /// Whether Haven starts on the cover.
    pub fn starts_on_cover(&self) -> bool {
        self.discreet.is_some() || self.discreet_unreadable
    }

    /// Reads each setting of a settings file on its own: a value that is missing, damaged or no
    /// longer offered gives that setting's default, and the others are kept. A file that is not a
    /// JSON object at all, or a damaged code, starts Haven on the cover.
    fn from_json(bytes: &[u8]) -> Settings {
        let defaults = Settings::default();
        let Ok(serde_json::Value::Object(fields)) = serde_json::from_slice(bytes) else {
            return Settings { discreet_unreadable: true, ..defaults };
        };
        let field = |name: &str| fields.get(name).filter(|v| !v.is_null());
        let discreet = field("discreet").map(|v| serde_json::from_value::<DiscreetCode>(v.clone()));
        Settings {
            locale: field("locale").and_then(|v| v.as_str()).map(str::to_owned),
            text_size: field("textSize")
                .and_then(|v| v.as_u64())
                .and_then(|size| TEXT_SIZES.iter().copied().find(|s| u64::from(*s) == size))
                .unwrap_or(defaults.text_size),
            automatic_checks: field("automaticChecks")
                .and_then(|v| v.as_bool())
                .unwrap_or(defaults.automatic_checks),
            discreet_unreadable: matches!(discreet, Some(Err(_)))
                || field("discreetUnreadable").and_then(|v| v.as_bool()).unwrap_or(false),
            discreet: discreet.and_then(Result::ok),
        }
    }
}

/// A problem saving or deleting settings.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("{path}: cannot write settings: {source}")]
    Write { path: PathBuf, source: std::io::Error },
    #[error("text size {0} % is not offered; choose one of 100, 125, 150, 175, 200")]
    TextSize(u16),
}

/// Settings kept in one file in a folder of the app's own.
#[derive(Debug, Clone)]
pub struct SettingsStore {
    path: PathBuf,
}

impl SettingsStore {
    pub fn in_dir(dir: &Path) -> SettingsStore {
        SettingsStore { path: dir.join(SETTINGS_FILE) }
    }

    /// The saved settings, each read on its own ([`Settings`]): the defaults when none are saved,
    /// and the cover when a file is there but cannot be read.
    pub fn load(&self) -> Settings {
        match std::fs::read(&self.path) {
            Ok(bytes) => {
                let settings = Settings::from_json(&bytes);
                if settings.discreet_unreadable {
                    tracing::warn!(path = %self.path.display(), "settings file is damaged; starting on the cover");
                }
                settings
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Settings::default(),
            Err(e) => {
                tracing::warn!(path = %self.path.display(), "settings file cannot be read ({e}); starting on the cover");
                Settings { discreet_unreadable: true, ..Settings::default() }
            }
        }
    }

    /// Saves the settings, replacing the file in one step and syncing it and its folder to disk.
    ///
    /// Fails when the text size is not one of [`TEXT_SIZES`] or the folder cannot be written.
    pub fn save(&self, settings: &Settings) -> Result<(), SettingsError> {
        if !TEXT_SIZES.contains(&settings.text_size) {
            return Err(SettingsError::TextSize(settings.text_size));
        }
        let write_error = |source| SettingsError::Write { path: self.path.clone(), source };
        let dir = self.path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).map_err(write_error)?;
        let json = serde_json::to_vec_pretty(settings).expect("settings always serialize");
        // Syncs the folder too: a discreet-mode code the reader just set must survive a power cut.
        haven_sync::durable::write_atomically_private(&self.path, &json).map_err(write_error)
    }

    /// Deletes the saved settings ("forget my settings").
    ///
    /// Fails when the file exists but cannot be deleted.
    pub fn forget(&self) -> Result<(), SettingsError> {
        forget_file(&self.path)
    }
}

/// Deletes a file the app keeps for the reader; one that is not there is already forgotten.
///
/// Fails when the file exists but cannot be deleted.
pub fn forget_file(path: &Path) -> Result<(), SettingsError> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            Err(SettingsError::Write { path: path.to_path_buf(), source: e })
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_survive_a_restart_and_can_be_forgotten() {
        let dir = tempfile::tempdir().unwrap();
        let store = SettingsStore::in_dir(dir.path());
        assert_eq!(store.load(), Settings::default());
        let chosen = Settings {
            locale: Some("ar".into()),
            text_size: 150,
            automatic_checks: true,
            discreet: Some(DiscreetCode::try_new("258046").unwrap()),
            discreet_unreadable: false,
        };
        store.save(&chosen).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode =
                std::fs::metadata(dir.path().join(SETTINGS_FILE)).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "only the reader's own account may read the settings");
        }
        assert_eq!(SettingsStore::in_dir(dir.path()).load(), chosen);
        store.forget().unwrap();
        assert_eq!(store.load(), Settings::default());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "nothing is left behind");
    }

    #[test]
    fn a_file_that_cannot_be_read_starts_on_the_cover() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(SETTINGS_FILE),
            b"{\"locale\": \"ar\", \"discreet\": {\"salt\"",
        )
        .unwrap();
        let settings = SettingsStore::in_dir(dir.path()).load();
        assert!(settings.starts_on_cover(), "{settings:?}");
        assert!(settings.discreet_unreadable);
    }

    #[test]
    fn a_damaged_code_starts_on_the_cover_and_keeps_the_other_settings() {
        let dir = tempfile::tempdir().unwrap();
        let text = br#"{"locale": "ar", "textSize": 150, "discreet": {"salt": 7}}"#;
        std::fs::write(dir.path().join(SETTINGS_FILE), text).unwrap();
        let store = SettingsStore::in_dir(dir.path());
        let settings = store.load();
        assert!(settings.starts_on_cover() && settings.discreet.is_none(), "{settings:?}");
        assert_eq!((settings.locale.as_deref(), settings.text_size), (Some("ar"), 150));
        // Saving another setting keeps the cover until the reader chooses a new code.
        store.save(&Settings { text_size: 200, ..settings }).unwrap();
        assert!(store.load().starts_on_cover());
    }

    #[test]
    fn a_text_size_no_longer_offered_costs_only_the_text_size() {
        let dir = tempfile::tempdir().unwrap();
        let store = SettingsStore::in_dir(dir.path());
        let code = DiscreetCode::try_new("258046").unwrap();
        store.save(&Settings { discreet: Some(code.clone()), ..Settings::default() }).unwrap();
        let path = dir.path().join(SETTINGS_FILE);
        let mut saved: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        saved["textSize"] = 110.into();
        std::fs::write(&path, saved.to_string()).unwrap();
        let settings = store.load();
        assert_eq!(settings.text_size, 100);
        assert_eq!(settings.discreet, Some(code), "discreet mode stays on");
    }

    #[test]
    fn an_unoffered_text_size_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let error = SettingsStore::in_dir(dir.path())
            .save(&Settings { text_size: 900, ..Settings::default() })
            .unwrap_err();
        assert!(error.to_string().contains("900"));
    }
}
