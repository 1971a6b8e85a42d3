import { mkdtempSync } from "node:fs";
import { newestEmail } from "./inbox.ts";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoHost } from "../../infra/demo.ts";
import { actionLinks } from "../support/links.ts";
import { startTestStack, type TestStack } from "../support/stack.ts";
import { seriousViolations } from "./axe.ts";
import { bookingForm, sam } from "./booking-form.ts";
import { CHROMIUM, hasChromium, launchChromium } from "./chromium.ts";

const guest = { ...sam, email: "sam.journal@example.com" };

/** A small LinkedIn export: its notes above the header, its seven columns, one row the seeker already has. */
const CONNECTIONS = [
  "Notes:",
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
  "",
  "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
  "Priya,Natarajan,https://www.linkedin.com/in/priya-natarajan,,Monzo,Product Designer,12 Mar 2024",
  "Jonas,Weber,https://www.linkedin.com/in/jonasweber,jonas@weber.example,\"Figma, Inc.\",Design Lead,02 Jan 2025",
  "Grace,O'Neill,https://www.linkedin.com/in/graceoneill,,Starling,UX Researcher,20 Jun 2023",
  "Priya,Natarajan,https://www.linkedin.com/in/priya-natarajan/,,Monzo,Product Designer,12 Mar 2024",
].join("\r\n");

