import ICAL from "ical.js";
import { IANAZone } from "luxon";
import { findIana } from "windows-iana";
import { DAY, type Millis } from "../model/time.ts";
import { zoneTimeline, type ZoneTimeline } from "../slots/zone-timeline.ts";

/**
 * The IANA zone a TZID names, when it names one: an IANA name itself ("Europe/Berlin"), or a Windows
 * name as Outlook and Exchange write it ("W. Europe Standard Time"), mapped with the CLDR
 * windowsZones table (windows-iana) to its territory-001 zone. Undefined for anything else, which
 * then needs the feed's own VTIMEZONE or is read as floating.
 */
export function ianaZoneFor(tzid: string): string | undefined {
  const name = tzid.trim().replace(/^"|"$/g, "");
  if (name && IANAZone.create(name).isValid) return name;
  const windows = findIana(name)[0];
  return windows && IANAZone.create(windows).isValid ? windows : undefined;
}

/**
 * An ical.js time zone whose offsets come from the IANA database through luxon, for TZIDs a feed
 * names without a VTIMEZONE (RFC 5545 wants one, many exports leave it out). A wall time the zone
 * skips is read with the offset from before the gap (RFC 5545 §3.3.5), one it shows twice takes
 * the first occurrence.
 */
export class IanaTimezone extends ICAL.Timezone {
  /** The zone's offsets over the span asked about so far, read from luxon once (asking luxon per time is slow). */
  private timeline: { from: Millis; to: Millis; zone: ZoneTimeline } | undefined;

  constructor(readonly iana: string) {
    super({ tzid: iana });
  }

  override utcOffset(tt: ICAL.Time): number {
    const wall = Date.UTC(tt.year, tt.month - 1, tt.day, tt.hour, tt.minute, tt.second);
    return (wall - this.toUtc(wall)) / 1000;
  }

  /** The time this zone's clock shows at instant `t`. */
  timeAt(t: Millis): ICAL.Time {
    const wall = new Date(t + this.covering(t).offsetAt(t));
    return ICAL.Time.fromData(
      {
        year: wall.getUTCFullYear(),
        month: wall.getUTCMonth() + 1,
        day: wall.getUTCDate(),
        hour: wall.getUTCHours(),
        minute: wall.getUTCMinutes(),
        second: wall.getUTCSeconds(),
        isDate: false,
      },
      this,
    );
  }

  /** The instant this zone's clock shows `wall` (read as UTC). */
  toUtc(wall: Millis): Millis {
    return this.covering(wall).toUtc(wall);
  }

  /** A timeline holding `t` with a year to spare, widened (and rebuilt) when a feed reaches past it. */
  private covering(t: Millis): ZoneTimeline {
    const current = this.timeline;
    if (current && t >= current.from && t < current.to) return current.zone;
    const from = Math.min(t, current?.from ?? t) - 366 * DAY;
    const to = Math.max(t, current?.to ?? t) + 366 * DAY;
    this.timeline = { from, to, zone: zoneTimeline(this.iana, from, to) };
    return this.timeline.zone;
  }
}
