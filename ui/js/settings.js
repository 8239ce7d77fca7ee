// The settings screen: text size, language, the voice for listening, discreet mode, updated
// information, and forgetting the settings. Everything here is said in plain words, including what
// each option does not do.

import { api } from "./api.js";
import { el, icon } from "./dom.js";
import { formatBytes, withIsolatedDates } from "./render.js";
import { backButton } from "./views.js";

export async function settings(app, { section = null } = {}) {
  const { strings } = app.state;
  const [information, voice] = await Promise.all([api.informationStatus(), api.voiceOffer(app.state.locale)]);
  // Opened from the home screen's "may be out of date" notice, or from an article with no voice yet:
  // show that section at once.
  if (section) app.afterRender(() => document.getElementById(section)?.scrollIntoView({ block: "start" }));
  return [
    backButton(app),
    el("h1", {}, icon("settings", "title-icon"), strings.settings),
    textSizeSection(app),
    el(
      "section",
      { "aria-labelledby": "language-heading" },
      el("h2", { id: "language-heading" }, strings["change-language"]),
      el(
        "button",
        { type: "button", class: "wide-button", id: "settings-language", onclick: () => app.show("language") },
        icon("language"),
        strings["choose-language"],
      ),
    ),
    voiceSection(app, voice),
    discreetSection(app),
    updatesSection(app, information),
    forgetSection(app),
  ];
}

function textSizeSection(app) {
  const { strings, textSize, textSizes } = app.state;
  return el(
    "section",
    { "aria-labelledby": "text-size-heading" },
    el("h2", { id: "text-size-heading" }, strings["text-size"]),
    el(
      "div",
      { class: "text-sizes", role: "group", "aria-labelledby": "text-size-heading" },
      textSizes.map((size) =>
        el(
          "button",
          {
            type: "button",
            class: "text-size",
            "data-size": size,
            "aria-pressed": String(size === textSize),
            onclick: () => app.setTextSize(size),
          },
          `${size} %`,
        ),
      ),
    ),
  );
}

// Six digits at least: four are too few against someone who tries codes, and too often a PIN.
const CODE = /^[0-9]{6,12}$/;

/**
 * Discreet mode: Haven opens as a calculator, and the guidance opens only with the reader's code.
 * The section says what this hides and what it does not.
 */
function discreetSection(app) {
  const { strings } = app.state;
  const status = el("p", { class: "status", role: "status", id: "discreet-status" });
  const error = el("p", { class: "error", id: "discreet-error", role: "alert" });
  const state = el("p", { class: "discreet-state", id: "discreet-state" });
  const code = codeInput("discreet-code", strings["discreet-code"]);
  const again = codeInput("discreet-code-again", strings["discreet-code-again"]);
  const turnOff = el(
    "button",
    {
      type: "button",
      class: "wide-button",
      id: "discreet-off",
      onclick: async () => {
        await api.setDiscreetCode(null);
        app.state.discreet = false;
        error.textContent = "";
        status.textContent = strings["discreet-turned-off"];
        refresh();
      },
    },
    strings["discreet-turn-off"],
  );
  const save = el("button", { type: "submit", class: "wide-button", id: "discreet-save" }, icon("discreet"));
  const saveLabel = el("span", {});
  save.append(saveLabel);
  const refresh = () => {
    state.textContent = app.state.discreet ? strings["discreet-is-on"] : strings["discreet-is-off"];
    saveLabel.textContent = app.state.discreet ? strings["discreet-change-code"] : strings["discreet-turn-on"];
    turnOff.hidden = !app.state.discreet;
  };
  refresh();
  const form = el(
    "form",
    {
      class: "code-form",
      id: "discreet-form",
      novalidate: true,
      onsubmit: async (event) => {
        event.preventDefault();
        status.textContent = "";
        const [first, second] = [code.input.value, again.input.value];
        if (!CODE.test(first)) {
          error.textContent = strings["discreet-code-invalid"];
          code.input.setAttribute("aria-invalid", "true");
          code.input.focus();
          return;
        }
        code.input.removeAttribute("aria-invalid");
        if (first !== second) {
          error.textContent = strings["discreet-code-mismatch"];
          again.input.setAttribute("aria-invalid", "true");
          again.input.focus();
          return;
        }
        again.input.removeAttribute("aria-invalid");
        await api.setDiscreetCode(first);
        code.input.value = "";
        again.input.value = "";
        error.textContent = "";
        app.state.discreet = true;
        status.textContent = strings["discreet-saved"];
        refresh();
      },
    },
    el("p", { class: "note", id: "discreet-not-pin" }, strings["discreet-not-pin"]),
    code.field,
    again.field,
    error,
    save,
  );
  return el(
    "section",
    { "aria-labelledby": "discreet-heading", id: "discreet" },
    el("h2", { id: "discreet-heading" }, icon("discreet", "title-icon-small"), strings.discreet),
    el("p", {}, strings["discreet-what"]),
    el("p", { class: "note" }, strings["discreet-not-hidden"]),
    el("p", {}, strings["discreet-forgotten-code"]),
    state,
    form,
    turnOff,
    status,
  );
}

