import { describe, expect, it } from "vitest";
import { json, requestBody } from "../support/stack.ts";
import { useTestStack } from "../support/use-test-stack.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z", env: { RATE_LIMIT_REQUESTS_PER_MINUTE: "3", RATE_LIMIT_PER_EMAIL_PER_HOUR: "2" } });

const post = (body: unknown) => fetch(t.stack.url("/api/v1/links/demo/coffee/requests"), json(body));

describe("abuse limits", () => {
  it("per guest email: the third request in an hour gets 429 with Retry-After, and writes nothing", async () => {
    const email = "eager@example.com";
    // A Saturday is never offered: each attempt counts, none holds a slot.
    for (let i = 0; i < 2; i++) expect((await post(requestBody("2026-12-05T15:00:00.000Z", { email }))).status).toBe(409);
    const limited = await post(requestBody("2026-12-05T15:00:00.000Z", { email }));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await limited.json()) as any).error.code).toBe("RATE_LIMITED");
    expect(await t.stack.keys("GUEST#")).toEqual([]);
  });

  it("per address: past the per-minute limit every request gets 429", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await post(requestBody("2026-12-05T15:00:00.000Z", { email: `n${i}@example.com` }))).status);
    expect(statuses.every((s) => s === 429)).toBe(true);
  });
});
