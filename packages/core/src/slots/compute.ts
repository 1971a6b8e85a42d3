import { MINUTE, invalidInput, type AvailabilityRules, type Interval, type Millis } from "../model/index.ts";
import type { BusyBlock } from "../ports.ts";
import { BLOCK } from "./blocks.ts";
import { mergeBusy } from "./busy.ts";
import { offerableSpan } from "./busy-range.ts";
import { CAP_MARGIN, fullDays } from "./caps.ts";
import { hostHours } from "./hours.ts";
import { wallOf } from "./local-time.ts";
import { zoneTimeline } from "./zone-timeline.ts";


/**
 * The chats a guest may request, sorted, each starting in [window.start, window.end).
 *
 * Each host-local day's ranges become UTC instants once (see ZoneTimeline.toUtc for skipped and
 * repeated wall times); slots then start at the range start and step by slotStepMinutes of real
 * time, ending by the range end. So on a spring-forward day 01:00–04:00 offers 01:00, 01:30, 03:00,
 * 03:30 (two real hours), and on a fall-back day it offers four real hours.
 *
 * A slot is free when the chat with its buffers overlaps no busy block: neither another chat's locks
 * nor `calendarBusy`, the host's own calendars' busy time (which counts toward no cap). Minimum notice: no slot
 * starts before now + notice. Horizon: every slot starts before now + horizonDays × 24 h, a rolling
 * limit that reads the same from every zone.
 *
 * `busy` needs to hold only what busyRanges(rules, window, now) names; more changes nothing.
 */
export function computeSlots(
  rules: AvailabilityRules,
  busy: BusyBlock[],
  window: Interval,
  now: Millis,
  calendarBusy: readonly Interval[] = [],
): Interval[] {
  const step = rules.slotStepMinutes * MINUTE;
  if (!(step > 0)) throw invalidInput([{ path: "slotStepMinutes", message: "must be positive" }]);
  const span = offerableSpan(rules, window, now);
  if (!span) return [];
  const { start: from, end: to } = span;

  const capped = rules.maxPerDay !== undefined || rules.maxPerWeek !== undefined;
  const zone = zoneTimeline(rules.timeZone, from - (capped ? CAP_MARGIN : 0), to + (capped ? CAP_MARGIN : 0));
  const hoursOn = hostHours(rules);
  const isFull = fullDays(rules, busy, zone);
  const { starts, ends } = mergeBusy(calendarBusy.length === 0 ? busy : [...busy, ...calendarBusy]);
  const duration = rules.durationMinutes * MINUTE;
  const before = rules.bufferBeforeMinutes * MINUTE;
  const after = rules.bufferAfterMinutes * MINUTE;

  const slots: Interval[] = [];
  let busyAt = 0;
  let lastTried = -Infinity;
  for (let day = zone.localDay(from), lastDay = zone.localDay(to - 1); day <= lastDay; day++) {
    const ranges = hoursOn(day);
    if (ranges.length === 0 || isFull(day)) continue;
    for (let i = 0; i < ranges.length; i += 2) {
      const rangeEnd = zone.toUtc(wallOf(day, ranges[i + 1]!));
      let t = ceilToBlock(zone.toUtc(wallOf(day, ranges[i]!)));
      // Skip ahead in whole steps past the notice and past slots an overlapping range already tried.
      const lowest = Math.max(from, lastTried + 1);
      if (t < lowest) t += Math.ceil((lowest - t) / step) * step;
      for (; t + duration <= rangeEnd && t < to; t += step) {
        lastTried = t;
        const occupiedStart = t - before;
        while (busyAt < ends.length && ends[busyAt]! <= occupiedStart) busyAt++;
        if (busyAt < starts.length && starts[busyAt]! < t + duration + after) continue;
        slots.push({ start: t, end: t + duration });
      }
    }
  }
  return slots;
}

/** Locks are 5-minute blocks; a zone whose offset is off that grid (none today) still gets grid slots. */
function ceilToBlock(t: Millis): Millis {
  return t + ((BLOCK - (((t % BLOCK) + BLOCK) % BLOCK)) % BLOCK);
}
