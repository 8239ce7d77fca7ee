//! The web edition: the pack as a static website, for readers who will not or cannot install an
//! app (an iPhone with no store access, a phone someone else controls, a link sent by SMS).
//!
//! It shows what the app shows, from the same engine: articles as blocks, the directory, the
//! interface strings and the fallback marks of [`haven_library`], rendered through maud's
//! templates, which escape every piece of text. So there is one logic for content and two ways to
//! show it, and no text from a pack can become markup.
//!
//! Every page works with scripts off, on the cheapest phone browser; scripts only make leaving
//! faster, make offline reading possible, ask the self-check one question per screen (its answers
//! never leave the page, see `self_check`), and greet the reader of the language picker in the
//! browser's language. Each page says that a visit stays in the browser's
//! history, sets a content security policy that allows nothing but its own origin, and stores
//! nothing unless the reader asks to keep the pages of one language ([`assets::SERVICE_WORKER_JS`]).
//!
//! ```text
//! OUT/index.html                       the language picker (each language in its own name)
//! OUT/web/<locale>/index.html          the home screen
//! OUT/web/<locale>/articles/<id>.html  every article
//! OUT/web/<locale>/directory.html      whom to call
//! OUT/web/<locale>/self-check.html     "Is this happening to me?", where the pack has one
//! OUT/web/<locale>/about.html          the publisher, version, review states, safety on the web
//! OUT/web/<locale>/keep.html           "keep this on my phone"
//! OUT/web/<locale>/offline.json        what the service worker keeps for that language
//! OUT/web/sw.js                        the service worker (its scope is web/)
//! OUT/web/_assets/                     stylesheets, scripts and pictograms
//! ```
//!
//! None of these can be a name of the signed site (`manifest.json`, `blobs/`, `roots/`, see
//! [`crate::build`]), and `_assets` cannot be a locale (no language tag starts with `_`), so one
//! upload serves the app's updates and the web edition.

pub mod assets;
mod html;
mod pages;
mod self_check;

use std::fs;
use std::path::{Path, PathBuf};

use haven_format::PackSource;
use haven_library::{FluentArgs, InterfaceStrings, Library, LookupError};
use haven_lint::LintReport;

use crate::build::{check_pack, PublishError};

pub use pages::Page;

/// The folder of the web edition inside the output folder.
pub const WEB_DIR: &str = "web";
/// The language picker, at the top of the output folder: the address an outreach worker sends.
pub const PICKER_FILE: &str = "index.html";
/// Where the pages' stylesheets, scripts and pictograms are, inside [`WEB_DIR`].
pub const ASSETS_DIR: &str = "_assets";
/// Where "Leave" goes: a site that anyone might have open, and that says nothing about Haven.
pub const LEAVE_URL: &str = "https://www.google.com/";
/// Allows nothing but the site's own files: no inline script or style, no other origin, no form,
/// no plugin. (`frame-ancestors` cannot be set in a page; a host that can should send it.)
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; \
    style-src 'self'; img-src 'self'; connect-src 'self'; worker-src 'self'; \
    base-uri 'none'; form-action 'none'; object-src 'none'";

/// One file of the web edition, by its path relative to the output folder (`web/da/index.html`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// What [`write`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebReport {
    /// HTML pages, the language picker included.
    pub pages: usize,
    pub locales: usize,
    /// Every file written, pages, scripts, stylesheets and pictograms.
    pub files: usize,
    pub bytes: u64,
}

