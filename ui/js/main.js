// Haven's interface: one page, screens drawn from the engine's data. Navigation lives only in memory
// (no browser history, no storage), so nothing of what was read or searched outlives the window.

import { api } from "./api.js";
import { cover } from "./cover.js";
import { player } from "./player.js";
import { el } from "./dom.js";
import * as views from "./views.js";

// The screens a reader reaches only by tapping: their modules are fetched and compiled once the first
// screen is drawn (`loadLaterScreens`), not before it. The cover is imported above: quick exit and
// discreet mode never wait for a module to load.
const LATER = {
  article: () => import("./article.js"),
  search: () => import("./search.js"),
  settings: () => import("./settings.js"),
  selfCheck: () => import("./self-check.js"),
};

const SCREENS = {
  language: views.languagePicker,
  home: views.home,
  article: async (app, params) => (await LATER.article()).article(app, params),
  dual: async (app, params) => (await LATER.article()).dual(app, params),
  directory: views.directory,
  search: async (app, params) => (await LATER.search()).search(app, params),
  settings: async (app, params) => (await LATER.settings()).settings(app, params),
  check: async (app, params) => (await LATER.selfCheck()).selfCheck(app, params),
};

function loadLaterScreens() {
  for (const load of Object.values(LATER)) load().catch(() => {}); // a failure shows when one is opened
}

const view = document.getElementById("view");
const root = document.documentElement;

// The bar sticks to the top of the window, so whatever is scrolled to (a section opened by name, a
// control reached with Tab) is placed below it rather than under it: the stylesheet's
// scroll-padding reads the bar's height, which grows with the text size.
const bar = document.getElementById("bar");
new ResizeObserver(() => root.style.setProperty("--bar-block-size", `${bar.offsetHeight}px`)).observe(bar);

