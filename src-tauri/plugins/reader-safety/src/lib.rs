//! # tauri-plugin-reader-safety
//!
//! What a phone must do so that someone else who picks it up sees nothing of Haven's guidance. The
//! desktop app gets this from its window (an ephemeral webview, a window that closes); a phone keeps
//! more on its own:
//!
//! - **The recent-apps screenshot.** Android and iOS show a picture of an app's last screen in the
//!   app switcher. On Android the plugin turns it off (`setRecentsScreenshotEnabled(false)` from
//!   Android 13, `FLAG_SECURE` before that, which also blocks screenshots); on iOS it covers the
//!   window with a blank view whenever the app is about to leave the screen, before the system takes
//!   its snapshot.
//! - **Quick exit.** An Android app that "exits" stays in the recent-apps list; [`ReaderSafety::leave`]
//!   calls `finishAndRemoveTask()`, so the task is gone. iOS does not let an app close itself: the
//!   interface's cover (a calculator, or a blank screen) stays instead, and the blank view hides it
//!   from the app switcher.
//!
//! Written in Tauri's mobile plugin layout (`android/`, `ios/`, registered in [`init`]). This
//! project's machines have no Android SDK or Xcode, so the Kotlin and Swift halves are written but
//! not yet run on a device: the README lists what a tester must check.

use std::marker::PhantomData;

use tauri::plugin::{Builder, TauriPlugin};
use tauri::{Manager, Runtime};

#[cfg(target_os = "android")]
const ANDROID_PLUGIN: &str = "org.haven.readersafety";

#[cfg(target_os = "ios")]
tauri::ios_plugin_binding!(init_plugin_reader_safety);

/// The plugin: on Android and iOS it registers the native half, which starts protecting the window
/// as soon as it loads. On desktops it does nothing.
pub fn init<R: Runtime>() -> TauriPlugin<R> {
    Builder::new("reader-safety")
        .setup(|app, api| {
            #[cfg(target_os = "android")]
            let native = api.register_android_plugin(ANDROID_PLUGIN, "ReaderSafetyPlugin")?;
            #[cfg(target_os = "ios")]
            let native = api.register_ios_plugin(init_plugin_reader_safety)?;
            #[cfg(not(mobile))]
            let _ = api;
            app.manage(ReaderSafety::<R> {
                #[cfg(mobile)]
                native,
                runtime: PhantomData,
            });
            Ok(())
        })
        .build()
}

/// The native half, on a phone.
pub struct ReaderSafety<R: Runtime> {
    #[cfg(mobile)]
    native: tauri::plugin::PluginHandle<R>,
    runtime: PhantomData<fn() -> R>,
}

impl<R: Runtime> ReaderSafety<R> {
    /// Removes the app from the phone's recent-apps list and closes it (Android). Returns `false`
    /// where the system has no such thing (desktops) or does not let an app close itself (iOS): the
    /// caller then exits as it would on a desktop, or leaves its cover on screen.
    pub fn leave(&self) -> bool {
        let _ = self.runtime;
        #[cfg(mobile)]
        {
            #[derive(serde::Deserialize)]
            struct Left {
                left: bool,
            }
            self.native.run_mobile_plugin::<Left>("leave", ()).is_ok_and(|answer| answer.left)
        }
        #[cfg(not(mobile))]
        false
    }
}

/// The app's access to the plugin: `app.reader_safety().leave()`.
pub trait ReaderSafetyExt<R: Runtime> {
    fn reader_safety(&self) -> &ReaderSafety<R>;
}

impl<R: Runtime, T: Manager<R>> ReaderSafetyExt<R> for T {
    fn reader_safety(&self) -> &ReaderSafety<R> {
        self.state::<ReaderSafety<R>>().inner()
    }
}
