import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { DAY, DURATIONS, MINUTE, type AvailabilityRules, type Interval, type Millis, type TimeRange } from "../model/index.ts";
import type { BusyBlock } from "../ports.ts";
import { computeSlots } from "./compute.ts";
import { isSlotOffered } from "./offered.ts";

/**
 * Random hosts, bookings, windows and clocks, checked against luxon alone. Ranges start at 04:00 or
 * later so that every wall time exists once in these zones (their changes happen between 00:00 and
 * 04:00); the skipped and repeated hours have their own tests in dst.test.ts.
 */
const ZONES = [
  "America/New_York", "Europe/London", "Asia/Kathmandu", "Australia/Lord_Howe", "Australia/Eucla",
  "Pacific/Chatham", "America/St_Johns", "Australia/Sydney", "Asia/Tokyo", "UTC",
];
const BASE = Date.UTC(2026, 0, 1);
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

const rangesArb: fc.Arbitrary<TimeRange[]> = fc
  .uniqueArray(fc.integer({ min: 48, max: 288 }), { maxLength: 4 })
  .map((cuts) => {
    const sorted = [...cuts].sort((a, b) => a - b);
    const ranges: TimeRange[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) ranges.push({ start: hhmm(sorted[i]! * 5), end: hhmm(sorted[i + 1]! * 5) });
    return ranges;
  });

const scenarioArb = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    week: fc.array(rangesArb, { minLength: 7, maxLength: 7 }),
    overrides: fc.array(fc.record({ day: fc.integer({ min: -2, max: 16 }), ranges: rangesArb }), { maxLength: 3 }),
    durationMinutes: fc.constantFrom(...DURATIONS),
    before: fc.integer({ min: 0, max: 12 }),
    after: fc.integer({ min: 0, max: 12 }),
    notice: fc.integer({ min: 0, max: 3 * 24 * 12 }),
    horizonDays: fc.integer({ min: 1, max: 30 }),
    step: fc.integer({ min: 1, max: 24 }),
    maxPerDay: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    maxPerWeek: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    windowStart: fc.integer({ min: 0, max: 364 * 24 * 60 }),
    windowMinutes: fc.integer({ min: 1, max: 15 * 24 * 60 }),
    nowOffset: fc.integer({ min: -5 * 24 * 3600, max: 5 * 24 * 3600 }),
    chats: fc.array(fc.record({ at: fc.integer({ min: -10 * 24 * 12, max: 25 * 24 * 12 }), split: fc.boolean() }), { maxLength: 40 }),
  })
  .map((s) => {
    const window: Interval = { start: BASE + s.windowStart * MINUTE, end: BASE + (s.windowStart + s.windowMinutes) * MINUTE };
    const firstDate = DateTime.fromMillis(window.start, { zone: s.timeZone }).startOf("day");
    const rules: AvailabilityRules = {
      timeZone: s.timeZone,
      weeklyHours: Object.fromEntries(s.week.map((ranges, i) => [i + 1, ranges])),
      dateOverrides: [...new Map(s.overrides.map((o) => [firstDate.plus({ days: o.day }).toISODate()!, o.ranges])).entries()].map(
        ([date, ranges]) => ({ date, ranges }),
      ),
      durationMinutes: s.durationMinutes,
      bufferBeforeMinutes: s.before * 5,
      bufferAfterMinutes: s.after * 5,
      minimumNoticeMinutes: s.notice * 5,
      horizonDays: s.horizonDays,
      slotStepMinutes: s.step * 5,
      ...(s.maxPerDay === undefined ? {} : { maxPerDay: s.maxPerDay }),
      ...(s.maxPerWeek === undefined ? {} : { maxPerWeek: s.maxPerWeek }),
    };
    const gridStart = Math.floor(window.start / (5 * MINUTE)) * 5 * MINUTE;
    const busy: BusyBlock[] = s.chats.flatMap((c, i) => {
      const chatStart = gridStart + c.at * 5 * MINUTE;
      const start = chatStart - rules.bufferBeforeMinutes * MINUTE;
      const end = chatStart + (rules.durationMinutes + rules.bufferAfterMinutes) * MINUTE;
      const mid = start + 5 * MINUTE;
      return c.split
        ? [{ requestId: `r${i}`, chatStart, start, end: mid }, { requestId: `r${i}`, chatStart, start: mid, end }]
        : [{ requestId: `r${i}`, chatStart, start, end }];
    });
    return { rules, busy, window, now: window.start + s.nowOffset * 1000 };
  });

type Scenario = { rules: AvailabilityRules; busy: BusyBlock[]; window: Interval; now: Millis };

function hoursOn(rules: AvailabilityRules, day: DateTime): TimeRange[] {
  return rules.dateOverrides.find((o) => o.date === day.toISODate())?.ranges ?? rules.weeklyHours[day.weekday as 1] ?? [];
}

function wallToMillis(day: DateTime, time: string, zone: string): Millis {
  if (time === "24:00") return day.plus({ days: 1 }).startOf("day").toMillis();
  const [hour, minute] = time.split(":").map(Number);
  return DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour: hour!, minute: minute! }, { zone }).toMillis();
}

