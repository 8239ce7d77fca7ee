// The web edition's service worker. keep.js registers it only when the reader asks to keep the
// pages on the phone, with the language in its address (sw.js?locale=da); it then keeps exactly
// the files that language's offline.json lists, and nothing of any other language. Pages are
// answered from the copy kept, and the copy is refreshed in the background when there is a network.
"use strict";

var locale = new URL(self.location.href).searchParams.get("locale") || "";
var CACHE = "haven-web-" + locale;
var VALID = /^[A-Za-z0-9-]{1,35}$/;

self.addEventListener("install", function (event) {
  if (!VALID.test(locale)) return;
  event.waitUntil(
    fetch(locale + "/offline.json", { cache: "no-store" })
      .then(function (response) {
        if (!response.ok) throw new Error("offline.json: " + response.status);
        return response.json();
      })
      .then(function (list) {
        return caches.open(CACHE).then(function (cache) { return cache.addAll(list.files); });
      })
      .then(function () { return self.skipWaiting(); }),
  );
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches
      .keys()
      .then(function (names) {
        return Promise.all(
          names
            .filter(function (n) { return n.indexOf("haven-web-") === 0 && n !== CACHE; })
            .map(function (n) { return caches.delete(n); }),
        );
      })
      .then(function () { return self.clients.claim(); }),
  );
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(function (cache) {
      return cache.match(request, { ignoreSearch: true }).then(function (kept) {
        var fresh = fetch(request)
          .then(function (response) {
            if (kept && response.ok) cache.put(request, response.clone());
            return response;
          })
          .catch(function () { return kept; });
        return kept || fresh;
      });
    }),
  );
});
