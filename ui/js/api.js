// The app's commands. Every call goes through Tauri's IPC; the command list is fixed by the
// capability file, so the interface can do nothing else.

const tauri = window.__TAURI__;

function invoke(command, args = {}) {
  return tauri.core.invoke(command, args);
}

export const api = {
  start: () => invoke("start"),
  chooseLocale: (locale) => invoke("choose_locale", { locale }),
  interfaceStrings: (locale) => invoke("interface_strings", { locale }),
  article: (locale, id) => invoke("article", { locale, id }),
  /** The self-check's questions and results; the answers never leave the page. */
  selfCheck: (locale) => invoke("self_check", { locale }),
  /** The home screen's topics, emergency service and its spoken clip, and the self-check's tile. */
  home: (locale) => invoke("home", { locale }),
  /** A clip's bytes (an ArrayBuffer), to play from memory. */
  audioClip: (locale, path) => invoke("audio_clip", { locale, path }),
  /** What can be done about the voice of `locale`: download it (with its size), remove it, or why not. */
  voiceOffer: (locale) => invoke("voice_offer", { locale }),
  /** Asks the server whether it offers a voice for `locale`, and its size; downloads nothing large. */
  lookForVoice: (locale) => invoke("look_for_voice", { locale }),
  /** Downloads and checks the voice of `locale` (`voice-progress` events while it works). */
  downloadVoice: (locale) => invoke("download_voice", { locale }),
  removeVoice: (locale) => invoke("remove_voice", { locale }),
  directory: (locale, kind = null) => invoke("directory", { locale, kind }),
  /** Every section that contains the query; the query is not kept anywhere. */
  search: (locale, query) => invoke("search", { locale, query }),
  setTextSize: (size) => invoke("set_text_size", { size }),
  forgetSettings: () => invoke("forget_settings"),
  /** Turns discreet mode on with a code of 6 to 12 digits, or off with null. */
  setDiscreetCode: (code) => invoke("set_discreet_code", { code }),
  /** Whether the code typed on the cover screen opens the guidance. */
  unlock: (code) => invoke("unlock", { code }),
  /** Prints the screen through the print stylesheet (the system's print dialog). */
  printLeaflet: () => invoke("print_leaflet"),
  informationStatus: () => invoke("information_status"),
  checkForUpdates: () => invoke("check_for_updates"),
  setAutomaticChecks: (enabled) => invoke("set_automatic_checks", { enabled }),
  quickExit: () => invoke("quick_exit"),
  /** Opens one of the pack's tel:, sms:, mailto: or https: addresses with the system's app. */
  openContact: (href) => invoke("open_contact", { href }),
  /** Listens to an event from the app; resolves to a function that stops listening. */
  listen: (event, handler) => tauri.event.listen(event, (message) => handler(message.payload)),
  /** Names the window (what the system's window list shows). */
  setWindowTitle: (title) => tauri.window.getCurrentWindow().setTitle(title),
};
