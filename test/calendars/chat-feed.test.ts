import { beforeAll, describe, expect, it, vi } from "vitest";
import { becomeHost, minimalLink } from "../support/accounts.ts";
import { lastLinks } from "../support/chat.ts";
import { lastInvite } from "../support/invites.ts";
import { press } from "../support/links.ts";
import { readFeedWithPython } from "../support/python-feed.ts";
import { json, requestBody } from "../support/stack.ts";
import { useTestStack } from "../support/use-test-stack.ts";

/** The feed of chats through the HTTP app and DynamoDB Local, read with Python's icalendar. */
const t = useTestStack({ now: "2026-12-01T12:00:00Z" });
let host: Awaited<ReturnType<typeof becomeHost>>;
let other: Awaited<ReturnType<typeof becomeHost>>;
const ids: Record<string, string> = {};

async function ask(start: string, email: string, confirm = true) {
  const res = await fetch(t.stack.url("/api/v1/links/feedhost/chat/requests"), json(requestBody(start, { email })));
  expect(res.status).toBe(202);
  const { id } = (await res.json()) as { id: string };
  if (confirm) await press((await lastLinks(t.mail, email))["confirm_email"]!);
  return id;
}
const act = (id: string, action: string, body?: unknown) => host.me(`/api/v1/me/requests/${id}/${action}`, { method: "POST", ...(body ? { body } : {}) });

beforeAll(async () => {
  host = await becomeHost(t.stack, t.mail, "feed-host@example.com", "feedhost");
  other = await becomeHost(t.stack, t.mail, "other-host@example.com", "otherhost");
  expect((await host.me("/api/v1/me/links", { method: "POST", body: minimalLink("chat") })).status).toBe(201);
  ids["accepted"] = await ask("2026-12-02T09:00:00.000Z", "accepted@example.com");
  expect((await act(ids["accepted"], "accept")).status).toBe(200);
  ids["waiting"] = await ask("2026-12-02T10:00:00.000Z", "waiting@example.com");
  ids["declined"] = await ask("2026-12-02T11:00:00.000Z", "declined@example.com");
  expect((await act(ids["declined"], "decline")).status).toBe(200);
  ids["unconfirmed"] = await ask("2026-12-07T09:00:00.000Z", "unconfirmed@example.com", false);
  ids["cancelled"] = await ask("2026-12-07T10:00:00.000Z", "cancelled@example.com");
  expect((await act(ids["cancelled"], "accept")).status).toBe(200);
  expect((await act(ids["cancelled"], "cancel")).status).toBe(200);
}, 120_000);

const feedUrl = async (who = host) => ((await (await who.me("/api/v1/me/feed")).json()) as { url: string }).url;

