import { DAY, invalidInput, type Interval, type LocalDate } from "../model/index.ts";
import { localDateDay, wallOf } from "./local-time.ts";
import { zoneTimeline } from "./zone-timeline.ts";

/** [start of `from` in `timeZone`, start of the day after `to`): the instants of those local dates. */
export function localDateWindow(from: LocalDate, to: LocalDate, timeZone: string): Interval {
  const first = localDateDay(from);
  const last = localDateDay(to);
  const issues = [
    ...(first === undefined ? [{ path: "from", message: `"${from}" is not a date YYYY-MM-DD` }] : []),
    ...(last === undefined ? [{ path: "to", message: `"${to}" is not a date YYYY-MM-DD` }] : []),
  ];
  if (first === undefined || last === undefined) throw invalidInput(issues);
  // Each edge reads the zone near itself only, so a far-off `to` costs no more than a near one.
  const atWall = (wall: number) => zoneTimeline(timeZone, wall - DAY, wall + DAY).toUtc(wall);
  return { start: atWall(wallOf(first)), end: atWall(wallOf(last + 1)) };
}
