import ICAL from "ical.js";
import { DomainError } from "../model/errors.ts";
import type { Interval, Millis } from "../model/time.ts";
import { attachNamedZones, isFloating } from "./attach-zones.ts";
import { readCalendars } from "./ical-read.ts";
import { skipAhead } from "./skip-ahead.ts";
import type { BusyOptions, CalendarOccurrence, Expansion } from "./options.ts";
import { IanaTimezone, ianaZoneFor } from "./zones.ts";

/**
 * Instances one event's rule may step through before the range ends. A daily event begun 50 years
 * ago fits; FREQ=SECONDLY from 1970, which a hostile feed could send, is cut short and reported.
 */
export const MAX_STEPS_PER_EVENT = 20_000;

/** And all rules of one feed together: past this the feed is refused as too large to read. */
export const MAX_STEPS_PER_FEED = 200_000;

interface Source {
  component: ICAL.Component;
  /** The zone this component's floating times are read in: its calendar's X-WR-TIMEZONE, else the host's. */
  floating: IanaTimezone;
}

interface Group {
  masters: Source[];
  overrides: Source[];
}

/**
 * Every instance of every VEVENT overlapping `range` (half-open; an instance of no length counts
 * when it starts inside). Recurrence (RRULE, RDATE, EXDATE) is ical.js's; RECURRENCE-ID overrides
 * replace or move their instance, and an override whose instance the rule never reaches still
 * counts on its own, as it does in other readers.
 */
