import { DAY, MINUTE, type AvailabilityRules, type Interval, type Millis } from "../model/index.ts";
import { CAP_MARGIN } from "./caps.ts";
import { mondayOf, wallOf } from "./local-time.ts";
import { zoneTimeline } from "./zone-timeline.ts";

type Rules = Pick<
  AvailabilityRules,
  "timeZone" | "durationMinutes" | "bufferBeforeMinutes" | "bufferAfterMinutes" | "minimumNoticeMinutes" | "horizonDays" | "maxPerDay" | "maxPerWeek"
>;

/** Where in `window` a slot may start: after the notice, before the horizon. Undefined: nowhere. */
export function offerableSpan(rules: Pick<Rules, "minimumNoticeMinutes" | "horizonDays">, window: Interval, now: Millis): Interval | undefined {
  const start = Math.max(window.start, now + rules.minimumNoticeMinutes * MINUTE);
  const end = Math.min(window.end, now + rules.horizonDays * DAY);
  return start < end ? { start, end } : undefined;
}

/** What computeSlots needs read to decide a window: the holds (locks) and the calendars' busy time. */
export interface BusyRanges {
  locks: Interval;
  calendar: Interval;
}

/**
 * The busy time that decides the slots of `window`, and nothing more, so a page of one week reads
 * one week: every slot that may start there with its buffers around it, and, when the rules cap
 * chats, the whole host-local days (maxPerDay) or ISO weeks (maxPerWeek) those slots start in —
 * a chat anywhere in them counts. Calendars count toward no cap. Undefined when no slot may start
 * in the window (all of it before the notice or past the horizon): then nothing needs reading.
 */
export function busyRanges(rules: Rules, window: Interval, now: Millis): BusyRanges | undefined {
  const span = offerableSpan(rules, window, now);
  if (!span) return undefined;
  const calendar = {
    start: span.start - rules.bufferBeforeMinutes * MINUTE,
    end: span.end + (rules.durationMinutes + rules.bufferAfterMinutes) * MINUTE,
  };
  if (rules.maxPerDay === undefined && rules.maxPerWeek === undefined) return { locks: calendar, calendar };
  const zone = zoneTimeline(rules.timeZone, span.start - CAP_MARGIN, span.end + CAP_MARGIN);
  let firstDay = zone.localDay(span.start);
  let lastDay = zone.localDay(span.end - 1);
  if (rules.maxPerWeek !== undefined) {
    firstDay = mondayOf(firstDay);
    lastDay = mondayOf(lastDay) + 6;
  }
  const counted = { start: zone.toUtc(wallOf(firstDay)), end: zone.toUtc(wallOf(lastDay + 1)) };
  return {
    locks: { start: Math.min(calendar.start, counted.start), end: Math.max(calendar.end, counted.end) },
    calendar,
  };
}
