import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { actionLinks } from "../support/links.ts";
import { json, requestBody } from "../support/stack.ts";
import { useTestStack } from "../support/use-test-stack.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z" });

const page = async (path: string, acceptLanguage?: string) => {
  const res = await fetch(t.stack.url(path), acceptLanguage === undefined ? {} : { headers: { "accept-language": acceptLanguage } });
  return { status: res.status, html: await res.text() };
};

/** The times offered on the booking page, as shown. */
const shownTimes = (html: string) => [...html.matchAll(/<input type="radio"[^>]*\/?>\s*<span>([^<]+)<\/span>/g)].map((m) => m[1]);

let chatPage = "";
beforeAll(async () => {
  await fetch(t.stack.url("/api/v1/links/demo/coffee/requests"), json(requestBody("2026-12-08T19:30:00.000Z", { email: "locale@example.com" })));
  const confirm = (await t.stack.emails()).find((m) => m.destination.to.some((to) => to.includes("locale@example.com")))!;
  chatPage = actionLinks(confirm.body.text ?? "")["confirm_email"]!.split(t.stack.appUrl)[1]!;
});

describe("times on the pages, in the visitor's locale and the zone they chose", () => {
  const week = "/demo/coffee?tz=America/New_York&week=2026-12-07";

  it("shows a 12-hour clock to en-US and to a visitor who sends no Accept-Language", async () => {
    for (const header of ["en-US,en;q=0.9", undefined]) {
      const { html } = await page(week, header);
      expect(shownTimes(html).slice(0, 3)).toEqual(["9:00 AM", "9:30 AM", "10:00 AM"]);
      expect(html).toContain("Mon, Dec 7");
    }
  });

  it("shows a 24-hour clock where the locale uses one, still in New York time", async () => {
    const german = shownTimes((await page(week, "de-DE,de;q=0.9,en;q=0.5")).html);
    expect(german.slice(0, 3)).toEqual(["9:00", "9:30", "10:00"]);
    expect(german).toContain("14:30");
    const british = await page(week, "en-GB");
    expect(shownTimes(british.html)).toContain("14:30");
    expect(british.html).toContain("Mon 7 Dec");
  });

  it("shows the chat page's times in the visitor's locale too", async () => {
    const { status, html } = await page(chatPage, "en-GB,en;q=0.8");
    expect(status).toBe(200);
    // 19:30Z is 14:30 in New York; the guest's zone (London) shows 19:30.
    expect(html).toMatch(/Tuesday 8 December at 19:30/);
  });

  it("answers any Accept-Language, however odd, without a 5xx", async () => {
    const headerValue = fc
      .oneof(
        fc.string({ maxLength: 60, unit: "binary-ascii" }),
        fc.constantFrom("*", "i-klingon", "x-private", "de;q=2", "de;q=NaN", "🙂", ",,,;;;", "a".repeat(4000), "en-US-u-hc-h23", "zh-Hant-TW"),
      )
      // What a header can carry at all (RFC 9110 field-value: visible ASCII, space, tab, obs-text).
      .map((v) => v.replace(/[^\t\x20-\x7e\x80-\xff]/g, "").trim());
    await fc.assert(
      fc.asyncProperty(headerValue, fc.boolean(), async (header, onChatPage) => {
        const res = await page(onChatPage ? chatPage : week, header);
        expect(res.status, JSON.stringify(header)).toBe(200);
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
