//! The fallback chain: each message resolved through the reader's locale, then the reference locale,
//! with the locale it came from, so the reader is told what is not yet translated.

use fluent_bundle::FluentArgs;
use haven_format::fluent::FluentFile;

/// Text resolved through a fallback chain, with the locale it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved<'a> {
    pub text: String,
    pub locale: &'a str,
}

/// The locales to try for each message, most wanted first, each with its parsed file (if the locale
/// has that file at all).
pub struct FallbackChain<'a> {
    pub links: Vec<(&'a str, Option<&'a FluentFile>)>,
}

impl<'a> FallbackChain<'a> {
    pub fn resolve(
        &self,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Option<Resolved<'a>> {
        self.links.iter().find_map(|(locale, file)| {
            let text = file.as_ref()?.format(id, attribute, args)?;
            Some(Resolved { text, locale })
        })
    }
}

#[cfg(test)]
mod tests {
    use haven_format::fluent::{FileKind, FileRules};
    use haven_format::ServiceDirectory;

    use super::*;

    fn load(text: &str) -> FluentFile {
        let services = ServiceDirectory::default();
        let rules = FileRules {
            kind: FileKind::Article,
            is_reference: false,
            locale: "da",
            services: Some(&services),
            variables: &haven_format::CONTENT_VARIABLES,
        };
        FluentFile::load("da/help-now.ftl", text.into(), &rules, &mut Vec::new())
    }

    #[test]
    fn the_chain_falls_back_per_message_and_says_where_from() {
        let danish = load("title = Få hjælp nu\n");
        let english = load("title = Get help now\nsummary = Call for help.\n");
        let chain = FallbackChain { links: vec![("da", Some(&danish)), ("en", Some(&english))] };
        assert_eq!(chain.resolve("title", None, None).unwrap().locale, "da");
        let summary = chain.resolve("summary", None, None).unwrap();
        assert_eq!((summary.text.as_str(), summary.locale), ("Call for help.", "en"));
        assert!(chain.resolve("nothing", None, None).is_none());
    }
}
