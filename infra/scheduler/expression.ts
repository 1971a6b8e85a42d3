/**
 * Schedule expressions as EventBridge Scheduler accepts them. Only `at()` ever fires in this emulator:
 * coffeechat uses one-time schedules alone, so `rate()` and `cron()` are validated and stored but never run.
 */
export type ParsedExpression = { kind: "at"; local: LocalDateTime } | { kind: "rate" } | { kind: "cron" };

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
const CRON_FIELD = /^[0-9A-Za-z*?,\-/#L W]+$/;

/** Returns the parsed expression, or the reason it is not one. */
export function parseExpression(expression: string): ParsedExpression | string {
  const at = AT.exec(expression);
  if (at) {
    const [year, month, day, hour, minute, second] = at.slice(1).map(Number) as [number, number, number, number, number, number];
    const local = { year, month, day, hour, minute, second };
    return isRealDateTime(local) ? { kind: "at", local } : `${expression} is not a valid date and time`;
  }
  const rate = RATE.exec(expression);
  if (rate) return Number(rate[1]) >= 1 ? { kind: "rate" } : "the rate value must be a positive integer";
  const cron = CRON.exec(expression);
  if (cron) return parseCron(cron[1] ?? "");
  return "Invalid Schedule Expression: expected at(yyyy-mm-ddThh:mm:ss), rate(value unit) or cron(fields)";
}

/** Six fields (minutes hours day-of-month month day-of-week year); one of the two day fields must be `?`. */
function parseCron(body: string): ParsedExpression | string {
  const fields = body.trim().split(/\s+/);
  if (fields.length !== 6) return `a cron expression has 6 fields, got ${fields.length}`;
  if (!fields.every((f) => CRON_FIELD.test(f))) return "a cron field holds an invalid character";
  const [, , dayOfMonth, , dayOfWeek] = fields;
  if ((dayOfMonth === "?") === (dayOfWeek === "?")) return "exactly one of day-of-month and day-of-week must be ?";
  return { kind: "cron" };
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
  const before = offsetAt(wall - 86_400_000, zone);
  const after = offsetAt(wall + 86_400_000, zone);
  const candidates = [wall - before, wall - after].filter((t) => t + offsetAt(t, zone) === wall).sort((a, b) => a - b);
  return candidates[0] ?? wall - before;
}
