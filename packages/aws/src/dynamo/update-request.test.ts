import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { DomainError, MINUTE, type ChatRequest } from "@coffeechat/core";
import { describe, expect, it } from "vitest";
import { aRequest, occupiedOf, T0 } from "../../../../test/support/fixtures.ts";
import { countingDynamoClients, useLocalAws } from "../../../../test/support/local-aws.ts";
import { blockSk } from "./keys.ts";
import { DynamoChatStore } from "./store.ts";

const aws = useLocalAws();
const HOUR = 60 * MINUTE;

const codeOf = (p: Promise<unknown>) => p.then(() => "ok", (e: unknown) => (e instanceof DomainError ? e.code : String(e)));

async function locksOf(handle: string) {
  const out = await aws.current.dynamo.doc.send(
    new QueryCommand({
      TableName: aws.current.tableName,
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": `LOCK#${handle}` },
      ConsistentRead: true,
    }),
  );
  return (out.Items ?? []).map((i) => ({ sk: i["sk"], requestId: i["requestId"], occStart: i["occStart"], chatStart: i["chatStart"] }));
}

async function created(id: string, handle: string, start = T0): Promise<ChatRequest> {
  const request = aRequest({ id, handle, start });
  await aws.current.store.createRequest(request, occupiedOf(request));
  return (await aws.current.store.getRequest(id))!;
}

const bump = (r: ChatRequest, changes: Partial<ChatRequest> = {}): ChatRequest => ({ ...r, version: r.version + 1, ...changes });

describe("updateRequest", () => {
  it("replaces the request when the version matches, keeping its locks", async () => {
    const { store } = aws.current;
    const r = await created("u-plain", "hu-plain");
    await store.updateRequest(bump(r, { status: "awaiting_host", holds: [] }), 1);
    expect(await store.getRequest("u-plain")).toEqual({ ...r, version: 2, status: "awaiting_host" });
    expect((await locksOf("hu-plain")).length).toBe(6);
  });

  it("throws CONFLICT on a stale version and changes nothing", async () => {
    const { store } = aws.current;
    const r = await created("u-stale", "hu-stale");
    await store.updateRequest(bump(r, { status: "awaiting_host" }), 1);
    expect(await codeOf(store.updateRequest(bump(r, { status: "cancelled" }), 1, { release: true }))).toBe("CONFLICT");
    expect((await store.getRequest("u-stale"))?.status).toBe("awaiting_host");
    expect((await locksOf("hu-stale")).length).toBe(6);
    expect(await codeOf(store.updateRequest(aRequest({ id: "u-missing", handle: "hu-stale" }), 1))).toBe("NOT_FOUND");
  });

  it("release frees the slot and the guest lock, so a new request can take them", async () => {
    const { store } = aws.current;
    const r = await created("u-release", "hu-release");
    await store.updateRequest(bump(r, { status: "declined" }), 1, { release: true });

    expect(await locksOf("hu-release")).toEqual([]);
    expect(await store.getOpenRequestId("hu-release", r.guest.email)).toBeUndefined();
    expect((await store.getRequest("u-release"))?.holds).toEqual([]);
    expect(await store.listBusy("hu-release", T0, T0 + HOUR)).toEqual([]);

    const again = aRequest({ id: "u-release-2", handle: "hu-release", guest: r.guest });
    await store.createRequest(again, occupiedOf(again));
    expect(new Set((await locksOf("hu-release")).map((l) => l.requestId))).toEqual(new Set(["u-release-2"]));
  });

  it("moves to a free slot, sharing the blocks both intervals cover", async () => {
    const { store } = aws.current;
    const r = await created("u-move", "hu-move");
    const start = T0 + 15 * MINUTE;
    const moved = bump(r, { start, end: start + 20 * MINUTE, sequence: 1 });
    await store.updateRequest(moved, 1, { move: { start, end: start + 30 * MINUTE } });

    const wanted = [15, 20, 25, 30, 35, 40].map((m) => blockSk(T0 + m * MINUTE));
    const locks = await locksOf("hu-move");
    expect(locks.map((l) => l.sk)).toEqual(wanted);
    expect(locks.every((l) => l.requestId === "u-move" && l.occStart === start && l.chatStart === start)).toBe(true);
    expect(await store.getRequest("u-move")).toEqual({ ...moved, holds: wanted });
    expect(await store.listBusy("hu-move", T0, T0 + HOUR)).toEqual([
      { requestId: "u-move", chatStart: start, start, end: start + 30 * MINUTE },
    ]);
  });

  it("refuses to move onto a taken slot with SLOT_TAKEN and changes nothing", async () => {
    const { store } = aws.current;
    const r = await created("u-blocked", "hu-blocked");
    await created("u-blocker", "hu-blocked", T0 + 2 * HOUR);
    const before = await locksOf("hu-blocked");
    const start = T0 + 2 * HOUR + 10 * MINUTE;

    const outcome = store.updateRequest(bump(r, { start, end: start + 20 * MINUTE }), 1, {
      move: { start, end: start + 30 * MINUTE },
    });
    expect(await codeOf(outcome)).toBe("SLOT_TAKEN");
    expect(await locksOf("hu-blocked")).toEqual(before);
    expect(await store.getRequest("u-blocked")).toEqual(r);
  });
});

