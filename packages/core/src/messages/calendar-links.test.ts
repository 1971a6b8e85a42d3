import { describe, expect, it } from "vitest";
import { addToGoogleUrl, addToOutlookUrl } from "./calendar-links.ts";
import { mailtoUrl } from "./mailto.ts";

const event = {
  title: "Coffee chat: Zoë × Jane & co",
  start: Date.UTC(2026, 2, 10, 14, 0),
  end: Date.UTC(2026, 2, 10, 14, 20),
  details: "Questions:\n1. What's a typical day?",
  location: "Café Ñú, 12 Main St",
};

describe("calendar links", () => {
  it("Google: template action, UTC basic dates, encoded text", () => {
    const url = new URL(addToGoogleUrl(event));
    expect(url.origin + url.pathname).toBe("https://calendar.google.com/calendar/render");
    expect(url.searchParams.get("action")).toBe("TEMPLATE");
    expect(url.searchParams.get("dates")).toBe("20260310T140000Z/20260310T142000Z");
    expect(url.searchParams.get("text")).toBe(event.title);
    expect(url.searchParams.get("details")).toBe(event.details);
    expect(url.searchParams.get("location")).toBe(event.location);
  });

  it("Outlook: compose deeplink with ISO UTC dates and %20 for spaces", () => {
    const raw = addToOutlookUrl(event);
    expect(raw).not.toContain("+");
    const url = new URL(raw);
    expect(url.searchParams.get("rru")).toBe("addevent");
    expect(url.searchParams.get("startdt")).toBe("2026-03-10T14:00:00Z");
    expect(url.searchParams.get("enddt")).toBe("2026-03-10T14:20:00Z");
    expect(url.searchParams.get("subject")).toBe(event.title);
    expect(url.searchParams.get("body")).toBe(event.details);
  });
});

describe("mailtoUrl", () => {
  it("encodes subject and body, with CRLF line breaks", () => {
    const url = mailtoUrl("jane@example.com", "Thank you & more?", "Hi Jane,\nthanks (really)!\n— Zoë");
    expect(url.startsWith("mailto:jane@example.com?subject=")).toBe(true);
    expect(url).not.toMatch(/[\s'()!*]/);
    const parsed = new URL(url);
    expect(parsed.searchParams.get("subject")).toBe("Thank you & more?");
    expect(decodeURIComponent(/body=([^&]*)/.exec(url)![1]!)).toBe("Hi Jane,\r\nthanks (really)!\r\n— Zoë");
  });
});
