// Listening: one clip at a time, played from memory. The page asks the app for a clip's bytes (only
// clips the pack's voice.toml lists) and plays them from a blob: address, so nothing goes over a
// network and nothing of what was played is kept. Quick exit, the cover and every new screen stop
// the sound at once (main.js calls `player.stop()`).

import { api } from "./api.js";

let audio = null;
let address = null;
let queue = [];
let current = null;
let listener = null;
/** Grows with every `play` and `stop`, so a clip still loading for an older request is dropped. */
let generation = 0;

function release() {
  if (audio) {
    audio.onended = null;
    audio.onerror = null;
    audio.ontimeupdate = null;
    audio.pause();
    audio.removeAttribute("src");
    audio.load();
    audio.remove();
  }
  if (address) URL.revokeObjectURL(address);
  audio = null;
  address = null;
}

function tell(state) {
  const position = audio ? audio.currentTime : 0;
  const duration = audio && Number.isFinite(audio.duration) ? audio.duration : (current?.clip.durationMs ?? 0) / 1000;
  listener?.({ state, item: current, position, duration });
}

async function playNext(mine) {
  release();
  current = queue.shift() ?? null;
  if (!current) {
    tell("ended");
    return;
  }
  tell("loading");
  let bytes;
  try {
    bytes = await api.audioClip(current.clip.lang, current.clip.path);
  } catch (error) {
    if (mine === generation) tell("error");
    return;
  }
  if (mine !== generation) return; // stopped, or another clip asked for, meanwhile
  address = URL.createObjectURL(new Blob([bytes], { type: current.clip.mime }));
  audio = new Audio(address);
  // In the page (not shown), so that what plays can be found: by assistive technology, and by the
  // tests that check the sound stops. It leaves with the clip.
  audio.id = "voice";
  audio.hidden = true;
  document.body.append(audio);
  audio.onended = () => {
    if (mine === generation) playNext(mine);
  };
  audio.onerror = () => {
    if (mine === generation) tell("error");
  };
  audio.ontimeupdate = () => {
    if (mine === generation) tell(audio.paused ? "paused" : "playing");
  };
  try {
    await audio.play();
    tell("playing");
  } catch {
    if (mine === generation) tell("error");
  }
}

export const player = {
  /**
   * Plays `items` ({ id, clip }) one after the other; `onChange({ state, item, position, duration })`
   * hears "loading", "playing" (also as the position moves), "paused", "ended", "stopped", "error".
   */
  play(items, onChange) {
    this.stop();
    generation += 1;
    listener = onChange;
    queue = [...items];
    return playNext(generation);
  },

  pause() {
    if (audio && !audio.paused) {
      audio.pause();
      tell("paused");
    }
  },

  resume() {
    if (audio && audio.paused) {
      audio.play().then(() => tell("playing"), () => tell("error"));
    }
  },

  stop() {
    generation += 1;
    const hadSound = audio !== null || current !== null;
    release();
    queue = [];
    const last = listener;
    const item = current;
    current = null;
    listener = null;
    if (hadSound) last?.({ state: "stopped", item });
  },
};
