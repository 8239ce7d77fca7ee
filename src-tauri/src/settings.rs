//! The reader's settings: the only thing Haven keeps on the device about its reader.
//!
//! No reading, search or navigation history is ever written. The file is replaced atomically, so a
//! crash mid-write leaves the old settings, never a half-written file; a damaged file is ignored and
//! the defaults are used.

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
}

impl Default for Settings {
    fn default() -> Self {
        Settings { locale: None, text_size: 100, automatic_checks: false, discreet: None }
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

    /// The saved settings, or the defaults when none are saved or the file is damaged.
    pub fn load(&self) -> Settings {
        match std::fs::read(&self.path) {
            Ok(bytes) => serde_json::from_slice::<Settings>(&bytes)
                .ok()
                .filter(|s| TEXT_SIZES.contains(&s.text_size))
                .unwrap_or_else(|| {
                    tracing::warn!(path = %self.path.display(), "settings file is damaged; using defaults");
                    Settings::default()
                }),
            Err(_) => Settings::default(),
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
        haven_sync::durable::write_atomically(&self.path, &json).map_err(write_error)
    }

    /// Deletes the saved settings ("forget my settings").
    ///
    /// Fails when the file exists but cannot be deleted.
    pub fn forget(&self) -> Result<(), SettingsError> {
        match std::fs::remove_file(&self.path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                Err(SettingsError::Write { path: self.path.clone(), source: e })
            }
            _ => Ok(()),
        }
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
            discreet: Some(DiscreetCode::try_new("2580").unwrap()),
        };
        store.save(&chosen).unwrap();
        assert_eq!(SettingsStore::in_dir(dir.path()).load(), chosen);
        store.forget().unwrap();
        assert_eq!(store.load(), Settings::default());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "nothing is left behind");
    }

    #[test]
    fn a_damaged_file_gives_the_defaults() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(SETTINGS_FILE), b"{\"locale\": 12").unwrap();
        assert_eq!(SettingsStore::in_dir(dir.path()).load(), Settings::default());
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
