//! Whether the reader should be told that the information may be out of date.
//!
//! A phone whose server is frozen, blocked or gone keeps using the pack it has, which is right: old
//! guidance beats none. But it must not look exactly like a phone that is up to date. So the app
//! remembers when checks for updates succeed and fail ([`CheckLog`]), and the home screen says
//! "information last confirmed on <date>" once
//! - the signed manifest of the pack in use has expired and no check has succeeded for
//!   [`STALE_AFTER`], or
//! - every check for [`STALE_AFTER`] or longer has failed.
//!
//! A copy with no update address, or a reader who never checks an embedded pack, is told nothing:
//! there is nothing the app could have confirmed.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::models::Freshness;
use crate::settings::SettingsError;

/// How long checks may fail, or an expired pack go unconfirmed, before the reader is told.
pub const STALE_AFTER: u64 = 14 * DAY;
const DAY: u64 = 24 * 60 * 60;

/// The file, in the app's data folder, that remembers the outcome of checks.
const CHECKS_FILE: &str = "update-checks.json";

/// What the app remembers about its checks for updates: two times, in Unix seconds, and nothing
/// about what was read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct CheckRecord {
    /// The last check that reached the server and verified what it offered.
    pub last_success: Option<u64>,
    /// The first of the checks that have failed since the last success.
    pub failing_since: Option<u64>,
}

impl CheckRecord {
    /// The record after a check at `now` that succeeded (`true`) or failed.
    pub fn after_check(self, succeeded: bool, now: u64) -> CheckRecord {
        if succeeded {
            CheckRecord { last_success: Some(now), failing_since: None }
        } else {
            CheckRecord { failing_since: Some(self.failing_since.unwrap_or(now)), ..self }
        }
    }
}

/// The check record on disk, next to the settings.
#[derive(Debug, Clone)]
pub struct CheckLog {
    path: PathBuf,
}

impl CheckLog {
    pub fn in_dir(dir: &Path) -> CheckLog {
        CheckLog { path: dir.join(CHECKS_FILE) }
    }

    /// The saved record; an empty one when there is none or it cannot be read (a damaged record can
    /// only hide the notice, never the information).
    pub fn load(&self) -> CheckRecord {
        match std::fs::read(&self.path) {
            Ok(bytes) => serde_json::from_slice(&bytes).unwrap_or_else(|error| {
                tracing::warn!(path = %self.path.display(), "check record unreadable ({error}); starting afresh");
                CheckRecord::default()
            }),
            Err(_) => CheckRecord::default(),
        }
    }

    /// Saves the record. A record that cannot be saved is logged, not reported: the check itself
    /// worked or failed on its own, and the reader is told about that.
    pub fn save(&self, record: CheckRecord) {
        let json = serde_json::to_vec(&record).expect("a record always serializes");
        if let Err(error) = haven_sync::durable::write_atomically_private(&self.path, &json) {
            tracing::warn!(path = %self.path.display(), "check record not saved: {error}");
        }
    }

    /// Deletes the record ("forget my settings": the times of checks are a trace of use).
    pub fn forget(&self) -> Result<(), SettingsError> {
        crate::settings::forget_file(&self.path)
    }
}

/// What the reader is told, at `now`, about a pack published on `published` (`YYYY-MM-DD`) whose
/// signed manifest expires at `expires` (`None` for the embedded pack and previews).
pub fn assess(published: &str, expires: Option<u64>, record: CheckRecord, now: u64) -> Freshness {
    let confirmed = match record.last_success {
        // ISO dates compare as text.
        Some(success) => std::cmp::max(published.to_owned(), date_of(success)),
        None => published.to_owned(),
    };
    let unconfirmed_for = |since: u64| now.saturating_sub(since) >= STALE_AFTER;
    let expired = expires.is_some_and(|expires| expires <= now)
        && record.last_success.is_none_or(unconfirmed_for);
    let failing = record.failing_since.is_some_and(unconfirmed_for);
    Freshness { stale: expired || failing, confirmed }
}