describe("cap counters", () => {
  const day = (d: string) => [{ key: `day#${d}`, max: 1 }];

  it("moving to a full day is refused and changes nothing; to a free day the count moves along", async () => {
    const { store } = aws.current;
    const a = aRequest({ id: "c-a", handle: "hu-caps", start: T0 });
    const b = aRequest({ id: "c-b", handle: "hu-caps", start: T0 + 24 * HOUR });
    await store.createRequest(a, occupiedOf(a), day("d1"));
    await store.createRequest(b, occupiedOf(b), day("d2"));
    const third = aRequest({ id: "c-c", handle: "hu-caps", start: T0 + 3 * HOUR });
    expect(await codeOf(store.createRequest(third, occupiedOf(third), day("d1")))).toBe("SLOT_TAKEN");

    const storedB = (await store.getRequest("c-b"))!;
    const toD1 = { start: T0 + 4 * HOUR, end: T0 + 4 * HOUR + 30 * MINUTE };
    expect(await codeOf(store.updateRequest(bump(storedB, { start: toD1.start, end: toD1.start + 20 * MINUTE }), 1, { move: toD1, counters: day("d1") }))).toBe(
      "SLOT_TAKEN",
    );
    expect((await store.getRequest("c-b"))?.counted).toEqual(["day#d2"]);

    const toD3 = { start: T0 + 48 * HOUR, end: T0 + 48 * HOUR + 30 * MINUTE };
    await store.updateRequest(bump(storedB, { start: toD3.start, end: toD3.start + 20 * MINUTE }), 1, { move: toD3, counters: day("d3") });
    expect((await store.getRequest("c-b"))?.counted).toEqual(["day#d3"]);
    // d2 has room again; releasing a frees d1.
    const fourth = aRequest({ id: "c-d", handle: "hu-caps", start: T0 + 25 * HOUR });
    expect(await codeOf(store.createRequest(fourth, occupiedOf(fourth), day("d2")))).toBe("ok");
    const storedA = (await store.getRequest("c-a"))!;
    await store.updateRequest(bump(storedA, { status: "cancelled" }), 1, { release: true });
    const fifth = aRequest({ id: "c-e", handle: "hu-caps", start: T0 + 5 * HOUR });
    expect(await codeOf(store.createRequest(fifth, occupiedOf(fifth), day("d1")))).toBe("ok");
  });

  it("after the store's own read of that version it writes without reading again; a change since still answers CONFLICT", async () => {
    const counting = countingDynamoClients(aws.current.dynamoEndpoint);
    const store = new DynamoChatStore({ client: counting.clients.doc, tableName: aws.current.tableName });
    const other = aws.current.store;
    try {
      await created("u-once", "hu-once");
      const read = (await store.getRequest("u-once"))!;
      counting.reset();
      await store.updateRequest(bump(read, { status: "awaiting_host" }), read.version, { release: true });
      expect(counting.calls()).toBe(1);
      expect(await locksOf("hu-once")).toEqual([]);

      // Read here at version 2, changed elsewhere to 3: the write built on 2 is refused, and nothing moves.
      const second = (await store.getRequest("u-once"))!;
      await other.updateRequest(bump(second, { questions: ["changed elsewhere"] }), second.version);
      counting.reset();
      expect(await codeOf(store.updateRequest(bump(second, { status: "declined" }), second.version))).toBe("CONFLICT");
      expect(counting.calls()).toBe(1);
      expect(await other.getRequest("u-once")).toMatchObject({ version: 3, status: "awaiting_host", questions: ["changed elsewhere"] });

      // A version this store never read (another instance's) is read first, as before.
      const third = (await other.getRequest("u-once"))!;
      counting.reset();
      await store.updateRequest(bump(third, { status: "declined" }), third.version);
      expect(counting.calls()).toBe(2);
      expect(await other.getRequest("u-once")).toMatchObject({ version: 4, status: "declined" });
    } finally {
      counting.clients.client.destroy();
    }
  });
});
