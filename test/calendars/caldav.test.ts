import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calendarObjectFor, chatUid, readBusy, MINUTE } from "@coffeechat/core";
import { CalDavClient } from "../../packages/calendars/src/caldav/caldav-client.ts";
import { startRadicale, type Radicale } from "../../infra/local/radicale.ts";
import { aHost, aLink, aRequest } from "../support/fixtures.ts";
import { pythonCaldav } from "../support/python-caldav.ts";

/** Against a real CalDAV server (Debian's Radicale), with python3-caldav as the independent client. */
let radicale: Radicale;
let work: string;
let home: string;
beforeAll(async () => {
  radicale = await startRadicale();
  work = pythonCaldav(radicale).makeCalendar("work", "Work").url;
  home = pythonCaldav(radicale).makeCalendar("home", "Home").url;
}, 60_000);
afterAll(() => radicale?.stop());

const local = new CalDavClient({ allowLoopback: true });
const account = () => ({ url: radicale.url, username: radicale.username, password: radicale.password });
const range = { start: Date.UTC(2031, 2, 1), end: Date.UTC(2031, 4, 1) };
const options = { hostZone: "America/New_York", allDayBlocks: false, hostAddresses: ["host@example.com"] };

const meeting = [
  "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//python-caldav test//EN",
  "BEGIN:VEVENT", "UID:standup-1@example.org", "DTSTAMP:20310101T000000Z",
  "DTSTART;TZID=America/New_York:20310303T100000", "DTEND;TZID=America/New_York:20310303T103000",
  "RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=6", "SUMMARY:Standup", "END:VEVENT",
  "END:VCALENDAR", "",
].join("\r\n");

describe("CalDAV through tsdav", () => {
  it("discovers the account's calendars", async () => {
    const found = await local.discover(account());
    expect(found.map((c) => c.name).sort()).toEqual(["Home", "Work"]);
    expect(found.find((c) => c.name === "Work")?.url).toBe(work);
  });

  it("reads an event another client created, and its instances become busy time", async () => {
    pythonCaldav(radicale).saveEvent(work, meeting);
    const texts = await local.fetchEvents(account(), work, range);
    expect(texts).toHaveLength(1);
    const { busy } = readBusy(texts, range, options);
    // Mondays and Wednesdays at 10:00 New York from 3 March 2031: EST, then EDT from 9 March.
    expect(busy.slice(0, 3)).toEqual([
      { start: Date.UTC(2031, 2, 3, 15), end: Date.UTC(2031, 2, 3, 15, 30) },
      { start: Date.UTC(2031, 2, 5, 15), end: Date.UTC(2031, 2, 5, 15, 30) },
      { start: Date.UTC(2031, 2, 10, 14), end: Date.UTC(2031, 2, 10, 14, 30) },
    ]);
    expect(busy).toHaveLength(6);
    // The time-range REPORT leaves out what lies outside the range.
    expect(await local.fetchEvents(account(), work, { start: Date.UTC(2031, 5, 1), end: Date.UTC(2031, 6, 1) })).toEqual([]);
    expect(await local.fetchEvents(account(), home, range)).toEqual([]);
  });

  it("writes an accepted chat, updates it on reschedule (SEQUENCE rises), and deletes it on cancel", async () => {
    const start = Date.UTC(2031, 2, 12, 15);
    const request = aRequest({ id: "r-caldav-1", handle: "host", start, end: start + 20 * MINUTE, uid: chatUid("r-caldav-1"), sequence: 0 });
    const host = aHost("host");
    const link = aLink("host", "coffee");
    await local.putEvent(account(), work, request.uid, calendarObjectFor(request, host, link, Date.UTC(2031, 2, 1)));
    const written = pythonCaldav(radicale).byUid(work, request.uid);
    expect(written).toMatchObject({ uid: "r-caldav-1@coffeechat", sequence: 0, dtstart: "2031-03-12T15:00:00+00:00", method: "None" });

    const moved = { ...request, start: start + 60 * MINUTE, end: start + 80 * MINUTE, sequence: 1 };
    await local.putEvent(account(), work, request.uid, calendarObjectFor(moved, host, link, Date.UTC(2031, 2, 2)));
    expect(pythonCaldav(radicale).byUid(work, request.uid)).toMatchObject({ sequence: 1, dtstart: "2031-03-12T16:00:00+00:00", url: written!.url });
    // Our own chat in the host's calendar is not busy time a second time.
    const texts = await local.fetchEvents(account(), work, range);
    expect(texts).toHaveLength(2);
    expect(readBusy(texts, range, options).busy.some((b) => b.start <= moved.start && moved.start < b.end)).toBe(false);

    await local.deleteEvent(account(), work, request.uid);
    expect(pythonCaldav(radicale).byUid(work, request.uid)).toBeNull();
    await local.deleteEvent(account(), work, request.uid); // twice is fine
  });

  it("says a wrong password is one, and refuses the server's loopback address without the local switch", async () => {
    await expect(local.discover({ ...account(), password: "wrong" })).rejects.toMatchObject({ code: "CALENDAR_AUTH_FAILED" });
    await expect(new CalDavClient({ allowLoopback: false }).discover(account())).rejects.toMatchObject({ code: "CALENDAR_ADDRESS_REFUSED" });
    await expect(local.discover({ ...account(), url: "http://169.254.169.254/" })).rejects.toMatchObject({ code: "CALENDAR_ADDRESS_REFUSED" });
  });
});
