import { mkdirSync, mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JournalPage } from "../../packages/functions/src/pages/journal/journal-page.tsx";
import { viewOf } from "../../packages/functions/testing/journal/fixture.ts";
import { CHROMIUM, hasChromium, launchChromium } from "./chromium.ts";

if (!hasChromium) console.warn(`Skipping the journal page's browser test: no Chromium at ${CHROMIUM}.`);

// Pictures for docs/ are refreshed on request only (UPDATE_SCREENSHOT=1), like the booking page's.
const DOCS = fileURLToPath(new URL("../../docs/", import.meta.url));
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

const desktop: BrowserContextOptions = { viewport: { width: 1280, height: 900 }, locale: "en-GB" };
const phone: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: "en-GB" };

/**
 * The journal page, rendered from a seeker seven weeks into their campaign, as a person sees it:
 * at desktop and phone width, with nothing wider than the screen, and no accessibility violation
 * axe-core can find.
 */
describe.skipIf(!hasChromium)("the journal page in Chromium", () => {
  let browser: Browser;
  const shots = mkdtempSync(join(tmpdir(), "coffeechat-journal-"));
  const html = String((<JournalPage view={viewOf()} />).toString());

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function withPage<T>(options: BrowserContextOptions, run: (page: Page) => Promise<T>): Promise<T> {
    const context = await browser.newContext(options);
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: "load" });
      return await run(page);
    } finally {
      await context.close();
    }
  }

  for (const [name, options] of [["desktop", desktop], ["phone", phone]] as const) {
    it(`fits a ${name} screen and shows the chart and the forms`, async () => {
      await withPage(options, async (page) => {
        const width = options.viewport!.width;
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        const chart = page.locator("svg.chart");
        expect((await chart.boundingBox())?.width).toBeGreaterThan(300);
        expect(await page.getByRole("img", { name: "Chats held per week" }).count()).toBe(1);
        expect(await page.getByRole("button", { name: "I sent it to Jonas Weber" }).isVisible()).toBe(true);
        expect(await page.getByLabel("Status of Ana Souza").inputValue()).toBe("to_contact");
        const file = join(shots, `journal-${name}.png`);
        await page.screenshot({ path: file, fullPage: true });
        if (process.env["UPDATE_SCREENSHOT"]) {
          mkdirSync(DOCS, { recursive: true });
          // The whole page at desktop width; a phone's first screen, which is what a seeker sees first.
          await page.screenshot({ path: join(DOCS, name === "desktop" ? "journal.png" : "journal-phone.png"), fullPage: name === "desktop" });
        }
        console.log(`journal page (${name}): ${file}`);
      });
    });
  }

  it("has no accessibility violations axe-core finds", async () => {
    await withPage(desktop, async (page) => {
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (d: Document) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        return (await axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      });
      expect(violations).toEqual([]);
    });
  });
});
