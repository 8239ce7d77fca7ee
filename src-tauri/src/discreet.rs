//! Discreet mode: the code that opens Haven's guidance from behind its cover screen.
//!
//! A reader whose phone is checked by others can make Haven open as a plain calculator. The guidance
//! then opens only when the reader types the code they chose. The code is kept only as a salted,
//! slow hash (PBKDF2-HMAC-SHA256), so the settings file does not show it to someone who reads it.
//!
//! A short code of digits can still be found by trying every one; the cover keeps a casual look at the
//! phone from finding the guidance, and the interface says so in plain words.

use pbkdf2::pbkdf2_hmac;
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use subtle::ConstantTimeEq;

/// The shortest and longest code a reader can choose, in digits. Six at least: four are found by
/// trying too soon, and are too often the phone's own PIN.
pub const CODE_LENGTH: std::ops::RangeInclusive<usize> = 6..=12;
/// Codes chosen before six digits were required still open the cover.
const OLD_CODE_LENGTH: std::ops::RangeInclusive<usize> = 4..=12;

/// PBKDF2 rounds for a new code. Enough to slow down a reader of the settings file; few enough that
/// a cheap phone checks a code at once.
const ROUNDS: u32 = 60_000;
const SALT_BYTES: usize = 16;

/// The code, as a salted hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DiscreetCode {
    /// Hexadecimal.
    salt: String,
    /// Hexadecimal PBKDF2-HMAC-SHA256 of the code with the salt.
    hash: String,
    rounds: u32,
}

/// A code that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    #[error("the code must be {min} to {max} digits (0-9), nothing else", min = CODE_LENGTH.start(), max = CODE_LENGTH.end())]
    NotDigits,
    #[error("the system could not give random bytes for the code's salt: {0}")]
    NoRandomness(String),
}

impl DiscreetCode {
    /// Hashes a new code with a fresh random salt.
    ///
    /// Fails when the code is not 6 to 12 digits, or the system has no randomness to give.
    pub fn try_new(code: &str) -> Result<DiscreetCode, CodeError> {
        if !is_valid_code(code) {
            return Err(CodeError::NotDigits);
        }
        let mut salt = [0u8; SALT_BYTES];
        getrandom::fill(&mut salt).map_err(|e| CodeError::NoRandomness(e.to_string()))?;
        Ok(DiscreetCode {
            salt: hex::encode(salt),
            hash: hex::encode(derive(code, &salt, ROUNDS)),
            rounds: ROUNDS,
        })
    }

    /// Whether `attempt` is the code. Anything that is not a valid code is simply not it.
    pub fn matches(&self, attempt: &str) -> bool {
        if !(OLD_CODE_LENGTH.contains(&attempt.len())
            && attempt.bytes().all(|b| b.is_ascii_digit()))
        {
            return false;
        }
        let (Ok(salt), Ok(hash)) = (hex::decode(&self.salt), hex::decode(&self.hash)) else {
            return false;
        };
        let derived = derive(attempt, &salt, self.rounds);
        // Compared in constant time, so the time taken does not tell how much of a guess was right.
        bool::from(derived.as_slice().ct_eq(&hash))
    }
}

pub fn is_valid_code(code: &str) -> bool {
    CODE_LENGTH.contains(&code.len()) && code.bytes().all(|b| b.is_ascii_digit())
}

fn derive(code: &str, salt: &[u8], rounds: u32) -> [u8; 32] {
    let mut out = [0u8; 32];
    pbkdf2_hmac::<Sha256>(code.as_bytes(), salt, rounds.max(1), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_opens_and_nothing_else_does() {
        let code = DiscreetCode::try_new("258046").unwrap();
        assert!(code.matches("258046"));
        assert!(!code.matches("258047"));
        assert!(!code.matches("25804"));
        assert!(!code.matches("2580460"));
        assert!(!code.matches(""));
    }

    #[test]
    fn only_a_salted_hash_is_kept() {
        let one = DiscreetCode::try_new("123456").unwrap();
        let two = DiscreetCode::try_new("123456").unwrap();
        let json = serde_json::to_string(&one).unwrap();
        assert!(!json.contains("123456"), "{json}");
        assert_ne!(one.salt, two.salt, "each code gets its own salt");
        assert_ne!(one.hash, two.hash, "so the same code hashes differently");
        let restored: DiscreetCode = serde_json::from_str(&json).unwrap();
        assert!(restored.matches("123456"));
    }

    #[test]
    fn a_code_must_be_six_to_twelve_digits() {
        for bad in ["", "1234", "12345", "1234567890123", "12a456", "123 456", "١٢٣٤٥٦"] {
            assert_eq!(DiscreetCode::try_new(bad).unwrap_err(), CodeError::NotDigits, "{bad:?}");
        }
        assert!(DiscreetCode::try_new("000000").is_ok());
        assert!(DiscreetCode::try_new("123456789012").is_ok());
    }

    #[test]
    fn a_four_digit_code_chosen_before_still_opens() {
        let mut salt = [0u8; SALT_BYTES];
        getrandom::fill(&mut salt).unwrap();
        let old = DiscreetCode {
            salt: hex::encode(salt),
            hash: hex::encode(derive("2580", &salt, ROUNDS)),
            rounds: ROUNDS,
        };
        assert!(old.matches("2580"));
        assert!(!old.matches("2581"));
    }

    #[test]
    fn a_damaged_code_in_the_settings_opens_nothing() {
        let good = DiscreetCode::try_new("258046").unwrap();
        let damaged = [
            DiscreetCode { salt: "+a".repeat(16), ..good.clone() },
            DiscreetCode { salt: format!("{}0", good.salt), ..good.clone() },
            DiscreetCode { hash: good.hash[..62].to_owned(), ..good.clone() },
            DiscreetCode { hash: format!("{}00", good.hash), ..good.clone() },
            DiscreetCode { hash: String::new(), ..good.clone() },
        ];
        for code in damaged {
            assert!(!code.matches("258046"), "{code:?}");
        }
    }
}
