//! The files every page shares: the app's stylesheet and pictograms (embedded from `ui/` by
//! `build.rs`, so the web edition looks like the app), the web edition's own stylesheet and its
//! scripts (leave, keep on my phone, print, the self-check, the language picker's heading, the
//! service worker), and the app's interface strings.

use haven_format::{BundledFiles, PackSource};

include!(concat!(env!("OUT_DIR"), "/app_files.rs"));

/// What the web edition adds to the app's stylesheet: links that look like the app's buttons, and
/// the parts only a web page has (the history notice, the other languages).
pub const WEB_CSS: &str = include_str!("files/web.css");
/// Leaves at once with `location.replace`, so that Back does not come back (the link works alone).
pub const LEAVE_JS: &str = include_str!("files/leave.js");
/// The "keep this on my phone" page's button: registers or removes the service worker.
pub const KEEP_JS: &str = include_str!("files/keep.js");
/// Shows the article's "Print" button, which needs a script to press print.
pub const PRINT_JS: &str = include_str!("files/print.js");
/// The self-check, one question per screen: counts the answers, kept in one variable of the page,
/// and shows the sentence for that count from the page's own templates.
pub const SELF_CHECK_JS: &str = include_str!("files/self-check.js");
/// Shows the language picker's heading in the language the browser prefers.
pub const PICKER_JS: &str = include_str!("files/picker.js");
/// The service worker: caches the pages of one language, only once the reader asked for it.
pub const SERVICE_WORKER_JS: &str = include_str!("files/sw.js");

/// Whether the app has a pictogram of this name (`help-now`, `kind-police`).
pub fn has_icon(name: &str) -> bool {
    UI_FILES.iter().any(|(path, _)| {
        path.strip_prefix("icons/").and_then(|p| p.strip_suffix(".svg")) == Some(name)
    })
}

/// The app's stylesheet, `ui/styles.css`.
pub fn app_css() -> &'static [u8] {
    UI_FILES.iter().find(|(path, _)| *path == "styles.css").map_or(&[], |(_, bytes)| bytes)
}

/// The pictograms, as `(file name, bytes)`.
pub fn icons() -> impl Iterator<Item = (&'static str, &'static [u8])> {
    UI_FILES.iter().filter_map(|(path, bytes)| Some((path.strip_prefix("icons/")?, *bytes)))
}

/// The interface strings the app was built with (`locales/`), for [`haven_library::InterfaceStrings`].
pub fn interface_strings() -> PackSource {
    PackSource::Bundled(&EmbeddedLocales)
}

struct EmbeddedLocales;

impl BundledFiles for EmbeddedLocales {
    fn name(&self) -> &'static str {
        "locales"
    }

    fn read(&self, relative: &str) -> Option<Vec<u8>> {
        INTERFACE_FILES.iter().find(|(path, _)| *path == relative).map(|(_, bytes)| bytes.to_vec())
    }

    fn paths(&self) -> Vec<String> {
        INTERFACE_FILES.iter().map(|(path, _)| (*path).to_owned()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_app_files_are_embedded() {
        assert!(app_css().len() > 1000, "ui/styles.css");
        assert!(has_icon("exit") && has_icon("kind-emergency") && !has_icon("nothing"));
        let english = EmbeddedLocales.read("en/app.ftl").expect("locales/en/app.ftl");
        assert!(String::from_utf8(english).unwrap().contains("quick-exit = "));
    }
}
