import fc from "fast-check";
import { DateTime } from "luxon";
import type { Interval } from "../../src/model/time.ts";
import type { BusyOptions } from "../../src/calendars/options.ts";

/**
 * Random feeds for comparing our reader with python-recurring-ical-events instance by instance.
 * Wall times stay between 06:00 and 22:00 so no instance starts in an hour a DST change skips or
 * repeats, and recurring instances never straddle a change (where RFC 5545 leaves the reading of
 * a duration open and the two libraries differ by design); both have their own fixture tests.
 */

/** How an event names its zone: an IANA name (with or without its VTIMEZONE), a Windows name, UTC, or none. */
const ZONINGS = [
  { tzid: "America/New_York", iana: "America/New_York", vtimezone: true },
  { tzid: "Europe/Berlin", iana: "Europe/Berlin", vtimezone: true },
  { tzid: "Europe/Berlin", iana: "Europe/Berlin", vtimezone: false },
  { tzid: "Asia/Kolkata", iana: "Asia/Kolkata", vtimezone: false },
  { tzid: "Australia/Sydney", iana: "Australia/Sydney", vtimezone: false },
  { tzid: "Pacific Standard Time", iana: "America/Los_Angeles", vtimezone: false },
  { tzid: "W. Europe Standard Time", iana: "Europe/Berlin", vtimezone: false },
  { tzid: "Tokyo Standard Time", iana: "Asia/Tokyo", vtimezone: false },
  { tzid: "AUS Eastern Standard Time", iana: "Australia/Sydney", vtimezone: false },
  { tzid: "UTC", iana: "UTC", vtimezone: false },
  { tzid: null, iana: "UTC", vtimezone: false }, // ...Z
  { tzid: "", iana: "", vtimezone: false }, // floating
] as const;

const VTIMEZONES: Record<string, string> = {
  "America/New_York": [
    "BEGIN:VTIMEZONE", "TZID:America/New_York",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT", "DTSTART:20070311T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST", "DTSTART:20071104T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
    "END:VTIMEZONE",
  ].join("\r\n"),
  "Europe/Berlin": [
    "BEGIN:VTIMEZONE", "TZID:Europe/Berlin",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19810329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19961027T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    "END:VTIMEZONE",
  ].join("\r\n"),
};

/** Host zones whose days all start at 00:00 (no DST change at midnight). */
export const HOST_ZONES = ["America/New_York", "Europe/London", "Asia/Kolkata", "Australia/Lord_Howe", "Asia/Kathmandu", "America/Los_Angeles"];
const X_WR = [undefined, undefined, "America/Chicago", "Europe/Paris"];
const HOST = "host@example.com";

const BASE = DateTime.fromISO("2026-01-20T00:00:00", { zone: "UTC" });

const recurrenceArb = fc.record({
  freq: fc.constantFrom("DAILY", "WEEKLY", "MONTHLY"),
  interval: fc.integer({ min: 1, max: 3 }),
  end: fc.oneof(fc.record({ count: fc.integer({ min: 1, max: 30 }) }), fc.record({ untilDays: fc.integer({ min: 0, max: 120 }) }), fc.constant({})),
  byDay: fc.boolean(),
  exdates: fc.uniqueArray(fc.integer({ min: 0, max: 20 }), { maxLength: 3 }),
  rdates: fc.uniqueArray(fc.integer({ min: 1, max: 90 }), { maxLength: 2 }),
  overrides: fc.uniqueArray(
    fc.record({
      index: fc.integer({ min: 0, max: 12 }),
      kind: fc.constantFrom("moved", "cancelled", "transparent", "declined"),
      shiftMinutes: fc.integer({ min: -6, max: 6 }).map((h) => h * 60 + 15),
      shiftDays: fc.integer({ min: -2, max: 2 }),
    }),
    { maxLength: 3, selector: (o) => o.index },
  ),
});

const eventArb = fc.record({
  zoning: fc.integer({ min: 0, max: ZONINGS.length - 1 }),
  allDay: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
  dayOffset: fc.integer({ min: -30, max: 100 }),
  minuteOfDay: fc.integer({ min: 6 * 12, max: 15 * 12 }).map((n) => n * 5),
  durationMinutes: fc.integer({ min: 1, max: 7 * 12 }).map((n) => n * 5),
  days: fc.integer({ min: 1, max: 4 }),
  longSingle: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
  useDuration: fc.boolean(),
  status: fc.constantFrom(undefined, "CONFIRMED", "TENTATIVE", "CANCELLED"),
  transp: fc.constantFrom(undefined, "OPAQUE", "TRANSPARENT"),
  hostPartstat: fc.constantFrom(undefined, "ACCEPTED", "DECLINED", "NEEDS-ACTION"),
  ownChat: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  recurrence: fc.option(recurrenceArb, { freq: 2 }),
});

