//! Where this build looks for updated information, and checking it.
//!
//! The address and the trusted root public keys are compiled in from `updates.toml`: the root keys
//! sign the root documents that name the signing keys, and a pack is only ever accepted when signed
//! by a key the current root names, so neither may come from anywhere a reader or an attacker could
//! change. A stolen signing key is revoked by the NGO through the site (a new root version), with no
//! new build of the app. Debug builds (the test suite) also take `HAVEN_UPDATE_URL` with
//! `HAVEN_TRUSTED_ROOT` (a path to a `root.pub`), or with `HAVEN_TRUSTED_KEY` (a path to a signing
//! `.pub`, trusted directly, for a site with no root), from the environment.

use std::sync::Arc;

use haven_library::Library;
use haven_sync::{
    RootKeys, Store, SyncConfig, SyncError, SyncProgress, SyncStatus, Trust, TrustedKey,
};
use serde::Deserialize;

use crate::state::PackInUse;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct UpdateFile {
    url: String,
    root_keys: Vec<String>,
    #[serde(default = "one")]
    root_threshold: u32,
}

fn one() -> u32 {
    1
}

/// Where updates come from. `None` when this build has no update source.
#[derive(Debug, Clone)]
pub struct UpdateSource {
    pub url: String,
    /// The root keys built in (or, in debug builds, signing keys from the environment).
    pub trust: Trust,
}

impl UpdateSource {
    /// The compiled-in source, or in debug builds the one named by the environment.
    pub fn configured() -> Option<UpdateSource> {
        #[cfg(debug_assertions)]
        if let Ok(url) = std::env::var("HAVEN_UPDATE_URL") {
            let read = |variable| -> Option<TrustedKey> {
                let text = std::fs::read_to_string(std::env::var(variable).ok()?).ok()?;
                TrustedKey::parse(&text).ok()
            };
            if let Some(root) = read("HAVEN_TRUSTED_ROOT") {
                return Some(UpdateSource { url, trust: Trust::Root(RootKeys::single(root)) });
            }
            if let Some(key) = read("HAVEN_TRUSTED_KEY") {
                return Some(UpdateSource { url, trust: Trust::SigningKeys(vec![key]) });
            }
        }
        let file: UpdateFile = toml::from_str(include_str!("../updates.toml"))
            .expect("updates.toml is checked by the tests");
        if file.url.is_empty() {
            return None;
        }
        let keys =
            file.root_keys.iter().map(|k| TrustedKey::parse(k)).collect::<Result<_, _>>().ok()?;
        let trust = Trust::Root(RootKeys { keys, threshold: file.root_threshold });
        Some(UpdateSource { url: file.url, trust })
    }

    /// The newest verified pack in the store, unless the embedded one is newer. The same version as
    /// the embedded pack is in the store only when the reader downloaded a voice for it, so it is
    /// the one to use.
    pub fn installed_pack(&self, store: &Store) -> Option<PackInUse> {
        let installed = store.current_with(&self.trust)?;
        let embedded = crate::embedded::default_library();
        if installed.version < embedded.info().version {
            return None;
        }
        match Library::open(haven_library::PackSource::Directory(installed.dir.clone())) {
            Ok(library) => {
                // The update's voices are optional groups the reader may not have asked for; the
                // ones the app embeds keep speaking where the update's text is the same.
                let library = library.with_voices_of(&embedded);
                Some(PackInUse {
                    library: Arc::new(library),
                    expires: Some(installed.expires),
                    optional_groups: Some(installed.optional_groups()),
                })
            }
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
        let outcome = haven_sync::sync(&self.config(in_use), store, Some(progress)).await?;
        Ok((outcome.status, outcome.version))
    }

    /// How to sync from this source: only the pack in use's id, and nothing older than it.
    pub fn config(&self, in_use: &Library) -> SyncConfig {
        let mut config = SyncConfig::new(self.url.clone(), self.trust.clone());
        config.pack_id = Some(in_use.info().id.clone());
        config.min_version = in_use.info().version;
        config
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_compiled_in_update_file_is_valid() {
        let file: super::UpdateFile = toml::from_str(include_str!("../updates.toml")).unwrap();
        for key in &file.root_keys {
            haven_sync::TrustedKey::parse(key).unwrap();
        }
        assert!(file.root_threshold >= 1);
        if !file.url.is_empty() {
            assert!(file.root_threshold as usize <= file.root_keys.len(), "enough root keys");
        }
    }
}
