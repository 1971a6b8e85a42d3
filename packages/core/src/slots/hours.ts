import type { AvailabilityRules, TimeRange } from "../model/index.ts";
import { isoWeekday, parseLocalDate, parseLocalTime } from "./local-time.ts";

/** Wall-clock ranges of one day as minutes after midnight, flat [start0, end0, start1, end1, ...], sorted. */
export type DayRanges = readonly number[];

const CLOSED: DayRanges = [];

/** The host's hours on any epoch day: the date's override if there is one, else the weekday's hours. */
export function hostHours(rules: Pick<AvailabilityRules, "weeklyHours" | "dateOverrides">): (epochDay: number) => DayRanges {
  const weekly: DayRanges[] = [CLOSED];
  for (let weekday = 1; weekday <= 7; weekday++) {
    const ranges = rules.weeklyHours[weekday as 1];
    weekly.push(ranges ? toMinutes(ranges, `weeklyHours.${weekday}`) : CLOSED);
  }
  const overrides = new Map<number, DayRanges>();
  rules.dateOverrides.forEach((o, i) => {
    overrides.set(parseLocalDate(o.date, `dateOverrides.${i}.date`), toMinutes(o.ranges, `dateOverrides.${i}.ranges`));
  });
  return (epochDay) => overrides.get(epochDay) ?? weekly[isoWeekday(epochDay)]!;
}

function toMinutes(ranges: readonly TimeRange[], path: string): DayRanges {
  const pairs = ranges.map((r, i) => [parseLocalTime(r.start, `${path}.${i}.start`), parseLocalTime(r.end, `${path}.${i}.end`)] as const);
  return pairs.filter(([start, end]) => start < end).sort((a, b) => a[0] - b[0]).flat();
}
