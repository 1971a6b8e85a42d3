import { describe, expect, it } from "vitest";
import { expectBothTimes, expectEscaped, expectInBoth } from "../testing/email-checks.ts";
import { host, hostileRequest, link, request, START } from "../testing/fixtures.ts";
import { confirmEmail as confirmEmailBlocks, hostNudge as hostNudgeBlocks, hostRequest as hostRequestBlocks } from "./request-emails.ts";
import { rendered } from "../testing/rendered.ts";

const confirmEmail = rendered(confirmEmailBlocks);
const hostNudge = rendered(hostNudgeBlocks);
const hostRequest = rendered(hostRequestBlocks);

const ctx = { request: request({ status: "awaiting_host" }), host, link };
const hostile = { request: hostileRequest(), host, link };
const answer = { acceptUrl: "https://cc.example/a?t=1&x=2", declineUrl: "https://cc.example/d?t=1", expiresAt: START - 86_400_000 };

describe("confirmEmail", () => {
  it("asks the guest to confirm, with the link and its 30-minute expiry", () => {
    const email = confirmEmail(ctx, { confirmUrl: "https://cc.example/confirm?t=abc" });
    expect(email.subject).toBe("Confirm your email to send your request to Jane Host");
    expectInBoth(email, "expires in 30 minutes", "Hi Zoë,");
    expect(email.text).toContain("https://cc.example/confirm?t=abc");
    expect(email.html).toContain('href="https://cc.example/confirm?t=abc"');
    expectBothTimes(email);
  });

  it("escapes the guest's name", () => {
    expectEscaped(confirmEmail(hostile, { confirmUrl: "https://cc.example/c" }));
  });
});

describe("hostRequest", () => {
  const email = hostRequest(ctx, answer);

  it("tells the host who asks, why, how they found them, and what they'll ask", () => {
    expect(email.subject).toBe("Zoë Ñúñez would like 20 minutes to learn about your work");
    expectInBoth(
      email,
      "learning UX design.",
      "what product managers do day to day",
      "Your talk at the UX meetup",
      "https://linkedin.example.com/in/zoe",
      "Video call",
      "https://meet.example.com/jane-coffee",
      "not for a job",
    );
    expect(email.text).toContain("1. What's a typical day like?\n2. What do you love about your job?");
    expect(email.html).toContain("What&#39;s a typical day like?");
  });

  it("has Accept and Decline buttons and says when the request expires (host's zone)", () => {
    expect(email.html).toContain('href="https://cc.example/a?t=1&amp;x=2"');
    expect(email.html).toContain('href="https://cc.example/d?t=1"');
    expect(email.text).toContain("Accept:\nhttps://cc.example/a?t=1&x=2");
    expectInBoth(email, "This request expires on Monday, March 9, 2026, 10:00 AM EDT (America/New_York)");
  });

  it("shows both local times, keeps line breaks, and never links a javascript: URL", () => {
    expectBothTimes(email);
    expect(email.html).toContain("Teacher for 8 years,<br>learning UX design.");
    expect(email.html).toContain("javascript:alert(3)");
    expect(email.html).not.toContain('href="javascript:');
  });

  it("escapes every field the guest wrote", () => {
    const hostileEmail = hostRequest(hostile, answer);
    expectEscaped(hostileEmail);
    expect(hostileEmail.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt; Mallory");
    for (const field of ["Background", "Purpose", "Question", "Found"]) {
      expect(hostileEmail.html).toContain(`${field} &lt;script&gt;`);
    }
  });
});

describe("hostNudge", () => {
  it("reminds the host with the purpose, both buttons and the expiry", () => {
    const email = hostNudge(ctx, answer);
    expect(email.subject).toBe("Zoë Ñúñez is waiting for your answer");
    expectInBoth(email, "still waiting", "what product managers do day to day", "expires on Monday, March 9, 2026");
    expect(email.html).toContain('href="https://cc.example/d?t=1"');
    expectBothTimes(email);
    expectEscaped(hostNudge(hostile, answer));
  });
});
