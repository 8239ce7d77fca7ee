//! # haven-app
//!
//! The Tauri shell of Haven. It holds the state, the commands and the window, and adapts the engine
//! crates (`haven-library`, `haven-sync`) to the interface in `ui/`. It decides nothing about content.
//!
//! The same crate is the desktop binary (`main.rs` calls [`run`]) and the library that Android and iOS
//! load (through the mobile entry point below).

mod commands;
mod discreet;
pub mod embedded;
mod error;
mod freshness;
mod models;
#[cfg(all(feature = "preview", desktop))]
mod preview;
mod settings;
mod state;
mod system_apps;
mod updates;
mod voices;
mod window;

use std::path::PathBuf;

use tauri::{Manager, Runtime};

pub use freshness::{date_of, STALE_AFTER};
pub use models::{
    Freshness, InformationStatus, LocaleState, PackSummary, PreviewReport, StartState,
    UpdateResult, UpdateStatus,
};
pub use state::{choose_library, open_library, AppArgs, Clock, HavenState, PackInUse};
pub use updates::UpdateSource;
pub use voices::{VoiceOffer, VoiceState};

/// Registers the plugins and commands on a builder. `run` uses it with the real runtime, and the
/// tests with Tauri's mock runtime.
pub fn builder<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    system_apps::register(builder).plugin(tauri_plugin_reader_safety::init()).invoke_handler(
        tauri::generate_handler![
            commands::start,
            commands::choose_locale,
            commands::interface_strings,
            commands::article,
            commands::self_check,
            commands::home,
            commands::audio_clip,
            commands::voice_offer,
            commands::look_for_voice,
            commands::download_voice,
            commands::remove_voice,
            commands::directory,
            commands::set_text_size,
            commands::forget_settings,
            commands::quick_exit,
            commands::information_status,
            commands::check_for_updates,
            commands::set_automatic_checks,
            commands::search,
            commands::set_discreet_code,
            commands::unlock,
            commands::print_leaflet,
            commands::open_contact,
        ],
    )
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

/// The reader turned on automatic checks: check once at start-up, without holding up the window, and
/// tell the interface when newer information is in use.
fn check_in_background<R: Runtime>(app: tauri::AppHandle<R>) {
    tauri::async_runtime::spawn(async move {
        let state = app.state::<HavenState>();
        let result = state.check_for_updates(&|_| {}).await;
        if result.status == UpdateStatus::Updated {
            use tauri::Emitter;
            let _ = app.emit("information-updated", result);
        }
    });
}

#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    let args = match AppArgs::parse(std::env::args_os().skip(1)) {
        Ok(args) => args,
        Err(message) => {
            eprintln!("haven: {message}");
            std::process::exit(2);
        }
    };
    builder(tauri::Builder::default())
        .setup(move |app| {
            let data_dir = data_dir(app, &args);
            let update_source = UpdateSource::configured();
            let (library, preview) =
                choose_library(args.pack_dir.as_deref(), &data_dir, update_source.as_ref());
            let state = HavenState::new(library, preview, &data_dir, device_locales())
                .with_update_source(update_source);
            let automatic_checks = state.settings().automatic_checks;
            // The settings decide the window's title, so the window is made once they are read.
            let title = state.window_title();
            app.manage(state);
            window::open_main_window(app, &title)?;
            if automatic_checks {
                check_in_background(app.handle().clone());
            }
            Ok(())
        })
        .run(tauri::generate_context!())
        .expect("Haven's window could not be started");
}
