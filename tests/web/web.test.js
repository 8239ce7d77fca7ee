// The web edition in Debian's Chromium at phone size (360 × 740, touch), as a reader would use it:
// with and without JavaScript, checked by axe-core, watched for requests to any other origin, and
// photographed in English, Arabic and Thai. `tests/run-web.sh` builds the site and runs this file;
// HAVEN_WEB_SITE names the folder `haven-pack site` wrote.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";

import { serve } from "./server.js";

const require = createRequire(import.meta.url);
const SITE = resolve(process.env.HAVEN_WEB_SITE ?? "");
const SCREENSHOTS = resolve(process.env.HAVEN_WEB_SCREENSHOTS ?? "target/web-screenshots");
const LEAVE_URL = "https://www.google.com/";
const LOCALES = ["en", "ar", "th"];
const ARTICLE = "help-now";
// Everything waits for a condition with this deadline; nothing sleeps.
const DEADLINE = 15_000;

const PHONE = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 1,
  isMobile: true,
  hasTouch: true,
};

let browser;
let server;

before(async () => {
  assert.ok(process.env.HAVEN_WEB_SITE, "HAVEN_WEB_SITE names the folder haven-pack site wrote");
  server = await serve(SITE);
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
  await mkdir(SCREENSHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const url = (path) => `${server.origin}/${path}`;
const pageUrl = (locale, page) =>
  url(page === "article" ? `web/${locale}/articles/${ARTICLE}.html` : `web/${locale}/${page}.html`);

/** A new phone-sized tab in a context of its own, closed by the caller with `context.close()`. */
async function phone(options = {}) {
  const context = await browser.newContext({ ...PHONE, ...options });
  context.setDefaultTimeout(DEADLINE);
  // No test may reach the neutral site for real: "Leave" is answered here.
  await context.route(`${LEAVE_URL}**`, (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<title>neutral</title>neutral" }),
  );
  const page = await context.newPage();
  return { context, page };
}

describe("accessibility (axe-core)", () => {
  // The addresses are made inside each test: the server's port is known only once it runs.
  const pages = [["picker", () => url("index.html")]];
  for (const locale of LOCALES) {
    for (const kind of ["index", "article", "directory"]) pages.push([`${locale} ${kind}`, () => pageUrl(locale, kind)]);
  }
  for (const [name, address] of pages) {
    test(`${name} has no violations`, async () => {
      // axe is injected by the test, which the page's own policy rightly refuses: bypassed here only.
      const { context, page } = await phone({ bypassCSP: true });
      try {
        await page.goto(address());
        await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
        const violations = await page.evaluate(async () => {
          const results = await globalThis.axe.run(document, { resultTypes: ["violations"] });
          return results.violations.map((v) => ({
            id: v.id,
            help: v.help,
            nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
          }));
        });
        assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
      } finally {
        await context.close();
      }
    });
  }
});

describe("with JavaScript off", () => {
  test("a reader chooses a language, opens an article and finds a number to call", async () => {
    const { context, page } = await phone({ javaScriptEnabled: false });
    try {
      await page.goto(url("index.html"));
      await page.locator('a.language[hreflang="th"]').click();
      await page.waitForURL(/\/web\/th\/index\.html$/);
      assert.equal(await page.locator("html").getAttribute("lang"), "th");
      await page.locator(`a.topic[data-topic="${ARTICLE}"]`).click();
      await page.waitForURL(new RegExp(`/web/th/articles/${ARTICLE}\\.html$`));
      const call = page.locator('a[href^="tel:"]').first();
      await call.waitFor();
      assert.match(await call.getAttribute("href"), /^tel:\+?\d+$/);
      // A button that only a script could press is not shown.
      assert.equal(await page.locator("#print").isVisible(), false);
      // "Leave" is a plain link to the neutral site, in the bar's top corner.
      assert.equal(await page.locator("#quick-exit").getAttribute("href"), LEAVE_URL);
      const exit = await page.locator("#quick-exit").boundingBox();
      assert.ok(exit.y < 60, `the leave link is at the top (y = ${exit.y})`);
    } finally {
      await context.close();
    }
  });

  test("the keep page says it needs JavaScript and shows no button that does nothing", async () => {
    const { context, page } = await phone({ javaScriptEnabled: false });
    try {
      await page.goto(pageUrl("en", "keep"));
      assert.ok(await page.locator("#keep-needs-scripts").isVisible());
      assert.equal(await page.locator("#keep-button").isVisible(), false);
    } finally {
      await context.close();
    }
  });
});

describe("privacy", () => {
  test("pages ask only their own origin, set no cookie and store nothing", async () => {
    const { context, page } = await phone();
    const elsewhere = [];
    page.on("request", (request) => {
      if (new URL(request.url()).origin !== server.origin) elsewhere.push(request.url());
    });
    try {
      const addresses = [url("index.html")];
      for (const locale of LOCALES) {
        for (const kind of ["index", "article", "directory", "about-this-site", "keep"]) {
          addresses.push(pageUrl(locale, kind));
        }
      }
      for (const address of addresses) {
        const response = await page.goto(address, { waitUntil: "load" });
        assert.equal(response.status(), 200, address);
      }
      assert.deepEqual(elsewhere, []);
      assert.deepEqual(await context.cookies(), []);
      const stored = await page.evaluate(async () => ({
        workers: (await navigator.serviceWorker.getRegistrations()).length,
        caches: (await caches.keys()).length,
        local: localStorage.length,
      }));
      assert.deepEqual(stored, { workers: 0, caches: 0, local: 0 });
    } finally {
      await context.close();
    }
  });

  test("leaving replaces the page, so Back does not return to it", async () => {
    const { context, page } = await phone();
    try {
      await page.goto(pageUrl("ar", "index"));
      await page.goto(pageUrl("ar", "article"));
      // With scripts the article offers the app's Print button, which prints the leaflet.
      await page.locator("#print").waitFor({ state: "visible" });
      await page.locator("#quick-exit").click();
      await page.waitForURL(LEAVE_URL);
      await page.goBack();
      assert.equal(page.url(), pageUrl("ar", "index"), "Back skips the article the reader left");
    } finally {
      await context.close();
    }
  });
});

describe("keep this on my phone", () => {
  test("only the chosen language is kept, and it opens offline", async () => {
    const { context, page } = await phone();
    try {
      await page.goto(pageUrl("th", "keep"));
      await page.locator("#keep-button").click();
      const done = await page.locator("#keep-button").getAttribute("data-done");
      await page.locator("#keep-status", { hasText: done }).waitFor();
      const kept = await page.evaluate(async () => {
        const names = await caches.keys();
        const paths = [];
        for (const name of names) {
          for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
        }
        return { names, paths };
      });
      assert.deepEqual(kept.names, ["haven-web-th"]);
      assert.ok(kept.paths.includes(`/web/th/articles/${ARTICLE}.html`));
      const others = kept.paths.filter((p) => !p.startsWith("/web/th/") && !p.startsWith("/web/_assets/"));
      assert.deepEqual(others, [], "nothing of another language is kept");

      await context.setOffline(true);
      await page.goto(pageUrl("th", "article"));
      assert.ok(await page.locator('a[href^="tel:"]').first().isVisible(), "the article opens offline");
      await context.setOffline(false);

      await page.goto(pageUrl("th", "keep"));
      await page.locator("#keep-remove").click();
      const removed = await page.locator("#keep-button").getAttribute("data-removed");
      await page.locator("#keep-status", { hasText: removed }).waitFor();
      assert.deepEqual(await page.evaluate(() => caches.keys()), []);
    } finally {
      await context.close();
    }
  });
});

describe("screenshots", () => {
  test("every screen at phone size, in English, Arabic and Thai", async () => {
    const { context, page } = await phone();
    try {
      await page.goto(url("index.html"));
      await page.screenshot({ path: join(SCREENSHOTS, "picker.png"), fullPage: true });
      for (const locale of LOCALES) {
        for (const kind of ["index", "article", "directory", "about-this-site", "keep"]) {
          await page.goto(pageUrl(locale, kind));
          await page.screenshot({ path: join(SCREENSHOTS, `${locale}-${kind}.png`), fullPage: true });
        }
      }
      // The printed leaflet.
      await page.goto(pageUrl("en", "article"));
      await page.emulateMedia({ media: "print" });
      await page.screenshot({ path: join(SCREENSHOTS, "en-article-print.png"), fullPage: true });
      const screenshot = await readFile(join(SCREENSHOTS, "th-article.png"));
      assert.ok(screenshot.length > 10_000, "the Thai article was drawn");
    } finally {
      await context.close();
    }
  });
});
