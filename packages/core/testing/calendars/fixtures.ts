import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { BusyOptions } from "../../src/calendars/options.ts";

/** Feeds shaped like real exports (test/fixtures/calendars), also served by the local ICS server. */
export const FIXTURES = ["google", "outlook", "apple", "proton"] as const;

export function fixture(name: (typeof FIXTURES)[number]): string {
  return readFileSync(join(import.meta.dirname, "../../../../test/fixtures/calendars", `${name}.ics`), "utf8");
}

export const MARCH_2026 = { start: Date.UTC(2026, 2, 1), end: Date.UTC(2026, 3, 15) };

export const dana: BusyOptions = {
  hostZone: "America/New_York",
  allDayBlocks: true,
  hostAddresses: ["dana@example.com", "dana@work.example"],
};
