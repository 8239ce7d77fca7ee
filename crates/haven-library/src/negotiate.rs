//! Choosing the language: the device's preferred locales against the pack's, with fluent-langneg.

use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

/// The best of `available` for a reader whose device prefers `requested` (most preferred first), or
/// `default` when none fits. A device set to `ro-MD` gets `ro`; `pt-BR` with no Portuguese gets the
/// default. Tags that do not parse are ignored.
pub fn negotiate_locale<S: AsRef<str>>(
    requested: &[S],
    available: &[&str],
    default: &str,
) -> String {
    let requested: Vec<LanguageIdentifier> =
        requested.iter().filter_map(|tag| tag.as_ref().replace('_', "-").parse().ok()).collect();
    let available_ids: Vec<LanguageIdentifier> =
        available.iter().filter_map(|tag| tag.parse().ok()).collect();
    let default_id: Option<LanguageIdentifier> = default.parse().ok();
    let chosen = negotiate_languages(
        &requested,
        &available_ids,
        default_id.as_ref(),
        NegotiationStrategy::Lookup,
    );
    chosen
        .first()
        .and_then(|id| {
            // Map back to the pack's own spelling of the tag.
            let index = available_ids.iter().position(|a| a == *id)?;
            available.iter().filter(|t| t.parse::<LanguageIdentifier>().is_ok()).nth(index)
        })
        .map_or_else(|| default.to_owned(), |tag| (*tag).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    const PACK: &[&str] = &["en", "da", "ro", "ar", "zh-Hans", "fil"];

    #[test]
    fn a_regional_variant_gets_the_language() {
        assert_eq!(negotiate_locale(&["ro-MD"], PACK, "en"), "ro");
    }

    #[test]
    fn a_language_the_pack_lacks_gets_the_reference_locale() {
        assert_eq!(negotiate_locale(&["pt-BR"], PACK, "en"), "en");
    }

    #[test]
    fn the_first_preference_that_fits_wins() {
        assert_eq!(negotiate_locale(&["pt-BR", "da-DK", "en"], PACK, "en"), "da");
    }

    #[test]
    fn posix_style_tags_and_scripts_are_understood() {
        assert_eq!(negotiate_locale(&["ar_MA"], PACK, "en"), "ar");
        assert_eq!(negotiate_locale(&["zh-Hans-CN"], PACK, "en"), "zh-Hans");
    }

    #[test]
    fn garbage_is_ignored() {
        assert_eq!(negotiate_locale(&["", "!!", "C"], PACK, "en"), "en");
    }
}
