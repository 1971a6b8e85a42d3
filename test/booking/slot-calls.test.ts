import { describe, expect, it } from "vitest";
import { calendarBusyReader, listSlots, MINUTE, type ChatRequest } from "@coffeechat/core";
import { DynamoCalendarStore, DynamoChatStore } from "@coffeechat/aws";
import { countingDynamoClients, useLocalAws } from "../support/local-aws.ts";
import { aHost, aRequest } from "../support/fixtures.ts";
import { demoLink } from "../../infra/demo.ts";

const aws = useLocalAws();

describe("GET …/slots against a busy month", () => {
  it("costs two DynamoDB calls (the link, one consistent query of the locks), three with two calendars connected", async () => {
    const { tableName } = await aws.current.freshStore();
    const counted = countingDynamoClients(aws.current.dynamoEndpoint);
    const { clients } = counted;
    const store = new DynamoChatStore({ client: clients.doc, tableName });
    await store.putHost(aHost("demo"));
    await store.putLink(demoLink);

    // 300 chats across March 2026 (DST starts on the 8th), ten a weekday.
    const weekdays = Array.from({ length: 31 }, (_, d) => Date.UTC(2026, 2, d + 1)).filter((t) => {
      const day = new Date(t).getUTCDay();
      return day !== 0 && day !== 6;
    });
    const requests: ChatRequest[] = [];
    for (const day of weekdays) {
      for (let i = 0; i < 14 && requests.length < 300; i++) {
        const start = day + 13 * 60 * MINUTE + i * 30 * MINUTE;
        requests.push(aRequest({ id: `r${String(requests.length).padStart(7, "0")}`, handle: "demo", start, end: start + 20 * MINUTE }));
      }
    }
    for (const r of requests) await store.createRequest(r, { start: r.start, end: r.end + 10 * MINUTE });
    expect(requests).toHaveLength(300);

    counted.reset();
    const slots = await listSlots(
      { store },
      { handle: "demo", slug: "coffee", from: "2026-03-01", to: "2026-03-31", timeZone: "America/New_York" },
      Date.UTC(2026, 1, 20),
    );
    expect(counted.calls()).toBe(2);
    expect(slots.length).toBeGreaterThan(0);
    for (const s of slots) expect(requests.some((r) => r.start < s.end + 10 * MINUTE && s.start < r.end + 10 * MINUTE)).toBe(false);

    // Two calendars connected (a CalDAV account and an ICS feed), each busy every weekday 16:00–17:00Z: one more call.
    const calendars = new DynamoCalendarStore({ client: clients.doc, tableName });
    const meetings = weekdays.map((day) => ({ start: day + 16 * 60 * MINUTE, end: day + 17 * 60 * MINUTE }));
    const range = { start: Date.UTC(2026, 2, 1), end: Date.UTC(2026, 3, 1) };
    await calendars.putBusy("demo", { connectionId: "caldav", calendarId: "work", checkConflicts: true, fetchedAt: 0, range, busy: meetings });
    await calendars.putBusy("demo", { connectionId: "ics", calendarId: "feed", checkConflicts: true, fetchedAt: 0, range, busy: meetings.map((m) => ({ start: m.start + 30 * MINUTE, end: m.end + 30 * MINUTE })) });
    counted.reset();
    const withCalendars = await listSlots(
      { store, calendarBusy: calendarBusyReader(calendars) },
      { handle: "demo", slug: "coffee", from: "2026-03-01", to: "2026-03-31", timeZone: "America/New_York" },
      Date.UTC(2026, 1, 20),
    );
    expect(counted.calls()).toBe(3);
    expect(withCalendars.length).toBeGreaterThan(0);
    expect(withCalendars.length).toBeLessThan(slots.length);
    for (const s of withCalendars) expect(meetings.some((m) => m.start < s.end + 10 * MINUTE && s.start < m.end + 30 * MINUTE)).toBe(false);
    clients.client.destroy();
  }, 120_000);
});
