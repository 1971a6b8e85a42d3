import type { Cron } from "./cron.ts";
import { wallInstants, type LocalDateTime, type Rate } from "./expression.ts";

const MINUTE = 60_000;
const DAY = 86_400_000;
const UNIT_MS: Record<Rate["unit"], number> = { minute: MINUTE, hour: 60 * MINUTE, day: DAY };

/**
 * The first rate() occurrence after `after`: every period from the StartDate, or from the creation
 * when there is none (the first one period after it).
 */
export function nextRate(rate: Rate, anchor: { start?: number; created: number }, after: number): number {
  const period = rate.value * UNIT_MS[rate.unit];
  const origin = anchor.start ?? anchor.created + period;
  if (after < origin) return origin;
  return origin + (Math.floor((after - origin) / period) + 1) * period;
}

/**
 * The first cron() occurrence after `after`, read on the wall clock of `zone`. As AWS does across
 * DST: a time the clocks skip is skipped, a time they show twice runs once (the first).
 * Undefined when the expression has no more occurrences (its years are over), looking 5 years on.
 */
export function nextCron(cron: Cron, zone: string, after: number): number | undefined {
  const startDay = Math.floor((after - 14 * 60 * MINUTE) / DAY);
  for (let d = startDay; d < startDay + 5 * 366 + 2; d++) {
    const date = new Date(d * DAY);
    const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    if (!cron.years.has(year) || !cron.months.has(month)) continue;
    const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const weekday = date.getUTCDay() + 1;
    if (!cron.dayOfMonth(day, length, weekday) || !cron.dayOfWeek(day, length, weekday)) continue;
    for (const hour of [...cron.hours].sort((a, b) => a - b)) {
      for (const minute of [...cron.minutes].sort((a, b) => a - b)) {
        const local: LocalDateTime = { year, month, day, hour, minute, second: 0 };
        const first = wallInstants(local, zone)[0];
        if (first !== undefined && first > after) return first;
      }
    }
  }
  return undefined;
}
