//! The commands the interface calls. Each checks its input, makes one call and returns.

use std::collections::BTreeMap;

use haven_format::ServiceKind;
use haven_library::{Article, DirectoryFilter, SearchHit, SelfCheck, ServiceEntry};
use tauri::ipc::Response;
use tauri::{AppHandle, Emitter, Runtime, State};

use crate::error::{Error, Result};
use crate::models::{
    HomeScreen, InformationStatus, LocaleState, StartState, UpdateProgress, UpdateResult,
};
use crate::state::HavenState;
use crate::voices::VoiceOffer;

#[tauri::command]
pub fn start(state: State<'_, HavenState>) -> StartState {
    state.start()
}

#[tauri::command]
pub fn choose_locale(state: State<'_, HavenState>, locale: String) -> Result<LocaleState> {
    state.choose_locale(&locale)
}

#[tauri::command]
pub fn interface_strings(
    state: State<'_, HavenState>,
    locale: String,
) -> Result<BTreeMap<String, String>> {
    state.library().topics(&locale)?;
    Ok(state.strings(&locale))
}

#[tauri::command]
pub fn article(state: State<'_, HavenState>, locale: String, id: String) -> Result<Article> {
    Ok(state.library().article(&locale, &id)?)
}

/// The self-check's questions and every result it can show. The page keeps the answers: no command
/// takes them.
#[tauri::command]
pub fn self_check(state: State<'_, HavenState>, locale: String) -> Result<SelfCheck> {
    Ok(state.library().self_check(&locale)?)
}

/// What the home screen shows in `locale`: its topics, the emergency card's service and its clip,
/// and the self-check's tile. One call, so that drawing the home screen is one round trip.
#[tauri::command]
pub fn home(state: State<'_, HavenState>, locale: String) -> Result<HomeScreen> {
    state.home(&locale)
}

/// A clip's bytes, for the page to play from memory. Only clips `locale`'s `voice.toml` lists are
/// served, so the page cannot read any other file of the pack; nothing records what was played.
#[tauri::command]
pub fn audio_clip(state: State<'_, HavenState>, locale: String, path: String) -> Result<Response> {
    let library = state.library();
    let clip = library.clip_at(&locale, &path).ok_or_else(|| Error::UnknownClip(path.clone()))?;
    let bytes = library.clip_bytes(&clip)?;
    Ok(Response::new(bytes))
}

/// What the app offers for the voice of `locale` (to download, with its size, or to remove), from
/// what it knows without the network.
#[tauri::command]
pub fn voice_offer(state: State<'_, HavenState>, locale: String) -> Result<VoiceOffer> {
    state.voice_offer(&locale)
}

/// Asks the update source whether it offers a voice for `locale`, and its size.
#[tauri::command]
pub async fn look_for_voice(state: State<'_, HavenState>, locale: String) -> Result<VoiceOffer> {
    state.look_for_voice(&locale).await
}

/// Downloads the voice of `locale`, sending `voice-progress` events while it works.
#[tauri::command]
pub async fn download_voice<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, HavenState>,
    locale: String,
) -> Result<VoiceOffer> {
    let progress = move |p: haven_sync::SyncProgress| {
        let _ = app.emit("voice-progress", UpdateProgress::from(p));
    };
    state.download_voice(&locale, &progress).await
}

/// Removes the downloaded voice of `locale`, freeing its space.
#[tauri::command]
pub async fn remove_voice(state: State<'_, HavenState>, locale: String) -> Result<VoiceOffer> {
    state.remove_voice(&locale).await
}

#[tauri::command]
pub fn directory(
    state: State<'_, HavenState>,
    locale: String,
    kind: Option<ServiceKind>,
    language: Option<String>,
) -> Result<Vec<ServiceEntry>> {
    Ok(state.library().directory(&locale, &DirectoryFilter { kind, language })?)
}

#[tauri::command]
pub fn set_text_size(state: State<'_, HavenState>, size: u16) -> Result<()> {
    state.set_text_size(size)
}

#[tauri::command]
pub fn forget_settings(state: State<'_, HavenState>) -> Result<()> {
    state.forget_settings()
}

#[tauri::command]
pub fn information_status(state: State<'_, HavenState>) -> InformationStatus {
    state.information_status()
}

/// Checks for updated information, sending `update-progress` events while it works.
#[tauri::command]
pub async fn check_for_updates<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, HavenState>,
) -> Result<UpdateResult> {
    let progress = move |p: haven_sync::SyncProgress| {
        let _ = app.emit("update-progress", UpdateProgress::from(p));
    };
    Ok(state.check_for_updates(&progress).await)
}

#[tauri::command]
pub fn set_automatic_checks(state: State<'_, HavenState>, enabled: bool) -> Result<()> {
    state.set_automatic_checks(enabled)
}

/// Every section of every article that contains the query, in the reader's language and then,
/// marked, in the reference language. The query is not kept.
#[tauri::command(async)]
pub fn search(
    state: State<'_, HavenState>,
    locale: String,
    query: String,
) -> Result<Vec<SearchHit>> {
    Ok(state.library().search(&locale, &query)?)
}

/// Turns discreet mode on with the reader's code (6 to 12 digits), or off when `code` is null.
#[tauri::command(async)]
pub fn set_discreet_code(state: State<'_, HavenState>, code: Option<String>) -> Result<()> {
    state.set_discreet_code(code.as_deref())
}

/// Whether the code typed on the cover screen opens the guidance.
#[tauri::command(async)]
pub fn unlock(state: State<'_, HavenState>, code: String) -> bool {
    state.unlock(&code)
}

/// Prints the screen shown as a leaflet, through the interface's print stylesheet.
#[tauri::command]
pub fn print_leaflet<R: Runtime>(window: tauri::WebviewWindow<R>) -> Result<()> {
    crate::window::print(&window)
}

/// Opens one of the pack's contact addresses (`tel:`, `sms:`, `mailto:`, `https:`) with the system's
/// app for it. Anything the pack does not list is refused.
#[tauri::command]
pub fn open_contact<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, HavenState>,
    href: String,
) -> Result<()> {
    if !state.library().lists_contact(&href) {
        return Err(Error::UnlistedContact(href));
    }
    crate::system_apps::open(&app, &href)
}

/// Leaves the app at once. The interface has already blanked the window before calling this.
#[tauri::command]
pub fn quick_exit<R: Runtime>(app: AppHandle<R>) {
    use tauri_plugin_reader_safety::ReaderSafetyExt;
    // Android: the app closes and its task leaves the recent-apps list.
    if app.reader_safety().leave() {
        return;
    }
    // iOS does not let an app close itself: the interface's cover stays on screen instead.
    if cfg!(target_os = "ios") {
        return;
    }
    app.exit(0);
}
