//! The interface strings (buttons, labels, notices) in `locales/<locale>/app.ftl`, which the app
//! compiles in. They belong to the app, not to a content pack: a pack changes what Haven says, not how
//! its buttons are labelled.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

use fluent_bundle::FluentArgs;

use haven_format::fluent::{FileKind, FileRules, FluentFile};
use haven_format::{Diagnostic, PackSource, CONTENT_VARIABLES};

use crate::fallback::FallbackChain;

/// The file of each locale, without `.ftl`.
const INTERFACE_FILE: &str = "app";

/// The interface strings of every locale, each parsed the first time it is asked for.
pub struct InterfaceStrings {
    /// The `locales/` tree: a folder per locale, each with its `app.ftl`.
    files: PackSource,
    reference: String,
    parsed: Mutex<HashMap<String, Arc<FluentFile>>>,
    problems: Mutex<Vec<Diagnostic>>,
}

impl InterfaceStrings {
    /// The interface strings in `files` (the `locales/` tree), falling back to `reference` (English).
    pub fn new(files: PackSource, reference: &str) -> InterfaceStrings {
        InterfaceStrings {
            files,
            reference: reference.to_owned(),
            parsed: Mutex::default(),
            problems: Mutex::default(),
        }
    }

    /// The locales that have interface strings.
    pub fn locales(&self) -> Vec<String> {
        let listing = self.files.fluent_listing();
        listing
            .folders()
            .filter(|locale| listing.files(locale).iter().any(|f| f == INTERFACE_FILE))
            .map(str::to_owned)
            .collect()
    }

    /// The text of a locale's interface strings file, and its path (`da/app.ftl`).
    pub fn source(&self, locale: &str) -> Option<(String, String)> {
        let relative = format!("{locale}/{INTERFACE_FILE}.ftl");
        let text = self.files.read_text(&relative).ok()??;
        Some((relative, text))
    }

    fn file(&self, locale: &str) -> Option<Arc<FluentFile>> {
        if let Some(file) = self.parsed.lock().expect("not poisoned").get(locale) {
            return Some(file.clone());
        }
        let (path, text) = self.source(locale)?;
        let rules = FileRules {
            kind: FileKind::Interface,
            is_reference: locale == self.reference,
            locale,
            services: None,
            variables: &CONTENT_VARIABLES,
        };
        let mut problems = Vec::new();
        let file = FluentFile::load(&path, text, &rules, &mut problems);
        self.problems.lock().expect("not poisoned").extend(problems);
        let file = Arc::new(file);
        self.parsed.lock().expect("not poisoned").insert(locale.to_owned(), file.clone());
        Some(file)
    }

    /// Every interface string in `locale`, each falling back to the reference locale where it is not
    /// translated. `args` fill variables such as `$version`.
    pub fn strings(&self, locale: &str, args: &FluentArgs) -> BTreeMap<String, String> {
        let Some(reference) = self.file(&self.reference) else { return BTreeMap::new() };
        let wanted = self.file(locale);
        let chain = FallbackChain {
            links: vec![(locale, wanted.as_deref()), (self.reference.as_str(), Some(&reference))],
        };
        reference
            .shapes
            .iter()
            .filter(|shape| shape.has_value)
            .filter_map(|shape| {
                let resolved = chain.resolve(&shape.id, None, Some(args))?;
                Some((shape.id.clone(), resolved.text))
            })
            .collect()
    }

    /// The strings `ids` as `locale`'s own file has them, without falling back; `None` unless it has
    /// every one.
    pub(crate) fn own_strings(&self, locale: &str, ids: &[&str]) -> Option<Vec<String>> {
        let file = self.file(locale)?;
        let chain = FallbackChain { links: vec![(locale, Some(&*file))] };
        let args = FluentArgs::new();
        ids.iter().map(|id| chain.resolve(id, None, Some(&args)).map(|r| r.text)).collect()
    }

    /// Problems found in the interface strings parsed so far.
    pub fn problems(&self) -> Vec<Diagnostic> {
        self.problems.lock().expect("not poisoned").clone()
    }

    /// Parses every locale's interface strings and returns all their problems.
    pub fn check_all(&self) -> Vec<Diagnostic> {
        for locale in self.locales() {
            self.file(&locale);
        }
        self.problems()
    }
}
