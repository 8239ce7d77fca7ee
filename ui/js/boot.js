// The app's first answers, asked for as soon as this small module has loaded: index.html loads it on
// its own (`async`), so the start state, and the home screen's topics and services when the reader's
// language is already chosen, come back while the other modules are still being fetched and compiled.
// api.js hands each answer out once, to the first call that asks exactly the same; after the first
// screen, main.js drops whatever is left, so nothing older than that is ever shown.

const { invoke } = window.__TAURI__.core;
const early = new Map();

function key(command, args) {
  return `${command} ${JSON.stringify(args)}`;
}

function ask(command, args) {
  const answer = invoke(command, args);
  answer.catch(() => {}); // a failure reaches whoever takes the answer, or nobody
  early.set(key(command, args), answer);
  return answer;
}

/** The answer asked for early to exactly this call, once; else null. */
export function takeEarly(command, args) {
  const k = key(command, args);
  const answer = early.get(k) ?? null;
  early.delete(k);
  return answer;
}

export function dropEarly() {
  early.clear();
}

ask("start", {}).then((state) => {
  if (state.discreet || state.needsLanguageChoice) return;
  ask("topics", { locale: state.locale });
  ask("directory", { locale: state.locale, kind: null });
}, () => {});
