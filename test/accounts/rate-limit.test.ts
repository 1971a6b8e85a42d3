import { describe, expect, it } from "vitest";
import { useTestStack } from "../support/use-test-stack.ts";
import { startSignIn } from "../support/accounts.ts";

const t = useTestStack({
  now: "2026-12-01T12:00:00Z",
  env: { RATE_LIMIT_PER_EMAIL_PER_HOUR: "2", RATE_LIMIT_REQUESTS_PER_MINUTE: "4" },
});

describe("sign-in emails are rate limited", () => {
  it("per address: the third in an hour is refused with 429 and Retry-After, and sends nothing", async () => {
    expect((await startSignIn(t.stack, "limited@example.com")).status).toBe(202);
    expect((await startSignIn(t.stack, "limited@example.com")).status).toBe(202);
    const before = t.mail.sent.length;
    const third = await startSignIn(t.stack, "limited@example.com");
    expect(third.status).toBe(429);
    expect(Number(third.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(t.mail.sent.length).toBe(before);
  });

  it("per IP: more than four a minute from one address are refused, whatever the email", async () => {
    t.now += 60 * 60_000;
    const statuses = [];
    for (const who of ["a", "b", "c", "d", "e"]) statuses.push((await startSignIn(t.stack, `${who}@example.com`)).status);
    expect(statuses).toEqual([202, 202, 202, 202, 429]);
  });
});
