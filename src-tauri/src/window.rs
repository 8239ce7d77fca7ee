//! Haven's window, and what its webview may keep.
//!
//! The webview is ephemeral (Tauri's `incognito`): WebKit keeps no disk cache, cookies, local storage
//! or history for it, so nothing the reader saw is left in WebKit's folders. (WebKit still makes its
//! folder under the app's identifier, holding only random salts and empty stores.) The reader's
//! settings, which Haven writes itself, are the only thing kept.
//!
//! One exception, for the end-to-end tests alone: WebKitWebDriver can only drive a webview of a
//! context that allows automation, and an incognito webview gets a context of its own that does not.
//! When tauri-driver starts the app (it sets `TAURI_WEBVIEW_AUTOMATION=true`), the webview is therefore
//! not ephemeral. That switch exists only in debug builds (and release builds made with the
//! `automation` feature, for the start-up measurement): a reader's release build is always
//! ephemeral, whatever its environment says. A test also starts the app without the driver, to check
//! what the incognito webview leaves behind.

use tauri::{Runtime, WebviewWindow, WebviewWindowBuilder};

use crate::error::{Error, Result};

/// The label of the one window, as in `tauri.conf.json` (where `create` is false, so it is made here).
const MAIN: &str = "main";

/// Opens the main window with an ephemeral webview, titled `title` from its first moment: in
/// discreet mode the window manager, the task switcher and the taskbar show a calculator's name,
/// never "Haven", even before the interface has drawn the cover.
///
/// Fails when `tauri.conf.json` has no `main` window or the window cannot be made.
pub fn open_main_window<R: Runtime>(
    app: &tauri::App<R>,
    title: &str,
) -> tauri::Result<WebviewWindow<R>> {
    let config = app
        .config()
        .app
        .windows
        .iter()
        .find(|w| w.label == MAIN)
        .cloned()
        .ok_or_else(|| tauri::Error::WindowNotFound)?;
    WebviewWindowBuilder::from_config(app.handle(), &config)?
        .title(title)
        .incognito(!is_automated())
        .build()
}

/// Whether tauri-driver started the app, in a build that allows it.
fn is_automated() -> bool {
    cfg!(any(debug_assertions, feature = "automation"))
        && std::env::var("TAURI_WEBVIEW_AUTOMATION").as_deref() == Ok("true")
}

/// Prints the screen shown, through the interface's print stylesheet: a leaflet.
///
/// On Linux this opens WebKitGTK's print dialog, where the leaflet can be printed or saved as a PDF;
/// with `HAVEN_PRINT_TO_PDF=/path/leaflet.pdf` set, it prints straight to that file with no dialog
/// (how the end-to-end tests read the printed leaflet, and how a kiosk could print unattended).
/// WebKit ignores the page's own `window.print()` while WebDriver controls it, hence this command.
///
/// Fails on other systems, whose webviews print the page's own `window.print()`: the interface then
/// calls that instead.
pub fn print<R: Runtime>(window: &WebviewWindow<R>) -> Result<()> {
    #[cfg(target_os = "linux")]
    {
        if let Some(path) = std::env::var_os(print_to_pdf::VARIABLE) {
            return print_to_pdf::print(window, std::path::PathBuf::from(path));
        }
        window.print().map_err(|e| Error::Print(e.to_string()))
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = window;
        Err(Error::Print("this system prints the page's own window.print()".into()))
    }
}

#[cfg(target_os = "linux")]
mod print_to_pdf {
    use std::path::PathBuf;

    use tauri::{Runtime, WebviewWindow};
    use webkit2gtk::PrintOperationExt;

    use crate::error::{Error, Result};

    pub const VARIABLE: &str = "HAVEN_PRINT_TO_PDF";

    pub fn print<R: Runtime>(window: &WebviewWindow<R>, path: PathBuf) -> Result<()> {
        let path = std::path::absolute(&path).unwrap_or(path);
        let uri = format!("file://{}", path.display());
        window
            .with_webview(move |webview| {
                let operation = webkit2gtk::PrintOperation::new(&webview.inner());
                let settings = gtk::PrintSettings::new();
                settings.set_printer("Print to File");
                settings.set(gtk::PRINT_SETTINGS_OUTPUT_FILE_FORMAT, Some("pdf"));
                settings.set(gtk::PRINT_SETTINGS_OUTPUT_URI, Some(&uri));
                let page = gtk::PageSetup::new();
                page.set_paper_size(&gtk::PaperSize::new(Some(gtk::PAPER_NAME_A4)));
                operation.set_print_settings(&settings);
                operation.set_page_setup(&page);
                operation.connect_failed(|_, error| {
                    tracing::error!("printing to a file failed: {error}")
                });
                // The operation must live until it has finished: its handler holds it until then.
                let kept = std::cell::RefCell::new(Some(operation.clone()));
                operation.connect_finished(move |_| {
                    kept.borrow_mut().take();
                });
                operation.print();
            })
            .map_err(|e| Error::Print(e.to_string()))
    }
}