/** Chats per host-local date and per ISO week, counted with luxon. */
function chatCounts({ rules, busy }: Scenario) {
  const byRequest = new Map(busy.map((b) => [b.requestId, b.chatStart]));
  const perDay = new Map<string, number>();
  const perWeek = new Map<string, number>();
  for (const start of byRequest.values()) {
    const local = DateTime.fromMillis(start, { zone: rules.timeZone });
    const week = `${local.weekYear}-${local.weekNumber}`;
    perDay.set(local.toISODate()!, (perDay.get(local.toISODate()!) ?? 0) + 1);
    perWeek.set(week, (perWeek.get(week) ?? 0) + 1);
  }
  return (t: Millis) => {
    const local = DateTime.fromMillis(t, { zone: rules.timeZone });
    const dayFull = rules.maxPerDay !== undefined && (perDay.get(local.toISODate()!) ?? 0) >= rules.maxPerDay;
    const weekFull = rules.maxPerWeek !== undefined && (perWeek.get(`${local.weekYear}-${local.weekNumber}`) ?? 0) >= rules.maxPerWeek;
    return dayFull || weekFull;
  };
}

const overlapsBusy = (busy: BusyBlock[], from: Millis, to: Millis) => busy.some((b) => b.start < to && from < b.end);

/** The slots, found the slow way: luxon per day and per range, every busy block per slot. */
function reference(s: Scenario): Interval[] {
  const { rules, busy, window, now } = s;
  const zone = rules.timeZone;
  const isFull = chatCounts(s);
  const out: Interval[] = [];
  const last = DateTime.fromMillis(window.end, { zone }).plus({ days: 1 });
  for (let day = DateTime.fromMillis(window.start, { zone }).startOf("day").minus({ days: 1 }); day < last; day = day.plus({ days: 1 })) {
    for (const range of hoursOn(rules, day)) {
      const end = wallToMillis(day, range.end, zone);
      for (let t = wallToMillis(day, range.start, zone); t + rules.durationMinutes * MINUTE <= end; t += rules.slotStepMinutes * MINUTE) {
        const occupiedFrom = t - rules.bufferBeforeMinutes * MINUTE;
        const occupiedTo = t + (rules.durationMinutes + rules.bufferAfterMinutes) * MINUTE;
        if (t < window.start || t >= window.end || t < now + rules.minimumNoticeMinutes * MINUTE) continue;
        if (t >= now + rules.horizonDays * DAY || overlapsBusy(busy, occupiedFrom, occupiedTo) || isFull(t)) continue;
        out.push({ start: t, end: t + rules.durationMinutes * MINUTE });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

describe("computeSlots, for random hosts and bookings", () => {
  it("offers exactly the slots a slow luxon reference finds", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        expect(computeSlots(s.rules, s.busy, s.window, s.now)).toEqual(reference(s));
      }),
      { numRuns: 3000 },
    );
  });

  it("keeps every invariant, and isSlotOffered agrees with it", () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 15 * 24 * 12 }), (s, probe) => {
        const { rules, busy, window, now } = s;
        const slots = computeSlots(rules, busy, window, now);
        const isFull = chatCounts(s);
        slots.forEach((slot, i) => {
          expect(slot.end - slot.start).toBe(rules.durationMinutes * MINUTE);
          if (i > 0) expect(slot.start).toBeGreaterThan(slots[i - 1]!.start);
          expect(slot.start % (5 * MINUTE)).toBe(0);
          expect(slot.start >= window.start && slot.start < window.end).toBe(true);
          expect(slot.start).toBeGreaterThanOrEqual(now + rules.minimumNoticeMinutes * MINUTE);
          expect(slot.start).toBeLessThan(now + rules.horizonDays * DAY);
          const occupiedFrom = slot.start - rules.bufferBeforeMinutes * MINUTE;
          expect(overlapsBusy(busy, occupiedFrom, slot.end + rules.bufferAfterMinutes * MINUTE)).toBe(false);
          expect(isFull(slot.start)).toBe(false);
          const local = DateTime.fromMillis(slot.start, { zone: rules.timeZone });
          const day = local.startOf("day");
          const from = local.hour * 60 + local.minute;
          const localEnd = DateTime.fromMillis(slot.end, { zone: rules.timeZone });
          const to = localEnd.hour * 60 + localEnd.minute + (localEnd.hasSame(local, "day") ? 0 : 24 * 60);
          const inside = hoursOn(rules, day).some((r) => {
            const [rs, re] = [r.start, r.end].map((x) => Number(x.slice(0, 2)) * 60 + Number(x.slice(3)));
            return from >= rs! && to <= re!;
          });
          expect(inside).toBe(true);
        });
        for (const slot of [slots[0], slots[slots.length >> 1], slots.at(-1)]) {
          if (slot) expect(isSlotOffered(rules, busy, slot.start, now)).toBe(true);
        }
        const candidate = Math.floor(window.start / (5 * MINUTE)) * 5 * MINUTE + probe * 5 * MINUTE;
        const offered = slots.some((x) => x.start === candidate);
        if (candidate >= window.start && candidate < window.end) expect(isSlotOffered(rules, busy, candidate, now)).toBe(offered);
      }),
      { numRuns: 3000 },
    );
  });
});
