import ICAL from "ical.js";
import type { Millis } from "../model/time.ts";

const DAY = 86_400_000;
const UNITS = {
  DAILY: { days: 1, upper: DAY },
  WEEKLY: { days: 7, upper: 7 * DAY },
  MONTHLY: { months: 1, upper: 31 * DAY },
  YEARLY: { months: 12, upper: 366 * DAY },
} as const;

/**
 * ical.js steps a rule from its DTSTART, one instance at a time, so a daily meeting begun years ago
 * costs thousands of steps before the range. An open-ended rule (no COUNT) repeats the same pattern
 * every INTERVAL periods, so moving DTSTART (and DTEND) forward by whole periods, on the wall clock,
 * yields the same instances from there on. It stays a whole period before `before` (the range's
 * start less the longest an instance lasts), so the new DTSTART, an instance by RFC 5545 even where
 * the rule would not give it, ends before the range.
 * Leaves the event alone when a move would land on a date that does not exist (31 January + 1 month).
 */
export function skipAhead(component: ICAL.Component, toMillis: (t: ICAL.Time) => Millis, before: Millis): void {
  const rules = component.getAllProperties("rrule");
  if (rules.length !== 1) return;
  const rule = rules[0]!.getFirstValue() as ICAL.Recur;
  const unit = UNITS[rule.freq as keyof typeof UNITS];
  if (!unit || rule.count) return;
  const interval = rule.interval || 1;
  const start = component.getFirstPropertyValue("dtstart");
  if (!(start instanceof ICAL.Time)) return;
  const period = unit.upper * interval;
  const periods = Math.floor((before - period - toMillis(start)) / period);
  if (periods < 1) return;
  const moved = (t: ICAL.Time) => {
    const next = t.clone();
    if ("days" in unit) next.day += unit.days * interval * periods;
    else next.month += unit.months * interval * periods;
    next.isDate = t.isDate;
    return next;
  };
  const end = component.getFirstPropertyValue("dtend");
  const newStart = moved(start);
  const newEnd = end instanceof ICAL.Time ? moved(end) : undefined;
  if ("months" in unit && (newStart.day !== start.day || (end instanceof ICAL.Time && newEnd!.day !== end.day))) return;
  component.getFirstProperty("dtstart")!.setValue(newStart);
  if (newEnd) component.getFirstProperty("dtend")!.setValue(newEnd);
}
