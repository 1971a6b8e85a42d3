import { mkdirSync, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startTestStack, type TestStack } from "../support/stack.ts";
import { CHROMIUM, desktop, hasChromium, launchChromium, phone } from "./chromium.ts";
import { bookingForm, sam } from "./booking-form.ts";

if (!hasChromium) console.warn(`Skipping the browser tests: no Chromium at ${CHROMIUM} (apt-get install chromium).`);

// The README's picture is refreshed on request (UPDATE_SCREENSHOT=1 npx vitest run test/browser), so a
// test run never leaves the working tree changed.
const README_PICTURE = fileURLToPath(new URL("../../docs/booking-page.png", import.meta.url));
const BANK = ["What do you love about your job?", "Why do people leave this field?"];

describe.skipIf(!hasChromium)("booking a coffee chat in Chromium", () => {
  let stack: TestStack;
  let browser: Browser;
  const shots = mkdtempSync(join(tmpdir(), "coffeechat-shots-"));

  beforeAll(async () => {
    // A Tuesday in December: New York is UTC−5, London UTC+0, Kathmandu UTC+5:45.
    [stack, browser] = await Promise.all([
      startTestStack({ clock: () => Date.parse("2026-12-01T12:00:00Z") }),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function withPage<T>(options: BrowserContextOptions, run: (page: Page) => Promise<T>): Promise<T> {
    const context = await browser.newContext(options);
    try {
      return await run(await context.newPage());
    } finally {
      await context.close();
    }
  }

  const mailTo = async (address: string) =>
    vi.waitFor(async () => {
      const mail = (await stack.emails()).find((m) => m.destination.to.some((to) => to.includes(address)));
      if (!mail) throw new Error(`no email to ${address} yet`);
      return mail;
    });

  /** What the service stored for a guest, read back through the app's own store. */
  const requestsFrom = async (email: string) => {
    const ids = (await stack.keys("REQ#")).filter((k) => k.endsWith("|REQ")).map((k) => k.slice(4, -4));
    const requests = await Promise.all(ids.map((id) => stack.deps.store.getRequest(id)));
    return requests.filter((r) => r?.guest.email === email);
  };

  it("finds the visitor's zone, takes the request and sends the confirmation email", async () => {
    await withPage(desktop, async (page) => {
      const form = bookingForm(page);
      await page.goto(stack.url("/demo/coffee"));
      await page.waitForURL((url) => url.searchParams.get("tz") === "Europe/London");
      expect(await page.getByLabel("Times shown in").inputValue()).toBe("Europe/London");
      // Dana's 09:00 in New York is 14:00 in London.
      expect(await form.day("Wed, Dec 2").locator("label.slot").first().innerText()).toBe("2:00 PM");
      expect(await page.locator("label.slot", { hasText: /^9:00 AM$/ }).count()).toBe(0);

      const slot = await form.pickSlot("Wed, Dec 2", "3:00 PM");
      expect(await slot.isChecked()).toBe(true);
      expect(await slot.inputValue()).toBe("2026-12-02T15:00:00.000Z");
      await form.introduce(sam);
      await form.bringQuestions(BANK, "How did you make the jump from teaching?");
      await page.getByLabel("How you found them (optional)").fill("Your talk at the Design Systems meetup");
      await form.chooseFormat("Phone call");
      await form.confirmNotAJob();

      // The inline script counts questions: three fit in 20 minutes, eight do not.
      const tooMany = page.locator("#too-many");
      expect(await tooMany.isVisible()).toBe(false);
      await page.getByLabel("Your own questions (one per line)").fill(Array(8).fill("Another question?").join("\n"));
      expect(await tooMany.isVisible()).toBe(true);
      await page.getByLabel("Your own questions (one per line)").fill("How did you make the jump from teaching?");
      expect(await tooMany.isVisible()).toBe(false);

      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur()); // no focus ring in the README
      const shot = process.env["UPDATE_SCREENSHOT"] ? README_PICTURE : join(shots, "booking-page.png");
      mkdirSync(join(shot, ".."), { recursive: true });
      await page.screenshot({ path: shot, fullPage: true, type: "png" });
      expect(statSync(shot).size).toBeLessThan(400_000);

      const response = await form.submit();
      expect(response.status()).toBe(303);
      await page.waitForURL(/\/demo\/coffee\/requested$/);
      expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Check your email");
    });

    const mail = await mailTo(sam.email);
    expect(mail.subject).toMatch(/confirm/i);
    const [request, ...others] = await requestsFrom(sam.email);
    expect(others).toHaveLength(0);
    expect(request).toMatchObject({
      status: "awaiting_email",
      start: Date.parse("2026-12-02T15:00:00Z"),
      guest: { name: sam.name, timeZone: "Europe/London" },
      format: "phone",
      questions: [...BANK, "How did you make the jump from teaching?"],
      foundVia: "Your talk at the Design Systems meetup",
    });
  });

  it("answers a too-short background with 400, an inline error, and the form as typed", async () => {
    await withPage(phone, async (page) => {
      const form = bookingForm(page);
      const email = "kai.phone@example.com";
      await page.goto(stack.url("/demo/coffee"));
      await page.waitForURL((url) => url.searchParams.get("tz") === "Europe/London");
      await form.pickSlot("Thu, Dec 3", "2:30 PM");
      // Padding gets past the browser's minlength; the server trims and counts eight characters.
      await form.introduce({ ...sam, name: "Kai Lund", email, background: "Teacher.      " });
      await form.bringQuestions(BANK.slice(0, 1), "");
      await form.confirmNotAJob();

      const response = await form.submit();
      expect(response.status()).toBe(400);
      const background = page.getByLabel("Your background");
      const error = page.locator("#background-error");
      expect(await error.innerText()).toMatch(/at least 10 characters/);
      // "Next to that field": the error follows the textarea directly.
      expect(await background.evaluate((el) => el.nextElementSibling?.id)).toBe("background-error");
      expect(await background.getAttribute("aria-invalid")).toBe("true");
      expect(await background.getAttribute("aria-describedby")).toBe("background-error");
      expect(await page.getByRole("alert").innerText()).toMatch(/check the fields/i);
      expect(await page.getByLabel("Your name").inputValue()).toBe("Kai Lund");
      expect(await page.getByLabel("Your email").inputValue()).toBe(email);
      expect((await background.inputValue()).trim()).toBe("Teacher.");
      const slot = form.day("Thu, Dec 3").locator("label.slot", { hasText: "2:30 PM" }).locator("input");
      expect(await slot.isChecked()).toBe(true);
      expect(await page.getByRole("checkbox", { name: BANK[0] }).isChecked()).toBe(true);
      await page.screenshot({ path: join(shots, "phone-error.png"), fullPage: true, type: "png" });
      expect(await requestsFrom(email)).toHaveLength(0);

      // Fixing only the field in error is enough.
      await background.fill("Teacher for eight years, now studying UX research.");
      expect((await form.submit()).status()).toBe(303);
      expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Check your email");
      await mailTo(email);
    });
    expect(await requestsFrom("kai.phone@example.com")).toHaveLength(1);
  });

  it("lists slots and submits without JavaScript", async () => {
    await withPage({ ...desktop, javaScriptEnabled: false }, async (page) => {
      const form = bookingForm(page);
      const email = "noscript@example.com";
      await page.goto(stack.url("/demo/coffee?tz=Asia/Kathmandu"));
      expect(new URL(page.url()).searchParams.get("tz")).toBe("Asia/Kathmandu");
      // ICU names it Asia/Katmandu; the picker must still show the zone the page uses, not the first in the list.
      expect(await page.getByLabel("Times shown in").inputValue()).toBe("Asia/Kathmandu");
      // Friday in Kathmandu opens with Thursday afternoon in New York (13:30 → 00:15); Friday 09:00 is 19:45.
      const friday = await form.day("Fri, Dec 4").locator("label.slot").allInnerTexts();
      expect(friday[0]).toBe("12:15 AM");
      expect(friday).toContain("7:45 PM");
      const slot = await form.pickSlot("Fri, Dec 4", "7:45 PM");
      expect(await slot.inputValue()).toBe("2026-12-04T14:00:00.000Z");
      await form.introduce({ ...sam, email });
      await form.bringQuestions(BANK, "");
      await form.confirmNotAJob();
      await page.screenshot({ path: join(shots, "no-js.png"), fullPage: true, type: "png" });

      expect((await form.submit()).status()).toBe(303);
      expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Check your email");
    });
    expect((await mailTo("noscript@example.com")).subject).toMatch(/confirm/i);
    const [request] = await requestsFrom("noscript@example.com");
    expect(request).toMatchObject({ start: Date.parse("2026-12-04T14:00:00Z"), guest: { timeZone: "Asia/Kathmandu" } });
  });

  afterAll(() => console.info(`Browser screenshots: ${shots}`));
});
