import { parseCron, type Cron } from "./cron.ts";

/** Schedule expressions as EventBridge Scheduler accepts them: one-time at(), recurring rate() and cron(). */
/** rate(value unit): how often a recurring schedule runs. */
export type Rate = { value: number; unit: "minute" | "hour" | "day" };

export type ParsedExpression = { kind: "at"; local: LocalDateTime } | { kind: "rate"; rate: Rate } | { kind: "cron"; cron: Cron };

export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const AT = /^at\((\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\)$/;
const RATE = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/;
const CRON = /^cron\((.*)\)$/;

/** Returns the parsed expression, or the reason it is not one. */
export function parseExpression(expression: string): ParsedExpression | string {
  const at = AT.exec(expression);
  if (at) {
    const [year, month, day, hour, minute, second] = at.slice(1).map(Number) as [number, number, number, number, number, number];
    const local = { year, month, day, hour, minute, second };
    return isRealDateTime(local) ? { kind: "at", local } : `${expression} is not a valid date and time`;
  }
  const rate = RATE.exec(expression);
  if (rate) {
    const value = Number(rate[1]);
    const unit = rate[2]!;
    if (value < 1) return "the rate value must be a positive integer";
    // AWS: rate(1 hour) and rate(5 hours), never rate(1 hours) or rate(5 hour).
    if ((value === 1) !== !unit.endsWith("s")) return `use a ${value === 1 ? "singular" : "plural"} unit with ${value}`;
    return { kind: "rate", rate: { value, unit: unit.replace(/s$/, "") as Rate["unit"] } };
  }
  const cron = CRON.exec(expression);
  if (cron) {
    const parsed = parseCron(cron[1] ?? "");
    return typeof parsed === "string" ? parsed : { kind: "cron", cron: parsed };
  }
  return "Invalid Schedule Expression: expected at(yyyy-mm-ddThh:mm:ss), rate(value unit) or cron(fields)";
}


function isRealDateTime(t: LocalDateTime): boolean {
  const utc = new Date(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second));
  return (
    utc.getUTCFullYear() === t.year &&
    utc.getUTCMonth() === t.month - 1 &&
    utc.getUTCDate() === t.day &&
    utc.getUTCHours() === t.hour &&
    utc.getUTCMinutes() === t.minute &&
    utc.getUTCSeconds() === t.second
  );
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** How far `zone` is ahead of UTC at `instant`, in ms. */
function offsetAt(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a wall-clock time in `zone` names. A time skipped by a DST start is read with the offset
 * from before the jump (so it lands after the gap); a repeated time takes its first occurrence.
 */
export function zonedToEpoch(local: LocalDateTime, zone: string): number {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  return wallInstants(local, zone)[0] ?? wall - offsetAt(wall - 86_400_000, zone);
}

/** Every instant the zone's clock shows this wall time: none in a DST gap, two in a repeated hour, sorted. */
export function wallInstants(local: LocalDateTime, zone: string): number[] {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  const before = offsetAt(wall - 86_400_000, zone);
  const after = offsetAt(wall + 86_400_000, zone);
  return [...new Set([wall - before, wall - after])].filter((t) => t + offsetAt(t, zone) === wall).sort((a, b) => a - b);
}
