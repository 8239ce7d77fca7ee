// The article's "Print" button, as in the app: shown only where a script can press print for the
// reader (the browser's own menu prints the same leaflet with scripts off).
"use strict";
(function () {
  var button = document.getElementById("print");
  if (!button || typeof window.print !== "function") return;
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
})();
