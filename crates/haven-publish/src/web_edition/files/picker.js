// The language picker's heading in the reader's own language: the page says "Choose your language"
// in the pack's reference language, and each language's button carries that language's words for
// it (data-heading). The first language the browser prefers that the pack has is shown, marked with
// its lang and dir, so that a reader whose phone is set to Thai is greeted in Thai. With scripts
// off the heading stays in the reference language, beside the pictogram of languages.
"use strict";
(function () {
  var title = document.getElementById("language-title");
  var heading = document.getElementById("language-heading");
  if (!title || !heading) return;
  var links = document.querySelectorAll("a.language[data-heading]");
  // Tags a browser may send for a language the pack names differently.
  var ALIASES = { tl: "fil" };
  var preferred = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""];

  function find(matches) {
    for (var i = 0; i < links.length; i++) {
      if (matches((links[i].getAttribute("hreflang") || "").toLowerCase())) return links[i];
    }
    return null;
  }

  for (var i = 0; i < preferred.length; i++) {
    var tag = String(preferred[i]).toLowerCase();
    var primary = tag.split("-")[0];
    primary = ALIASES[primary] || primary;
    var link =
      find(function (code) { return code === tag; }) ||
      find(function (code) { return code.split("-")[0] === primary; });
    if (link && link.getAttribute("data-heading")) {
      heading.textContent = link.getAttribute("data-heading");
      title.setAttribute("lang", link.getAttribute("lang"));
      title.setAttribute("dir", link.getAttribute("dir"));
      return;
    }
  }
})();
