import { HOUR, MINUTE, type ChatRequest, type HostRequestView } from "@coffeechat/core";
import { describe, expect, it } from "vitest";
import { aRequest, T0 } from "../../../../../test/support/fixtures.ts";
import { countingDynamoClients, useLocalAws } from "../../../../../test/support/local-aws.ts";
import { DynamoChatStore } from "../store.ts";
import { DynamoHostStore } from "./host-store.ts";

const aws = useLocalAws();
const NOW = T0 + 10 * 24 * HOUR;

/** A fresh table with one host's requests in every status, some before NOW and some after, and another host's. */
async function seeded() {
  const { tableName } = await aws.current.freshStore();
  const { clients, calls, reset } = countingDynamoClients(aws.current.dynamoEndpoint);
  const store = new DynamoChatStore({ client: clients.doc, tableName });
  const hosts = new DynamoHostStore({ client: clients.doc, tableName });
  const day = (d: number, h = 0) => T0 + d * 24 * HOUR + h * HOUR;
  const plan: [string, ChatRequest["status"], number][] = [
    ["unconf", "awaiting_email", day(12)],
    ["pend-b", "awaiting_host", day(14)],
    ["pend-a", "awaiting_host", day(11)],
    ["pend-c", "awaiting_host", day(16)],
    ["up-b", "accepted", day(13)],
    ["up-a", "accepted", day(11, 2)],
    ["up-c", "accepted", day(20)],
    ["now", "accepted", NOW - 10 * MINUTE], // under way: ends after NOW, so still upcoming
    ["past-chat-a", "accepted", day(2)],
    ["past-chat-b", "completed", day(5)],
    ["past-chat-c", "completed", day(8)],
    ["closed-a", "declined", day(3)],
    ["closed-b", "cancelled", day(9)],
    ["closed-c", "expired", day(15)],
  ];
  for (const [id, status, start] of plan) {
    const r = aRequest({ id, handle: "h1", start, status, guest: { name: id, email: `${id}@guest.example`, timeZone: "UTC" } });
    await store.createRequest(r, { start: r.start, end: r.end });
  }
  const other = aRequest({ id: "other-host", handle: "h2", start: day(11), status: "awaiting_host" });
  await store.createRequest(other, { start: other.start, end: other.end });
  return { store, hosts, countCalls: calls, resetCalls: reset, destroy: () => clients.client.destroy() };
}

async function all(hosts: DynamoHostStore, view: HostRequestView, limit: number, onPage: () => void) {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await hosts.listHostRequests("h1", view, NOW, { limit, ...(cursor ? { cursor } : {}) });
    onPage();
    ids.push(...page.items.map((r) => r.id));
    cursor = page.next;
  } while (cursor);
  return ids;
}

describe("a host's requests through gsi1", () => {
  it("lists each view in order, page by page, in at most two DynamoDB calls a page", async () => {
    const s = await seeded();
    const expected: Record<Exclude<HostRequestView, "unconfirmed">, string[]> = {
      pending: ["pend-a", "pend-b", "pend-c"],
      upcoming: ["now", "up-a", "up-b", "up-c"],
      past: ["closed-c", "closed-b", "past-chat-c", "past-chat-b", "closed-a", "past-chat-a"],
    };
    for (const [view, ids] of Object.entries(expected) as [Exclude<HostRequestView, "unconfirmed">, string[]][]) {
      for (const limit of [1, 2, 3, 100]) {
        s.resetCalls();
        const pages: number[] = [];
        const got = await all(s.hosts, view, limit, () => {
          pages.push(s.countCalls());
          s.resetCalls();
        });
        expect(got, `${view} by ${limit}`).toEqual(ids);
        expect(Math.max(...pages), `${view} by ${limit}`).toBeLessThanOrEqual(view === "past" ? 2 : 1);
      }
    }
    expect(await all(s.hosts, "unconfirmed", 5, () => undefined)).toEqual(["unconf"]);
    s.destroy();
  }, 120_000);

  it("moves a request between views when its status changes, and refuses a cursor it never gave", async () => {
    const s = await seeded();
    const pending = (await s.store.getRequest("pend-a"))!;
    await s.store.updateRequest({ ...pending, status: "accepted", version: pending.version + 1 }, pending.version);
    expect(await all(s.hosts, "pending", 10, () => undefined)).toEqual(["pend-b", "pend-c"]);
    expect(await all(s.hosts, "upcoming", 10, () => undefined)).toEqual(["now", "pend-a", "up-a", "up-b", "up-c"]);
    await expect(s.hosts.listHostRequests("h1", "pending", NOW, { limit: 5, cursor: "not-a-cursor" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { issues: [{ path: "cursor" }] },
    });
    const forged = Buffer.from(JSON.stringify({ a: "../../etc" })).toString("base64url");
    await expect(s.hosts.listHostRequests("h1", "pending", NOW, { limit: 5, cursor: forged })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect((await s.hosts.listHostRequests("h2", "pending", NOW, { limit: 5 })).items.map((r) => r.id)).toEqual(["other-host"]);
    s.destroy();
  });
});
