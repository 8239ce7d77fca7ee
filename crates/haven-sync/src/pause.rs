//! A hook for crash tests: with `HAVEN_SYNC_PAUSE_AT=<stage>` in the environment, the client prints
//! `haven-sync: paused at <stage>` to stderr and sleeps there, so that a test can kill the process
//! at exactly that point and check that the store is still consistent. It changes nothing else, and
//! without the variable it does nothing. It is compiled only into debug builds (the tests' builds):
//! a release build, on a phone or an NGO's laptop, has no such hook, whatever its environment says.

/// The points at which a sync can be paused, in the order a sync reaches them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PausePoint {
    /// The manifest was downloaded and its signature checked; nothing was written yet.
    ManifestVerified,
    /// The first downloaded blob was verified and written to the store's cache.
    BlobCached,
    /// The new pack is complete and checked in the staging folder.
    Staged,
    /// The new pack was renamed into `packs/`, but the `current` pointer still names the old one.
    Renamed,
    /// The `current` pointer names the new pack; the cache is not yet cleaned up.
    Switched,
    /// An optional group is complete in the staging folder and its list is stored with the pack;
    /// its folder is not yet renamed into the pack.
    GroupStaged,
}

#[cfg(debug_assertions)]
impl PausePoint {
    fn name(self) -> &'static str {
        match self {
            PausePoint::ManifestVerified => "manifest-verified",
            PausePoint::BlobCached => "blob-cached",
            PausePoint::Staged => "staged",
            PausePoint::Renamed => "renamed",
            PausePoint::Switched => "switched",
            PausePoint::GroupStaged => "group-staged",
        }
    }
}

/// Sleeps at `point` when the environment asks for it. The sleep ends on its own after a while, so
/// a forgotten variable slows a sync down but never hangs it.
#[cfg(debug_assertions)]
pub(crate) fn pause_if_requested(point: PausePoint) {
    if std::env::var("HAVEN_SYNC_PAUSE_AT").is_ok_and(|wanted| wanted == point.name()) {
        eprintln!("haven-sync: paused at {}", point.name());
        std::thread::sleep(std::time::Duration::from_secs(120));
    }
}

/// Release builds: no hook.
#[cfg(not(debug_assertions))]
#[inline(always)]
pub(crate) fn pause_if_requested(_point: PausePoint) {}
