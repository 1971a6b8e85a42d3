import { createApp, everyRoute } from "@coffeechat/functions";
import { beforeAll, describe, expect, it } from "vitest";
import { asBrowser, signIn } from "../support/accounts.ts";
import { useTestStack } from "../support/use-test-stack.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z" });

/** Words only Alice's journal holds: none may reach Bob, whatever he calls. */
const ALICE_ONLY = ["Grace Hopper", "grace@navy.example", "Compilers Inc", "met at the archive", "2027-04-30"];

async function seeker(email: string) {
  const { cookie } = await signIn(t.stack, t.mail, email);
  const me = asBrowser(t.stack, cookie);
  const res = await me("/api/v1/me", { method: "PUT", body: { name: `Seeker ${email}`, headline: "Looking", timeZone: "Europe/London" } });
  if (res.status !== 200) throw new Error(`PUT /api/v1/me: ${res.status} ${await res.text()}`);
  const form = (path: string, fields: Record<string, string>) =>
    fetch(t.stack.url(path), {
      method: "POST",
      headers: { cookie, origin: t.stack.appUrl, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields).toString(),
      redirect: "manual",
    });
  const upload = (path: string, body: BodyInit, contentType?: string) =>
    fetch(t.stack.url(path), { method: "POST", headers: { cookie, origin: t.stack.appUrl, ...(contentType ? { "content-type": contentType } : {}) }, body, redirect: "manual" });
  return { me, form, upload, id: ((await res.json()) as { id: string }).id };
}

type Caller = Awaited<ReturnType<typeof seeker>>;
/** How Bob calls a route with Alice's person id where it takes one, and what he must get. */
type Probe = { call: (bob: Caller, aliceId: string) => Promise<Response>; expect: "404" | "own" };

const csv = () => {
  const form = new FormData();
  form.set("file", new Blob(["name\nBob's Contact\n"], { type: "text/csv" }), "people.csv");
  return form;
};

const PROBES: Record<string, Probe> = {
  "GET /api/v1/me/journal": { call: (b) => b.me("/api/v1/me/journal"), expect: "own" },
  "GET /api/v1/me/journal/people": { call: (b) => b.me("/api/v1/me/journal/people"), expect: "own" },
  "POST /api/v1/me/journal/people": { call: (b) => b.me("/api/v1/me/journal/people", { method: "POST", body: { name: "Bob's Own" } }), expect: "own" },
  "PUT /api/v1/me/journal/people/:id": { call: (b, id) => b.me(`/api/v1/me/journal/people/${id}`, { method: "PUT", body: { name: "Taken Over" } }), expect: "404" },
  "DELETE /api/v1/me/journal/people/:id": { call: (b, id) => b.me(`/api/v1/me/journal/people/${id}`, { method: "DELETE" }), expect: "404" },
  "POST /api/v1/me/journal/people/:id/outreach": {
    call: (b, id) => b.me(`/api/v1/me/journal/people/${id}/outreach`, { method: "POST", body: { on: "2026-12-01", channel: "email" } }),
    expect: "404",
  },
  "POST /api/v1/me/journal/chats": { call: (b, id) => b.me("/api/v1/me/journal/chats", { method: "POST", body: { personId: id, on: "2026-12-01" } }), expect: "404" },
  "PUT /api/v1/me/journal/goal": {
    call: (b) => b.me("/api/v1/me/journal/goal", { method: "PUT", body: { targetChats: 5, byDate: "2027-01-31", chatsPerWeek: 1, outreachPerDay: 1 } }),
    expect: "own",
  },
  "PUT /api/v1/me/journal/digest": { call: (b) => b.me("/api/v1/me/journal/digest", { method: "PUT", body: { enabled: false, weekday: 3, time: "10:00" } }), expect: "own" },
  "POST /api/v1/me/journal/import": { call: (b) => b.upload("/api/v1/me/journal/import", "name\nBob's Import\n", "text/csv"), expect: "own" },
  "GET /api/v1/me/journal/export.csv": { call: (b) => b.me("/api/v1/me/journal/export.csv"), expect: "own" },
  "GET /journal": { call: (b) => b.me("/journal"), expect: "own" },
  "GET /journal/export.csv": { call: (b) => b.me("/journal/export.csv"), expect: "own" },
  "POST /journal/people": { call: (b) => b.form("/journal/people", { name: "Bob's Form Person" }), expect: "own" },
  "POST /journal/people/:id/status": { call: (b, id) => b.form(`/journal/people/${id}/status`, { status: "not_now" }), expect: "404" },
  "POST /journal/people/:id/thanked": { call: (b, id) => b.form(`/journal/people/${id}/thanked`, {}), expect: "404" },
  "POST /journal/outreach": { call: (b, id) => b.form("/journal/outreach", { personId: id, on: "2026-12-01", channel: "email" }), expect: "404" },
  "POST /journal/chats": { call: (b, id) => b.form("/journal/chats", { personId: id, on: "2026-12-01" }), expect: "404" },
  "POST /journal/goal": { call: (b) => b.form("/journal/goal", { targetChats: "7", byDate: "2027-02-28", chatsPerWeek: "1", outreachPerDay: "2" }), expect: "own" },
  "POST /journal/digest": { call: (b) => b.form("/journal/digest", { weekday: "4", time: "11:00" }), expect: "own" },
  "POST /journal/import": { call: (b) => b.upload("/journal/import", csv()), expect: "own" },
};

