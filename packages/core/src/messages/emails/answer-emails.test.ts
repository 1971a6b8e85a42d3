import { describe, expect, it } from "vitest";
import { expectBothTimes, expectEscaped, expectInBoth } from "../testing/email-checks.ts";
import { host, hostileRequest, link, request } from "../testing/fixtures.ts";
import { accepted as acceptedBlocks, declined as declinedBlocks, expired as expiredBlocks } from "./answer-emails.ts";
import { rendered } from "../testing/rendered.ts";

const accepted = rendered(acceptedBlocks);
const declined = rendered(declinedBlocks);
const expired = rendered(expiredBlocks);

const ctx = { request: request({ hostNote: "Looking forward to it!\nJane" }), host, link };
const hostile = { request: hostileRequest(), host, link };

describe("accepted", () => {
  const email = accepted(ctx, { rescheduleUrl: "https://cc.example/r", cancelUrl: "https://cc.example/c" });

  it("confirms the chat in the guest's zone, with the host's note", () => {
    expect(email.subject).toBe("Jane Host accepted: coffee chat on Tuesday, March 10");
    expectBothTimes(email);
    expectInBoth(email, "Good news, Zoë", "A note from Jane", "Looking forward to it!", "20 minutes");
    expect(email.html).toContain("Looking forward to it!<br>Jane");
  });

  it("offers add-to-calendar links and the manage links", () => {
    expect(email.html).toContain('href="https://calendar.google.com/calendar/render?action=TEMPLATE&amp;');
    expect(email.text).toContain("https://outlook.live.com/calendar/0/deeplink/compose?");
    expect(email.text).toContain("dates=20260310T140000Z%2F20260310T142000Z");
    expectInBoth(email, "Reschedule", "https://cc.example/r", "https://cc.example/c");
  });

  it("escapes the host note and the guest's name", () => {
    expectEscaped(accepted(hostile));
  });
});

describe("declined", () => {
  it("says no kindly, passes on the note and suggests asking others", () => {
    const email = declined(ctx);
    expect(email.subject).toBe("About your coffee chat request to Jane Host");
    expectInBoth(email, "can't take this chat", "A note from Jane", "not about you", "Keep reaching out", "one person");
    expect(declined({ ...ctx, request: request() }).text).not.toContain("A note from");
    expectEscaped(declined(hostile));
    expect(declined(hostile).html).toContain("Note &lt;script&gt;");
  });
});

describe("expired", () => {
  it("tells the guest the host didn't answer and offers another time", () => {
    const email = expired(ctx, { bookingUrl: "https://cc.example/jane/20min" });
    expect(email.subject).toBe("Your request to Jane Host has expired");
    expectInBoth(email, "didn't get to your request in time", "rarely personal", "https://cc.example/jane/20min");
    expect(expired(ctx).text).not.toContain("Pick another time");
    expectEscaped(expired(hostile));
  });
});

describe("accepted, as the host reads it", () => {
  it("confirms the host's own yes rather than announcing it to them", () => {
    const email = accepted({ request: request(), host, link }, {}, "host");
    expect(email.subject).toMatch(/^Confirmed: coffee chat with /);
    expect(email.text).toContain("you accepted");
    expect(email.text).not.toContain("accepted your request");
  });
});
