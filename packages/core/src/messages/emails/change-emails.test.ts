import { describe, expect, it } from "vitest";
import { expectBothTimes, expectEscaped, expectInBoth } from "../testing/email-checks.ts";
import { host, hostileRequest, link, request, START } from "../testing/fixtures.ts";
import { cancelled as cancelledBlocks, rescheduled as rescheduledBlocks } from "./change-emails.ts";
import { rendered } from "../testing/rendered.ts";

const cancelled = rendered(cancelledBlocks);
const rescheduled = rendered(rescheduledBlocks);

describe("cancelled", () => {
  it("tells the guest the host cancelled, and offers another time", () => {
    const ctx = { request: request({ status: "cancelled", cancelledBy: "host" }), host, link };
    const email = cancelled(ctx, "guest", { bookingUrl: "https://cc.example/jane/20min" });
    expect(email.subject).toBe("Cancelled: coffee chat with Jane Host on Tuesday, March 10");
    expectInBoth(email, "Hi Zoë,", "Jane Host cancelled the coffee chat", "https://cc.example/jane/20min");
    expectBothTimes(email);
  });

  it("tells the host the guest cancelled, in the host's zone", () => {
    const ctx = { request: request({ status: "cancelled", cancelledBy: "guest" }), host, link };
    const email = cancelled(ctx, "host");
    expect(email.subject).toBe("Cancelled: coffee chat with Zoë Ñúñez on Tuesday, March 10");
    expectInBoth(email, "Hi Jane,", "Zoë Ñúñez cancelled the coffee chat");
    expect(email.text).not.toContain("Pick another time");
    expectBothTimes(email);
  });

  it("as a receipt says 'You cancelled'", () => {
    const ctx = { request: request({ status: "cancelled", cancelledBy: "guest" }), host, link };
    expectInBoth(cancelled(ctx, "guest"), "You cancelled the coffee chat with Jane Host");
  });

  it("escapes names", () => {
    const ctx = { request: { ...hostileRequest(), cancelledBy: "guest" as const }, host, link };
    expectEscaped(cancelled(ctx, "host"));
  });
});

describe("rescheduled", () => {
  const previous = { start: START - 86_400_000, end: START - 86_400_000 + 20 * 60_000 };

  it("gives the new time in both zones and the old one, with calendar links", () => {
    const ctx = { request: request({ sequence: 1 }), host, link };
    const email = rescheduled(ctx, "host", previous, { cancelUrl: "https://cc.example/c" });
    expect(email.subject).toBe("New time: coffee chat with Zoë Ñúñez on Tuesday, March 10");
    expectBothTimes(email);
    expectInBoth(email, "has moved", "Was", "Monday, March 9, 2026, 10:00 AM EDT (America/New_York)");
    expect(email.html).toContain("https://calendar.google.com/calendar/render?");
    expect(rescheduled(ctx, "guest", previous).text).toContain("Monday, March 9, 2026, 3:00 PM GMT+1 (Europe/Berlin)");
    expectEscaped(rescheduled({ request: hostileRequest(), host, link }, "host", previous));
  });
});