// A Tuesday in December. Dana works from New York (UTC−5); the guest reads in London (UTC+0).
let now = Date.parse("2026-12-01T15:00:00Z");
const london = { timezoneId: "Europe/London", locale: "en-US" } satisfies BrowserContextOptions;
const wide: BrowserContextOptions = { ...london, viewport: { width: 1280, height: 900 } };
const narrow: BrowserContextOptions = { ...london, viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/**
 * A seeker's first weeks, end to end in Chromium: they book Dana through the demo link, confirm,
 * sign in, and keep their journal — with JavaScript switched off, as the journal says it works —
 * until the names Dana suggested after the chat are people to contact.
 */
describe.skipIf(!hasChromium)(`a seeker's journal in Chromium (${CHROMIUM})`, () => {
  let stack: TestStack;
  let browser: Browser;
  /** The seeker's own browser for the journal: no JavaScript. */
  let journal: BrowserContext;
  let page: Page;
  const shots = mkdtempSync(join(tmpdir(), "coffeechat-journal-flow-"));

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startTestStack({ clock: () => now }), launchChromium()]);
    journal = await browser.newContext({ ...wide, javaScriptEnabled: false });
    page = await journal.newPage();
    page.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    console.info(`Journal flow screenshots: ${shots}`);
  });

  const inbox = (address: string, subject: RegExp) => newestEmail(stack, address, subject);
  const linkIn = async (address: string, subject: RegExp, action: string) => {
    const link = actionLinks((await inbox(address, subject)).body.text ?? "")[action];
    if (!link) throw new Error(`no ${action} link in the "${subject}" email to ${address}`);
    return link;
  };
  /** Submits the form a button belongs to and waits for the page it leads to. */
  const press = async (name: string | RegExp) => {
    await Promise.all([page.waitForLoadState("domcontentloaded"), page.getByRole("button", { name, exact: typeof name === "string" }).click()]);
    await page.waitForLoadState("domcontentloaded");
  };
  const banner = () => page.locator(".banner").innerText();

  it("books Dana through the demo link and confirms from the email; Dana accepts from hers", async () => {
    const context = await browser.newContext(narrow);
    try {
      const booking = await context.newPage();
      const form = bookingForm(booking);
      await booking.goto(stack.url("/demo/coffee"));
      await booking.waitForURL((url) => url.searchParams.get("tz") === "Europe/London");
      // Dana's Wednesday 10:00 in New York is 15:00 in London.
      await form.pickSlot("Wed, Dec 2", "3:00 PM");
      await form.introduce(guest);
      await form.bringQuestions(["What do you love about your job?"], "How did you move into design?");
      await form.confirmNotAJob();
      expect((await form.submit()).status()).toBe(303);

      await booking.goto(await linkIn(guest.email, /confirm/i, "confirm_email"));
      await booking.getByRole("button", { name: "Confirm and send my request" }).click();
      await booking.getByText(/Done\./).waitFor();

      now += 3_600_000; // Dana answers an hour later.
      await booking.goto(await linkIn(demoHost.email, new RegExp(guest.name), "accept"));
      await booking.getByRole("button", { name: "Accept", exact: true }).click();
      await booking.getByText(/Done\./).waitFor();
    } finally {
      await context.close();
    }
  }, 90_000);

  it("signs in with the code from the email and finds the chat in the journal", async () => {
    await page.goto(stack.url("/journal"));
    await page.waitForURL(/\/signin\?next=%2Fjournal$/);
    await page.getByLabel("Email address").fill(guest.email);
    await press("Email me a sign-in link");
    const code = /Code: (\d{6})/.exec((await inbox(guest.email, /sign-in code/)).body.text ?? "")![1]!;
    await page.getByLabel("6-digit code").fill(code);
    await press("Sign in");
    await page.waitForURL(/\/journal$/);

    const chats = page.locator("#chats li");
    expect(await chats.count()).toBe(1);
    expect(await chats.first().innerText()).toMatch(new RegExp(`${demoHost.name} · Wednesday, December 2 at 3:00 PM[\\s\\S]*booked`));
    expect(await page.locator("#chats").innerText()).not.toContain(demoHost.email);
  }, 60_000);

  it("sets a goal of 50 by a date, sees the projection before and after saving", async () => {
    await page.getByLabel("Chats in all").fill("50");
    await page.getByLabel("By", { exact: true }).fill("2027-06-30");
    await page.getByLabel("Chats a week").fill("3");
    await page.getByLabel("Outreach a day").fill("2");
    await press("Show the projection");
    // 50 to go at 3 a week is 17 weeks from Tuesday 1 December.
    const preview = page.locator("#goal [role=status]");
    expect(await preview.innerText()).toMatch(/^With these numbers: At 3 a week you reach 50 chats on Tuesday, March 30, 2027, in time for Wednesday, June 30, 2027\.$/);
    await press("Save the goal");
    expect(await banner()).toBe("Goal saved.");
    expect(await page.locator("#goal [role=status]").innerText()).toMatch(/At 3 a week you reach 50 chats on Tuesday, March 30/);
  }, 60_000);

  it("imports a small Connections.csv and logs outreach to one of them", async () => {
    await page.getByText("Import a CSV").click();
    await page.getByLabel(/LinkedIn's Connections.csv/).setInputFiles({ name: "Connections.csv", mimeType: "text/csv", buffer: Buffer.from(CONNECTIONS) });
    await press("Import");
    expect(await banner()).toBe("Imported 3 people; skipped 1 (already in your journal, or without a name).");
    for (const name of ["Priya Natarajan", "Jonas Weber", "Grace O'Neill"]) expect(await page.getByLabel(`Status of ${name}`).inputValue()).toBe("to_contact");

    await page.getByLabel("Who", { exact: true }).selectOption({ label: "Priya Natarajan" });
    await page.getByLabel("How", { exact: true }).selectOption({ label: "LinkedIn" });
    await page.getByLabel("Note (optional)").fill("asked for 20 minutes");
    await press("Log outreach");
    expect(await banner()).toBe("Outreach logged.");
    expect(await page.getByLabel("Status of Priya Natarajan").inputValue()).toBe("reached_out");
    // The request sent through coffeechat today was outreach too: with this one, today's two are done.
    expect(await page.locator("#log").innerText()).toMatch(/2 of 2[\s\S]*Done for today\./);
  }, 60_000);

  it("after the chat, two names written on the after-chat page are people introduced by Dana", async () => {
    // The chat ended at 15:20; the thank-you prompt goes two hours later.
    now = Date.parse("2026-12-02T18:00:00Z");
    const ran = await (await fetch(`${stack.schedulerUrl}/_local/fire?until=2026-12-02T18:00:00Z`, { method: "POST" })).json();
    expect((ran as { ran: { ok: boolean }[] }).ran.every((r) => r.ok)).toBe(true);

    await page.goto(await linkIn(guest.email, /thank/i, "referrals"));
    await page.getByLabel(/Names Dana Rivera suggested/).fill("Ana Souza, UX researcher at Canva\nTomás Lee");
    await press("Save these names");
    await page.getByText(/Done\./).waitFor();

    await page.goto(stack.url("/journal"));
    expect(await page.locator("#chats li").first().innerText()).toMatch(/\sheld\s/);
    const referrals = page.locator("#now li", { hasText: "introduced by Dana Rivera" });
    expect(await referrals.count()).toBe(2);
    expect(await referrals.allInnerTexts()).toEqual([expect.stringMatching(/^Ana Souza/), expect.stringMatching(/^Tomás Lee/)]);
    expect(await page.getByLabel("Status of Ana Souza").inputValue()).toBe("to_contact");
    expect(await page.getByText("Ask Dana Rivera for an introduction").count()).toBe(2);

    // Dana joins the people with one press, and is due a thank-you for the chat just held.
    await press("Add to my people Dana Rivera");
    expect(await banner()).toBe("Added to your journal.");
    expect(await page.getByLabel("Status of Dana Rivera").inputValue()).toBe("held");
    expect(await page.locator("#now li", { hasText: "Dana Rivera" }).first().innerText()).toMatch(/^Dana Rivera · chat on Wed, Dec 2/);
    await press("I sent it to Dana Rivera");
    expect(await page.getByLabel("Status of Dana Rivera").inputValue()).toBe("thanked");
  }, 60_000);

  it("the journal passes axe and fits 1280 and 390 pixels", async () => {
    for (const [name, options] of [["desktop", wide], ["phone", narrow]] as const) {
      // axe runs as a script: this context has JavaScript, and the seeker's cookies.
      const context = await browser.newContext({ ...options, bypassCSP: true });
      try {
        await context.addCookies(await journal.cookies());
        const look = await context.newPage();
        await look.goto(stack.url("/journal"));
        expect(await look.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(options.viewport!.width);
        expect(await seriousViolations(look), name).toEqual([]);
        await look.screenshot({ path: join(shots, `journal-flow-${name}.png`), fullPage: true });
      } finally {
        await context.close();
      }
    }
  }, 60_000);
});