function codeInput(id, label) {
  const input = el("input", {
    id,
    type: "password",
    inputmode: "numeric",
    autocomplete: "off",
    maxlength: "12",
    class: "code-input",
    "aria-describedby": "discreet-error",
  });
  return { input, field: el("div", { class: "field" }, el("label", { for: id }, label), input) };
}

/** Where the information comes from, in plain words. */
function sourceText(strings, source) {
  if (source === "embedded") return strings["updates-source-embedded"];
  if (source === "synced") return strings["updates-source-synced"];
  return null;
}

const STAGES = { checking: "updates-checking", downloading: "updates-downloading", installing: "updates-installing" };
const RESULTS = {
  updated: "updates-updated",
  unchanged: "updates-unchanged",
  refused: "updates-refused",
  unavailable: "updates-unavailable",
};

/**
 * Checking for updated information: the information in use (date and version), a button, progress,
 * the result in plain words, and the choice to check automatically (off unless the reader turns it on).
 */
function updatesSection(app, information) {
  const { strings } = app.state;
  const version = el("p", { id: "information-version" }, withIsolatedDates(strings["information-version"]));
  const publisher = el("p", { id: "information-publisher" }, strings["information-publisher"]);
  const source = sourceText(strings, information.source);
  const sourceLine = source
    ? el("p", { id: "information-source" }, source)
    : el("p", { id: "information-source" }, strings["updates-source-preview"], " ", el("span", { dir: "ltr", class: "path" }, information.source));
  const progress = el("progress", { id: "update-progress", hidden: true, "aria-labelledby": "update-stage" });
  const stage = el("span", { id: "update-stage" });
  const progressRow = el("div", { class: "update-progress", hidden: true }, stage, progress);
  const result = el("p", { class: "status", role: "status", id: "update-result" });
  const button = el(
    "button",
    {
      type: "button",
      class: "wide-button",
      id: "check-for-updates",
      disabled: !information.updateUrlConfigured,
      "aria-describedby": information.updateUrlConfigured ? null : "updates-not-configured",
      onclick: async () => {
        button.disabled = true;
        result.textContent = "";
        progressRow.hidden = false;
        progress.hidden = false;
        progress.removeAttribute("value");
        stage.textContent = strings["updates-checking"];
        const stopListening = await api.listen("update-progress", (p) => {
          stage.textContent = strings[STAGES[p.stage]] ?? strings["updates-checking"];
          if (p.bytesExpected > 0) {
            progress.max = p.bytesExpected;
            progress.value = p.bytesDownloaded;
          }
        });
        try {
          const outcome = await api.checkForUpdates();
          result.textContent = strings[RESULTS[outcome.status]] ?? outcome.message;
          result.dataset.status = outcome.status;
          // Any result changes what the home screen says about how fresh the information is.
          await app.refreshInformation();
          if (outcome.status === "updated") {
            version.replaceChildren(...withIsolatedDates(app.state.strings["information-version"]));
            publisher.textContent = app.state.strings["information-publisher"];
            sourceLine.textContent = strings["updates-source-synced"];
          }
        } catch (problem) {
          result.textContent = strings["updates-refused"];
          result.dataset.status = "error";
        } finally {
          stopListening();
          progressRow.hidden = true;
          progress.hidden = true;
          button.disabled = false;
        }
      },
    },
    icon("update"),
    strings["updates-check"],
  );
  const automatic = el("input", {
    type: "checkbox",
    role: "switch",
    id: "automatic-checks",
    checked: information.automaticChecks,
    disabled: !information.updateUrlConfigured,
    "aria-describedby": "automatic-checks-explained",
    onchange: async (event) => {
      const wanted = event.target.checked;
      try {
        await api.setAutomaticChecks(wanted);
      } catch {
        event.target.checked = !wanted;
      }
    },
  });
  return el(
    "section",
    { "aria-labelledby": "updates-heading", id: "updates" },
    el("h2", { id: "updates-heading" }, icon("update", "title-icon-small"), strings.updates),
    el("div", { class: "information-in-use", id: "information-in-use" }, version, publisher, sourceLine),
    information.updateUrlConfigured
      ? null
      : el("p", { class: "note", id: "updates-not-configured" }, strings["updates-not-configured"]),
    button,
    progressRow,
    result,
    el(
      "div",
      { class: "switch-row" },
      automatic,
      el("label", { for: "automatic-checks" }, strings["updates-automatic"]),
    ),
    el("p", { class: "hint", id: "automatic-checks-explained" }, strings["updates-automatic-explained"]),
  );
}

// Why a download of a voice was refused, as the sync client says what it means to a reader: the
// server could not be reached, or what came was not what the publisher signed.
const REFUSALS = { unreachable: "voice-unreachable", untrusted: "voice-untrusted" };

