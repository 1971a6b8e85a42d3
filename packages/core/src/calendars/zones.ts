import ICAL from "ical.js";
import { IANAZone } from "luxon";
import { findIana } from "windows-iana";
import { MINUTE, type Millis } from "../model/time.ts";

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
  private readonly zone: IANAZone;
  private readonly cache = new Map<number, number>();

  constructor(readonly iana: string) {
    super({ tzid: iana });
    this.zone = IANAZone.create(iana);
  }

  override utcOffset(tt: ICAL.Time): number {
    const wall = Date.UTC(tt.year, tt.month - 1, tt.day, tt.hour, tt.minute, tt.second);
    return (wall - this.toUtc(wall)) / 1000;
  }

  /** The time this zone's clock shows at instant `t`. */
  timeAt(t: Millis): ICAL.Time {
    const wall = new Date(t + this.zone.offset(t) * MINUTE);
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

  /** The instant this zone's clock shows `wall` (read as UTC), memoised: feeds repeat wall times. */
  toUtc(wall: Millis): Millis {
    let utc = this.cache.get(wall);
    if (utc === undefined) {
      utc = wallToUtc(wall, (t) => this.zone.offset(t) * MINUTE);
      this.cache.set(wall, utc);
    }
    return utc;
  }
}

/**
 * Wall time → instant for an offset function. The offsets a day either side bracket every change;
 * a wall time both read back to is repeated (take the earlier instant), one neither reads back to
 * is skipped (use the offset from before the change, which lands after the gap).
 */
export function wallToUtc(wall: Millis, offsetAt: (t: Millis) => number): Millis {
  const before = offsetAt(wall - 36 * 60 * MINUTE);
  const after = offsetAt(wall + 36 * 60 * MINUTE);
  const readsBack = [wall - before, wall - after].filter((t) => t + offsetAt(t) === wall);
  return readsBack.length > 0 ? Math.min(...readsBack) : wall - before;
}
