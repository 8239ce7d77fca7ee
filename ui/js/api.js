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
  topics: (locale) => invoke("topics", { locale }),
  article: (locale, id) => invoke("article", { locale, id }),
  directory: (locale, kind = null) => invoke("directory", { locale, kind }),
  setTextSize: (size) => invoke("set_text_size", { size }),
  forgetSettings: () => invoke("forget_settings"),
  quickExit: () => invoke("quick_exit"),
  /** Opens a tel:, sms:, mailto: or https: address with the system's app. */
  openContact: (href) => tauri.opener.openUrl(href),
};
