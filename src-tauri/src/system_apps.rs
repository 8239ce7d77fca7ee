//! Hands a contact to the system's own app: the dialler for `tel:`, messages for `sms:`, mail for
//! `mailto:` and the browser for `https:`, through Tauri's opener plugin.
//!
//! Only addresses the pack lists are opened ([`haven_library::Library::lists_contact`]), so the interface
//! cannot be made to open anything else, and the capability file grants the interface none of the
//! plugin's own commands.
//!
//! On phones the plugin must be registered: it opens the address through the system's native API. On
//! desktops its free function does the same with no registration. Not registering it there keeps its
//! other commands, and on Linux the D-Bus client they need (zbus: 0.7 MB of the release binary), out
//! of the app.

use tauri::{AppHandle, Runtime};

use crate::error::{Error, Result};

/// Adds the opener plugin where opening needs it (phones), without its script that opens links on
/// click: the interface opens contacts only through `open_contact`.
pub fn register<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    #[cfg(mobile)]
    let builder =
        builder.plugin(tauri_plugin_opener::Builder::new().open_js_links_on_click(false).build());
    builder
}

/// Opens `href` with the system's app for it. The caller has checked that the pack lists it.
pub fn open<R: Runtime>(app: &AppHandle<R>, href: &str) -> Result<()> {
    #[cfg(mobile)]
    let opened = {
        use tauri_plugin_opener::OpenerExt;
        app.opener().open_url(href, None::<&str>)
    };
    #[cfg(desktop)]
    let opened = {
        let _ = app;
        tauri_plugin_opener::open_url(href, None::<&str>)
    };
    opened.map_err(|e| Error::Open { href: href.to_owned(), reason: e.to_string() })
}
