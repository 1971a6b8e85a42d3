import { DomainError, type CalendarConnection } from "@coffeechat/core";
import { describe, expect, it } from "vitest";
import { useLocalAws } from "../../../../../test/support/local-aws.ts";
import { DeleteCommand } from "@aws-sdk/lib-dynamodb";
import { aHost, aLink } from "../../../../../test/support/fixtures.ts";
import { DynamoCalendarStore } from "./calendar-store.ts";
import { keys } from "../keys.ts";

const aws = useLocalAws();
const store = () => new DynamoCalendarStore({ client: aws.current.dynamo.doc, tableName: aws.current.tableName });
const H = Date.UTC(2026, 2, 2, 14);
const HOUR = 3_600_000;

const connection = (hostKey: string, id: string, over: Partial<CalendarConnection> = {}): CalendarConnection => ({
  hostKey,
  id,
  kind: "caldav",
  secret: { keyId: "local:test", wrappedKey: "d2s=", iv: "aXY=", ciphertext: "Y3Q=", tag: "dGFn" },
  host: "caldav.example.com",
  calendars: [
    { id: "work", name: "Work", url: "https://caldav.example.com/dana/work/", checkConflicts: true, addChats: true, allDayBlocks: false },
    { id: "home", name: "Home", url: "https://caldav.example.com/dana/home/", checkConflicts: false, addChats: false, allDayBlocks: true },
  ],
  createdAt: H,
  version: 1,
  ...over,
});

describe("DynamoCalendarStore", () => {
  it("creates a connection once, replaces it only at the version read, and lists a host's own", async () => {
    const s = store();
    await s.putConnection(connection("dana", "c1"));
    await expect(s.putConnection(connection("dana", "c1"))).rejects.toMatchObject({ code: "CONFLICT" });
    await s.putConnection(connection("dana", "c1", { version: 2, lastGoodFetchAt: H, etag: '"abc"' }), 1);
    await expect(s.putConnection(connection("dana", "c1", { version: 3 }), 1)).rejects.toBeInstanceOf(DomainError);
    await s.putConnection(connection("sam", "c1"));
    expect(await s.getConnection("dana", "c1")).toMatchObject({ version: 2, etag: '"abc"', lastGoodFetchAt: H });
    expect((await s.listConnections("dana")).map((c) => c.id)).toEqual(["c1"]);
    expect(await s.getConnection("dana", "nope")).toBeUndefined();
  });

  it("keeps each calendar's busy time apart and returns the host's rows cut to the range, in one Query", async () => {
    const s = store();
    await s.putBusy("kim", { connectionId: "c1", calendarId: "work", checkConflicts: true, fetchedAt: H, range: { start: H, end: H + 60 * 24 * HOUR }, busy: [{ start: H, end: H + HOUR }, { start: H + 48 * HOUR, end: H + 49 * HOUR }] });
    await s.putBusy("kim", { connectionId: "c2", calendarId: "feed", checkConflicts: true, fetchedAt: H, range: { start: H, end: H + 60 * 24 * HOUR }, busy: [{ start: H + 2 * HOUR, end: H + 3 * HOUR }] });
    await s.putBusy("lee", { connectionId: "c1", calendarId: "work", checkConflicts: true, fetchedAt: H, range: { start: H, end: H + HOUR }, busy: [{ start: H, end: H + HOUR }] });
    const rows = await s.listBusyRows("kim", H, H + 24 * HOUR);
    expect(rows.map((r) => [r.connectionId, r.calendarId, r.busy])).toEqual([
      ["c1", "work", [{ start: H, end: H + HOUR }]],
      ["c2", "feed", [{ start: H + 2 * HOUR, end: H + 3 * HOUR }]],
    ]);
    // A refresh replaces the calendar's row whole.
    await s.putBusy("kim", { connectionId: "c1", calendarId: "work", checkConflicts: true, fetchedAt: H + HOUR, range: { start: H, end: H + HOUR }, busy: [] });
    expect((await s.listBusyRows("kim", H, H + 24 * HOUR)).find((r) => r.calendarId === "work")).toMatchObject({ busy: [], fetchedAt: H + HOUR });
    await s.deleteBusy("kim", "c2", "feed");
    expect((await s.listBusyRows("kim", H, H + 24 * HOUR)).map((r) => r.calendarId)).toEqual(["work"]);
  });

  it("deletes a connection with its calendars' busy rows", async () => {
    const s = store();
    await s.putConnection(connection("ana", "c9"));
    for (const calendarId of ["work", "home"]) {
      await s.putBusy("ana", { connectionId: "c9", calendarId, checkConflicts: true, fetchedAt: H, range: { start: H, end: H + HOUR }, busy: [{ start: H, end: H + HOUR }] });
    }
    await s.deleteConnection("ana", "c9");
    expect(await s.listConnections("ana")).toEqual([]);
    expect(await s.listBusyRows("ana", 0, H * 2)).toEqual([]);
  });

  it("keeps the set of a host's connection ids beside the host, which a booking page reads with the host and link in one call", async () => {
    const s = store();
    const { store: chats } = aws.current;
    await chats.putHost(aHost("rae"));
    await chats.putLink(aLink("rae", "chat"));
    const hasCalendars = async () => (await chats.getHostLinkAndCalendars("rae", "chat")).hasCalendars;
    expect(await chats.getHostLinkAndCalendars("rae", "chat")).toEqual({ host: aHost("rae"), link: aLink("rae", "chat"), hasCalendars: false });

    await s.putConnection(connection("rae", "c1"));
    await s.putConnection(connection("rae", "c2"));
    expect(await hasCalendars()).toBe(true);
    // A refused write changes nothing, the set included.
    await expect(s.putConnection(connection("rae", "c3", { version: 2 }), 1)).rejects.toMatchObject({ code: "CONFLICT" });
    await s.deleteConnection("rae", "c1");
    expect(await hasCalendars()).toBe(true);
    await s.deleteConnection("rae", "c2");
    expect(await hasCalendars()).toBe(false);

    // A connection stored before the set was kept joins it at its next write (a refresh, a choice).
    await s.putConnection(connection("rae", "c4"));
    await aws.current.dynamo.doc.send(new DeleteCommand({ TableName: aws.current.tableName, Key: keys.hostCalendars("rae") }));
    expect(await hasCalendars()).toBe(false);
    await s.putConnection(connection("rae", "c4", { version: 2 }), 1);
    expect(await hasCalendars()).toBe(true);
    // The host's other reads are as they were.
    expect(await chats.getHostAndLink("rae", "chat")).toEqual({ host: aHost("rae"), link: aLink("rae", "chat") });
  });
});
