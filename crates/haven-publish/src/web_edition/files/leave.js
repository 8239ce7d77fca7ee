// "Leave" without a trace in the tab's Back button: the link works alone (scripts off), and with
// scripts the page replaces itself with the neutral site, so Back does not return here. Escape
// leaves too, as in the app.
"use strict";
(function () {
  var link = document.getElementById("quick-exit");
  if (!link) return;
  function leave(event) {
    if (event) event.preventDefault();
    document.documentElement.classList.add("leaving");
    window.location.replace(link.href);
  }
  link.addEventListener("click", leave);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") leave(event);
  });
})();
