import { describe, expect, it } from "vitest";
import { chatsByWeek, heldDates, outreachRate, progressOf, RATE_MIN_CHATS, RATE_MIN_OUTREACH } from "./progress.ts";
import { aChat, emptyJournal } from "../../testing/journal/fixtures.ts";
import type { OutreachEntry } from "./types.ts";

const at = (iso: string) => Date.parse(iso);
const outreach = (id: string, on: string): OutreachEntry => ({ id, personId: "p", on, channel: "email" });

describe("progressOf", () => {
  const now = at("2026-03-04T17:00:00Z"); // Wednesday, noon in New York
  const moment = { now, timeZone: "America/New_York" };

  it("counts chats held (ended, or logged), chats booked, and outreach today and this week", () => {
    const data = emptyJournal({
      chats: [
        aChat("last-week", at("2026-02-27T15:00:00Z")),
        aChat("monday", at("2026-03-02T15:00:00Z"), { status: "completed" }),
        aChat("now", at("2026-03-04T16:50:00Z")), // ends 17:10, still going
        aChat("friday", at("2026-03-06T15:00:00Z")),
        aChat("did-not-happen", at("2026-03-03T15:00:00Z"), { status: "cancelled" }),
        aChat("declined", at("2026-03-03T16:00:00Z"), { status: "declined" }),
      ],
      loggedChats: [
        { id: "l1", personId: "p", on: "2026-03-03" },
        { id: "l2", personId: "p", on: "2026-02-20" },
        { id: "future", personId: "p", on: "2026-03-05" },
      ],
      outreach: [outreach("o1", "2026-03-04"), outreach("o2", "2026-03-04"), outreach("o3", "2026-03-02"), outreach("o4", "2026-03-01")],
    });
    expect(progressOf(data, moment)).toEqual({
      held: 4,
      booked: 2,
      chatsThisWeek: 2,
      outreachToday: 2,
      // The four coffeechat requests sent on Feb 20–27 count too, in their own weeks.
      outreachThisWeek: 3,
    });
  });

  it("counts a request sent through coffeechat as outreach on the day it was sent", () => {
    const data = emptyJournal({ chats: [aChat("r", at("2026-03-10T15:00:00Z"), { createdAt: at("2026-03-04T14:00:00Z"), status: "awaiting_host" })] });
    expect(progressOf(data, moment)).toMatchObject({ outreachToday: 1, outreachThisWeek: 1, booked: 0, held: 0 });
    const unconfirmed = emptyJournal({ chats: [aChat("r", at("2026-03-10T15:00:00Z"), { createdAt: at("2026-03-04T14:00:00Z"), status: "awaiting_email" })] });
    expect(progressOf(unconfirmed, moment).outreachToday).toBe(0);
  });
});

/**
 * Weeks are Monday to Sunday in calendar days of the seeker's zone. Each case is a chat late on the
 * Sunday (or just after midnight on the Monday) of a week with a DST change, where counting 7 × 24
 * hours from Monday's midnight would put it in the wrong week.
 */
describe("weeks across DST changes", () => {
  const cases = [
    // New York falls back on Sunday 2026-11-01: that week is 169 hours long.
    { zone: "America/New_York", chat: "2026-11-02T04:30:00Z", local: "Sun Nov 1, 23:30 EST", week: "2026-10-26" },
    // New York springs forward on Sunday 2026-03-08: that week is 167 hours long.
    { zone: "America/New_York", chat: "2026-03-09T04:30:00Z", local: "Mon Mar 9, 00:30 EDT", week: "2026-03-09" },
    // London falls back on Sunday 2026-10-25.
    { zone: "Europe/London", chat: "2026-10-25T23:30:00Z", local: "Sun Oct 25, 23:30 GMT", week: "2026-10-19" },
    // London springs forward on Sunday 2026-03-29.
    { zone: "Europe/London", chat: "2026-03-29T23:15:00Z", local: "Mon Mar 30, 00:15 BST", week: "2026-03-30" },
    // Lord Howe moves by half an hour, back on Sunday 2026-04-05 (UTC+11 to UTC+10:30).
    { zone: "Australia/Lord_Howe", chat: "2026-04-05T13:05:00Z", local: "Sun Apr 5, 23:35 +10:30", week: "2026-03-30" },
    // …and forward on Sunday 2026-10-04 (UTC+10:30 to UTC+11).
    { zone: "Australia/Lord_Howe", chat: "2026-10-04T13:10:00Z", local: "Mon Oct 5, 00:10 +11", week: "2026-10-05" },
  ];

  for (const c of cases) {
    it(`puts a chat on ${c.local} (${c.zone}) in the week of ${c.week}`, () => {
      const data = emptyJournal({ chats: [aChat("r", at(c.chat))] });
      // Just after the 20-minute chat ends, still on its day.
      const justAfter = { now: at(c.chat) + 22 * 60_000, timeZone: c.zone };
      expect(progressOf(data, justAfter).chatsThisWeek).toBe(1);
      const weeksLater = { now: at(c.chat) + 30 * 86_400_000, timeZone: c.zone };
      const weeks = chatsByWeek(heldDates(data, weeksLater), "2026-12-31", 60);
      expect(weeks.filter((w) => w.chats > 0)).toEqual([{ weekStart: c.week, chats: 1 }]);
    });
  }

  it("gives every week seven calendar days, DST or not", () => {
    const weeks = chatsByWeek([], "2026-11-04", 52);
    expect(weeks).toHaveLength(52);
    expect(weeks.at(-1)?.weekStart).toBe("2026-11-02");
    for (let i = 1; i < weeks.length; i++) {
      expect(Date.parse(weeks[i]!.weekStart) - Date.parse(weeks[i - 1]!.weekStart)).toBe(7 * 86_400_000);
    }
  });
});

describe("outreachRate", () => {
  const moment = { now: at("2026-03-04T17:00:00Z"), timeZone: "UTC" };
  const logged = (n: number) => Array.from({ length: n }, (_, i) => outreach(`o${i}`, "2026-02-10"));
  const held = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `c${i}`, personId: "p", on: "2026-02-20" }));
  const goal = { targetChats: 50, byDate: "2026-12-31", chatsPerWeek: 3, outreachPerDay: 2 };

  it("waits for enough outreach and enough chats before it says anything", () => {
    expect(outreachRate(emptyJournal({ outreach: logged(RATE_MIN_OUTREACH - 1), loggedChats: held(5) }), moment)).toBeUndefined();
    expect(outreachRate(emptyJournal({ outreach: logged(40), loggedChats: held(RATE_MIN_CHATS - 1) }), moment)).toBeUndefined();
  });

  it("divides outreach by chats held or booked, and says the daily outreach the weekly pace takes", () => {
    const data = emptyJournal({
      outreach: logged(30),
      loggedChats: held(3),
      chats: [aChat("upcoming", at("2026-03-10T15:00:00Z"), { createdAt: at("2026-03-01T10:00:00Z") })],
    });
    // 31 outreach (30 logged + the request) over 4 chats: 7.75 a chat; 3 a week is 23.25, 3.3 a day.
    expect(outreachRate(data, moment, goal)).toEqual({ outreachPerChat: 7.8, impliedOutreachPerDay: 4 });
    expect(outreachRate(data, moment)).toEqual({ outreachPerChat: 7.8 });
  });

  it("rounds an exact daily figure to itself", () => {
    // 28 outreach over 4 chats is 7 a chat; 3 chats a week is 21 a week, exactly 3 a day.
    expect(outreachRate(emptyJournal({ outreach: logged(28), loggedChats: held(4) }), moment, goal)?.impliedOutreachPerDay).toBe(3);
  });
});
