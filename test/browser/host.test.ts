import { mkdirSync, mkdtempSync, statSync } from "node:fs";
import { newestEmail } from "./inbox.ts";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startTestStack, type TestStack } from "../support/stack.ts";
import { seriousViolations } from "./axe.ts";
import { bookingForm, sam } from "./booking-form.ts";
import { CHROMIUM, hasChromium, launchChromium } from "./chromium.ts";

// The README's pictures are refreshed on request (UPDATE_SCREENSHOT=1 npx vitest run test/browser).
const README_DASHBOARD = fileURLToPath(new URL("../../docs/dashboard.png", import.meta.url));
const README_EDITOR = fileURLToPath(new URL("../../docs/link-editor.png", import.meta.url));

const host = { email: "rae.chen@example.com", name: "Rae Chen", headline: "Data engineer at a climate start-up, formerly a teacher", handle: "rae-chen" };
const guest = { ...sam, email: "sam.hostflow@example.com" };

// A Tuesday in December; the host works from Chicago (UTC−6), the guest reads in London.
const NOW = Date.parse("2026-12-01T15:00:00Z");
const wide: BrowserContextOptions = { viewport: { width: 1280, height: 900 }, timezoneId: "America/Chicago", locale: "en-US", bypassCSP: true };
const narrow: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, timezoneId: "Europe/London", locale: "en-US", bypassCSP: true };

