import ICAL from "ical.js";
import { IanaTimezone, ianaZoneFor } from "./zones.ts";

const TIMED_PROPERTIES = ["dtstart", "dtend", "rdate", "exdate", "recurrence-id"] as const;

/**
 * ical.js reads a TZID from the feed's own VTIMEZONE (RFC 5545's rule) and otherwise treats the time
 * as floating. Exports often name a zone without defining it, by IANA or Windows name, so such times
 * are re-read here in that zone; what stays floating is read later in the calendar's default zone.
 *
 * With X-WR-TIMEZONE (Google, Apple), UTC times are moved into that zone, the same instant: Google
 * writes recurring events in UTC yet repeats them on the calendar's wall clock, so across a DST
 * change they stay at 10:00 local (the reading of the x-wr-timezone module that recurring-ical-events uses).
 */
export function attachNamedZones(calendar: ICAL.Component, zones: Map<string, IanaTimezone | null>, xwr?: IanaTimezone): void {
  for (const event of calendar.getAllSubcomponents("vevent")) {
    for (const name of TIMED_PROPERTIES) {
      for (const prop of event.getAllProperties(name)) {
        const tzid = prop.getParameter("tzid");
        const named = typeof tzid === "string" ? zoneNamed(tzid, zones) : null;
        const values = prop.getValues() as unknown[];
        const rezone = (v: unknown) => {
          if (!(v instanceof ICAL.Time) || v.isDate) return v;
          if (named && isFloating(v)) return inZone(v, named);
          if (xwr && v.zone === ICAL.Timezone.utcTimezone) return xwr.timeAt(v.toUnixTime() * 1000);
          return v;
        };
        const zoned = values.map(rezone);
        if (zoned.every((v, i) => v === values[i])) continue;
        if (prop.isMultiValue) prop.setValues(zoned as ICAL.Time[]);
        else prop.setValue(zoned[0] as ICAL.Time);
      }
    }
  }
}

export const isFloating = (t: ICAL.Time) => !t.zone || t.zone === ICAL.Timezone.localTimezone;

function zoneNamed(tzid: string, zones: Map<string, IanaTimezone | null>): IanaTimezone | null {
  let zone = zones.get(tzid);
  if (zone === undefined) {
    const iana = ianaZoneFor(tzid);
    zone = iana ? new IanaTimezone(iana) : null;
    zones.set(tzid, zone);
  }
  return zone;
}

function inZone(t: ICAL.Time, zone: IanaTimezone): ICAL.Time {
  const { year, month, day, hour, minute, second, isDate } = t;
  return ICAL.Time.fromData({ year, month, day, hour, minute, second, isDate }, zone);
}