export function expandCalendar(
  texts: string | readonly string[],
  range: Interval,
  options: BusyOptions,
  limits: { stepsPerEvent: number; stepsPerFeed: number } = { stepsPerEvent: MAX_STEPS_PER_EVENT, stepsPerFeed: MAX_STEPS_PER_FEED },
): Expansion {
  const hostZoneName = ianaZoneFor(options.hostZone);
  if (!hostZoneName) throw new DomainError("INVALID_INPUT", `hostZone: "${options.hostZone}" is not a time zone`);
  const host = new IanaTimezone(hostZoneName);
  const addresses = new Set(options.hostAddresses.map(address));
  const groups = groupByUid(readCalendars(texts), host);

  const occurrences: CalendarOccurrence[] = [];
  const truncated: string[] = [];
  const reader: Reader = { range, host, addresses, budget: { steps: limits.stepsPerFeed }, stepsPerEvent: limits.stepsPerEvent, flags: new Map() };
  for (const [uid, group] of groups) {
    for (const master of group.masters) {
      if (group.overrides.length === 0 && !recurs(master)) {
        push(occurrences, reader, occurrenceOf(uid, master, master.component, startOf(master), endOf(master), reader));
      } else if (!expandMaster(uid, master, group.overrides, reader, occurrences)) truncated.push(uid);
    }
    if (group.masters.length === 0) {
      for (const o of group.overrides) push(occurrences, reader, occurrenceOf(uid, o, o.component, startOf(o), endOf(o), reader));
    }
  }
  occurrences.sort((a, b) => a.start - b.start || a.end - b.end || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
  return { occurrences, truncated };
}

interface Reader {
  range: Interval;
  host: IanaTimezone;
  addresses: Set<string>;
  /** Rule steps left for the whole feed. */
  budget: { steps: number };
  stepsPerEvent: number;
  flags: Map<ICAL.Component, Pick<CalendarOccurrence, "cancelled" | "transparent" | "declined">>;
}

function groupByUid(calendars: ICAL.Component[], host: IanaTimezone): Map<string, Group> {
  const named = new Map<string, IanaTimezone | null>();
  const groups = new Map<string, Group>();
  let anonymous = 0;
  for (const calendar of calendars) {
    const xwr = calendar.getFirstPropertyValue("x-wr-timezone");
    const xwrName = typeof xwr === "string" ? ianaZoneFor(xwr) : undefined;
    const xwrZone = xwrName ? new IanaTimezone(xwrName) : undefined;
    attachNamedZones(calendar, named, xwrZone);
    const floating = xwrZone ?? host;
    for (const component of calendar.getAllSubcomponents("vevent")) {
      if (!component.hasProperty("dtstart")) continue;
      const uidValue = component.getFirstPropertyValue("uid");
      const uid = typeof uidValue === "string" && uidValue ? uidValue : `(no uid ${++anonymous})`;
      const group = groups.get(uid) ?? { masters: [], overrides: [] };
      (component.hasProperty("recurrence-id") ? group.overrides : group.masters).push({ component, floating });
      groups.set(uid, group);
    }
  }
  return groups;
}

/** Returns false when the rule was cut short at the steps allowed per event. */
function expandMaster(uid: string, master: Source, overrides: Source[], reader: Reader, out: CalendarOccurrence[]): boolean {
  const exact = exactDuration(master);
  skipAhead(master.component, (t) => recurrenceInstant(t, master, reader), reader.range.start - Math.max(0, exact ?? 0) - 2 * 86_400_000);
  const event = new ICAL.Event(master.component, { exceptions: overrides.map((o) => o.component) });
  const sourceOf = new Map<ICAL.Component, Source>(overrides.map((o) => [o.component, o]));
  const used = new Set<ICAL.Component>();
  // RFC 5545 §3.8.5.2: an instance both the RRULE and an RDATE produce happens once (ical.js yields it
  // twice), and an EXDATE removes RDATE instances too (ical.js applies it to the RRULE's alone).
  const seen = new Set<Millis>(
    master.component
      .getAllProperties("exdate")
      .flatMap((p) => p.getValues() as unknown[])
      .filter((v): v is ICAL.Time => v instanceof ICAL.Time)
      .map((t) => recurrenceInstant(t, master, reader)),
  );
  const overridden = new Set(overrides.map((o) => recurrenceInstant(o.component.getFirstPropertyValue("recurrence-id") as ICAL.Time, o, reader)));
  // How far past its start an instance can reach: the longest it may last, with a day to spare for all-day and DST.
  const reach = Math.max(0, event.duration.toSeconds() * 1000) + 2 * 86_400_000;
  // RANGE=THISANDFUTURE overrides move every later instance: then ical.js's details are needed throughout.
  const moved = event.rangeExceptions.length > 0;
  const iterator = event.iterator();
  let complete = true;
  let steps = 0;
  for (let next = iterator.next(); next; next = iterator.next()) {
    if (--reader.budget.steps < 0) {
      throw new DomainError("CALENDAR_TOO_LARGE", "The calendar's repeating events have too many instances to go through", {
        issues: [{ path: "url", message: "has too many repeating events to read" }],
      });
    }
    if (++steps > reader.stepsPerEvent) {
      complete = false;
      break;
    }
    const recurrenceId = recurrenceInstant(next, master, reader);
    if (recurrenceId >= reader.range.end) break;
    if (seen.has(recurrenceId)) continue;
    seen.add(recurrenceId);
    // Most steps of an old rule end before the range: skip the costly details unless an override may move them.
    if (recurrenceId + reach < reader.range.start && !overridden.has(recurrenceId)) continue;
    if (!overridden.has(recurrenceId) && !moved) {
      // The master's own instance: its start is the step, its end our reading of DTEND or DURATION.
      const end = next.isDate ? dateEnd(next, event) : masterEnd(next, master, exact);
      push(out, reader, occurrenceOf(uid, master, master.component, next, end, reader));
      continue;
    }
    const details = event.getOccurrenceDetails(next);
    const item = details.item.component;
    const source = sourceOf.get(item) ?? master;
    if (item !== master.component) used.add(item);
    const end = item === master.component && !next.isDate ? masterEnd(next, master, exact) : details.endDate;
    push(out, reader, occurrenceOf(uid, source, item, details.startDate, end, reader));
  }
  for (const o of overrides) {
    if (!used.has(o.component)) push(out, reader, occurrenceOf(uid, o, o.component, startOf(o), endOf(o), reader));
  }
  return complete;
}

/**
 * The end of a master's instance. RFC 5545 §3.6.1 and §3.8.5.3: DTEND gives every instance the same
 * exact duration; a DURATION's days and weeks are nominal (wall-clock days), its hours exact.
 * ical.js adds both to the wall clock, which is an hour off for an instance spanning a DST change.
 */
function masterEnd(start: ICAL.Time, master: Source, exact: Millis | undefined): ICAL.Time | Millis {
  const startMs = instant(start, master.floating);
  const duration = master.component.getFirstPropertyValue("duration");
  if (duration instanceof ICAL.Duration) {
    const sign = duration.isNegative ? -1 : 1;
    const days = start.clone();
    days.day += sign * (duration.weeks * 7 + duration.days);
    const exact = sign * (duration.hours * 3600 + duration.minutes * 60 + duration.seconds) * 1000;
    return instant(days, master.floating) + exact;
  }
  return startMs + (exact ?? 0);
}

/** DTEND − DTSTART in real time, read before skipAhead moves them; undefined with DURATION or no DTEND. */
function exactDuration(master: Source): Millis | undefined {
  const dtstart = master.component.getFirstPropertyValue("dtstart");
  const dtend = master.component.getFirstPropertyValue("dtend");
  if (!(dtstart instanceof ICAL.Time) || !(dtend instanceof ICAL.Time) || dtstart.isDate) return undefined;
  return instant(dtend, master.floating) - instant(dtstart, master.floating);
}

/** An all-day instance ends as many days after its start as the master's DTEND (or DURATION) does. */
function dateEnd(start: ICAL.Time, event: ICAL.Event): ICAL.Time {
  const end = start.clone();
  end.addDuration(event.duration);
  return end;
}

const recurrenceInstant = (t: ICAL.Time, source: Source, reader: Reader): Millis =>
  t.isDate ? reader.host.toUtc(wallDate(t)) : instant(t, source.floating);

const recurs = (s: Source) => s.component.hasProperty("rrule") || s.component.hasProperty("rdate");

const startOf = (s: Source) => s.component.getFirstPropertyValue("dtstart") as ICAL.Time;
// Exceptions given (none), or ical.js relates every override of the whole calendar to each event: O(n²).
const endOf = (s: Source) => new ICAL.Event(s.component, { exceptions: [] }).endDate;

function push(out: CalendarOccurrence[], { range }: Reader, o: CalendarOccurrence): void {
  const overlaps = o.end > o.start ? o.start < range.end && o.end > range.start : o.start >= range.start && o.start < range.end;
  if (overlaps) out.push(o);
}

function occurrenceOf(
  uid: string,
  source: Source,
  component: ICAL.Component,
  start: ICAL.Time,
  end: ICAL.Time | Millis,
  reader: Reader,
): CalendarOccurrence {
  const allDay = start.isDate;
  // A date event covers whole days of the host's zone; a timed one its own instants.
  const startMs = allDay ? reader.host.toUtc(wallDate(start)) : instant(start, source.floating);
  let endMs = typeof end === "number" ? end : allDay ? reader.host.toUtc(wallDate(end)) : instant(end, source.floating);
  if (endMs < startMs) endMs = allDay ? reader.host.toUtc(wallDate(start) + 86_400_000) : startMs;
  return {
    uid,
    start: startMs,
    end: endMs,
    allDay,
    ...flagsOf(component, reader),
  };
}

/** Status, transparency and the host's answer of a component, read once for all its instances. */
function flagsOf(component: ICAL.Component, reader: Reader): Pick<CalendarOccurrence, "cancelled" | "transparent" | "declined"> {
  let flags = reader.flags.get(component);
  if (!flags) {
    flags = {
      cancelled: upper(component.getFirstPropertyValue("status")) === "CANCELLED",
      transparent: upper(component.getFirstPropertyValue("transp")) === "TRANSPARENT",
      declined: component
        .getAllProperties("attendee")
        .some((a) => reader.addresses.has(address(String(a.getFirstValue() ?? ""))) && upper(a.getParameter("partstat")) === "DECLINED"),
    };
    reader.flags.set(component, flags);
  }
  return flags;
}

/** UTC, a zone of the feed's own, a named zone, or floating (read in the calendar's default zone). */
function instant(t: ICAL.Time, floating: IanaTimezone): Millis {
  if (isFloating(t)) {
    return floating.toUtc(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second));
  }
  return t.toUnixTime() * 1000;
}

const wallDate = (t: ICAL.Time) => Date.UTC(t.year, t.month - 1, t.day);
const upper = (v: unknown) => (typeof v === "string" ? v.trim().toUpperCase() : "");
const address = (v: string) => v.trim().replace(/^mailto:/i, "").toLowerCase();