const app = {
  state: null,
  /** The screens behind the current one, for the back button. Memory only. */
  stack: [],
  /** Interface strings of other locales, for the dual view. Memory only. */
  otherStrings: new Map(),
  /** The self-check's answers while it is open: this page's memory only, forgotten on leaving it. */
  checkAnswers: [],
  /** The helper's language last chosen in the dual view, for this run only. */
  chosenSecondLocale: null,
  /** The current screen's own key handler (the calculator's), if any. */
  keyHandler: null,
  pendingAfterRender: [],

  get current() {
    return this.stack[this.stack.length - 1];
  },

  async start() {
    // Marks for tests/size/startup.py --trace: where the first screen's time goes.
    performance.mark("haven-start-asked");
    this.state = await api.start();
    performance.mark("haven-start-answered");
    // Covered before anything is named: the window keeps the calculator's title it was made with.
    if (this.state.discreet) root.classList.add("covered");
    this.applyLocale();
    this.applyTextSize();
    if (this.state.discreet) this.showCover();
    else await this.show(this.state.needsLanguageChoice ? "language" : "home");
    performance.mark("haven-first-screen-drawn");
    requestAnimationFrame(() => performance.mark("haven-first-frame"));
    // After the first screen has been painted, so that it is not held up by them.
    requestAnimationFrame(() => setTimeout(loadLaterScreens, 0));
  },

  /** Draws a screen. `replace` swaps the current screen instead of stacking a new one. */
  async show(name, params = {}, { replace = false } = {}) {
    if (replace) this.stack.pop();
    this.stack.push({ name, params });
    await this.render();
  },

  /** Updates the current screen's parameters without redrawing it (the search query, as typed). */
  replaceParams(params) {
    if (this.current) this.current.params = { ...this.current.params, ...params };
  },

  /** Runs `task` once the screen being drawn is on the page. */
  afterRender(task) {
    this.pendingAfterRender.push(task);
  },

  /** Lets the current screen handle key presses; cleared when another screen is drawn. */
  onKey(handler) {
    this.keyHandler = handler;
  },

  async render() {
    const { name, params } = this.current;
    if (name !== "check") this.checkAnswers = [];
    player.stop(); // a new screen never keeps talking about the one before
    this.keyHandler = null;
    this.pendingAfterRender = [];
    let nodes;
    try {
      nodes = await SCREENS[name](this, params);
    } catch (error) {
      nodes = [el("p", { class: "error", role: "alert" }, this.state.strings["error-generic"], " ", error?.message ?? "")];
    }
    if (this.current?.name !== name) return; // another screen was asked for meanwhile
    view.replaceChildren(...[nodes].flat().filter(Boolean));
    view.dataset.screen = name;
    window.scrollTo(0, 0);
    view.focus({ preventScroll: true });
    for (const task of this.pendingAfterRender.splice(0)) task();
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

  /** Another locale's interface strings (for a column of the dual view). */
  async stringsFor(locale) {
    if (locale === this.state.locale) return this.state.strings;
    if (!this.otherStrings.has(locale)) this.otherStrings.set(locale, await api.interfaceStrings(locale));
    return this.otherStrings.get(locale);
  },

  /** The helper's language for a new dual view: the last chosen, else the reference language. */
  secondLocale() {
    const { locale, locales } = this.state;
    const candidates = [this.chosenSecondLocale, "en", ...locales.map((l) => l.code)];
    return candidates.find((code) => code && code !== locale && locales.some((l) => l.code === code)) ?? locale;
  },

  rememberSecondLocale(code) {
    this.chosenSecondLocale = code;
  },

  async setTextSize(size) {
    await api.setTextSize(size);
    this.state.textSize = size;
    this.applyTextSize();
    await this.render();
  },

  async forgetSettings() {
    await api.forgetSettings();
    Object.assign(this.state, { textSize: 100, discreet: false });
    this.applyTextSize();
    await this.render();
  },

  /** After a check: the version and date in the strings, the pack summary, and whether the
   * information may be out of date. */
  async refreshInformation() {
    const fresh = await api.start();
    const strings = fresh.locale === this.state.locale ? fresh.strings : await api.interfaceStrings(this.state.locale);
    Object.assign(this.state, { strings, pack: fresh.pack, locales: fresh.locales, freshness: fresh.freshness });
    this.otherStrings.clear();
  },

  /** Prints the screen as a leaflet, through the print stylesheet. */
  async print() {
    try {
      await api.printLeaflet();
    } catch {
      window.print();
    }
  },

  applyLocale() {
    const { locale, locales, strings } = this.state;
    const info = locales.find((l) => l.code === locale);
    root.lang = locale;
    root.dir = info?.direction ?? "ltr";
    if (!root.classList.contains("covered")) this.applyTitle(strings["app-name"]);
    document.getElementById("nav-home").setAttribute("aria-label", `${strings["app-name"]}: ${strings.home}`);
    setLabel("nav-home", strings.home);
    setLabel("nav-search", strings.search);
    setLabel("nav-language", strings["change-language"]);
    setLabel("nav-settings", strings.settings);
    document.querySelector("#quick-exit .quick-exit-label").textContent = strings["quick-exit"];
    document.getElementById("quick-exit-explained").textContent = strings["quick-exit-label"];
    document.getElementById("bar-nav").setAttribute("aria-label", strings.menu);
  },

  applyTitle(title) {
    document.title = title;
    api.setWindowTitle(title).catch(() => {});
  },

  applyTextSize() {
    // A CSS custom property set through the CSSOM: allowed by the strict content security policy,
    // unlike a style attribute.
    root.style.setProperty("--text-scale", String(this.state.textSize / 100));
    root.dataset.textSize = String(this.state.textSize);
  },

  /** The calculator, with nothing that names Haven; the guidance opens only with the reader's code. */
  showCover({ unlockable = true } = {}) {
    player.stop();
    this.stack = [];
    this.checkAnswers = [];
    root.classList.add("covered");
    this.applyTitle(this.state?.strings?.calculator ?? "Calculator");
    const onCode = unlockable
      ? async (typed) => {
          if (await api.unlock(typed)) await this.leaveCover();
        }
      : null;
    view.replaceChildren(...cover(this, { onCode }));
    view.dataset.screen = "cover";
    view.focus({ preventScroll: true });
  },

  async leaveCover() {
    root.classList.remove("covered");
    this.keyHandler = null;
    this.applyLocale();
    await this.show(this.state.needsLanguageChoice ? "language" : "home");
  },

  /**
   * Hides everything at once, forgets the screens, and closes the app. Where the system does not let
   * an app close itself, a plain calculator stays on screen instead.
   */
  async quickExit() {
    player.stop();
    root.classList.add("leaving");
    view.replaceChildren();
    this.stack = [];
    this.checkAnswers = [];
    this.otherStrings.clear();
    this.chosenSecondLocale = null;
    try {
      await api.quickExit();
    } finally {
      root.classList.remove("leaving");
      if (this.state) this.showCover({ unlockable: this.state.discreet });
    }
  },
};

function setLabel(id, text) {
  document.querySelector(`#${id} .bar-label`).textContent = text;
}

document.getElementById("quick-exit").addEventListener("click", () => app.quickExit());
document.getElementById("nav-home").addEventListener("click", () => app.goHome());
document.getElementById("nav-search").addEventListener("click", () => app.show("search"));
document.getElementById("nav-language").addEventListener("click", () => app.show("language"));
document.getElementById("nav-settings").addEventListener("click", () => app.show("settings"));
// In discreet mode the cover returns as soon as the app is hidden or minimised, so that a window
// brought back, or a phone picked up from the recent-apps list, shows the calculator.
document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "hidden" && app.state?.discreet && !root.classList.contains("covered")) {
    app.showCover();
  }
});
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape") {
    event.preventDefault();
    app.quickExit();
    return;
  }
  if (app.keyHandler?.(event)) event.preventDefault();
});

// The bar stays at the top of the screen; a control that gets the focus under it is scrolled into
// sight (WCAG 2.4.11). Done here rather than with CSS scroll padding, which WebKit's WebDriver does
// not take into account when it scrolls to click.
document.addEventListener("focusin", (event) => revealBelowBar(event.target));

/** Scrolls so that `element` is not hidden under the bar. */
function revealBelowBar(element) {
  if (element === view || root.classList.contains("covered")) return;
  const barBottom = document.getElementById("bar").getBoundingClientRect().bottom;
  const top = element.getBoundingClientRect().top;
  if (top < barBottom + 8) window.scrollBy(0, top - barBottom - 8);
}

api.listen("information-updated", async () => {
  if (!app.state) return;
  await app.refreshInformation();
  if (app.current && !root.classList.contains("covered")) await app.render();
});

app.start();
