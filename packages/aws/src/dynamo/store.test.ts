import { GetCommand, QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { DomainError, MINUTE, type ChatRequest, type FollowUpRecord } from "@coffeechat/core";
import { describe, expect, it } from "vitest";
import { aHost, aLink, aRequest, occupiedOf, T0 } from "../../../../test/support/fixtures.ts";
import { useLocalAws } from "../../../../test/support/local-aws.ts";
import { blockSk } from "./keys.ts";

const aws = useLocalAws();

async function locksOf(handle: string) {
  const { doc } = aws.current.dynamo;
  const out = await doc.send(
    new QueryCommand({
      TableName: aws.current.tableName,
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": `LOCK#${handle}` },
      ConsistentRead: true,
    }),
  );
  return out.Items ?? [];
}

const codeOf = (p: Promise<unknown>) => p.then(() => "ok", (e: unknown) => (e instanceof DomainError ? e.code : String(e)));

describe("hosts and links", () => {
  it("round-trip and are undefined when missing", async () => {
    const { store } = aws.current;
    await store.putHost(aHost("jane"));
    await store.putLink(aLink("jane", "20min"));
    expect(await store.getHost("jane")).toEqual(aHost("jane"));
    expect(await store.getLink("jane", "20min")).toEqual(aLink("jane", "20min"));
    expect(await store.getHost("nobody")).toBeUndefined();
    expect(await store.getLink("jane", "other")).toBeUndefined();
  });

  it("read together in one call, each undefined when missing", async () => {
    const { store } = aws.current;
    await store.putHost(aHost("joan"));
    await store.putLink(aLink("joan", "20min"));
    expect(await store.getHostAndLink("joan", "20min")).toEqual({ host: aHost("joan"), link: aLink("joan", "20min") });
    expect(await store.getHostAndLink("joan", "other")).toEqual({ host: aHost("joan") });
    expect(await store.getHostAndLink("nobody", "20min")).toEqual({});
  });
});

describe("createRequest", () => {
  it("writes the request, one lock per block and the guest lock", async () => {
    const { store } = aws.current;
    const request = aRequest({ id: "r-create", handle: "h-create" });
    await store.createRequest(request, occupiedOf(request));

    const sks = [0, 5, 10, 15, 20, 25].map((m) => blockSk(T0 + m * MINUTE));
    expect(await store.getRequest("r-create")).toEqual({ ...request, holds: sks });
    const locks = await locksOf("h-create");
    expect(locks.map((l) => l["sk"])).toEqual(sks);
    expect(locks[0]).toMatchObject({ requestId: "r-create", chatStart: T0, occStart: T0, occEnd: T0 + 30 * MINUTE });
    expect(locks[0]?.["expiresAt"]).toBe((T0 + 30 * MINUTE) / 1000 + 7 * 86_400);
    expect(await store.getOpenRequestId("h-create", "R-Create@Guest.Example")).toBe("r-create");
  });

  it("refuses an overlapping request with SLOT_TAKEN and writes nothing of it", async () => {
    const { store } = aws.current;
    const first = aRequest({ id: "r-first", handle: "h-overlap" });
    await store.createRequest(first, occupiedOf(first));
    const second = aRequest({ id: "r-second", handle: "h-overlap", start: T0 + 25 * MINUTE });

    expect(await codeOf(store.createRequest(second, occupiedOf(second)))).toBe("SLOT_TAKEN");
    expect(await store.getRequest("r-second")).toBeUndefined();
    expect(await store.getOpenRequestId("h-overlap", second.guest.email)).toBeUndefined();
    expect(new Set((await locksOf("h-overlap")).map((l) => l["requestId"]))).toEqual(new Set(["r-first"]));
  });

  it("lets a request start where the previous one's buffer ends", async () => {
    const { store } = aws.current;
    const first = aRequest({ id: "r-adj1", handle: "h-adjacent" });
    await store.createRequest(first, occupiedOf(first));
    const next = aRequest({ id: "r-adj2", handle: "h-adjacent", start: T0 + 30 * MINUTE });
    await store.createRequest(next, occupiedOf(next));
    expect((await locksOf("h-adjacent")).length).toBe(12);
  });

  it("refuses a guest's second open request with the host with LIMIT_REACHED", async () => {
    const { store } = aws.current;
    const guest = { name: "Sam", email: "sam@guest.example", timeZone: "UTC" };
    const first = aRequest({ id: "r-g1", handle: "h-guest", guest });
    await store.createRequest(first, occupiedOf(first));
    const second = aRequest({ id: "r-g2", handle: "h-guest", guest: { ...guest, email: "SAM@guest.example" }, start: T0 + DAY });

    const error = await store.createRequest(second, occupiedOf(second)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe("LIMIT_REACHED");
    expect(await store.getRequest("r-g2")).toBeUndefined();
    expect((await locksOf("h-guest")).every((l) => l["requestId"] === "r-g1")).toBe(true);
  });

  it("refuses an interval too long for one transaction with INVALID_INPUT", async () => {
    const request = aRequest({ id: "r-long", handle: "h-long" });
    const huge = { start: T0, end: T0 + 10 * 60 * MINUTE };
    expect(await codeOf(aws.current.store.createRequest(request, huge))).toBe("INVALID_INPUT");
  });
});

describe("listBusy", () => {
  it("collapses blocks per request and keeps only those overlapping [from, to)", async () => {
    const { store } = aws.current;
    const a = aRequest({ id: "r-busy-a", handle: "h-busy" });
    const b = aRequest({ id: "r-busy-b", handle: "h-busy", start: T0 + 2 * 60 * MINUTE });
    const c = aRequest({ id: "r-busy-c", handle: "h-busy", start: T0 + 5 * 60 * MINUTE });
    for (const r of [a, b, c]) await store.createRequest(r, occupiedOf(r));

    expect(await store.listBusy("h-busy", T0 - 60 * MINUTE, T0 + 3 * 60 * MINUTE)).toEqual([
      { requestId: "r-busy-a", chatStart: T0, start: T0, end: T0 + 30 * MINUTE },
      { requestId: "r-busy-b", chatStart: b.start, start: b.start, end: b.start + 30 * MINUTE },
    ]);
    // A window that starts inside a's last block, off the grid, still sees a.
    expect((await store.listBusy("h-busy", T0 + 27 * MINUTE, T0 + 28 * MINUTE)).map((x) => x.requestId)).toEqual(["r-busy-a"]);
    // Half-open: a window starting exactly at a's end, or ending at b's start, sees neither.
    expect(await store.listBusy("h-busy", T0 + 30 * MINUTE, b.start)).toEqual([]);
    expect(await store.listBusy("other-host", T0 - DAY, T0 + DAY)).toEqual([]);
  });

  it("reads each request once from its first block, after moves either way, and locks from before blockStart", async () => {
    const { store } = aws.current;
    const { doc } = aws.current.dynamo;
    const HOUR = 60 * MINUTE;
    const stored = async (r: ChatRequest) => {
      await store.createRequest(r, occupiedOf(r));
      return (await store.getRequest(r.id))!;
    };
    const busyOf = (r: { id: string; start: number }) => ({ requestId: r.id, chatStart: r.start, start: r.start, end: r.start + 30 * MINUTE });
    const later = await stored(aRequest({ id: "r-first-later", handle: "h-first" }));
    const earlier = await stored(aRequest({ id: "r-first-earlier", handle: "h-first", start: T0 + 2 * HOUR }));
    const old = await stored(aRequest({ id: "r-first-old", handle: "h-first", start: T0 + 4 * HOUR }));
    // Moves that keep some blocks: the first block is then a kept one (later) or a new one (earlier).
    const movedLater = { ...later, start: T0 + 15 * MINUTE, end: T0 + 35 * MINUTE, version: 2 };
    await store.updateRequest(movedLater, 1, { move: occupiedOf(movedLater) });
    const movedEarlier = { ...earlier, start: earlier.start - 15 * MINUTE, end: earlier.start + 5 * MINUTE, version: 2 };
    await store.updateRequest(movedEarlier, 1, { move: occupiedOf(movedEarlier) });
    // As written before locks carried blockStart.
    for (const lock of await locksOf("h-first")) {
      if (lock["requestId"] !== old.id) continue;
      await doc.send(new UpdateCommand({ TableName: aws.current.tableName, Key: { pk: lock["pk"], sk: lock["sk"] }, UpdateExpression: "REMOVE blockStart" }));
    }

    expect(await store.listBusy("h-first", T0 - HOUR, T0 + 6 * HOUR)).toEqual([busyOf(movedLater), busyOf(movedEarlier), busyOf(old)]);
    // Windows that begin inside each request, past its first block, still see it.
    for (const r of [movedLater, movedEarlier, old]) {
      expect(await store.listBusy("h-first", r.start + 12 * MINUTE, r.start + 13 * MINUTE)).toEqual([busyOf(r)]);
    }
    expect(await store.listBusy("h-first", movedLater.start + 30 * MINUTE, movedEarlier.start)).toEqual([]);
  });

  it("sees a request written a moment ago (strongly consistent)", async () => {
    const { store } = aws.current;
    const r = aRequest({ id: "r-fresh", handle: "h-fresh" });
    await store.createRequest(r, occupiedOf(r));
    expect((await store.listBusy("h-fresh", T0, T0 + MINUTE)).map((x) => x.requestId)).toEqual(["r-fresh"]);
  });
});

describe("follow-ups", () => {
  const record = (kind: FollowUpRecord["kind"], at: number): FollowUpRecord => ({
    requestId: "r-fu",
    kind,
    at,
    status: "planned",
    version: 2,
    scheduleName: `fu-r-fu-${kind}`,
  });

  it("are saved, listed in time order and read one by one", async () => {
    const { store } = aws.current;
    await store.putFollowUps([record("thank_you", T0 + DAY), record("reminder", T0 - DAY), record("prep_pack", T0 - 2 * DAY)]);
    expect((await store.listFollowUps("r-fu")).map((r) => r.kind)).toEqual(["prep_pack", "reminder", "thank_you"]);
    expect(await store.getFollowUp("r-fu", "reminder")).toEqual(record("reminder", T0 - DAY));
    expect(await store.getFollowUp("r-fu", "keep_in_touch")).toBeUndefined();
    expect(await store.listFollowUps("r-none")).toEqual([]);
  });

  it("status moves only from an expected status", async () => {
    const { store } = aws.current;
    await store.putFollowUps([{ ...record("host_nudge", T0), requestId: "r-fu2" }]);
    expect(await store.setFollowUpStatus("r-fu2", "host_nudge", "sent", "failed")).toBe(false);
    expect(await store.setFollowUpStatus("r-fu2", "host_nudge", ["planned", "failed"], "sent", { sentAt: T0 })).toBe(true);
    expect(await store.getFollowUp("r-fu2", "host_nudge")).toMatchObject({ status: "sent", sentAt: T0 });
    expect(await store.setFollowUpStatus("r-fu2", "host_nudge", "planned", "sent")).toBe(false);
    expect(await store.setFollowUpStatus("r-missing", "host_nudge", "planned", "sent")).toBe(false);
  });
});

describe("suppression", () => {
  it("is per address, case-insensitive", async () => {
    const { store, dynamo, tableName } = aws.current;
    expect(await store.isSuppressed("bounce@example.com")).toBe(false);
    await store.suppress("Bounce@Example.com", "bounce", T0);
    expect(await store.isSuppressed("bounce@example.com")).toBe(true);
    expect(await store.isSuppressed("other@example.com")).toBe(false);
    const { Item } = await dynamo.doc.send(
      new GetCommand({ TableName: tableName, Key: { pk: "SUPPRESS#bounce@example.com", sk: "SUPPRESS" } }),
    );
    expect(Item).toMatchObject({ reason: "bounce", at: T0 });
  });
});

const DAY = 24 * 60 * MINUTE;
