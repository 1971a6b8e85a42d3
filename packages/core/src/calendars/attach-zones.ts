import ICAL from "ical.js";
import { IanaTimezone, ianaZoneFor } from "./zones.ts";

const TIMED_PROPERTIES = ["dtstart", "dtend", "rdate", "exdate", "recurrence-id"] as const;

/**
 * ical.js reads a TZID from the feed's own VTIMEZONE (RFC 5545's rule) and otherwise treats the time
 * as floating. Exports often name a zone without defining it, by IANA or Windows name, so such times
 * are re-read here in that zone; what stays floating is read later in the calendar's default zone.
 */
export function attachNamedZones(calendar: ICAL.Component, zones: Map<string, IanaTimezone | null>): void {
  for (const event of calendar.getAllSubcomponents("vevent")) {
    for (const name of TIMED_PROPERTIES) {
      for (const prop of event.getAllProperties(name)) {
        const tzid = prop.getParameter("tzid");
        if (typeof tzid !== "string") continue;
        const values = prop.getValues() as unknown[];
        if (!values.some((v) => v instanceof ICAL.Time && isFloating(v))) continue;
        const zone = zoneNamed(tzid, zones);
        if (!zone) continue;
        const zoned = values.map((v) => (v instanceof ICAL.Time && isFloating(v) ? inZone(v, zone) : v)) as ICAL.Time[];
        if (prop.isMultiValue) prop.setValues(zoned);
        else prop.setValue(zoned[0]!);
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