function refusal(strings, problem) {
  return strings[REFUSALS[problem?.cause]] ?? strings["updates-refused"];
}

/**
 * The voice for reading aloud in the reader's language: what it is, its size before it is downloaded
 * (looked up from the signed manifest only when the reader asks), progress while it downloads, and
 * removing it to free the space. A language no voice speaks says so.
 */
function voiceSection(app, initial) {
  const { strings, locale } = app.state;
  const state = el("p", { id: "voice-state" });
  const size = el("span", { class: "button-detail", id: "voice-size" });
  const actionLabel = el("span", {});
  const action = el("button", { type: "button", class: "wide-button", id: "voice-action" }, icon("download"), actionLabel, size);
  const remove = el("button", { type: "button", class: "wide-button", id: "voice-remove" }, icon("forget"), strings["voice-remove"]);
  const progress = el("progress", { id: "voice-progress", "aria-labelledby": "voice-stage" });
  const stage = el("span", { id: "voice-stage" });
  const progressRow = el("div", { class: "update-progress", hidden: true }, stage, progress);
  const result = el("p", { class: "status", role: "status", id: "voice-result" });
  let offer = initial;

  const draw = () => {
    const sized = offer.bytes == null ? "" : formatBytes(offer.bytes, locale);
    const lines = {
      "no-voice": strings["voice-none"],
      unavailable: `${strings["voice-built-in"]} ${strings["updates-not-configured"]}`,
      unknown: strings["voice-built-in"],
      available: strings["voice-built-in"],
      "not-offered": `${strings["voice-not-offered"]} ${strings["voice-built-in"]}`,
      downloaded: `${strings["voice-downloaded"]} ${strings["voice-uses"]} ${sized}`,
    };
    state.textContent = lines[offer.state] ?? "";
    state.dataset.state = offer.state;
    action.hidden = !["unknown", "available", "not-offered"].includes(offer.state);
    actionLabel.textContent = strings[offer.state === "available" ? "voice-download" : "voice-look"];
    size.textContent = offer.state === "available" ? sized : "";
    size.hidden = offer.state !== "available";
    remove.hidden = offer.state !== "downloaded";
  };

  /** Runs one request, with its stage said and the buttons off until it is done. */
  const run = async (stageText, request, done) => {
    action.disabled = remove.disabled = true;
    result.textContent = "";
    delete result.dataset.status;
    progressRow.hidden = false;
    progress.removeAttribute("value");
    stage.textContent = stageText;
    const stopListening = await api.listen("voice-progress", (p) => {
      stage.textContent = strings[p.stage === "installing" ? "voice-installing" : p.stage === "downloading" ? "voice-downloading" : "voice-looking"];
      if (p.bytesExpected > 0) {
        progress.max = p.bytesExpected;
        progress.value = p.bytesDownloaded;
      }
    });
    try {
      offer = await request();
      result.textContent = done(offer) ?? "";
      result.dataset.status = "done";
      // A download may bring newer information with the voice.
      await app.refreshInformation();
    } catch (problem) {
      result.textContent = refusal(strings, problem);
      result.dataset.status = "refused";
      result.dataset.reason = problem?.kind ?? "";
    } finally {
      stopListening();
      progressRow.hidden = true;
      action.disabled = remove.disabled = false;
      draw();
    }
  };
  action.addEventListener("click", () =>
    offer.state === "available"
      ? run(strings["voice-downloading"], () => api.downloadVoice(locale), () => strings["voice-done"])
      : run(strings["voice-looking"], () => api.lookForVoice(locale), (found) => (found.state === "not-offered" ? strings["voice-not-offered"] : null)),
  );
  remove.addEventListener("click", () => run(strings["voice-remove"], () => api.removeVoice(locale), () => strings["voice-removed"]));
  draw();
  return el(
    "section",
    { "aria-labelledby": "voice-heading", id: "voice" },
    el("h2", { id: "voice-heading" }, icon("listen", "title-icon-small"), strings["voice-heading"]),
    el("p", {}, strings["voice-what"]),
    state,
    action,
    remove,
    progressRow,
    result,
  );
}

function forgetSection(app) {
  const { strings } = app.state;
  const status = el("p", { class: "status", role: "status", id: "settings-status" });
  return el(
    "section",
    { "aria-labelledby": "forget-heading" },
    el("h2", { id: "forget-heading" }, strings["forget-settings"]),
    el("p", {}, strings["forget-settings-explained"]),
    el(
      "button",
      {
        type: "button",
        class: "wide-button",
        id: "forget-settings",
        onclick: async () => {
          await app.forgetSettings();
          // The screen is redrawn with the defaults; the confirmation goes into the new one.
          document.getElementById("settings-status").textContent = strings["forget-settings-done"];
        },
      },
      icon("forget"),
      strings["forget-settings"],
    ),
    status,
  );
}
