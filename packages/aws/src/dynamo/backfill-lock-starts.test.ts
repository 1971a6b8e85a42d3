import { QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { aRequest, occupiedOf, T0 } from "../../../../test/support/fixtures.ts";
import { useLocalAws } from "../../../../test/support/local-aws.ts";
import { backfillLockStarts } from "./backfill-lock-starts.ts";
import { blockStartOf } from "./keys.ts";
import { DynamoChatStore } from "./store.ts";

const aws = useLocalAws();

describe("backfillLockStarts", () => {
  it("gives locks from before blockStart their block's start, once, and listBusy reads the same busy time", async () => {
    const { tableName } = await aws.current.freshStore();
    const doc = aws.current.dynamo.doc;
    const store = new DynamoChatStore({ client: doc, tableName });
    const locks = async () =>
      (await doc.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": "LOCK#h-old" } }))).Items ?? [];
    for (const id of ["old-a", "old-b"]) {
      const r = aRequest({ id, handle: "h-old", start: id === "old-a" ? T0 : T0 + 3_600_000 });
      await store.createRequest(r, occupiedOf(r));
    }
    // As written before locks carried blockStart.
    for (const lock of await locks()) {
      await doc.send(new UpdateCommand({ TableName: tableName, Key: { pk: lock["pk"], sk: lock["sk"] }, UpdateExpression: "REMOVE blockStart" }));
    }
    const before = await store.listBusy("h-old", T0, T0 + 2 * 3_600_000);

    expect(await backfillLockStarts({ doc, tableName })).toEqual({ scanned: 12, added: 12 });
    for (const lock of await locks()) expect(lock["blockStart"]).toBe(blockStartOf(String(lock["sk"])));
    expect(await store.listBusy("h-old", T0, T0 + 2 * 3_600_000)).toEqual(before);
    expect(await backfillLockStarts({ doc, tableName })).toEqual({ scanned: 0, added: 0 });
  });
});
