// The cover screen of discreet mode: a plain, working calculator. Nothing on it names Haven. Typing
// the reader's code and pressing "=" opens the guidance; any other sum is simply worked out.
//
// It is also the neutral screen shown after a quick exit on a system where the app cannot close.

import { el } from "./dom.js";

const OPERATORS = { "+": "calc-plus", "−": "calc-minus", "×": "calc-multiply", "÷": "calc-divide" };
const KEY_TO_SYMBOL = { "+": "+", "-": "−", "*": "×", x: "×", X: "×", "/": "÷", ",": ".", ".": "." };
const CODE = /^[0-9]{4,12}$/;

/** The calculator's arithmetic: what is typed, worked out with × and ÷ before + and −. */
export class Calculation {
  constructor() {
    this.entry = "";
    this.shown = "0";
    this.justAnswered = false;
  }

  press(symbol) {
    if (/^[0-9]$/.test(symbol) || symbol === ".") {
      if (this.justAnswered) this.entry = "";
      this.justAnswered = false;
      const current = this.entry.split(/[+−×÷]/).pop();
      if (symbol === "." && current.includes(".")) return;
      this.entry += symbol === "." && current === "" ? "0." : symbol;
    } else if (symbol in OPERATORS) {
      this.justAnswered = false;
      if (this.entry === "" && symbol === "−") this.entry = "−";
      else if (this.entry === "" || this.entry === "−") return;
      else if (/[+−×÷]$/.test(this.entry)) this.entry = this.entry.slice(0, -1) + symbol;
      else this.entry += symbol;
    } else if (symbol === "back") {
      this.justAnswered = false;
      this.entry = this.entry.slice(0, -1);
    } else if (symbol === "clear") {
      this.entry = "";
      this.justAnswered = false;
    }
    this.shown = this.entry || "0";
  }

  /** Works out the sum; returns what was typed, so the cover can check it against the code. */
  equals() {
    const typed = this.entry;
    const value = evaluate(typed);
    this.shown = value === null ? null : format(value);
    this.entry = value === null ? "" : format(value).replace("-", "−");
    this.justAnswered = true;
    return typed;
  }
}

/** The value of a sum such as "12+3×4", or null when it cannot be worked out (such as ÷ 0). */
export function evaluate(text) {
  const tokens = text.replace(/[+−×÷]$/, "").match(/(^−)?[0-9.]+|[+−×÷]/g);
  if (!tokens) return 0;
  const numbers = [];
  const operators = [];
  const apply = () => {
    const right = numbers.pop();
    const left = numbers.pop();
    const operator = operators.pop();
    if (operator === "÷" && right === 0) throw new RangeError("division by zero");
    numbers.push({ "+": left + right, "−": left - right, "×": left * right, "÷": left / right }[operator]);
  };
  const rank = (operator) => (operator === "×" || operator === "÷" ? 2 : 1);
  try {
    for (const token of tokens) {
      if (token in OPERATORS) {
        while (operators.length && rank(operators[operators.length - 1]) >= rank(token)) apply();
        operators.push(token);
      } else {
        numbers.push(Number(token.replace("−", "-")));
      }
    }
    while (operators.length) apply();
  } catch {
    return null;
  }
  const value = numbers.pop();
  return Number.isFinite(value) ? value : null;
}

function format(value) {
  return String(Number.parseFloat(value.toPrecision(12)));
}

/**
 * The calculator screen. `onCode(typed)` is called with each sum made only of digits, when "=" is
 * pressed; it opens the guidance when the digits are the reader's code.
 */
export function cover(app, { onCode = null } = {}) {
  const { strings } = app.state ?? { strings: {} };
  const calculation = new Calculation();
  const display = el("output", { class: "calc-display", id: "calc-display", dir: "ltr", "aria-live": "polite" }, "0");
  const show = () => {
    display.textContent = calculation.shown ?? strings["calc-error"] ?? "Error";
  };
  const press = (symbol) => {
    if (symbol === "=") {
      const typed = calculation.equals();
      show();
      if (onCode && CODE.test(typed)) onCode(typed);
    } else {
      calculation.press(symbol);
      show();
    }
  };
  const key = (symbol, label, extra = {}) =>
    el(
      "button",
      {
        type: "button",
        class: `calc-key${extra.class ? ` ${extra.class}` : ""}`,
        "data-key": symbol,
        "aria-label": label,
        onclick: () => press(symbol),
      },
      extra.text ?? symbol,
    );
  const keys = [
    key("clear", strings["calc-clear"], { text: "C", class: "calc-function" }),
    key("back", strings["calc-delete"], { text: "⌫", class: "calc-function" }),
    key("÷", strings["calc-divide"], { class: "calc-operator" }),
    key("×", strings["calc-multiply"], { class: "calc-operator" }),
    ...["7", "8", "9"].map((d) => key(d, d)),
    key("−", strings["calc-minus"], { class: "calc-operator" }),
    ...["4", "5", "6"].map((d) => key(d, d)),
    key("+", strings["calc-plus"], { class: "calc-operator" }),
    ...["1", "2", "3"].map((d) => key(d, d)),
    key("=", strings["calc-equals"], { class: "calc-equals" }),
    key("0", "0", { class: "calc-zero" }),
    key(".", strings["calc-point"]),
  ];
  app.onKey((event) => {
    if (event.ctrlKey || event.altKey || event.metaKey) return false;
    // Enter or space on a focused key already presses it.
    if (event.target instanceof HTMLButtonElement && (event.key === "Enter" || event.key === " ")) return false;
    let symbol = null;
    if (/^[0-9]$/.test(event.key)) symbol = event.key;
    else if (event.key in KEY_TO_SYMBOL) symbol = KEY_TO_SYMBOL[event.key];
    else if (event.key === "Enter" || event.key === "=") symbol = "=";
    else if (event.key === "Backspace") symbol = "back";
    else if (event.key === "Delete" || event.key === "c" || event.key === "C") symbol = "clear";
    if (!symbol) return false;
    press(symbol);
    return true;
  });
  return [
    el("h1", { class: "visually-hidden" }, strings.calculator ?? "Calculator"),
    el("div", { class: "calculator", id: "calculator" }, display, el("div", { class: "calc-keys" }, keys)),
  ];
}