describe("one account never reads or changes another's journal, route by route", () => {
  let alice: Caller;
  let bob: Caller;
  let graceId: string;
  let before: { people: unknown; summary: unknown; csv: string; digest: unknown };

  const aliceState = async () => {
    const people = ((await (await alice.me("/api/v1/me/journal/people")).json()) as { items: unknown }).items;
    const { today: _t, ...summary } = (await (await alice.me("/api/v1/me/journal")).json()) as Record<string, unknown>;
    const csv = await (await alice.me("/api/v1/me/journal/export.csv")).text();
    const digest = ((await (await alice.me("/api/v1/me/export")).json()) as { journal: { digest?: unknown } }).journal.digest;
    return { people, summary, csv, digest };
  };

  beforeAll(async () => {
    alice = await seeker("alice@isolation.example");
    bob = await seeker("bob@isolation.example");
    const added = await alice.me("/api/v1/me/journal/people", {
      method: "POST",
      body: { name: "Grace Hopper", email: "grace@navy.example", organization: "Compilers Inc", notes: "met at the archive" },
    });
    graceId = ((await added.json()) as { id: string }).id;
    await alice.me(`/api/v1/me/journal/people/${graceId}/outreach`, { method: "POST", body: { on: "2026-12-01", channel: "linkedin" } });
    await alice.me("/api/v1/me/journal/goal", { method: "PUT", body: { targetChats: 40, byDate: "2027-04-30", chatsPerWeek: 3, outreachPerDay: 4 } });
    await alice.me("/api/v1/me/journal/digest", { method: "PUT", body: { enabled: true, weekday: 1, time: "08:00" } });
    before = await aliceState();
  });

  it("every journal route of the app is probed here", async () => {
    const routes = (await everyRoute(createApp(t.stack.deps)))
      .filter((r) => r.method !== "ALL" && /^\/(api\/v1\/me\/)?journal(\/|$)/.test(r.path))
      .map((r) => `${r.method} ${r.path}`);
    expect([...new Set(routes)].sort()).toEqual(Object.keys(PROBES).sort());
  });

  for (const [route, probe] of Object.entries(PROBES)) {
    it(`${route}: ${probe.expect === "404" ? "404 for Alice's person" : "Bob's own journal only"}`, async () => {
      const res = await probe.call(bob, graceId);
      const body = await res.text();
      if (probe.expect === "404") expect(res.status, body.slice(0, 300)).toBe(404);
      else expect(res.status, body.slice(0, 300)).toBeLessThan(400);
      for (const word of ALICE_ONLY) expect(body, route).not.toContain(word);
      expect(await aliceState()).toEqual(before);
    });
  }

  it("Bob's journal holds only what he wrote, and his weekly email has a schedule of its own", async () => {
    const names = (((await (await bob.me("/api/v1/me/journal/people")).json()) as { items: { name: string }[] }).items.map((p) => p.name)).sort();
    expect(names).toEqual(["Bob's Contact", "Bob's Form Person", "Bob's Import", "Bob's Own"]);
    const digests = ((await (await fetch(`${t.stack.schedulerUrl}/_local/schedules`)).json()) as { schedules: { Name: string }[] }).schedules
      .map((s) => s.Name)
      .filter((n) => n.startsWith("cc-digest-"))
      .sort();
    expect(digests).toEqual([`cc-digest-${alice.id}`]);
  });
});