describe.skipIf(!hasChromium)(`a new host in Chromium (${CHROMIUM})`, () => {
  let stack: TestStack;
  let browser: Browser;
  let hostPage: Page;
  const shots = mkdtempSync(join(tmpdir(), "coffeechat-host-shots-"));
  const checked: Record<string, string[]> = {};

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startTestStack({ clock: () => NOW }), launchChromium()]);
    hostPage = await (await browser.newContext(wide)).newPage();
    hostPage.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    console.info(`Host screenshots: ${shots}`);
  });

  const inbox = (address: string, subject: RegExp) => newestEmail(stack, address, subject);

  /** axe on the page as it stands, and a screenshot at its width. */
  async function look(page: Page, name: string) {
    checked[name] = await seriousViolations(page);
    expect(checked[name], name).toEqual([]);
    await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  }

  it("signs up through the local inbox and sets up a first link", async () => {
    const page = hostPage;
    await page.goto(stack.url("/dashboard"));
    await page.waitForURL(/\/signin\?next=%2Fdashboard$/);
    await look(page, "signin");
    await page.getByLabel("Email address").fill(host.email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await page.getByRole("heading", { name: "Check your email" }).waitFor();
    await look(page, "signin-code");

    const mail = await inbox(host.email, /sign-in code/);
    const code = /Code: (\d{6})/.exec(mail.body.text ?? "")![1]!;
    expect(mail.body.text).toMatch(/\/signin\/[A-Za-z0-9_-]{43}/);
    await page.getByLabel("6-digit code").fill(code);
    await page.getByRole("button", { name: "Sign in" }).click();
    // Back to the dashboard it asked for, which sends a newcomer to set up first.
    await page.waitForURL(/\/onboarding$/);
    expect(await page.getByLabel("Your time zone").inputValue()).toBe("America/Chicago");
    await look(page, "onboarding");

    await page.getByLabel("Your name").fill(host.name);
    await page.getByLabel("What you do").fill(host.headline);
    await page.getByLabel("Handle").fill("API");
    await page.getByRole("button", { name: "Create my link" }).click();
    // A reserved handle: the same page, the error beside the field, everything typed still there.
    await page.getByText('"api" is reserved').waitFor();
    expect(await page.getByLabel("Your name").inputValue()).toBe(host.name);
    expect(await page.getByLabel("Handle").getAttribute("aria-invalid")).toBe("true");

    await page.getByLabel("Handle").fill(host.handle);
    await page.getByRole("radio", { name: /30-minute career conversation/ }).check();
    await page.getByLabel("Call link, phone arrangement or place (optional)").fill("https://meet.example.com/rae");
    await page.getByRole("button", { name: "Create my link" }).click();
    await page.getByRole("heading", { name: "Your link is ready" }).waitFor();
    expect(await page.getByLabel("Link to share").inputValue()).toBe(stack.url(`/${host.handle}/career`));
    expect(await page.locator("figure.qr svg").count()).toBe(1);
    await look(page, "ready");
  }, 90_000);

  it("sets the link's hours in the editor, with the preview following", async () => {
    const page = hostPage;
    await page.goto(stack.url("/dashboard/links/career"));
    // Tuesdays and Thursdays 12–14 from the template; open Wednesday mornings too.
    await page.getByLabel("Wednesday range 1 from").fill("09:00");
    await page.getByLabel("Wednesday range 1 until").fill("11:00");
    await page.getByRole("checkbox", { name: /Two hours after/ }).uncheck();
    await vi.waitFor(async () => expect(await page.locator("#preview").innerText()).toMatch(/Wed, Dec 2\s+9:00 AM/), { timeout: 10_000 });
    await page.locator("#title").fill("Career conversation");
    await look(page, "link-editor");
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    if (process.env["UPDATE_SCREENSHOT"]) {
      mkdirSync(join(README_EDITOR, ".."), { recursive: true });
      await page.screenshot({ path: README_EDITOR, fullPage: true });
      expect(statSync(README_EDITOR).size).toBeLessThan(600_000);
    }
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.waitForURL(/\/dashboard\?done=saved/);
    expect(await page.getByRole("status").innerText()).toMatch(/Saved/);
  }, 90_000);

  it("a guest books the public link in a fresh browser and confirms from their email", async () => {
    const context = await browser.newContext(narrow);
    try {
      const page = await context.newPage();
      const form = bookingForm(page);
      await page.goto(stack.url(`/${host.handle}/career`));
      await page.waitForURL((url) => url.searchParams.get("tz") === "Europe/London");
      await look(page, "booking-phone");
      // Rae's Wednesday 09:00 in Chicago is 15:00 in London.
      await form.pickSlot("Wed, Dec 2", "3:00 PM");
      await form.introduce(guest);
      await form.bringQuestions(["What do you love about your job?"], "How did you move from teaching into data?");
      await form.confirmNotAJob();
      expect((await form.submit()).status()).toBe(303);
      await page.getByRole("heading", { name: "Check your email" }).waitFor();

      const confirm = await inbox(guest.email, /confirm/i);
      const link = /https?:\/\/\S+\/a\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/.exec(confirm.body.text ?? "")![0];
      await page.goto(link);
      await look(page, "confirm-phone");
      await page.getByRole("button", { name: "Confirm and send my request" }).click();
      await page.getByText(/Done\./).waitFor();
    } finally {
      await context.close();
    }
  }, 90_000);

  it("the host accepts from the dashboard, and both get the invite", async () => {
    const page = hostPage;
    await page.goto(stack.url("/dashboard"));
    const request = page.locator("article", { has: page.getByRole("heading", { name: new RegExp(guest.name) }) });
    await request.getByText("Wednesday, December 2 at 9:00 AM CST").waitFor();
    await look(page, "dashboard-pending");
    await request.getByRole("button", { name: `Accept ${guest.name}'s request` }).click();
    await page.waitForURL(/\/dashboard\?done=accepted/);
    expect(await page.getByRole("status").innerText()).toMatch(/Accepted/);
    await page.locator("section", { has: page.locator("#upcoming") }).getByRole("heading", { name: new RegExp(guest.name) }).waitFor();
    for (const to of [host.email, guest.email]) {
      const invite = await inbox(to, /accepted|Confirmed/);
      expect(invite.attachments.some((a) => a.filename === "invite.ics")).toBe(true);
    }
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await look(page, "dashboard");
    if (process.env["UPDATE_SCREENSHOT"]) {
      mkdirSync(join(README_DASHBOARD, ".."), { recursive: true });
      await page.screenshot({ path: README_DASHBOARD, fullPage: true });
      expect(statSync(README_DASHBOARD).size).toBeLessThan(600_000);
    }
  }, 90_000);

  it("every host page passes axe on a phone too", async () => {
    const context = await browser.newContext(narrow);
    try {
      await context.addCookies(await hostPage.context().cookies());
      const page = await context.newPage();
      for (const [name, path] of [
        ["dashboard-phone", "/dashboard"],
        ["link-editor-phone", "/dashboard/links/career"],
        ["new-link-phone", "/dashboard/links/new"],
        ["settings-phone", "/settings"],
      ] as const) {
        await page.goto(stack.url(path));
        await look(page, name);
      }
      await page.goto(stack.url("/settings"));
      await page.getByLabel("New token's name").fill("");
      await page.getByRole("button", { name: "Create" }).click();
      await look(page, "settings-error-phone");
    } finally {
      await context.close();
    }
    expect(Object.keys(checked).length).toBeGreaterThanOrEqual(10);
  }, 90_000);
});
