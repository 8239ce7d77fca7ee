//! # haven-app
//!
//! The Tauri shell of Haven. It holds the state, the commands and the window, and adapts the engine
//! (`haven-core`) to the interface in `ui/`. It decides nothing about content.
//!
//! The same crate is the desktop binary (`main.rs` calls [`run`]) and the library that Android and iOS
//! load (through the mobile entry point below).

mod commands;
mod error;
mod models;
mod state;

use std::path::PathBuf;

use tauri::{Manager, Runtime};

pub use models::{LocaleState, PackSummary, StartState};
pub use state::{open_library, AppArgs, HavenState};

/// Registers the plugins and commands on a builder. `run` uses it with the real runtime, and the
/// tests with Tauri's mock runtime.
pub fn builder<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder.plugin(tauri_plugin_opener::init()).invoke_handler(tauri::generate_handler![
        commands::start,
        commands::choose_locale,
        commands::interface_strings,
        commands::topics,
        commands::article,
        commands::directory,
        commands::set_text_size,
        commands::forget_settings,
        commands::quick_exit,
    ])
}

/// The folder for the reader's settings: `--data-dir` if given, else the app's data folder.
fn data_dir<R: Runtime>(app: &tauri::App<R>, args: &AppArgs) -> PathBuf {
    args.data_dir
        .clone()
        .or_else(|| app.path().app_data_dir().ok())
        .unwrap_or_else(|| PathBuf::from("."))
}

/// The device's preferred locales, most preferred first.
fn device_locales() -> Vec<String> {
    sys_locale::get_locales().collect()
}

#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    let args = match AppArgs::parse(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(message) => {
            eprintln!("haven: {message}");
            std::process::exit(2);
        }
    };
    builder(tauri::Builder::default())
        .setup(move |app| {
            let (library, refused) = open_library(args.pack_dir.as_deref());
            let state = HavenState::new(library, refused, &data_dir(app, &args), device_locales());
            app.manage(state);
            Ok(())
        })
        .run(tauri::generate_context!())
        .expect("Haven's window could not be started");
}