/// The UTC date of a Unix time, as `YYYY-MM-DD` (the civil-from-days algorithm of Howard Hinnant's
/// date library, so that the app needs no calendar crate for one date).
pub fn date_of(unix_seconds: u64) -> String {
    let days = (unix_seconds / DAY) as i64 + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 { month_index + 3 } else { month_index - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// The time now, in Unix seconds.
pub fn system_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2026-12-02 00:00 UTC.
    const PUBLISHED_AT: u64 = 1_796_169_600;
    const PUBLISHED: &str = "2026-12-02";

    #[test]
    fn dates_are_utc_calendar_days() {
        assert_eq!(date_of(0), "1970-01-01");
        assert_eq!(date_of(PUBLISHED_AT), PUBLISHED);
        assert_eq!(date_of(PUBLISHED_AT - 1), "2026-12-01");
        assert_eq!(date_of(951_782_400), "2000-02-29");
        assert_eq!(date_of(4_107_542_400), "2100-03-01");
    }

    #[test]
    fn a_pack_within_its_expiry_that_was_never_checked_is_not_called_stale() {
        let fresh = assess(
            PUBLISHED,
            Some(PUBLISHED_AT + 30 * DAY),
            CheckRecord::default(),
            PUBLISHED_AT + DAY,
        );
        assert_eq!(fresh, Freshness { stale: false, confirmed: PUBLISHED.into() });
    }

    #[test]
    fn an_expired_pack_is_stale_until_a_check_confirms_it() {
        let expires = Some(PUBLISHED_AT + 30 * DAY);
        let now = PUBLISHED_AT + 31 * DAY;
        assert!(assess(PUBLISHED, expires, CheckRecord::default(), now).stale);
        // The server answered "nothing newer" two days ago: confirmed on that day.
        let checked = CheckRecord::default().after_check(true, now - 2 * DAY);
        assert_eq!(
            assess(PUBLISHED, expires, checked, now),
            Freshness { stale: false, confirmed: "2026-12-31".into() }
        );
        // ... and stale again once that confirmation is old.
        assert!(assess(PUBLISHED, expires, checked, now + STALE_AFTER).stale);
    }

    #[test]
    fn checks_failing_for_two_weeks_make_even_an_embedded_pack_stale() {
        let first_failure = PUBLISHED_AT + DAY;
        let failing = CheckRecord::default()
            .after_check(true, PUBLISHED_AT + 3600)
            .after_check(false, first_failure)
            .after_check(false, first_failure + 5 * DAY);
        assert_eq!(failing.failing_since, Some(first_failure), "the first failure counts");
        assert!(!assess(PUBLISHED, None, failing, first_failure + STALE_AFTER - 1).stale);
        let stale = assess(PUBLISHED, None, failing, first_failure + STALE_AFTER);
        assert_eq!(stale, Freshness { stale: true, confirmed: PUBLISHED.into() });
        // One success ends it.
        let recovered = failing.after_check(true, first_failure + 20 * DAY);
        assert!(!assess(PUBLISHED, None, recovered, first_failure + 20 * DAY).stale);
    }

    #[test]
    fn the_record_survives_a_restart_and_a_damaged_one_hides_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let log = CheckLog::in_dir(dir.path());
        assert_eq!(log.load(), CheckRecord::default());
        let record = CheckRecord { last_success: Some(5), failing_since: Some(9) };
        log.save(record);
        assert_eq!(CheckLog::in_dir(dir.path()).load(), record);
        std::fs::write(dir.path().join(CHECKS_FILE), b"{not json").unwrap();
        assert_eq!(log.load(), CheckRecord::default());
        log.forget().unwrap();
        assert!(!dir.path().join(CHECKS_FILE).exists());
        log.forget().unwrap();
    }
}
