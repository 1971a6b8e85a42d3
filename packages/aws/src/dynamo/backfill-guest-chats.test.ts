import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { ChatRequest } from "@coffeechat/core";
import { describe, expect, it } from "vitest";
import { aRequest, occupiedOf, T0 } from "../../../../test/support/fixtures.ts";
import { useLocalAws } from "../../../../test/support/local-aws.ts";
import { backfillGuestChats } from "./backfill-guest-chats.ts";
import { DynamoChatStore } from "./store.ts";

const aws = useLocalAws();
const DAY = 86_400_000;
const guest = { name: "Sam Seeker", email: "sam@seeker.example", timeZone: "Europe/Berlin" };

describe("backfillGuestChats", () => {
  it("brings the confirmed requests stored before gsi2 into their address's journal, once", async () => {
    const { tableName } = await aws.current.freshStore();
    const doc = aws.current.dynamo.doc;
    const store = new DynamoChatStore({ client: doc, tableName });
    // As stored before gsi2: written now, then the index key taken away again.
    const old = async (id: string, patch: Partial<ChatRequest>, start: number) => {
      const request = { ...aRequest({ id, handle: `h-${id}`, start, guest }), ...patch };
      await store.createRequest(request, occupiedOf(request));
      await doc.send(new UpdateCommand({ TableName: tableName, Key: { pk: `REQ#${id}`, sk: "REQ" }, UpdateExpression: "REMOVE gsi2pk, gsi2sk" }));
    };
    await old("b-accepted", { status: "accepted", emailConfirmed: true }, T0);
    await old("b-completed", { status: "completed" }, T0 + DAY); // from before emailConfirmed: its status says so
    await old("b-unconfirmed", { status: "expired" }, T0 + 2 * DAY); // someone typed Sam's address
    expect((await store.listChatsByGuestEmail(guest.email)).chats).toEqual([]);

    expect(await backfillGuestChats({ doc, tableName })).toEqual({ scanned: 3, added: 2 });
    expect((await store.listChatsByGuestEmail(guest.email)).chats.map((c) => c.id)).toEqual(["b-completed", "b-accepted"]);
    expect(await backfillGuestChats({ doc, tableName })).toEqual({ scanned: 1, added: 0 });
  });
});
