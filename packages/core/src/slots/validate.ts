import { DURATIONS, type AvailabilityRules, type Issue, type TimeRange } from "../model/index.ts";
import { localDateDay, localTimeMinutes } from "./local-time.ts";
import { isValidTimeZone } from "./zone-timeline.ts";

const NOTICE_MAX_MINUTES = 60 * 24 * 60;

/** Everything wrong with a link's availability rules, each with the field's path; empty when valid. */
export function validateRules(rules: AvailabilityRules): Issue[] {
  const issues: Issue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });

  if (!isValidTimeZone(rules.timeZone)) add("timeZone", `"${String(rules.timeZone)}" is not an IANA time zone`);
  if (!(DURATIONS as readonly number[]).includes(rules.durationMinutes)) {
    add("durationMinutes", `must be one of ${DURATIONS.join(", ")}`);
  }
  checkMinutes(add, "bufferBeforeMinutes", rules.bufferBeforeMinutes, 0, 240);
  checkMinutes(add, "bufferAfterMinutes", rules.bufferAfterMinutes, 0, 240);
  checkMinutes(add, "minimumNoticeMinutes", rules.minimumNoticeMinutes, 0, NOTICE_MAX_MINUTES);
  checkMinutes(add, "slotStepMinutes", rules.slotStepMinutes, 5, 240);
  if (!isIntegerIn(rules.horizonDays, 1, 365)) add("horizonDays", "must be a whole number of days from 1 to 365");
  for (const cap of ["maxPerDay", "maxPerWeek"] as const) {
    const value = rules[cap];
    if (value !== undefined && !isIntegerIn(value, 1, Infinity)) add(cap, "must be a whole number, at least 1");
  }

  for (const [key, ranges] of Object.entries(rules.weeklyHours ?? {})) {
    if (!/^[1-7]$/.test(key)) add(`weeklyHours.${key}`, "must be an ISO weekday from 1 (Monday) to 7 (Sunday)");
    else checkRanges(add, `weeklyHours.${key}`, ranges ?? []);
  }
  const seen = new Set<string>();
  (rules.dateOverrides ?? []).forEach((override, i) => {
    if (localDateDay(override.date) === undefined) add(`dateOverrides.${i}.date`, "must be a date YYYY-MM-DD");
    else if (seen.has(override.date)) add(`dateOverrides.${i}.date`, `${override.date} is overridden twice`);
    seen.add(override.date);
    checkRanges(add, `dateOverrides.${i}.ranges`, override.ranges);
  });
  return issues;
}

type Add = (path: string, message: string) => void;

function checkMinutes(add: Add, path: string, value: number, min: number, max: number) {
  if (!isIntegerIn(value, min, max) || value % 5 !== 0) add(path, `must be a multiple of 5 from ${min} to ${max} minutes`);
}

function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;
}

function checkRanges(add: Add, path: string, ranges: readonly TimeRange[]) {
  const parsed: { start: number; end: number; i: number }[] = [];
  ranges.forEach((range, i) => {
    const start = localTimeMinutes(range.start);
    const end = localTimeMinutes(range.end);
    if (start === undefined || start === 24 * 60) add(`${path}.${i}.start`, "must be a time HH:MM from 00:00 to 23:59");
    if (end === undefined) add(`${path}.${i}.end`, "must be a time HH:MM from 00:00 to 24:00");
    if (start === undefined || start === 24 * 60 || end === undefined) return;
    if (start >= end) add(`${path}.${i}`, `starts at ${range.start}, not before its end ${range.end}`);
    else parsed.push({ start, end, i });
  });
  parsed.sort((a, b) => a.start - b.start);
  let latest = parsed[0];
  for (const current of parsed.slice(1)) {
    if (latest && current.start < latest.end) add(`${path}.${current.i}`, `overlaps range ${latest.i}`);
    if (!latest || current.end > latest.end) latest = current;
  }
}
