// "Keep this on my phone": only when the reader presses the button does the site register its
// service worker, which then keeps the pages of this one language. Until then nothing is stored.
// The texts come from the button's data attributes, in the page's language.
"use strict";
(function () {
  var keep = document.getElementById("keep-button");
  var remove = document.getElementById("keep-remove");
  var status = document.getElementById("keep-status");
  var needsScripts = document.getElementById("keep-needs-scripts");
  if (!keep || !remove || !status) return;
  if (needsScripts) needsScripts.hidden = true;
  var text = keep.dataset;
  if (!("serviceWorker" in navigator) || !("caches" in window)) {
    status.textContent = text.unsupported;
    return;
  }
  var scope = new URL(text.scope, document.baseURI).href;
  var worker = new URL(text.worker, document.baseURI);
  worker.searchParams.set("locale", text.locale);

  function show(isKept) {
    keep.hidden = false;
    remove.hidden = !isKept;
  }

  navigator.serviceWorker.getRegistration(scope).then(
    function (registration) { show(Boolean(registration)); },
    function () { status.textContent = text.unsupported; },
  );

  keep.addEventListener("click", function () {
    keep.disabled = true;
    navigator.serviceWorker
      .register(worker.href, { scope: scope })
      .then(function () { return navigator.serviceWorker.ready; })
      .then(function () {
        status.textContent = text.done;
        show(true);
      })
      .catch(function () { status.textContent = text.failed; })
      .then(function () { keep.disabled = false; });
  });

  remove.addEventListener("click", function () {
    navigator.serviceWorker
      .getRegistrations()
      .then(function (registrations) {
        return Promise.all(registrations.map(function (r) { return r.unregister(); }));
      })
      .then(function () { return caches.keys(); })
      .then(function (names) {
        return Promise.all(
          names.filter(function (n) { return n.indexOf("haven-web-") === 0; }).map(function (n) { return caches.delete(n); }),
        );
      })
      .then(function () {
        status.textContent = text.removed;
        show(false);
      })
      .catch(function () { status.textContent = text.failed; });
  });
})();