/// Why the web edition was not written.
#[derive(Debug, thiserror::Error)]
pub enum WebError {
    #[error("the pack cannot be shown: {0}")]
    Lookup(#[from] LookupError),
    #[error("{}: no interface strings for the reference locale `{locale}` there (LOCALE/app.ftl)", path.display())]
    NoInterfaceStrings { path: PathBuf, locale: String },
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// Every file of the web edition of `library`, with the interface strings of `strings`, in the
/// order they are written.
///
/// Fails only when the library cannot show a locale or article it lists (a bug, not bad input).
pub fn render(library: &Library, strings: &InterfaceStrings) -> Result<Vec<WebFile>, WebError> {
    let mut args = FluentArgs::new();
    let info = library.info();
    args.set("publisher", info.publisher.as_str());
    args.set("published", info.published.as_str());
    args.set("version", info.version.to_string());
    let site = pages::Site::new(library, strings, &args);

    let mut files = Vec::new();
    let mut add = |path: String, bytes: Vec<u8>| files.push(WebFile { path, bytes });
    add(PICKER_FILE.to_owned(), site.picker().into_string().into_bytes());
    for locale in library.locales() {
        let mut offline = Vec::new();
        for page in site.pages() {
            let html = site.render(&locale.code, &page)?;
            let path = page.path(&locale.code);
            offline.push(path.trim_start_matches("web/").to_owned());
            add(path, html.into_string().into_bytes());
        }
        offline.extend(assets_files().into_iter().map(|(path, _)| path));
        let list = serde_json::json!({ "version": info.version, "files": offline });
        add(format!("{WEB_DIR}/{}/offline.json", locale.code), list.to_string().into_bytes());
    }
    for (path, bytes) in assets_files() {
        add(format!("{WEB_DIR}/{path}"), bytes);
    }
    add(format!("{WEB_DIR}/sw.js"), assets::SERVICE_WORKER_JS.as_bytes().to_vec());
    Ok(files)
}

/// The shared files, by path relative to [`WEB_DIR`].
fn assets_files() -> Vec<(String, Vec<u8>)> {
    let mut files = vec![
        (format!("{ASSETS_DIR}/styles.css"), assets::app_css().to_vec()),
        (format!("{ASSETS_DIR}/web.css"), assets::WEB_CSS.as_bytes().to_vec()),
        (format!("{ASSETS_DIR}/leave.js"), assets::LEAVE_JS.as_bytes().to_vec()),
        (format!("{ASSETS_DIR}/keep.js"), assets::KEEP_JS.as_bytes().to_vec()),
        (format!("{ASSETS_DIR}/print.js"), assets::PRINT_JS.as_bytes().to_vec()),
        (format!("{ASSETS_DIR}/self-check.js"), assets::SELF_CHECK_JS.as_bytes().to_vec()),
        (format!("{ASSETS_DIR}/picker.js"), assets::PICKER_JS.as_bytes().to_vec()),
    ];
    for (name, bytes) in assets::icons() {
        files.push((format!("{ASSETS_DIR}/icons/{name}"), bytes.to_vec()));
    }
    files
}

/// Writes the web edition into `out`: the language picker as `out/index.html` and everything else
/// in `out/web/`, which is replaced whole, so a page of an article or locale the pack no longer
/// has does not stay behind. Nothing else in `out` (such as the signed files) is touched.
///
/// Fails when the pack cannot be rendered or a file cannot be written.
pub fn write(
    library: &Library,
    strings: &InterfaceStrings,
    out: &Path,
) -> Result<WebReport, WebError> {
    let files = render(library, strings)?;
    let io = |path: &Path| {
        let path = path.to_owned();
        move |source| WebError::Io { path, source }
    };
    fs::create_dir_all(out).map_err(io(out))?;
    // Written beside the old folder, then swapped in: a reader never gets half of each version.
    let staging = out.join(format!(".{WEB_DIR}.new"));
    if staging.exists() {
        fs::remove_dir_all(&staging).map_err(io(&staging))?;
    }
    let mut picker = None;
    for file in &files {
        let Some(relative) = file.path.strip_prefix(&format!("{WEB_DIR}/")) else {
            picker = Some(file);
            continue;
        };
        let path = staging.join(relative);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(io(parent))?;
        }
        fs::write(&path, &file.bytes).map_err(io(&path))?;
    }
    let web = out.join(WEB_DIR);
    let old = out.join(format!(".{WEB_DIR}.old"));
    if old.exists() {
        fs::remove_dir_all(&old).map_err(io(&old))?;
    }
    if web.exists() {
        fs::rename(&web, &old).map_err(io(&web))?;
    }
    fs::rename(&staging, &web).map_err(io(&web))?;
    if old.exists() {
        fs::remove_dir_all(&old).map_err(io(&old))?;
    }
    if let Some(picker) = picker {
        let path = out.join(&picker.path);
        haven_sync::durable::write_atomically(&path, &picker.bytes).map_err(io(&path))?;
    }
    Ok(WebReport {
        pages: files.iter().filter(|f| f.path.ends_with(".html")).count(),
        locales: library.locales().len(),
        files: files.len(),
        bytes: files.iter().map(|f| f.bytes.len() as u64).sum(),
    })
}

/// Checks the pack in `content_dir` as `haven-pack build` does (a pack with lint errors is
/// refused), then writes its web edition into `out` with the interface strings of `interface`
/// (the `locales/` tree; [`assets::interface_strings`] for those this program was built with).
/// Returns what was written and the lint's warnings.
///
/// Fails when the lint finds an error, the pack cannot be opened, or a file cannot be written.
pub fn publish(
    content_dir: &Path,
    interface: PackSource,
    out: &Path,
) -> Result<(WebReport, LintReport), PublishError> {
    let (library, lint) = check_pack(content_dir)?;
    let reference = library.reference_locale();
    let strings = InterfaceStrings::new(interface.clone(), reference);
    if strings.source(reference).is_none() {
        let path = interface.display_path("");
        return Err(WebError::NoInterfaceStrings { path, locale: reference.to_owned() }.into());
    }
    let report = write(&library, &strings, out)?;
    Ok((report, lint))
}
