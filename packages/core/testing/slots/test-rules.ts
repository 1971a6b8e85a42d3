import { MINUTE, type AvailabilityRules, type Millis } from "../../src/model/index.ts";
import type { BusyBlock } from "../../src/ports.ts";

/** Rules for tests: the demo host (Mon–Fri 09:00–17:00, 20 minutes, 10 after, step 30), far notice and horizon off. */
export function testRules(overrides: Partial<AvailabilityRules> = {}): AvailabilityRules {
  const nineToFive = [{ start: "09:00", end: "17:00" }];
  return {
    timeZone: "America/New_York",
    weeklyHours: { 1: nineToFive, 2: nineToFive, 3: nineToFive, 4: nineToFive, 5: nineToFive },
    dateOverrides: [],
    durationMinutes: 20,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 10,
    minimumNoticeMinutes: 0,
    horizonDays: 365,
    slotStepMinutes: 30,
    ...overrides,
  };
}

export const at = (iso: string): Millis => Date.parse(iso);
export const iso = (t: Millis): string => new Date(t).toISOString().replace(".000Z", "Z");

/** A booked chat as the store returns it: occupied interval with the rules' buffers. */
export function booked(requestId: string, startIso: string, rules: AvailabilityRules): BusyBlock {
  const chatStart = at(startIso);
  return {
    requestId,
    chatStart,
    start: chatStart - rules.bufferBeforeMinutes * MINUTE,
    end: chatStart + (rules.durationMinutes + rules.bufferAfterMinutes) * MINUTE,
  };
}