export interface RandomFeed {
  texts: string[];
  range: Interval;
  options: BusyOptions;
}

export const feedArb: fc.Arbitrary<RandomFeed> = fc
  .record({
    events: fc.array(eventArb, { maxLength: 14 }),
    split: fc.boolean(),
    xwr: fc.constantFrom(...X_WR),
    hostZone: fc.constantFrom(...HOST_ZONES),
    allDayBlocks: fc.boolean(),
    rangeStartMinutes: fc.integer({ min: 0, max: 80 * 24 * 60 }),
    rangeMinutes: fc.integer({ min: 60, max: 60 * 24 * 60 }),
  })
  .map((s) => {
    const components = s.events.map((e, i) => eventLines(e, i, s.xwr));
    const zones = new Set(s.events.map((e) => ZONINGS[e.zoning]!).filter((z) => z.vtimezone).map((z) => z.tzid as string));
    const calendar = (parts: string[][]) =>
      [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//coffeechat//random feed//EN",
        ...(s.xwr ? [`X-WR-TIMEZONE:${s.xwr}`] : []),
        ...[...zones].map((z) => VTIMEZONES[z]!),
        ...parts.flat(),
        "END:VCALENDAR", "",
      ].join("\r\n");
    const texts = s.split && components.length > 1 ? components.map((c) => calendar([c])) : [calendar(components)];
    const start = BASE.plus({ minutes: s.rangeStartMinutes }).toMillis();
    return {
      texts,
      range: { start, end: start + s.rangeMinutes * 60_000 },
      options: { hostZone: s.hostZone, allDayBlocks: s.allDayBlocks, hostAddresses: ["Host@Example.com"] },
    };
  });

type RandomEvent = typeof eventArb extends fc.Arbitrary<infer T> ? T : never;

/**
 * With X-WR-TIMEZONE a UTC event repeats on that zone's wall clock (as Google's do), so its instances,
 * EXDATEs and RECURRENCE-IDs are written as the UTC of wall times there, as Google writes them.
 */
