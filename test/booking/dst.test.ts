import { describe, expect, it } from "vitest";
import { useTestStack } from "../support/use-test-stack.ts";

const t = useTestStack({ now: "2026-02-20T12:00:00Z" });

async function starts(from: string, to: string, timeZone: string): Promise<string[]> {
  const res = await fetch(t.stack.url(`/api/v1/links/demo/coffee/slots?from=${from}&to=${to}&timeZone=${timeZone}`));
  expect(res.status).toBe(200);
  return ((await res.json()) as any).slots.map((s: any) => s.start);
}

const shift = (date: string, days: number) => new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
const onDay = (all: string[], utcDay: string) => all.filter((s) => s.startsWith(utcDay));

describe("the demo host around daylight-saving changes", () => {
  it.each([
    ["2026-02-20T12:00:00Z", "2026-03-02", "2026-03-09", "14:00", "13:00"],
    ["2026-10-20T12:00:00Z", "2026-10-26", "2026-11-02", "13:00", "14:00"],
  ])("from %s: Mondays %s and %s start at 09:00 New York time", async (at, before, after, firstBefore, firstAfter) => {
    t.now = Date.parse(at);
    const ny = await starts(before, after, "America/New_York");
    const mondayBefore = onDay(ny, before);
    const mondayAfter = onDay(ny, after);
    expect(mondayBefore[0]).toBe(`${before}T${firstBefore}:00.000Z`);
    expect(mondayAfter[0]).toBe(`${after}T${firstAfter}:00.000Z`);
    // 09:00–17:00 in steps of 30 minutes: 16 slots, the last at 16:30 local.
    expect(mondayBefore).toHaveLength(16);
    expect(mondayAfter).toHaveLength(16);

    // A guest in London and one in Kathmandu see the very same instants for those days.
    for (const zone of ["Europe/London", "Asia/Kathmandu"]) {
      // A day wider on each side: the same UTC day straddles two local dates in far-away zones.
      const seen = await starts(shift(before, -1), shift(after, 1), zone);
      expect(onDay(seen, before)).toEqual(mondayBefore);
      expect(onDay(seen, after)).toEqual(mondayAfter);
    }
  });
});
