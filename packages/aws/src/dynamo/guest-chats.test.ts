import { DomainError, type ChatRequest } from "@coffeechat/core";
import { describe, expect, it } from "vitest";
import { aRequest, occupiedOf, T0 } from "../../../../test/support/fixtures.ts";
import { useLocalAws } from "../../../../test/support/local-aws.ts";

const aws = useLocalAws();
const DAY = 86_400_000;
const guest = { name: "Sam Seeker", email: "Sam@Seeker.example", timeZone: "Europe/Berlin" };

/** A request by Sam with `handle`, moved through `statuses` as the lifecycle would (each a new version). */
async function requestThrough(id: string, handle: string, start: number, statuses: Partial<ChatRequest>[]) {
  const { store } = aws.current;
  let request = aRequest({ id, handle, start, guest });
  await store.createRequest(request, occupiedOf(request));
  for (const patch of statuses) {
    const next = { ...request, ...patch, version: request.version + 1 };
    const release = next.status === "cancelled" || next.status === "expired" || next.status === "declined";
    await store.updateRequest(next, request.version, release ? { release: true } : undefined);
    request = next;
  }
  return request;
}

const confirmed = { status: "awaiting_host", emailConfirmed: true } as const;

describe("listChatsByGuestEmail", () => {
  it("lists an address's chats across hosts, newest first, once the address is confirmed", async () => {
    const { store } = aws.current;
    await requestThrough("g-unconfirmed", "h-a", T0, []);
    await requestThrough("g-confirmed", "h-f", T0 + DAY, [confirmed]);
    await requestThrough("g-accepted", "h-b", T0 + 2 * DAY, [confirmed, { status: "accepted" }]);
    await requestThrough("g-cancelled-later", "h-c", T0 + 3 * DAY, [confirmed, { status: "cancelled", cancelledBy: "guest" }]);
    // Someone typed Sam's address and never confirmed it: Sam never sees these.
    await requestThrough("g-never-confirmed", "h-d", T0 + 4 * DAY, [{ status: "expired" }]);
    await requestThrough("g-cancelled-unconfirmed", "h-e", T0 + 5 * DAY, [{ status: "cancelled", cancelledBy: "guest" }]);

    const { chats, cursor } = await store.listChatsByGuestEmail(" sam@SEEKER.example ");
    expect(chats.map((c) => [c.id, c.status])).toEqual([
      ["g-cancelled-later", "cancelled"],
      ["g-accepted", "accepted"],
      ["g-confirmed", "awaiting_host"],
    ]);
    expect(cursor).toBeUndefined();
    expect(chats[1]).toEqual(await store.getRequest("g-accepted"));
    expect(await store.listChatsByGuestEmail("someone-else@seeker.example")).toEqual({ chats: [] });
  });

  it("pages with a cursor that only ever reads the same address", async () => {
    const { store } = aws.current;
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page: { chats: ChatRequest[]; cursor?: string } = await store.listChatsByGuestEmail(guest.email, { limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...page.chats.map((c) => c.id));
      cursor = page.cursor;
    } while (cursor);
    expect(seen).toEqual(["g-cancelled-later", "g-accepted", "g-confirmed"]);

    const first = await store.listChatsByGuestEmail(guest.email, { limit: 1 });
    const codeOf = (p: Promise<unknown>) => p.then(() => "ok", (e: unknown) => (e instanceof DomainError ? e.code : String(e)));
    // A cursor from Sam's pages does not open someone else's, and a made-up one is refused.
    expect(await codeOf(store.listChatsByGuestEmail("other@seeker.example", { cursor: first.cursor! }))).toBe("INVALID_INPUT");
    const forged = Buffer.from(JSON.stringify({ gsi2pk: "GUEST#other@x.example", gsi2sk: "x", pk: "REQ#x", sk: "REQ" })).toString("base64url");
    expect(await codeOf(store.listChatsByGuestEmail("other@x.example", { cursor: forged.slice(0, -3) }))).toBe("INVALID_INPUT");
    for (const bad of ["not-base64!", Buffer.from("[1,2]").toString("base64url"), Buffer.from('{"gsi2pk":1}').toString("base64url")]) {
      expect(await codeOf(store.listChatsByGuestEmail(guest.email, { cursor: bad }))).toBe("INVALID_INPUT");
    }
  });
});