describe("the feed of chats", () => {
  it("is made on first asking and stays the same address; only its owner can ask", async () => {
    const url = await feedUrl();
    expect(url).toMatch(new RegExp(`^${t.stack.appUrl}/ical/[a-z0-9]+\\.[0-9a-f]{64}\\.ics$`));
    expect(await feedUrl()).toBe(url);
    expect((await fetch(t.stack.url("/api/v1/me/feed"))).status).toBe(401);
  });

  it("lists accepted chats as CONFIRMED and waiting requests as TENTATIVE, with the invites' UIDs and SEQUENCE, and nobody's address", async () => {
    const res = await fetch(await feedUrl());
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("private, max-age=300");
    expect(res.headers.get("etag")).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    const body = await res.text();
    const feed = readFeedWithPython(body);
    expect(feed.method).toBe("PUBLISH");
    expect(feed.name).toBe("Coffee chats — Host feedhost");
    const accepted = (await t.stack.deps.store.getRequest(ids["accepted"]!))!;
    const waiting = (await t.stack.deps.store.getRequest(ids["waiting"]!))!;
    expect(feed.events).toEqual([
      expect.objectContaining({ uid: accepted.uid, sequence: accepted.sequence, status: "CONFIRMED", dtstart: "2026-12-02T09:00:00+00:00", organizer: false, attendees: false }),
      expect.objectContaining({ uid: waiting.uid, sequence: waiting.sequence, status: "TENTATIVE", dtstart: "2026-12-02T10:00:00+00:00" }),
    ]);
    // The UID and SEQUENCE the host's invite carried.
    expect(await lastInvite(t.mail, "feed-host@example.com", accepted.id)).toEqual({ uid: accepted.uid, sequence: accepted.sequence });
    expect(body).not.toMatch(/@example\.com/);
  });

  it("answers 304 to its ETag, and a change gives a new one", async () => {
    const url = await feedUrl();
    const first = await fetch(url);
    const etag = first.headers.get("etag")!;
    const again = await fetch(url, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe("");
    expect((await fetch(url, { headers: { "if-none-match": `W/${etag}, "other"` } })).status).toBe(304);

    const before = (await t.stack.deps.store.getRequest(ids["accepted"]!))!.sequence;
    expect((await act(ids["accepted"]!, "reschedule", { start: "2026-12-08T09:00:00.000Z" })).status).toBe(200);
    const changed = await fetch(url, { headers: { "if-none-match": etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    const moved = readFeedWithPython(await changed.text()).events.find((e) => e.uid === `${ids["accepted"]}@coffeechat`)!;
    expect(moved).toMatchObject({ dtstart: "2026-12-08T09:00:00+00:00", status: "CONFIRMED" });
    expect(moved.sequence).toBeGreaterThan(before);
  });

  it("rotate: the old address answers 404 at once, the new one works", async () => {
    const old = await feedUrl();
    const res = await host.me("/api/v1/me/feed/rotate", { method: "POST" });
    expect(res.status).toBe(200);
    const { url } = (await res.json()) as { url: string };
    expect(url).not.toBe(old);
    expect(await feedUrl()).toBe(url);
    expect((await fetch(old)).status).toBe(404);
    expect((await fetch(url)).status).toBe(200);
  });

  it("the access log writes /ical/:secret, never the address's secret", async () => {
    const url = await feedUrl();
    const info = vi.spyOn(t.stack.deps.logger, "info");
    try {
      expect((await fetch(url)).status).toBe(200);
      expect((await fetch(`${url}x`)).status).toBe(404);
      const lines = info.mock.calls.filter(([message]) => message === "request").map(([, fields]) => JSON.stringify(fields));
      expect(lines.filter((l) => l.includes('"path":"/ical/:secret"'))).toHaveLength(2);
      for (const line of lines) expect(line).not.toContain(/\.([0-9a-f]{64})\.ics$/.exec(url)![1]!);
    } finally {
      info.mockRestore();
    }
  });

  it("another account's feed cannot be had from one's own address, nor guessed", async () => {
    const mine = await feedUrl();
    const theirs = await feedUrl(other);
    const otherId = other.profile.id as string;
    const mySecret = /\.([0-9a-f]{64})\.ics$/.exec(mine)![1]!;
    expect((await fetch(theirs)).status).toBe(200);
    expect((await fetch(t.stack.url(`/ical/${otherId}.${mySecret}.ics`))).status).toBe(404);
    expect((await fetch(t.stack.url(`/ical/${otherId}.${"0".repeat(64)}.ics`))).status).toBe(404);
    expect((await fetch(t.stack.url(`/ical/${otherId}.ics`))).status).toBe(404);
    expect((await fetch(t.stack.url(`/ical/nobody.${mySecret}.ics`))).status).toBe(404);
    expect(readFeedWithPython(await (await fetch(theirs)).text()).events).toEqual([]);
  });

  it("goes with the account: once it is closed, its feed answers 404", async () => {
    const theirs = await feedUrl(other);
    expect((await other.me("/api/v1/me", { method: "DELETE" })).status).toBe(204);
    expect((await fetch(theirs)).status).toBe(404);
  });
});
