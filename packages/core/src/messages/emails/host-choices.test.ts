import { describe, expect, it } from "vitest";
import { expectEscaped, expectInBoth } from "../testing/email-checks.ts";
import { host, hostileRequest, link, request } from "../testing/fixtures.ts";
import { rendered } from "../testing/rendered.ts";
import * as drafts from "./answer-emails.ts";
import * as changes from "./change-emails.ts";
import * as requests from "./request-emails.ts";

const accepted = rendered(drafts.accepted);
const cancelled = rendered(changes.cancelled);
const confirmEmail = rendered(requests.confirmEmail);

describe("a chat booked without the host's approval", () => {
  it("tells the host who booked and why, with the questions: they never saw a request", () => {
    const email = accepted({ request: request({ autoAccept: true }), host, link }, {}, "host");
    expect(email.subject).toBe("Booked: coffee chat with Zoë Ñúñez on Tuesday, March 10");
    expectInBoth(email, "Zoë Ñúñez booked a 20-minute coffee chat", "Teacher for 8 years", "What's a typical day like?");
    expect(email.text).not.toContain("you accepted");
  });

  it("tells the guest that confirming books the chat", () => {
    const email = confirmEmail({ request: request({ status: "awaiting_email", autoAccept: true }), host, link }, { confirmUrl: "https://cc.example/a/x" });
    expectInBoth(email, "You booked a 20-minute chat with Jane Host");
  });

  it("escapes what the guest typed", () => {
    expectEscaped(accepted({ request: { ...hostileRequest(), autoAccept: true }, host, link }, {}, "host"));
  });
});

describe("a host's note with a cancellation", () => {
  it("reaches the guest", () => {
    const ctx = { request: request({ status: "cancelled", cancelledBy: "host", hostNote: "Closing my account — sorry!" }), host, link };
    expectInBoth(cancelled(ctx, "guest"), "A note from Jane", "Closing my account — sorry!");
    expect(cancelled(ctx, "host").text).not.toContain("A note from");
  });
});
