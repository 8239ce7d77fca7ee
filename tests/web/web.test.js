// The web edition in Debian's Chromium at phone size (360 × 740, touch), as a reader would use it:
// with and without JavaScript, checked by axe-core, watched for requests to any other origin, and
// photographed in English, Arabic and Thai; the self-check answered as a reader would, watched for
// anything that could keep or send an answer. `tests/run-web.sh` builds the site and runs this file;
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

/** axe-core's violations on the page as it is now: injected by the test, which the page's own policy
 * rightly refuses, so the context must be opened with `bypassCSP`. */
async function violations(page) {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  return page.evaluate(async () => {
    const results = await globalThis.axe.run(document, { resultTypes: ["violations"] });
    return results.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    }));
  });
}

/** The page as a browser with scripts off shows it: the page's own scripts are refused, and the
 * test can still run axe (Chromium with JavaScript disabled cannot run it). */
async function withoutPageScripts(context) {
  await context.route("**/web/_assets/*.js", (route) => route.abort());
}

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
    for (const kind of ["index", "article", "directory", "self-check"]) pages.push([`${locale} ${kind}`, () => pageUrl(locale, kind)]);
  }
  for (const [name, address] of pages) {
    test(`${name} has no violations`, async () => {
      // axe is injected by the test, which the page's own policy rightly refuses: bypassed here only.
      const { context, page } = await phone({ bypassCSP: true });
      try {
        await page.goto(address());
        const found = await violations(page);
        assert.deepEqual(found, [], JSON.stringify(found, null, 2));
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
        for (const kind of ["index", "article", "directory", "self-check", "about-this-site", "keep"]) {
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
        for (const kind of ["index", "article", "directory", "self-check", "about-this-site", "keep"]) {
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

describe("the self-check", () => {
  for (const locale of LOCALES) {
    test(`${locale}: without scripts it lists every question and the help, and counts nothing`, async () => {
      const { context, page } = await phone({ bypassCSP: true });
      try {
        await withoutPageScripts(context);
        await page.goto(pageUrl(locale, "self-check"));
        const sentences = await page.locator("#check-results").evaluate((t) => t.content.children.length);
        const questions = page.locator("#check-list li[data-question]");
        assert.equal(await questions.count(), sentences - 1, "one question for every count but none");
        assert.ok(await questions.last().isVisible(), "the questions are shown");
        assert.ok(await questions.first().locator("img").isVisible(), "each with its pictogram");
        // Nothing that only a script could do is offered, and no result is claimed.
        for (const id of ["#check-start", "#check-step", "#check-result", "#check-again", "#check-progress"]) {
          assert.equal(await page.locator(id).isVisible(), false, `${id} is shown without scripts`);
        }
        assert.equal(await page.locator("form, input").count(), 0);
        assert.ok(await page.locator('#check-help a[href="tel:112"]').isVisible(), "the help calls 112");
        assert.ok(await page.locator("#check-read-signs").isVisible(), "the article on the signs");
        await page.screenshot({ path: join(SCREENSHOTS, `${locale}-self-check-no-js.png`), fullPage: true });
        const found = await violations(page);
        assert.deepEqual(found, [], JSON.stringify(found, null, 2));
      } finally {
        await context.close();
      }
    });

    test(`${locale}: with scripts it asks one question per screen and the answers stay in the page`, async () => {
      const { context, page } = await phone({ bypassCSP: true });
      const requests = [];
      const navigations = [];
      page.on("request", (request) => requests.push({ url: request.url(), method: request.method() }));
      page.on("framenavigated", (frame) => {
        if (frame === page.mainFrame()) navigations.push(frame.url());
      });
      try {
        const address = pageUrl(locale, "self-check");
        await page.goto(address, { waitUntil: "load" });
        const loaded = requests.length;
        const historyLength = await page.evaluate(() => history.length);
        await page.locator("#check-start").click();
        await page.locator('#self-check[data-step="1"]').waitFor({ state: "attached" });
        assert.equal(await page.locator("#check-list").isVisible(), false, "one question at a time");
        const ids = await page.locator("#check-list li").evaluateAll((items) => items.map((li) => li.dataset.question));
        const answers = ids.map((_, i) => (i < 2 ? "yes" : i === 2 ? "not-sure" : "no"));
        for (const [i, answer] of answers.entries()) {
          const question = page.locator("#check-question");
          await page.locator(`#check-question[data-question="${ids[i]}"]`).waitFor();
          assert.equal(await page.locator("#check-bar").getAttribute("aria-valuenow"), String(i));
          assert.equal(await page.locator("#check-count-numbers").textContent(), `${i} / ${ids.length}`);
          if (i > 0) assert.ok(await question.evaluate((h) => h === document.activeElement), "focus on the question");
          if (i === 0) {
            await page.screenshot({ path: join(SCREENSHOTS, `${locale}-self-check-question.png`), fullPage: true });
            const found = await violations(page);
            assert.deepEqual(found, [], JSON.stringify(found, null, 2));
          }
          await page.locator(`#check-step button[data-answer="${answer}"]`).click();
          await page.locator(`#self-check[data-step="${i + 2}"]`).waitFor({ state: "attached" });
          assert.equal(await page.evaluate(() => location.href), address, "the address never changes");
        }

        // results[2] and unsure[0], exactly as the page's engine formatted them.
        const expected = await page.evaluate(() => [
          document.getElementById("check-results").content.querySelector('[data-count="2"]').textContent,
          document.getElementById("check-unsure").content.querySelector('[data-count="1"]').textContent,
        ]);
        if (locale === "en") {
          assert.deepEqual(expected, ["You said yes to 2 of the 12 signs.", "You were not sure about one question."]);
        }
        const result = page.locator("#check-result");
        await result.waitFor();
        assert.deepEqual(await result.locator("p").allTextContents(), expected);
        assert.ok(await page.locator('#check-help a[href="tel:112"]').isVisible(), "whom to call, with the result");
        assert.ok(await page.locator("#check-again").isVisible());
        await page.screenshot({ path: join(SCREENSHOTS, `${locale}-self-check-result.png`), fullPage: true });
        const found = await violations(page);
        assert.deepEqual(found, [], JSON.stringify(found, null, 2));

        // Nothing kept the answers, and nothing carried them anywhere.
        assert.equal(page.url(), address);
        assert.deepEqual(navigations, [address], "no navigation, not even within the page");
        assert.equal(await page.evaluate(() => history.length), historyLength, "no history entry");
        const stored = await page.evaluate(async () => ({
          local: localStorage.length,
          session: sessionStorage.length,
          databases: (await indexedDB.databases()).length,
          caches: (await caches.keys()).length,
          workers: (await navigator.serviceWorker.getRegistrations()).length,
          cookie: document.cookie,
        }));
        assert.deepEqual(stored, { local: 0, session: 0, databases: 0, caches: 0, workers: 0, cookie: "" });
        assert.deepEqual(await context.cookies(), []);
        const elsewhere = requests.filter((r) => new URL(r.url).origin !== server.origin);
        assert.deepEqual(elsewhere, [], "every request went to the site's own origin");
        // While answering, at most a pictogram was fetched again: a plain GET with no query.
        for (const request of requests.slice(loaded)) {
          assert.equal(request.method, "GET", request.url);
          assert.match(new URL(request.url).pathname, /^\/web\/_assets\/icons\/[a-z-]+\.svg$/, request.url);
          assert.equal(new URL(request.url).search, "", request.url);
        }

        // Leaving, the page forgets: a browser that keeps it for Back (which Chromium under test does
        // not) says so with `pagehide`, and Back must not show the reader's result to the next person.
        await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent("pagehide", { persisted: true })));
        await page.locator('#self-check[data-step="0"]').waitFor({ state: "attached" });
        assert.equal(await page.locator("#check-result p").count(), 0, "the result is forgotten on leaving");
        assert.ok(await page.locator("#check-result").isHidden());
      } finally {
        await context.close();
      }
    });
  }

  test("start again forgets the answers, and previous shows the answer given", async () => {
    const { context, page } = await phone();
    try {
      await page.goto(pageUrl("en", "self-check"));
      await page.locator("#check-start").click();
      await page.locator('#check-step button[data-answer="yes"]').click();
      await page.locator('#self-check[data-step="2"]').waitFor({ state: "attached" });
      await page.locator("#check-previous").click();
      await page.locator('#self-check[data-step="1"]').waitFor({ state: "attached" });
      assert.equal(await page.locator('#check-step button[data-answer="yes"]').getAttribute("aria-pressed"), "true");
      const total = await page.locator("#check-list li").count();
      for (let i = 0; i < total; i++) {
        await page.locator(`#self-check[data-step="${i + 1}"]`).waitFor({ state: "attached" });
        await page.locator('#check-step button[data-answer="yes"]').click();
      }
      await page.locator("#check-result p").first().waitFor();
      assert.equal(await page.locator("#check-result p").count(), 1, "no 'not sure' sentence for none");
      assert.equal(await page.locator("#check-result p").getAttribute("data-count"), String(total));
      await page.locator("#check-again").click();
      await page.locator('#self-check[data-step="0"]').waitFor({ state: "attached" });
      assert.ok(await page.locator("#check-start").evaluate((b) => b === document.activeElement));
      await page.locator("#check-start").click();
      await page.locator('#self-check[data-step="1"]').waitFor({ state: "attached" });
      const pressed = await page.locator('#check-step button[aria-pressed="true"]').count();
      assert.equal(pressed, 0, "no answer is remembered after starting again");
    } finally {
      await context.close();
    }
  });
});

describe("the language picker's heading", () => {
  const cases = [
    ["th-TH", "th", "ltr"],
    ["ar-EG", "ar", "rtl"],
    ["zh-CN", "zh-Hans", "ltr"],
    ["de-DE", "en", "ltr"],
  ];
  for (const [browserLocale, lang, dir] of cases) {
    test(`a browser set to ${browserLocale} is greeted in ${lang}`, async () => {
      const { context, page } = await phone({ locale: browserLocale, bypassCSP: true });
      try {
        await page.goto(url("index.html"));
        const link = page.locator(`a.language[hreflang="${lang}"]`);
        const words = await link.getAttribute("data-heading");
        await page.locator("#language-heading", { hasText: words }).waitFor();
        const title = page.locator("#language-title");
        // The reference language (English) is the page's own: the heading need not say so again.
        assert.equal((await title.getAttribute("lang")) ?? "en", lang);
        assert.equal((await title.getAttribute("dir")) ?? "ltr", dir);
        if (lang === "th") {
          await page.screenshot({ path: join(SCREENSHOTS, "picker-th.png"), fullPage: true });
          const found = await violations(page);
          assert.deepEqual(found, [], JSON.stringify(found, null, 2));
        }
      } finally {
        await context.close();
      }
    });
  }
});
