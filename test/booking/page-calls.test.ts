import { describe, expect, it } from "vitest";
import { calendarBusyReader, type CalendarConnection } from "@coffeechat/core";
import { DynamoCalendarStore, DynamoChatStore, DynamoHostStore } from "@coffeechat/aws";
import { createApp, type AppDeps } from "@coffeechat/functions";
import { countingDynamoClients } from "../support/local-aws.ts";
import { useTestStack } from "../support/use-test-stack.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z" });
const TABLE = "coffeechat-test";

const connection: CalendarConnection = {
  hostKey: "demo",
  id: "page-calls",
  kind: "ics",
  secret: { keyId: "local:test", wrappedKey: "d2s=", iv: "aXY=", ciphertext: "Y3Q=", tag: "dGFn" },
  host: "calendar.example.com",
  calendars: [{ id: "feed", name: "Feed", url: "https://calendar.example.com/feed.ics", checkConflicts: true, addChats: false, allDayBlocks: false }],
  createdAt: Date.parse("2026-12-01T12:00:00Z"),
  version: 1,
};

describe("the booking page's DynamoDB calls", () => {
  it("once its handle is known: two (host, link and calendar set in one; the week's locks), a third only for a host with calendars", async () => {
    const counted = countingDynamoClients(t.stack.dynamoEndpoint);
    const client = counted.clients.doc;
    const deps: AppDeps = {
      ...t.stack.deps,
      store: new DynamoChatStore({ client, tableName: TABLE }),
      hosts: new DynamoHostStore({ client, tableName: TABLE }),
      calendarBusy: calendarBusyReader(new DynamoCalendarStore({ client, tableName: TABLE })),
    };
    const app = createApp(deps);
    const render = async () => {
      counted.reset();
      const res = await app.request("/demo/coffee?tz=UTC");
      expect(res.status).toBe(200);
      await res.text();
      return counted.calls();
    };
    try {
      // The first render also reads the handle; later ones within five minutes use the kept key.
      expect(await render()).toBe(3);
      expect(await render()).toBe(2);
      await new DynamoCalendarStore({ client, tableName: TABLE }).putConnection(connection);
      expect(await render()).toBe(3);
      await new DynamoCalendarStore({ client, tableName: TABLE }).deleteConnection("demo", connection.id);
      expect(await render()).toBe(2);
    } finally {
      counted.clients.client.destroy();
    }
  });
});
