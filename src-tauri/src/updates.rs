//! Where this build looks for updated information, and checking it.
//!
//! The address and the trusted signing keys are compiled in from `updates.toml`: a pack is only ever
//! accepted when signed by a key the build trusts, so they must not come from anywhere a reader or
//! an attacker could change. Debug builds (the test suite) also take `HAVEN_UPDATE_URL` and
//! `HAVEN_TRUSTED_KEY` (a path to a `.pub` file) from the environment.

use haven_library::Library;
use haven_sync::{Store, SyncConfig, SyncError, SyncProgress, SyncStatus, TrustedKey};
use serde::Deserialize;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct UpdateFile {
    url: String,
    trusted_keys: Vec<String>,
}

/// Where updates come from. `None` when this build has no update source.
#[derive(Debug, Clone)]
pub struct UpdateSource {
    pub url: String,
    pub trusted_keys: Vec<TrustedKey>,
}

impl UpdateSource {
    /// The compiled-in source, or in debug builds the one named by the environment.
    pub fn configured() -> Option<UpdateSource> {
        #[cfg(debug_assertions)]
        if let (Ok(url), Ok(key_file)) =
            (std::env::var("HAVEN_UPDATE_URL"), std::env::var("HAVEN_TRUSTED_KEY"))
        {
            let key = std::fs::read_to_string(&key_file).ok()?;
            return Some(UpdateSource { url, trusted_keys: vec![TrustedKey::parse(&key).ok()?] });
        }
        let file: UpdateFile = toml::from_str(include_str!("../updates.toml"))
            .expect("updates.toml is checked by the tests");
        if file.url.is_empty() {
            return None;
        }
        let trusted_keys = file
            .trusted_keys
            .iter()
            .map(|k| TrustedKey::parse(k))
            .collect::<Result<_, _>>()
            .ok()?;
        Some(UpdateSource { url: file.url, trusted_keys })
    }

    /// The newest verified pack in the store, if it is newer than the embedded one.
    pub fn installed_library(&self, store: &Store, embedded_version: u64) -> Option<Library> {
        let installed = store.current(&self.trusted_keys)?;
        if installed.version <= embedded_version {
            return None;
        }
        match Library::open(haven_library::PackSource::Directory(installed.dir.clone())) {
            Ok(library) => Some(library),
            Err(error) => {
                tracing::error!("installed pack {} refused: {error}", installed.dir.display());
                None
            }
        }
    }

    /// Fetches and installs a newer pack, if there is one.
    ///
    /// Fails when the server cannot be reached or what it offers is refused; the pack in use stays.
    pub async fn check(
        &self,
        store: &Store,
        in_use: &Library,
        progress: &(dyn Fn(SyncProgress) + Send + Sync),
    ) -> Result<(SyncStatus, u64), SyncError> {
        let mut config = SyncConfig::new(self.url.clone(), self.trusted_keys.clone());
        config.pack_id = Some(in_use.info().id.clone());
        config.min_version = in_use.info().version;
        let outcome = haven_sync::sync(&config, store, Some(progress)).await?;
        Ok((outcome.status, outcome.version))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_compiled_in_update_file_is_valid() {
        let file: super::UpdateFile = toml::from_str(include_str!("../updates.toml")).unwrap();
        for key in &file.trusted_keys {
            haven_sync::TrustedKey::parse(key).unwrap();
        }
    }
}
