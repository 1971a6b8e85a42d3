import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { DomainError, MINUTE } from "@coffeechat/core";
import { describe, expect, it } from "vitest";
import { aRequest, occupiedOf, T0 } from "../../../../test/support/fixtures.ts";
import { useLocalAws } from "../../../../test/support/local-aws.ts";
import { anyHeldByOther } from "./cancellation.ts";
import { blockSk } from "./keys.ts";

const aws = useLocalAws();

describe("under contention", () => {
  it("of 50 concurrent requests for one slot exactly one wins; the rest get SLOT_TAKEN or TRANSIENT", async () => {
    const { store, dynamo, tableName } = aws.current;
    // Same host, overlapping intervals, different guests: only the blocks collide.
    const requests = Array.from({ length: 50 }, (_, i) => aRequest({ id: `race-${i}`, handle: "h-race", start: T0 + (i % 3) * 5 * MINUTE }));
    const outcomes = await Promise.all(
      requests.map((r) =>
        store.createRequest(r, occupiedOf(r)).then(
          () => "ok",
          (e: unknown) => (e instanceof DomainError ? e.code : `unexpected: ${String(e)}`),
        ),
      ),
    );
    const winners = requests.filter((_, i) => outcomes[i] === "ok");
    expect(winners).toHaveLength(1);
    expect(outcomes.filter((o) => o !== "ok" && o !== "SLOT_TAKEN" && o !== "TRANSIENT")).toEqual([]);

    const winner = winners[0]!;
    const locks = await dynamo.doc.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: { ":pk": "LOCK#h-race" },
        ConsistentRead: true,
      }),
    );
    expect(new Set(locks.Items?.map((l) => l["requestId"]))).toEqual(new Set([winner.id]));
    expect(locks.Items).toHaveLength(6);
    expect((await store.getRequest(winner.id))?.holds).toEqual(locks.Items?.map((l) => l["sk"]));
    for (const loser of requests.filter((r) => r !== winner)) {
      expect(await store.getRequest(loser.id)).toBeUndefined();
      expect(await store.getOpenRequestId("h-race", loser.guest.email)).toBeUndefined();
    }
  }, 90_000);

  it("of two concurrent claims of one follow-up exactly one succeeds", async () => {
    const { store } = aws.current;
    for (let round = 0; round < 10; round++) {
      const requestId = `claim-${round}`;
      await store.putFollowUps([{ requestId, kind: "reminder", at: T0, status: "planned", version: 1, scheduleName: `s-${round}` }]);
      const claims = await Promise.all([
        store.setFollowUpStatus(requestId, "reminder", "planned", "sent", { sentAt: T0 }),
        store.setFollowUpStatus(requestId, "reminder", "planned", "sent", { sentAt: T0 + 1 }),
      ]);
      expect(claims.filter(Boolean)).toHaveLength(1);
      const winnerSentAt = claims[0] ? T0 : T0 + 1;
      expect(await store.getFollowUp(requestId, "reminder")).toMatchObject({ status: "sent", sentAt: winnerSentAt });
    }
  });

  it("after a conflict, names the slot taken only when another request's lock is committed", async () => {
    const { store, dynamo, tableName } = aws.current;
    const r = aRequest({ id: "held", handle: "h-held" });
    await store.createRequest(r, occupiedOf(r));
    const held = [{ pk: "LOCK#h-held", sk: blockSk(T0 + 5 * MINUTE) }];
    const free = [{ pk: "LOCK#h-held", sk: blockSk(T0 + 60 * MINUTE) }];
    expect(await anyHeldByOther(dynamo.doc, tableName, held, "someone-else")).toBe(true);
    expect(await anyHeldByOther(dynamo.doc, tableName, held, "held")).toBe(false);
    expect(await anyHeldByOther(dynamo.doc, tableName, free, "someone-else")).toBe(false);
  });
});