function eventLines(e: RandomEvent, i: number, xwr: string | undefined): string[] {
  const named = ZONINGS[e.zoning]!;
  const zoning = xwr && (named.tzid === null || named.tzid === "UTC") ? { ...named, iana: xwr } : named;
  const uid = e.ownChat ? `r${i}@coffeechat` : `event-${i}@random.example`;
  const day = BASE.plus({ days: e.dayOffset });
  const local = e.allDay ? day : day.plus({ minutes: e.minuteOfDay });
  const recurring = e.recurrence !== null;
  const durationMinutes = e.allDay ? e.days * 24 * 60 : !recurring && e.longSingle ? e.durationMinutes * 12 : e.durationMinutes;

  const stamp = (t: DateTime) => (e.allDay ? `;VALUE=DATE:${t.toFormat("yyyyLLdd")}` : timeValue(t, zoning));
  const props = (extra: { status?: string | undefined; transp?: string | undefined; partstat?: string | undefined }) => [
    ...(extra.status ? [`STATUS:${extra.status}`] : []),
    ...(extra.transp ? [`TRANSP:${extra.transp}`] : []),
    "ORGANIZER:mailto:boss@example.org",
    ...(extra.partstat ? [`ATTENDEE;CN=Host;PARTSTAT=${extra.partstat}:mailto:${HOST}`] : []),
  ];
  const end = e.allDay ? local.plus({ days: e.days }) : local.plus({ minutes: durationMinutes });
  const master = [
    "BEGIN:VEVENT", `UID:${uid}`, "DTSTAMP:20260101T000000Z", `SUMMARY:Event ${i}`,
    `DTSTART${stamp(local)}`,
    e.useDuration ? `DURATION:${e.allDay ? `P${e.days}D` : `PT${durationMinutes}M`}` : `DTEND${stamp(end)}`,
    ...props({ status: e.status, transp: e.transp, partstat: e.hostPartstat }),
  ];
  const overrides: string[][] = [];
  const overrideDays: string[] = [];
  if (e.recurrence) {
    const r = e.recurrence;
    const step = { DAILY: { days: r.interval }, WEEKLY: { weeks: r.interval }, MONTHLY: { months: r.interval } }[r.freq];
    const nth = (n: number) => local.plus(Object.fromEntries(Object.entries(step).map(([k, v]) => [k, v * n])));
    const until = "untilDays" in r ? local.plus({ days: r.untilDays as number }) : undefined;
    const untilValue = until && (e.allDay ? until.toFormat("yyyyLLdd") : zoning.tzid === "" ? until.toFormat("yyyyLLdd'T'HHmmss") : until.setZone(zoning.iana || "UTC", { keepLocalTime: true }).toUTC().toFormat("yyyyLLdd'T'HHmmss'Z'"));
    const byDay = r.byDay && r.freq === "WEEKLY" ? `;BYDAY=${["MO", "TU", "WE", "TH", "FR", "SA", "SU"][local.weekday - 1]},${["MO", "TU", "WE", "TH", "FR", "SA", "SU"][(local.weekday + 1) % 7]}` : "";
    master.push(
      `RRULE:FREQ=${r.freq};INTERVAL=${r.interval}${"count" in r ? `;COUNT=${r.count as number}` : ""}${untilValue ? `;UNTIL=${untilValue}` : ""}${byDay}`,
    );
    // The reference compares a UTC event's EXDATEs and RDATEs on pytz offsets that no longer hold once
    // X-WR-TIMEZONE has moved it across a DST change; that case has its own fixture test instead.
    const listed = zoning === named;
    const exdates = listed ? r.exdates : [];
    for (const x of exdates) master.push(`EXDATE${stamp(nth(x))}`);
    const usable = r.overrides.filter((o) => !exdates.includes(o.index) && (r.freq !== "MONTHLY" || nth(o.index).day === local.day));
    for (const o of usable) {
      const instance = nth(o.index);
      const moved = o.kind === "moved" ? (e.allDay ? instance.plus({ days: o.shiftDays }) : instance.plus({ days: o.shiftDays, minutes: o.shiftMinutes })) : instance;
      const movedEnd = e.allDay ? moved.plus({ days: e.days }) : moved.plus({ minutes: durationMinutes });
      if (!e.allDay && (moved.hour < 6 || movedEnd.hour > 22 || movedEnd.day !== moved.day)) continue;
      overrideDays.push(instance.toISODate()!, moved.toISODate()!);
      overrides.push([
        "BEGIN:VEVENT", `UID:${uid}`, "DTSTAMP:20260101T000000Z", `SUMMARY:Event ${i} (${o.kind})`, "SEQUENCE:1",
        `RECURRENCE-ID${stamp(instance)}`, `DTSTART${stamp(moved)}`, `DTEND${stamp(movedEnd)}`,
        ...props({
          status: o.kind === "cancelled" ? "CANCELLED" : e.status === "CANCELLED" ? undefined : e.status,
          transp: o.kind === "transparent" ? "TRANSPARENT" : undefined,
          partstat: o.kind === "declined" ? "DECLINED" : e.hostPartstat,
        }),
        "END:VEVENT",
      ]);
    }
  }
  if (e.recurrence) {
    // 100 minutes off the rule's time of day: an RDATE the RRULE also yields happens once (RFC 5545), which
    // the reference gets wrong across a DST change; rfc.test.ts checks that case by hand. Nor on a day
    // an override names: the reference matches overrides to instances by date alone.
    const taken = new Set(overrideDays);
    for (const d of zoning === named ? e.recurrence.rdates : []) {
      const rdate = local.plus({ days: d, minutes: e.allDay ? 0 : 100 });
      if (!taken.has(rdate.toISODate()!)) master.push(`RDATE${stamp(rdate)}`);
    }
  }
  master.push("END:VEVENT");
  return [...master, ...overrides.flat()];
}

function timeValue(t: DateTime, zoning: { tzid: string | null; iana: string }): string {
  const wall = t.toFormat("yyyyLLdd'T'HHmmss");
  const utc = t.setZone(zoning.iana, { keepLocalTime: true }).toUTC().toFormat("yyyyLLdd'T'HHmmss");
  if (zoning.tzid === null) return `:${utc}Z`;
  if (zoning.tzid === "") return `:${wall}`;
  if (zoning.tzid === "UTC") return `;TZID=UTC:${utc}`;
  return `;TZID=${zoning.tzid}:${wall}`;
}
