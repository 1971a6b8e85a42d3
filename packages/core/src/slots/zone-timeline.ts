import { IANAZone } from "luxon";
import { KeptAtMost } from "../kept-at-most.ts";
import { DAY, MINUTE, invalidInput, type Millis } from "../model/index.ts";

/**
 * A zone's UTC offsets over a span, read from luxon once so that every later conversion is integer
 * math. Asking luxon costs about 5 µs, so the span is probed every PROBE_STEP and bisected to the
 * minute where the offset changes (every change since 1970 falls on a whole minute). Two changes closer than PROBE_STEP with the same offset on both
 * sides would be missed; no zone has done that since 1970 (Morocco's Ramadan pauses last weeks).
 */
const PROBE_STEP = 4 * DAY;
const PADDING = 2 * DAY;

export interface ZoneTimeline {
  /** Local minus UTC, in ms, at instant t. */
  offsetAt(t: Millis): number;
  /**
   * The instant a host's clock shows `wall` (ms, read as UTC). A wall time the clock skips (02:30
   * on a spring-forward day) is shifted forward by the gap, to 03:30; one it shows twice (01:30 on
   * a fall-back day) takes the earlier offset, the first time it happens.
   */
  toUtc(wall: Millis): Millis;
  /** The host-local epoch day holding instant t. */
  localDay(t: Millis): number;
}

/** luxon caches zones by name, so asking twice costs nothing (isValidZone builds a formatter each time). */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
  return typeof timeZone === "string" && timeZone.length > 0 && IANAZone.create(timeZone).isValid;
}

/**
 * Reading a zone is most of what a week of slots costs, and every page of that week (and the days
 * around it) asks for nearly the same span: spans are widened to the PROBE_STEP grid, so they
 * repeat, and the timelines of the last MAX_TIMELINES spans are kept. A timeline depends on the
 * zone and the span only.
 */
const MAX_TIMELINES = 256;
const timelines = new KeptAtMost<string, ZoneTimeline>(MAX_TIMELINES);

/** Offsets of `timeZone` between `from` and `to` (padded by two days each side, or more). */
export function zoneTimeline(timeZone: string, from: Millis, to: Millis): ZoneTimeline {
  if (!isValidTimeZone(timeZone)) throw invalidInput([{ path: "timeZone", message: `"${timeZone}" is not an IANA time zone` }]);
  const start = Math.floor((from - PADDING) / PROBE_STEP) * PROBE_STEP;
  const end = Math.ceil((to + PADDING) / PROBE_STEP) * PROBE_STEP;
  return timelines.getOr(`${timeZone} ${start} ${end}`, () => readZone(timeZone, start, end));
}

/** Probes luxon over [start, end], both on the minute grid. */
function readZone(timeZone: string, start: Millis, end: Millis): ZoneTimeline {
  const zone = IANAZone.create(timeZone);
  const offsetMs = (t: Millis) => zone.offset(t) * MINUTE;
  const changes: Millis[] = [];
  const offsets: number[] = [];

  let t = start;
  let current = offsetMs(t);
  offsets.push(current);
  while (t < end) {
    const next = t + PROBE_STEP;
    if (offsetMs(next) === current) {
      t = next;
      continue;
    }
    let [same, differs] = [t, next];
    while (differs - same > MINUTE) {
      const mid = same + Math.floor((differs - same) / (2 * MINUTE)) * MINUTE;
      if (offsetMs(mid) === current) same = mid;
      else differs = mid;
    }
    current = offsetMs(differs);
    changes.push(differs);
    offsets.push(current);
    t = differs;
  }
  return timelineOf(changes, offsets);
}

function timelineOf(changes: Millis[], offsets: number[]): ZoneTimeline {
  const offsetAt = (t: Millis): number => {
    let i = 0;
    while (i < changes.length && t >= changes[i]!) i++;
    return offsets[i]!;
  };
  const toUtc = (wall: Millis): Millis => {
    let best = Infinity;
    for (const o of offsets) {
      const t = wall - o;
      if (t < best && offsetAt(t) === o) best = t;
    }
    if (best !== Infinity) return best;
    for (let i = 0; i < changes.length; i++) {
      const before = offsets[i]!;
      const change = changes[i]!;
      if (wall >= change + before && wall < change + offsets[i + 1]!) return wall - before;
    }
    return wall - offsets[0]!;
  };
  const localDay = (t: Millis) => Math.floor((t + offsetAt(t)) / DAY);
  return { offsetAt, toUtc, localDay };
}
