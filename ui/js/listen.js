// The controls for listening, for readers who read little: a big button that plays everything on the
// screen that has a voice, one per section, pause or go on, stop, what is playing and how far, and
// whether the voice is a person's or a computer's (as the text says when it is machine-assisted).

import { el, icon } from "./dom.js";
import { player } from "./player.js";

function clock(seconds) {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}

/** Who speaks a clip: "Read by <speaker>", or the plain words that a computer made the voice. */
export function voiceSource(clip, strings) {
  return clip.source === "recorded"
    ? [strings["audio-recorded"], " ", el("span", { class: "speaker" }, clip.speaker)]
    : [strings["audio-synthetic"]];
}

/**
 * A listening panel for `items` ({ id, clip, title }): `panel` goes on the screen; `button(item)` is
 * a section's own listen button. Elements with `data-listen-target="<id>"` are marked while their
 * clip plays. `allLabel` names the button that plays every item in turn.
 */
export function listening(items, strings, { allLabel, id = "listen" }) {
  const now = el("span", { class: "listen-title" });
  const time = el("bdi", { dir: "ltr", class: "listen-time", id: `${id}-time` }, "0:00");
  const pause = el(
    "button",
    { type: "button", class: "tool listen-pause", id: `${id}-pause`, onclick: () => (panel.dataset.state === "paused" ? player.resume() : player.pause()) },
    icon("pause"),
    el("span", {}, strings["listen-pause"]),
  );
  const stop = el(
    "button",
    { type: "button", class: "tool listen-stop", id: `${id}-stop`, onclick: () => player.stop() },
    icon("stop"),
    strings["listen-stop"],
  );
  const status = el(
    "div",
    { class: "listen-status", hidden: true },
    el("p", { class: "listen-now", role: "status" }, el("span", {}, strings["listen-now"]), " ", now, " ", time),
    el("div", { class: "listen-controls" }, pause, stop),
  );
  const source = el("p", { class: "listen-source" }, icon("review", "notice-icon"), voiceSource(items[0].clip, strings));

  const mark = (target) => {
    for (const node of document.querySelectorAll("[data-listen-target]")) {
      const on = node.dataset.listenTarget === target;
      node.classList.toggle("is-playing", on);
      if (on) node.setAttribute("aria-current", "true");
      else node.removeAttribute("aria-current");
    }
  };
  const onChange = ({ state, item, position, duration }) => {
    panel.dataset.state = state;
    panel.dataset.playing = item?.id ?? "";
    const active = state === "loading" || state === "playing" || state === "paused";
    status.hidden = !active;
    if (item) {
      now.textContent = item.title;
      source.replaceChildren(icon("review", "notice-icon"), ...voiceSource(item.clip, strings));
    }
    time.textContent = `${clock(position ?? 0)} / ${clock(duration ?? 0)}`;
    time.dataset.position = String(position ?? 0);
    pause.lastElementChild.textContent = strings[state === "paused" ? "listen-resume" : "listen-pause"];
    pause.setAttribute("aria-pressed", String(state === "paused"));
    mark(active ? item?.id : null);
  };
  const playAll = () => player.play(items, onChange);

  const panel = el(
    "div",
    { class: "listen-panel", id, "data-state": "stopped" },
    el(
      "button",
      { type: "button", class: "listen-all", id: `${id}-all`, onclick: playAll },
      icon("listen", "listen-icon"),
      allLabel,
    ),
    source,
    status,
  );
  const button = (item) =>
    el(
      "button",
      {
        type: "button",
        class: "tool listen-section",
        "data-listen": item.id,
        "aria-label": `${strings.listen}: ${item.title}`,
        onclick: () => player.play([item], onChange),
      },
      icon("listen"),
      strings.listen,
    );
  return { panel, button };
}
