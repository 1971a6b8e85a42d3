import ICAL from "ical.js";
import { IanaTimezone, ianaZoneFor } from "./zones.ts";

const TIMED_PROPERTIES = new Set(["dtstart", "dtend", "rdate", "exdate", "recurrence-id"]);

type JCal = [string, [string, Record<string, unknown>, string, ...unknown[]][], JCal[]];

/**
 * ical.js reads a TZID from the feed's own VTIMEZONE (RFC 5545's rule) and otherwise treats the time
 * as floating. Exports often name a zone without defining it, by IANA or Windows name, so those
 * names are defined here before any time is read: put in the calendar's own zone cache (where
 * ical.js looks first; pinned ical.js 2.2.1, and the fixture tests fail loudly if that changes).
 * What stays floating is read later in the calendar's default zone.
 *
 * With X-WR-TIMEZONE (Google, Apple), UTC times are moved into that zone, the same instant: Google
 * writes recurring events in UTC yet repeats them on the calendar's wall clock, so across a DST
 * change they stay at 10:00 local (the reading of the x-wr-timezone module that recurring-ical-events uses).
 */
export function attachNamedZones(calendar: ICAL.Component, zones: Map<string, IanaTimezone | null>, xwr?: IanaTimezone): void {
  const cache = (calendar as unknown as { _timezoneCache?: Map<string, ICAL.Timezone> })._timezoneCache;
  if (!cache) throw new Error("ical.js no longer keeps a calendar's time zones where attachNamedZones puts them");
  const defined = new Set(calendar.getAllSubcomponents("vtimezone").map((z) => String(z.getFirstPropertyValue("tzid"))));
  const events = ((calendar.jCal as unknown as JCal)[2] ?? []).filter((c) => c[0] === "vevent");
  for (const [, props] of events) {
    for (const [, params] of props) {
      const tzid = params["tzid"];
      // ical.js already knows UTC, Z and GMT as its own UTC zone.
      if (typeof tzid !== "string" || defined.has(tzid) || cache.has(tzid) || ICAL.TimezoneService.get(tzid)) continue;
      const zone = zoneNamed(tzid, zones);
      if (zone) cache.set(tzid, zone);
    }
  }
  if (xwr) moveUtcTimes(calendar, xwr);
}

function moveUtcTimes(calendar: ICAL.Component, xwr: IanaTimezone): void {
  for (const event of calendar.getAllSubcomponents("vevent")) {
    for (const prop of event.getAllProperties()) {
      if (!TIMED_PROPERTIES.has(prop.name) || prop.type !== "date-time") continue;
      const values = prop.getValues() as unknown[];
      if (!values.some((v) => v instanceof ICAL.Time && v.zone === ICAL.Timezone.utcTimezone)) continue;
      const moved = values.map((v) => (v instanceof ICAL.Time && v.zone === ICAL.Timezone.utcTimezone ? xwr.timeAt(v.toUnixTime() * 1000) : v));
      if (prop.isMultiValue) prop.setValues(moved as ICAL.Time[]);
      else prop.setValue(moved[0] as ICAL.Time);
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
