import { describe, expect, it } from "vitest";
import type { CalendarConnection, ConnectedCalendar } from "../../calendars/ports.ts";
import { DAY } from "../../model/index.ts";
import { busyRange, cachedRangeHolds, calendarIdOf, FEED_CALENDAR_ID, mergeCalendars } from "./rules.ts";

const NOW = Date.UTC(2026, 11, 1, 12);
const work = "https://dav.example.com/dana/work/";
const home = "https://dav.example.com/dana/home/";
const chosen = (url: string, over: Partial<ConnectedCalendar> = {}): ConnectedCalendar => ({
  id: calendarIdOf(url),
  name: "old name",
  url,
  checkConflicts: false,
  addChats: true,
  allDayBlocks: true,
  ctag: "c1",
  ...over,
});

describe("mergeCalendars", () => {
  it("keeps the host's choices by calendar, takes the server's names, and adds a new calendar as busy and without chats", () => {
    const merged = mergeCalendars("caldav", [chosen(work)], [
      { url: work, name: "Work", ctag: "c2", texts: [] },
      { url: home, name: "Home", ctag: "h1", texts: [] },
    ]);
    expect(merged).toEqual([
      { id: calendarIdOf(work), name: "Work", url: work, checkConflicts: false, addChats: true, allDayBlocks: true, ctag: "c2" },
      { id: calendarIdOf(home), name: "Home", url: home, checkConflicts: true, addChats: false, allDayBlocks: false, ctag: "h1" },
    ]);
  });

  it("drops a calendar the server no longer lists, and keeps the read ctag of one that was not read again", () => {
    const merged = mergeCalendars("caldav", [chosen(work), chosen(home, { ctag: "h1" })], [{ url: home, name: "Home", ctag: "h1" }]);
    expect(merged.map((c) => [c.id, c.ctag])).toEqual([[calendarIdOf(home), "h1"]]);
  });

  it("gives an ICS feed its one calendar, whatever its name", () => {
    expect(mergeCalendars("ics", [], [{ name: "Work (Google)", texts: ["BEGIN:VCALENDAR"] }])).toEqual([
      { id: FEED_CALENDAR_ID, name: "Work (Google)", checkConflicts: true, addChats: false, allDayBlocks: false },
    ]);
  });

  it("names a CalDAV calendar by a short digest, never its URL", () => {
    expect(calendarIdOf(work)).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(calendarIdOf(work)).not.toBe(calendarIdOf(home));
  });
});

describe("busyRange", () => {
  it("reaches the longest horizon of the host's links, at least 60 and at most 366 days, from a day back", () => {
    expect(busyRange(NOW, 0)).toEqual({ start: NOW - DAY, end: NOW + 60 * DAY });
    expect(busyRange(NOW, 90)).toEqual({ start: NOW - DAY, end: NOW + 91 * DAY });
    expect(busyRange(NOW, 365).end).toBe(NOW + 366 * DAY);
  });

  it("asks the server only for changes while the last full read still reaches within a day of the horizon", () => {
    const connection = { range: { start: NOW - DAY, end: NOW + 60 * DAY } } as CalendarConnection;
    expect(cachedRangeHolds(connection, busyRange(NOW + DAY / 2, 0))).toBe(true);
    expect(cachedRangeHolds(connection, busyRange(NOW + 2 * DAY, 0))).toBe(false);
    expect(cachedRangeHolds(connection, busyRange(NOW, 120))).toBe(false);
    expect(cachedRangeHolds({} as CalendarConnection, busyRange(NOW, 0))).toBe(false);
  });
});
