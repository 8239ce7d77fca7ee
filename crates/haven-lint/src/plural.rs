//! Which plural categories a locale needs, from the CLDR rules in `intl_pluralrules` (the crate
//! fluent-bundle itself selects variants with, so the lint and the app agree).
//!
//! The rule: a plural choice needs a variant for every category that some whole number from 0 to
//! 1000 falls into. Content counts people, days and calls, not fractions; so Russian needs `one`,
//! `few` and `many` (its `other` is only for fractions, which the default variant covers), and
//! French needs `one` and `other` (its `many` starts at a million). This is also what Mozilla's
//! compare-locales asks of Russian, Polish and French.

use fluent_syntax::ast;
use haven_format::fluent::{patterns, walk_pattern, FluentFile, PatternPart};
use haven_format::{Diagnostic, LineIndex, Problem};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

/// The CLDR category names, which are what make a choice a plural choice.
pub(crate) const CATEGORY_NAMES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The categories whole numbers from 0 to 1000 fall into in `locale`, in CLDR order; `None` for a
/// locale CLDR has no rules for (then nothing is checked).
pub(crate) fn needed_categories(locale: &str) -> Option<Vec<&'static str>> {
    let langid: LanguageIdentifier = locale.parse().ok()?;
    let rules = PluralRules::create(langid.clone(), PluralRuleType::CARDINAL)
        .or_else(|_| {
            let language: LanguageIdentifier = langid.language.as_str().parse().map_err(|_| "")?;
            PluralRules::create(language, PluralRuleType::CARDINAL)
        })
        .ok()?;
    let mut found = [false; 6];
    for n in 0..=1000u32 {
        if let Ok(category) = rules.select(n) {
            found[index(category)] = true;
        }
    }
    Some(CATEGORY_NAMES.iter().zip(found).filter(|(_, f)| *f).map(|(name, _)| *name).collect())
}

fn index(category: PluralCategory) -> usize {
    match category {
        PluralCategory::ZERO => 0,
        PluralCategory::ONE => 1,
        PluralCategory::TWO => 2,
        PluralCategory::FEW => 3,
        PluralCategory::MANY => 4,
        PluralCategory::OTHER => 5,
    }
}

/// Every plural choice in a file that lacks a variant for a category `needed` names, as
/// diagnostics at the choice's first variant.
pub(crate) fn check_choices(
    file: &FluentFile,
    locale: &str,
    needed: &[&'static str],
    out: &mut Vec<Diagnostic>,
) {
    let index = LineIndex::new(file.resource().source());
    for (id, pattern) in patterns(file.resource().entries()) {
        walk_pattern(pattern, &mut |part| {
            let PatternPart::Select { selector, variants } = part else { return };
            let Some((at, missing)) = missing_categories(selector, variants, needed) else {
                return;
            };
            let (line, column) = index.position_of(at);
            out.push(Diagnostic {
                file: file.file.clone(),
                line,
                column,
                id: Some(id.clone()),
                problem: Problem::MissingPluralCategories {
                    locale: locale.to_owned(),
                    categories: missing,
                },
            });
        });
    }
}

/// A choice on a number whose variants are named by plural categories must have a variant for
/// each category the locale needs: the categories it lacks, and where its first variant is.
fn missing_categories<'t>(
    selector: &ast::InlineExpression<&'t str>,
    variants: &[ast::Variant<&'t str>],
    needed: &[&'static str],
) -> Option<(&'t str, Vec<String>)> {
    let is_number = matches!(
        selector,
        ast::InlineExpression::VariableReference { .. }
            | ast::InlineExpression::FunctionReference { .. }
    );
    let keys: Vec<&str> = variants
        .iter()
        .filter_map(|v| match &v.key {
            ast::VariantKey::Identifier { name } => Some(*name),
            ast::VariantKey::NumberLiteral { .. } => None,
        })
        .collect();
    let is_plural = keys.iter().any(|k| CATEGORY_NAMES[..5].contains(k));
    if !is_number || !is_plural {
        return None;
    }
    let missing: Vec<String> =
        needed.iter().filter(|c| !keys.contains(c)).map(|c| (*c).to_owned()).collect();
    let at = match variants.first().map(|v| &v.key)? {
        ast::VariantKey::Identifier { name } => *name,
        ast::VariantKey::NumberLiteral { value } => *value,
    };
    (!missing.is_empty()).then_some((at, missing))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_needs_its_own_categories() {
        assert_eq!(needed_categories("en").unwrap(), ["one", "other"]);
        assert_eq!(needed_categories("ru").unwrap(), ["one", "few", "many"]);
        assert_eq!(needed_categories("pl").unwrap(), ["one", "few", "many"]);
        assert_eq!(needed_categories("fr").unwrap(), ["one", "other"]);
        assert_eq!(
            needed_categories("ar").unwrap(),
            ["zero", "one", "two", "few", "many", "other"]
        );
        // A script or region subtag falls back to the language's rules.
        assert_eq!(needed_categories("zh-Hans").unwrap(), ["other"]);
        assert_eq!(needed_categories("th").unwrap(), ["other"]);
        assert_eq!(needed_categories("ro").unwrap(), ["one", "few", "other"]);
    }
}
