import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startIcsServer, type IcsServer } from "../../infra/local/ics-server.ts";
import { startRadicale, type Radicale } from "../../infra/local/radicale.ts";
import { becomeHost } from "../support/accounts.ts";
import { pythonCaldav } from "../support/python-caldav.ts";
import { useTestStack } from "../support/use-test-stack.ts";
import { seriousViolations } from "./axe.ts";
import { CHROMIUM, hasChromium, launchChromium } from "./chromium.ts";

// Refreshed on request: UPDATE_SCREENSHOT=1 npx vitest run test/browser/calendars.test.ts
const README_CALENDARS = fileURLToPath(new URL("../../docs/calendars.png", import.meta.url));

const t = useTestStack({ now: "2026-12-01T15:00:00Z" });
const feed = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "X-WR-CALNAME:Work", "BEGIN:VEVENT", "UID:a@google.com", "DTSTAMP:20261101T000000Z", "DTSTART:20261202T090000Z", "DTEND:20261202T100000Z", "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");

describe.skipIf(!hasChromium)(`the Calendars page in Chromium (${CHROMIUM}), without JavaScript`, () => {
  let browser: Browser;
  let ics: IcsServer;
  let radicale: Radicale;
  let feedDir: string;
  const shots = mkdtempSync(join(tmpdir(), "coffeechat-calendar-shots-"));

  beforeAll(async () => {
    feedDir = mkdtempSync(join(tmpdir(), "coffeechat-feeds-"));
    writeFileSync(join(feedDir, "private-0a1b2c3d.ics"), feed);
    writeFileSync(join(feedDir, "page.ics"), "<!doctype html><title>Sign in</title>");
    [browser, ics, radicale] = await Promise.all([launchChromium(), startIcsServer({ dir: feedDir }), startRadicale()]);
    pythonCaldav(radicale).makeCalendar("work", "Work");
    pythonCaldav(radicale).makeCalendar("family", "Family");
  }, 60_000);
  afterAll(async () => {
    await Promise.all([browser?.close(), ics?.stop(), radicale?.stop()]);
    rmSync(feedDir, { recursive: true, force: true });
    console.info(`Calendar screenshots: ${shots}`);
  });

  async function signedIn(options: { javaScriptEnabled: boolean; width: number }): Promise<BrowserContext> {
    session ??= (await becomeHost(t.stack, t.mail, "rae@example.com", "rae", "America/Chicago")).cookie;
    const cookie = session;
    const [name, value] = cookie.split("=") as [string, string];
    const context = await browser.newContext({
      viewport: { width: options.width, height: 900 },
      javaScriptEnabled: options.javaScriptEnabled,
      locale: "en-US",
      bypassCSP: true,
      ...(options.width < 500 ? { isMobile: true, hasTouch: true } : {}),
    });
    await context.addCookies([{ name, value, url: t.stack.appUrl }]);
    return context;
  }
  let session: string | undefined;

  it("connects an ICS address and a CalDAV account with forms, shows errors in the API's words, and a failing feed", async () => {
    const page = await (await signedIn({ javaScriptEnabled: false, width: 1280 })).newPage();
    await page.goto(t.stack.url("/settings/calendars"));
    await expect.poll(() => page.textContent("body")).toContain("No calendar connected yet");

    await page.fill("#ics-url", `${ics.url}/page.ics`);
    await page.click("form[action='/settings/calendars/ics'] button");
    expect(await page.textContent("[role=alert]")).toContain("That address does not serve an iCalendar (ICS) file");
    expect(await page.textContent("#icsUrl-error")).toContain("is not an iCalendar (ICS) feed");
    expect(await page.inputValue("#ics-url")).toBe(`${ics.url}/page.ics`);

    await page.fill("#ics-url", `${ics.url}/private-0a1b2c3d.ics`);
    await page.click("form[action='/settings/calendars/ics'] button");
    expect(await page.textContent("[role=status]")).toContain("Connected");

    await page.fill("#dav-url", radicale.url);
    await page.fill("#dav-username", radicale.username);
    await page.fill("#dav-password", "wrong");
    await page.click("form[action='/settings/calendars/caldav'] button");
    expect(await page.textContent("#password-error")).toContain("was refused by the server");
    expect(await page.inputValue("#dav-password")).toBe(""); // never sent back
    await page.fill("#dav-password", radicale.password);
    await page.click("form[action='/settings/calendars/caldav'] button");
    expect(await page.textContent("body")).toContain("Family");
    expect(await page.content()).not.toContain("private-0a1b2c3d");
    expect(await page.content()).not.toContain(radicale.password);

    // Chats go into Work; Family stops counting as busy.
    const dav = page.locator("section", { hasText: "CalDAV" });
    await dav.locator("li", { hasText: "Family" }).getByLabel("Its events make me busy").uncheck();
    await dav.locator("li", { hasText: "Work" }).getByLabel("Add my accepted chats here").check();
    await dav.getByRole("button", { name: "Save choices" }).click();
    expect(await page.textContent("[role=status]")).toContain("Saved");
    expect(await dav.locator("li", { hasText: "Family" }).getByLabel("Its events make me busy").isChecked()).toBe(false);
    expect(await dav.locator("li", { hasText: "Work" }).getByLabel("Add my accepted chats here").isChecked()).toBe(true);

    await ics.stop();
    t.now += 30 * 60_000;
    await page.locator("section", { hasText: "ICS" }).getByRole("button", { name: /Refresh/ }).click();
    expect(await page.locator("section", { hasText: "ICS" }).textContent()).toMatch(/Failing since .*Could not reach .*Last good fetch/);
  });

  it("reads well at 1280 and 390 px, with no serious accessibility problem", async () => {
    for (const width of [1280, 390]) {
      const page = await (await signedIn({ javaScriptEnabled: true, width })).newPage();
      await page.goto(t.stack.url("/settings/calendars"));
      expect(await seriousViolations(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const shot = join(shots, `calendars-${width}.png`);
      await page.screenshot({ path: shot, fullPage: true });
      if (width === 1280 && process.env["UPDATE_SCREENSHOT"]) {
        mkdirSync(join(README_CALENDARS, ".."), { recursive: true });
        await page.screenshot({ path: README_CALENDARS, fullPage: true });
        expect(statSync(README_CALENDARS).size).toBeLessThan(600_000);
      }
    }
  });

  it("removes a connection with its button", async () => {
    const page = await (await signedIn({ javaScriptEnabled: false, width: 390 })).newPage();
    await page.goto(t.stack.url("/settings/calendars"));
    await page.locator("section", { hasText: "ICS" }).getByRole("button", { name: /Remove/ }).click();
    expect(await page.textContent("[role=status]")).toContain("Disconnected");
    expect(await page.locator("section", { hasText: "ICS address" }).count()).toBe(0);
  });
});
