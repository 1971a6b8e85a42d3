import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { requestBody } from "../support/stack.ts";
import { useTestStack } from "../support/use-test-stack.ts";
import { hostileString as hostile } from "../support/hostile.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z" });

const hostileString = hostile("${jndi:ldap://x}", "javascript:alert(1)");
const anyJson = fc.jsonValue({ maxDepth: 3 });
const mutated = fc
  .record({
    field: fc.constantFrom(...Object.keys(requestBody("x")), "website", "__proto__", "constructor"),
    value: fc.oneof(hostileString, anyJson),
  })
  .map(({ field, value }) => ({ ...requestBody("2026-12-05T15:00:00.000Z"), [field]: value }));
const body = fc.oneof(
  mutated.map((b) => JSON.stringify(b)),
  anyJson.map((v) => JSON.stringify(v)),
  hostileString,
);

describe("POST …/requests under random and hostile bodies", () => {
  it("answers every one with a 4xx and writes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(body, fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded"), async (text, type) => {
        const res = await fetch(t.stack.url("/api/v1/links/demo/coffee/requests"), {
          method: "POST",
          headers: { "content-type": type },
          body: text,
        });
        expect(res.status, text).toBeGreaterThanOrEqual(400);
        expect(res.status, text).toBeLessThan(500);
        expect(((await res.json()) as any).error.code).toBeTypeOf("string");
      }),
      { numRuns: 2000 },
    );
    expect(await t.stack.keys("REQ#", "LOCK#", "GUEST#")).toEqual([]);
  }, 240_000);
});
