/**
 * EventBridge Scheduler cron expressions: six fields, minutes hours day-of-month month day-of-week
 * year. Values, ranges (a-b), lists (a,b), steps (*\/n, a/n, a-b/n), month and weekday names,
 * `?` in one of the day fields, and in them `L` (last day of the month; 5L the last Thursday),
 * `W` (15W: the weekday nearest the 15th; LW: the last weekday) and `#` (2#1: the first Monday).
 * Weekdays count 1–7 from Sunday, as AWS counts them.
 */
export interface Cron {
  minutes: Set<number>;
  hours: Set<number>;
  /** Matches a day of the month, given its month's length and weekday (1 = Sunday … 7). */
  dayOfMonth: (day: number, monthLength: number, weekday: number) => boolean;
  months: Set<number>;
  dayOfWeek: (day: number, monthLength: number, weekday: number) => boolean;
  years: Set<number>;
}

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const DAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

/** Returns the cron, or what is wrong with it. */
export function parseCron(body: string): Cron | string {
  const fields = body.trim().split(/\s+/);
  if (fields.length !== 6) return `a cron expression has 6 fields, got ${fields.length}`;
  const [min, hour, dom, month, dow, year] = fields as [string, string, string, string, string, string];
  if ((dom === "?") === (dow === "?")) return "exactly one of day-of-month and day-of-week must be ?";
  try {
    return {
      minutes: values(min, 0, 59, "minutes"),
      hours: values(hour, 0, 23, "hours"),
      months: values(month, 1, 12, "month", MONTHS),
      years: values(year, 1970, 2199, "year"),
      dayOfMonth: dom === "?" ? () => true : dayOfMonth(dom),
      dayOfWeek: dow === "?" ? () => true : dayOfWeek(dow),
    };
  } catch (e) {
    return (e as Error).message;
  }
}

function values(field: string, min: number, max: number, name: string, names?: string[]): Set<number> {
  const out = new Set<number>();
  for (const part of field.split(",")) {
    const m = /^(\*|[0-9A-Za-z]+(?:-[0-9A-Za-z]+)?)(?:\/(\d+))?$/.exec(part);
    if (!m) throw new Error(`the ${name} field "${field}" is not valid`);
    const [from, to] = m[1] === "*" ? [min, max] : rangeOf(m[1]!, min, max, name, names);
    const step = m[2] === undefined ? 1 : Number(m[2]);
    if (step < 1) throw new Error(`the ${name} field "${field}" has a zero step`);
    // a/n runs from a to the field's end.
    const last = m[2] !== undefined && !m[1]!.includes("-") ? max : to;
    for (let v = from; v <= last; v += step) out.add(v);
  }
  return out;
}

function rangeOf(text: string, min: number, max: number, name: string, names?: string[]): [number, number] {
  const [a, b] = text.split("-").map((t) => valueOf(t, min, max, name, names));
  if (b !== undefined && b < a!) throw new Error(`the ${name} range ${text} runs backwards`);
  return [a!, b ?? a!];
}

function valueOf(text: string, min: number, max: number, name: string, names?: string[]): number {
  const named = names?.indexOf(text.toUpperCase()) ?? -1;
  const v = named >= 0 ? named + min : /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(v >= min && v <= max)) throw new Error(`the ${name} value ${text} is outside ${min}-${max}`);
  return v;
}

type DayTest = (day: number, monthLength: number, weekday: number) => boolean;

function dayOfMonth(field: string): DayTest {
  if (field === "L") return (day, length) => day === length;
  if (field === "LW") return (day, length, weekday) => day === lastWeekday(length, weekday, day);
  const w = /^(\d+)W$/.exec(field);
  if (w) {
    const target = valueOf(w[1]!, 1, 31, "day-of-month");
    return (day, length, weekday) => day === nearestWeekday(target, day, length, weekday);
  }
  const days = values(field, 1, 31, "day-of-month");
  return (day) => days.has(day);
}

function dayOfWeek(field: string): DayTest {
  const last = /^([1-7A-Za-z]{1,3})?L$/.exec(field);
  if (last) {
    const target = last[1] === undefined ? 7 : valueOf(last[1], 1, 7, "day-of-week", DAYS);
    return (day, length, weekday) => weekday === target && day + 7 > length;
  }
  const nth = /^([1-7A-Za-z]{1,3})#([1-5])$/.exec(field);
  if (nth) {
    const target = valueOf(nth[1]!, 1, 7, "day-of-week", DAYS);
    const n = Number(nth[2]);
    return (day, _length, weekday) => weekday === target && Math.ceil(day / 7) === n;
  }
  const days = values(field, 1, 7, "day-of-week", DAYS);
  return (_day, _length, weekday) => days.has(weekday);
}

/** Weekday of another day of the same month (1 = Sunday … 7). */
const weekdayOf = (day: number, other: number, otherWeekday: number) => ((((otherWeekday - 1 + day - other) % 7) + 7) % 7) + 1;

function nearestWeekday(target: number, day: number, length: number, weekday: number): number {
  const t = Math.min(target, length);
  const w = weekdayOf(t, day, weekday);
  if (w === 7) return t === 1 ? t + 2 : t - 1; // Saturday: Friday, unless that leaves the month
  if (w === 1) return t === length ? t - 2 : t + 1; // Sunday: Monday, likewise
  return t;
}

function lastWeekday(length: number, weekday: number, day: number): number {
  const w = weekdayOf(length, day, weekday);
  return w === 7 ? length - 1 : w === 1 ? length - 2 : length;
}
