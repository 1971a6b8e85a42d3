import { DeleteCommand } from "@aws-sdk/lib-dynamodb";
import type { CalendarConnection } from "@coffeechat/core";
import { describe, expect, it } from "vitest";
import { aHost, aLink } from "../../../../test/support/fixtures.ts";
import { useLocalAws } from "../../../../test/support/local-aws.ts";
import { backfillHostCalendars } from "./backfill-host-calendars.ts";
import { DynamoCalendarStore } from "./calendars/calendar-store.ts";
import { keys } from "./keys.ts";
import { DynamoChatStore } from "./store.ts";

const aws = useLocalAws();

const connection = (hostKey: string, id: string): CalendarConnection => ({
  hostKey,
  id,
  kind: "ics",
  secret: { keyId: "local:test", wrappedKey: "d2s=", iv: "aXY=", ciphertext: "Y3Q=", tag: "dGFn" },
  host: "calendar.example.com",
  calendars: [{ id: "feed", name: "Feed", url: "https://calendar.example.com/feed.ics", checkConflicts: true, addChats: false, allDayBlocks: false }],
  createdAt: Date.UTC(2026, 2, 2),
  version: 1,
});

describe("backfillHostCalendars", () => {
  it("puts connections from before the set into their host's set, once", async () => {
    const { tableName } = await aws.current.freshStore();
    const doc = aws.current.dynamo.doc;
    const chats = new DynamoChatStore({ client: doc, tableName });
    const calendars = new DynamoCalendarStore({ client: doc, tableName });
    for (const host of ["old-a", "old-b", "none"]) {
      await chats.putHost(aHost(host));
      await chats.putLink(aLink(host, "chat"));
    }
    await calendars.putConnection(connection("old-a", "c1"));
    await calendars.putConnection(connection("old-a", "c2"));
    await calendars.putConnection(connection("old-b", "c3"));
    // As stored before the set was kept.
    for (const host of ["old-a", "old-b"]) await doc.send(new DeleteCommand({ TableName: tableName, Key: keys.hostCalendars(host) }));
    const hasCalendars = async (host: string) => (await chats.getHostLinkAndCalendars(host, "chat")).hasCalendars;
    expect([await hasCalendars("old-a"), await hasCalendars("old-b")]).toEqual([false, false]);

    expect(await backfillHostCalendars({ doc, tableName })).toEqual({ connections: 3, added: 3 });
    expect([await hasCalendars("old-a"), await hasCalendars("old-b"), await hasCalendars("none")]).toEqual([true, true, false]);
    expect(await backfillHostCalendars({ doc, tableName })).toEqual({ connections: 3, added: 0 });

    // Removing them empties the set as the service does: the backfill added nothing it can't take away.
    for (const id of ["c1", "c2"]) await calendars.deleteConnection("old-a", id);
    expect(await hasCalendars("old-a")).toBe(false);
  });
});
