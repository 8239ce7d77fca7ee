// Haven's interface: one page, screens drawn from the engine's data. Navigation lives only in memory
// (no browser history, no storage), so nothing of what was read outlives the window.

import { api } from "./api.js";
import { el } from "./dom.js";
import * as views from "./views.js";

const SCREENS = {
  language: views.languagePicker,
  home: views.home,
  article: views.article,
  directory: views.directory,
  settings: views.settings,
};

const view = document.getElementById("view");

const app = {
  state: null,
  /** The screens behind the current one, for the back button. */
  stack: [],

  get current() {
    return this.stack[this.stack.length - 1];
  },

  async start() {
    this.state = await api.start();
    this.applyLocale();
    this.applyTextSize();
    await this.show(this.state.needsLanguageChoice ? "language" : "home");
  },

  /** Draws a screen. `replace` swaps the current screen instead of stacking a new one. */
  async show(name, params = {}, { replace = false } = {}) {
    if (replace) this.stack.pop();
    this.stack.push({ name, params });
    await this.render();
  },

  async render() {
    const { name, params } = this.current;
    let nodes;
    try {
      nodes = await SCREENS[name](this, params);
    } catch (error) {
      nodes = [el("p", { class: "error", role: "alert" }, this.state.strings["error-generic"], " ", error?.message ?? "")];
    }
    view.replaceChildren(...[nodes].flat().filter(Boolean));
    view.dataset.screen = name;
    window.scrollTo(0, 0);
    view.focus({ preventScroll: true });
  },

  async back() {
    if (this.stack.length > 1) this.stack.pop();
    else this.stack = [{ name: "home", params: {} }];
    await this.render();
  },

  async goHome() {
    this.stack = [{ name: "home", params: {} }];
    await this.render();
  },

  /** Switches language at once and redraws the same screen in it. */
  async chooseLocale(locale) {
    const chosen = await api.chooseLocale(locale);
    const firstChoice = this.state.needsLanguageChoice;
    Object.assign(this.state, { locale: chosen.locale, strings: chosen.strings, needsLanguageChoice: false });
    this.applyLocale();
    if (this.current?.name === "language") {
      if (firstChoice || this.stack.length <= 1) await this.goHome();
      else await this.back();
    } else {
      await this.render();
    }
  },

  async setTextSize(size) {
    await api.setTextSize(size);
    this.state.textSize = size;
    this.applyTextSize();
    await this.render();
  },

  async forgetSettings() {
    await api.forgetSettings();
    this.state.textSize = 100;
    this.applyTextSize();
  },

  applyLocale() {
    const { locale, locales, strings } = this.state;
    const info = locales.find((l) => l.code === locale);
    document.documentElement.lang = locale;
    document.documentElement.dir = info?.direction ?? "ltr";
    document.title = strings["app-name"];
    document.getElementById("app-name").textContent = strings["app-name"];
    document.getElementById("nav-home").setAttribute("aria-label", `${strings["app-name"]}: ${strings.home}`);
    setLabel("nav-language", strings["change-language"]);
    setLabel("nav-settings", strings.settings);
    setLabel("quick-exit", strings["quick-exit"]);
    document.getElementById("quick-exit").setAttribute("aria-label", strings["quick-exit-label"]);
  },

  applyTextSize() {
    // A CSS custom property set through the CSSOM: allowed by the strict content security policy,
    // unlike a style attribute.
    document.documentElement.style.setProperty("--text-scale", String(this.state.textSize / 100));
  },

  /** Hides everything at once, forgets the screens, and closes the app. */
  quickExit() {
    view.replaceChildren();
    document.body.replaceChildren();
    this.stack = [];
    this.state = null;
    api.quickExit();
  },
};

function setLabel(id, text) {
  document.querySelector(`#${id} .bar-label`).textContent = text;
}

document.getElementById("quick-exit").addEventListener("click", () => app.quickExit());
document.getElementById("nav-home").addEventListener("click", () => app.goHome());
document.getElementById("nav-language").addEventListener("click", () => app.show("language"));
document.getElementById("nav-settings").addEventListener("click", () => app.show("settings"));
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape") app.quickExit();
});

app.start();
