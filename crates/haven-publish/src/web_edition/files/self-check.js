// The self-check "Is this happening to me?" with scripts: one question per screen, answered yes, no
// or not sure, then the sentence for the count and whom to call, as in the app (ui/js/self-check.js).
// Without this script the page lists the questions and counts nothing.
//
// The answers live only in the variable `answers` below. Every sentence the result can need is
// already in the page (the templates #check-results and #check-unsure); this script copies one.
// It makes no request, stores nothing, and never changes the address, so no history entry, cache
// or server log can hold an answer. Leaving the page (a link, "Leave", Back) forgets them: the page
// is reset before the browser may keep it for Back.
"use strict";
(function () {
  var root = document.getElementById("self-check");
  var results = document.getElementById("check-results");
  if (!root || !results || !("content" in results)) return;
  function byId(id) { return document.getElementById(id); }
  var intro = byId("check-intro");
  var start = byId("check-start");
  var questions = byId("check-questions");
  var progress = byId("check-progress");
  var bar = byId("check-bar");
  var barDone = byId("check-bar-done");
  var numbers = byId("check-count-numbers");
  var step = byId("check-step");
  var pictogram = byId("check-pictogram");
  var question = byId("check-question");
  var questionFallback = byId("check-question-fallback");
  var previous = byId("check-previous");
  var result = byId("check-result");
  var help = byId("check-help");
  var signs = byId("check-read-signs");
  var again = byId("check-again");
  var unsureSentences = byId("check-unsure");
  var items = byId("check-list").querySelectorAll("li[data-question]");
  var buttons = step.querySelectorAll("button[data-answer]");
  var total = items.length;

  var answers = [];
  var current = 0;

  function empty(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  // Copies what maud rendered (and escaped): text and contact links, never markup from a string.
  function copyChildren(target, source) {
    empty(target);
    for (var i = 0; i < source.childNodes.length; i++) target.appendChild(source.childNodes[i].cloneNode(true));
  }

  function copyLanguage(target, source) {
    ["lang", "dir", "data-fallback"].forEach(function (name) {
      if (source.hasAttribute(name)) target.setAttribute(name, source.getAttribute(name));
      else target.removeAttribute(name);
    });
  }

  function showProgress(done) {
    bar.setAttribute("aria-valuenow", String(done));
    // Through the CSSOM, which the content security policy allows (a style attribute it does not).
    barDone.style.width = (total ? (100 * done) / total : 0) + "%";
    numbers.textContent = done + " / " + total;
  }

  function sentence(template, count) {
    var found = template.content.querySelector('[data-count="' + count + '"]');
    return found ? found.cloneNode(true) : null;
  }

  function ask(n) {
    var item = items[n - 1];
    var text = item.querySelector(".check-item-text");
    empty(pictogram);
    var image = item.querySelector("img");
    if (image) {
      var copy = image.cloneNode(true);
      copy.className = "icon check-pictogram";
      pictogram.appendChild(copy);
    }
    copyChildren(question, text);
    copyLanguage(question, text);
    question.setAttribute("data-question", item.getAttribute("data-question"));
    questionFallback.hidden = !text.hasAttribute("data-fallback");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute("aria-pressed", String(answers[n - 1] === buttons[i].getAttribute("data-answer")));
    }
    previous.hidden = n === 1;
    showProgress(n - 1);
  }

  function conclude() {
    var yes = 0;
    var unsure = 0;
    for (var i = 0; i < total; i++) {
      if (answers[i] === "yes") yes += 1;
      if (answers[i] === "not-sure") unsure += 1;
    }
    empty(result);
    var said = sentence(results, yes);
    if (said) result.appendChild(said);
    var notSure = unsure > 0 && unsureSentences ? sentence(unsureSentences, unsure) : null;
    if (notSure) result.appendChild(notSure);
    showProgress(total);
  }

  // `n` 0 is the introduction, 1 to total the questions, total + 1 the result.
  function show(n, moveFocus) {
    current = n;
    var asking = n >= 1 && n <= total;
    var done = n > total;
    root.setAttribute("data-step", String(n));
    intro.hidden = n !== 0;
    progress.hidden = n === 0;
    step.hidden = !asking;
    result.hidden = !done;
    help.hidden = !done;
    signs.hidden = !done;
    again.hidden = !done;
    if (asking) ask(n);
    else if (done) conclude();
    else empty(result);
    // A screen reader hears the new question or the result, not silence where a button was.
    if (moveFocus) (asking ? question : done ? result : start).focus();
  }

  function forget() {
    answers = [];
    show(0, false);
  }

  start.hidden = false;
  questions.hidden = true;
  start.addEventListener("click", function () { show(1, true); });
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].addEventListener("click", function (event) {
      answers[current - 1] = event.currentTarget.getAttribute("data-answer");
      show(current + 1, true);
    });
  }
  previous.addEventListener("click", function () { show(current - 1, true); });
  again.addEventListener("click", function () {
    answers = [];
    show(0, true);
  });
  window.addEventListener("pagehide", forget);
  forget();
})();
