import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startIcsServer, type IcsServer } from "../../infra/local/ics-server.ts";
import { startRadicale, type Radicale } from "../../infra/local/radicale.ts";
import { becomeHost, minimalLink } from "../support/accounts.ts";
import { fireUntil, lastLinks } from "../support/chat.ts";
import { press } from "../support/links.ts";
import { json, requestBody } from "../support/stack.ts";
import { pythonCaldav } from "../support/python-caldav.ts";
import { useTestStack } from "../support/use-test-stack.ts";

/**
 * Connecting calendars through the HTTP API against real servers: the ICS fixture server, Radicale
 * (CalDAV), DynamoDB Local and the Scheduler emulator, all on 127.0.0.1 (the test stack sets
 * ALLOW_PRIVATE_CALENDAR_HOSTS=1).
 */
const t = useTestStack({ now: "2026-12-01T12:00:00Z" });
const MINUTE = 60_000;

// A Google-style secret address: the path is the secret.
const SECRET_PATH = "private-9f3c1e7a5b2d4c6e.ics";
const PASSWORD = "app-password-1234";
const feed = [
  "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "X-WR-CALNAME:Work (Google)",
  "BEGIN:VEVENT", "UID:wed-planning@google.com", "DTSTAMP:20261101T000000Z",
  "DTSTART:20261202T090000Z", "DTEND:20261202T100000Z", "SUMMARY:Planning", "END:VEVENT",
  "BEGIN:VEVENT", "UID:cancelled@google.com", "DTSTAMP:20261101T000000Z", "STATUS:CANCELLED",
  "DTSTART:20261202T110000Z", "DTEND:20261202T113000Z", "SUMMARY:Off", "END:VEVENT",
  "END:VCALENDAR", "",
].join("\r\n");

const event = (uid: string, start: string, end: string) =>
  ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VEVENT", `UID:${uid}`, "DTSTAMP:20261101T000000Z", `DTSTART:${start}`, `DTEND:${end}`, "SUMMARY:Busy", "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");

let ics: IcsServer;
let radicale: Radicale;
let feedDir: string;
let work: string;
beforeAll(async () => {
  feedDir = mkdtempSync(join(tmpdir(), "coffeechat-feeds-"));
  writeFileSync(join(feedDir, SECRET_PATH), feed);
  writeFileSync(join(feedDir, "not-a-calendar.ics"), "<!doctype html><title>Sign in</title>");
  [ics, radicale] = await Promise.all([startIcsServer({ dir: feedDir }), startRadicale({ password: PASSWORD })]);
  work = pythonCaldav(radicale).makeCalendar("work", "Work").url;
  pythonCaldav(radicale).makeCalendar("family", "Family");
}, 60_000);
afterAll(async () => {
  await Promise.all([ics?.stop(), radicale?.stop()]);
  rmSync(feedDir, { recursive: true, force: true });
});

const slotsOn = async (handle: string, day: string) => {
  const res = await fetch(t.stack.url(`/api/v1/links/${handle}/chat/slots?from=${day}&to=${day}&timeZone=UTC`));
  return ((await res.json()) as { slots: { start: string }[] }).slots.map((s) => s.start.slice(11, 16));
};

async function host(email: string, handle: string) {
  const h = await becomeHost(t.stack, t.mail, email, handle);
  expect((await h.me("/api/v1/me/links", { method: "POST", body: minimalLink("chat") })).status).toBe(201);
  return h;
}

describe("the booking page follows the host's calendars (it reads their busy time only when the host has any)", () => {
  /** The times the page offers on a day, as HH:MM UTC, read from its radio buttons. */
  const pageTimesOn = async (handle: string, day: string) => {
    const res = await fetch(t.stack.url(`/${handle}/chat?tz=UTC&week=2026-11-30`));
    expect(res.status).toBe(200);
    return [...(await res.text()).matchAll(/name="start" value="([^"]+)"/g)].map((m) => m[1]!).filter((v) => v.startsWith(day)).map((v) => v.slice(11, 16));
  };

  it("a connected feed's event is not offered; removing the last connection offers it again; the API agrees each time", async () => {
    const { me } = await host("page-cal@example.com", "pagecal");
    const before = await pageTimesOn("pagecal", "2026-12-02");
    expect(before).toEqual(expect.arrayContaining(["09:00", "11:00"]));
    expect(before).toEqual(await slotsOn("pagecal", "2026-12-02"));

    const res = await me("/api/v1/me/calendars", { method: "POST", body: { kind: "ics", url: `${ics.url}/${SECRET_PATH}` } });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const busy = await pageTimesOn("pagecal", "2026-12-02");
    expect(busy).not.toContain("09:00");
    expect(busy).toContain("11:00");
    expect(busy).toEqual(await slotsOn("pagecal", "2026-12-02"));

    expect((await me(`/api/v1/me/calendars/${id}`, { method: "DELETE" })).status).toBe(204);
    expect(await pageTimesOn("pagecal", "2026-12-02")).toEqual(before);
  });
});

describe("connect an ICS feed and a CalDAV account through /api/v1/me/calendars", () => {
  let me: Awaited<ReturnType<typeof host>>["me"];
  let feedId: string;
  let davId: string;
  const logged: unknown[] = [];

  beforeAll(async () => {
    for (const level of ["debug", "info", "warn", "error"] as const) {
      vi.spyOn(t.stack.deps.logger, level).mockImplementation((...args: unknown[]) => void logged.push(args));
    }
    me = (await host("cal@example.com", "calhost")).me;
  });

  it("an ICS feed: 201 after the first read, and the slots its events cover are gone (a cancelled one blocks nothing)", async () => {
    expect(await slotsOn("calhost", "2026-12-02")).toEqual(expect.arrayContaining(["09:00", "11:00"]));
    const res = await me("/api/v1/me/calendars", { method: "POST", body: { kind: "ics", url: `${ics.url}/${SECRET_PATH}` } });
    expect(res.status).toBe(201);
    const body = (await res.json()) as any;
    expect(body).toMatchObject({ kind: "ics", host: new URL(ics.url).host, status: "ok", calendars: [{ id: "feed", name: "Work (Google)", checkConflicts: true, addChats: false }] });
    feedId = body.id;
    const wed = await slotsOn("calhost", "2026-12-02");
    expect(wed).not.toContain("09:00");
    expect(wed).toContain("11:00");
  });

  it("a CalDAV account (Radicale): its calendars are listed, and an event there removes the slots it covers", async () => {
    pythonCaldav(radicale).saveEvent(work, event("dentist@example.org", "20261207T090000Z", "20261207T100000Z"));
    const res = await me("/api/v1/me/calendars", { method: "POST", body: { kind: "caldav", url: radicale.url, username: radicale.username, password: PASSWORD } });
    expect(res.status).toBe(201);
    const body = (await res.json()) as any;
    expect(body.kind).toBe("caldav");
    expect(body.calendars.map((c: any) => c.name).sort()).toEqual(["Family", "Work"]);
    davId = body.id;
    expect(await slotsOn("calhost", "2026-12-07")).not.toContain("09:00");
  });

  it("an event added in Radicale disappears from the slots after a refresh", async () => {
    pythonCaldav(radicale).saveEvent(work, event("review@example.org", "20261207T110000Z", "20261207T113000Z"));
    expect(await slotsOn("calhost", "2026-12-07")).toContain("11:00"); // the cache, until read again
    const res = await me(`/api/v1/me/calendars/${davId}/refresh`, { method: "POST" });
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).status).toBe("ok");
    expect(await slotsOn("calhost", "2026-12-07")).not.toContain("11:00");
  });

  it("and after the connection's rate(10 minutes) schedule fires", async () => {
    const schedules = (await (await fetch(`${t.stack.schedulerUrl}/_local/schedules`)).json()) as { schedules: any[] };
    const mine = schedules.schedules.filter((s) => s.Name === `calendar-${feedId}` || s.Name === `calendar-${davId}`);
    expect(mine.map((s) => s.ScheduleExpression)).toEqual(["rate(10 minutes)", "rate(10 minutes)"]);
    expect(JSON.parse(mine.find((s) => s.Name === `calendar-${davId}`).Target.Input)).toEqual({
      job: "calendar_refresh",
      hostKey: expect.any(String),
      connectionId: davId,
      // Scheduler fills in each run's time, as for every recurring schedule of the job function.
      scheduledAt: "<aws.scheduler.scheduled-time>",
    });

    pythonCaldav(radicale).saveEvent(work, event("one-on-one@example.org", "20261208T090000Z", "20261208T093000Z"));
    expect(await slotsOn("calhost", "2026-12-08")).toContain("09:00");
    t.now += 10 * MINUTE;
    const ran = await fireUntil(t.stack, new Date(t.now).toISOString());
    expect(ran.filter((r) => r.name === `calendar-${davId}`)).toMatchObject([{ ok: true }]);
    expect(await slotsOn("calhost", "2026-12-08")).not.toContain("09:00");
  });

  it("the feed is asked conditionally: the schedule's read sent the first answer's ETag, and a 304 kept its busy time", async () => {
    const asked = ics.requests.filter((r) => r.path === `/${SECRET_PATH}`);
    expect(asked[0]!.ifNoneMatch).toBeUndefined();
    expect(asked.length).toBeGreaterThan(1);
    expect(asked.at(-1)!.ifNoneMatch).toMatch(/^".+"$/);
    expect(asked.at(-1)!.ifModifiedSince).toBeDefined();
    expect(await slotsOn("calhost", "2026-12-02")).not.toContain("09:00");
  });

  it("GET lists both, healthy, with hosts only: no password, no secret path, in the answer or the logs", async () => {
    const res = await me("/api/v1/me/calendars");
    expect(res.status).toBe(200);
    const text = await res.text();
    const body = JSON.parse(text);
    expect(body.items.map((c: any) => [c.id, c.kind, c.status, c.failingSince]).sort()).toEqual(
      [
        [feedId, "ics", "ok", null],
        [davId, "caldav", "ok", null],
      ].sort(),
    );
    for (const secret of [PASSWORD, SECRET_PATH, "private-9f3c"]) {
      expect(text).not.toContain(secret);
      expect(JSON.stringify(logged)).not.toContain(secret);
    }
    expect(logged.length).toBeGreaterThan(0);
    const exported = await (await me("/api/v1/me/export")).text();
    expect(JSON.parse(exported).calendars.map((c: any) => c.id).sort()).toEqual([feedId, davId].sort());
    for (const secret of [PASSWORD, SECRET_PATH, "ciphertext", "wrappedKey"]) expect(exported).not.toContain(secret);
  });

  it("PUT chooses what counts: a calendar left out of busy frees its slots; one CalDAV calendar at most takes chats", async () => {
    const list = ((await (await me("/api/v1/me/calendars")).json()) as any).items;
    const [workCal, family] = ["Work", "Family"].map((n) => list.find((c: any) => c.id === davId).calendars.find((c: any) => c.name === n));
    const off = await me(`/api/v1/me/calendars/${davId}`, { method: "PUT", body: { calendars: [{ id: workCal.id, checkConflicts: false, addChats: true }] } });
    expect(off.status).toBe(200);
    expect(((await off.json()) as any).calendars.find((c: any) => c.id === workCal.id)).toMatchObject({ checkConflicts: false, addChats: true });
    expect(await slotsOn("calhost", "2026-12-07")).toContain("09:00");

    const two = await me(`/api/v1/me/calendars/${davId}`, { method: "PUT", body: { calendars: [{ id: family.id, addChats: true }] } });
    expect(two.status).toBe(400);
    expect(((await two.json()) as any).error.issues[0]).toMatchObject({ path: "calendars.0.addChats", message: expect.stringContaining("at most one") });
    const icsChats = await me(`/api/v1/me/calendars/${feedId}`, { method: "PUT", body: { calendars: [{ id: "feed", addChats: true }] } });
    expect(icsChats.status).toBe(400);
    const unknown = await me(`/api/v1/me/calendars/${davId}`, { method: "PUT", body: { calendars: [{ id: "nope", checkConflicts: true }] } });
    expect(unknown.status).toBe(400);

    const back = await me(`/api/v1/me/calendars/${davId}`, { method: "PUT", body: { calendars: [{ id: workCal.id, checkConflicts: true, addChats: false }] } });
    expect(back.status).toBe(200);
    expect(await slotsOn("calhost", "2026-12-07")).not.toContain("09:00");
  });

  it("another account sees none of it: 404 on its ids, an empty list", async () => {
    const other = (await host("other@example.com", "otherhost")).me;
    expect(((await (await other("/api/v1/me/calendars")).json()) as any).items).toEqual([]);
    expect((await other(`/api/v1/me/calendars/${davId}`, { method: "PUT", body: { calendars: [{ id: "feed", checkConflicts: false }] } })).status).toBe(404);
    expect((await other(`/api/v1/me/calendars/${davId}/refresh`, { method: "POST" })).status).toBe(404);
    expect((await other(`/api/v1/me/calendars/${davId}`, { method: "DELETE" })).status).toBe(404);
    expect(((await (await me("/api/v1/me/calendars")).json()) as any).items).toHaveLength(2);
  });

  it("a feed that stops answering shows failing since then, with its last good fetch, and its busy time still counts", async () => {
    const connection = async () => ((await (await me("/api/v1/me/calendars")).json()) as any).items.find((c: any) => c.id === feedId);
    const before = await connection();
    await ics.stop();
    t.now += 20 * MINUTE;
    const res = await me(`/api/v1/me/calendars/${feedId}/refresh`, { method: "POST" });
    expect(res.status).toBe(200);
    const failing = (await res.json()) as any;
    expect(failing).toMatchObject({
      status: "failing",
      failingSince: new Date(t.now).toISOString(),
      lastGoodFetchAt: before.lastGoodFetchAt,
      lastError: { code: "CALENDAR_UNREACHABLE" },
    });
    expect(await slotsOn("calhost", "2026-12-02")).not.toContain("09:00");
    // A submission re-checks (the server is down): the last good busy time still decides.
    const asked = await fetch(t.stack.url("/api/v1/links/calhost/chat/requests"), json(requestBody("2026-12-02T09:00:00.000Z", { email: "late@example.com" })));
    expect(asked.status).toBe(409);
    t.now += 10 * MINUTE;
    await fireUntil(t.stack, new Date(t.now).toISOString());
    const later = await connection();
    expect(later).toMatchObject({ status: "failing", failingSince: failing.failingSince, lastGoodFetchAt: before.lastGoodFetchAt });
    const page = await (await me("/settings/calendars")).text();
    expect(page).toContain("Failing since");
  });

  it("DELETE removes the connection, its busy time and its schedule", async () => {
    expect((await me(`/api/v1/me/calendars/${davId}`, { method: "DELETE" })).status).toBe(204);
    expect(await slotsOn("calhost", "2026-12-07")).toContain("09:00");
    const schedules = (await (await fetch(`${t.stack.schedulerUrl}/_local/schedules`)).json()) as { schedules: any[] };
    expect(schedules.schedules.some((s) => s.Name === `calendar-${davId}`)).toBe(false);
    expect((await t.stack.keys("CALENDARS#")).filter((k) => k.includes(davId))).toEqual([]);
    expect((await me(`/api/v1/me/calendars/${davId}`, { method: "DELETE" })).status).toBe(404);
  });
});

describe("what a connect refuses, naming what failed, writing nothing", () => {
  it.each([
    ["unreachable", "CALENDAR_UNREACHABLE", () => ({ kind: "ics", url: "http://127.0.0.1:9/feed.ics" })],
    ["not a calendar", "CALENDAR_INVALID", () => ({ kind: "ics", url: `${radicale.url}/.web/` })],
    ["not a web address", "CALENDAR_INVALID", () => ({ kind: "ics", url: "ftp://example.com/cal.ics" })],
    ["wrong password", "CALENDAR_AUTH_FAILED", () => ({ kind: "caldav", url: radicale.url, username: radicale.username, password: "wrong" })],
    ["refused address", "CALENDAR_ADDRESS_REFUSED", () => ({ kind: "ics", url: "http://169.254.169.254/latest/meta-data/" })],
  ] as const)("%s → 400 %s", async (_what, code, body) => {
    const { me } = await host(`refused-${code.toLowerCase()}-${_what.length}@example.com`, `r${_what.length}${code.length}x`);
    const before = await t.stack.keys("CALENDARS#");
    const res = await me("/api/v1/me/calendars", { method: "POST", body: body() });
    expect(res.status).toBe(400);
    const error = ((await res.json()) as any).error;
    expect(error.code).toBe(code);
    expect(error.issues[0].path).toMatch(/^(url|password)$/);
    expect(await t.stack.keys("CALENDARS#")).toEqual(before);
  });

  it("a host may try ten connects an hour (each one fetches someone's server), then 429 with Retry-After", async () => {
    const { me } = await host("eager@example.com", "eagerhost");
    for (let i = 0; i < 10; i++) {
      expect((await me("/api/v1/me/calendars", { method: "POST", body: { kind: "ics", url: "http://127.0.0.1:9/feed.ics" } })).status).toBe(400);
    }
    const limited = await me("/api/v1/me/calendars", { method: "POST", body: { kind: "ics", url: "http://127.0.0.1:9/feed.ics" } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("a missing field is named before anything is fetched", async () => {
    const { me } = await host("fields@example.com", "fieldhost");
    const res = await me("/api/v1/me/calendars", { method: "POST", body: { kind: "caldav", url: radicale.url, username: "dana" } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).error.issues).toEqual([{ path: "password", message: expect.any(String) }]);
  });
});

describe("a submission and an accept re-read a calendar whose cache is older than five minutes", () => {
  it("without any refresh, an event added in Radicale refuses a submission, then an accept", async () => {
    const { me } = await host("fresh@example.com", "freshhost");
    const cal = pythonCaldav(radicale).makeCalendar("fresh", "Fresh").url;
    const connected = await me("/api/v1/me/calendars", { method: "POST", body: { kind: "caldav", url: radicale.url, username: radicale.username, password: PASSWORD } });
    expect(connected.status).toBe(201);
    const ask = (start: string, email: string) => fetch(t.stack.url("/api/v1/links/freshhost/chat/requests"), json(requestBody(start, { email })));

    // The guest asks for a free time; meanwhile the host books something over it in their calendar app.
    const free = await ask("2026-12-09T10:00:00.000Z", "first@example.com");
    expect(free.status).toBe(202);
    await press((await lastLinks(t.mail, "first@example.com"))["confirm_email"]!);
    const { id } = (await free.json()) as { id: string };
    pythonCaldav(radicale).saveEvent(cal, event("late-meeting@example.org", "20261209T100000Z", "20261209T110000Z"));
    pythonCaldav(radicale).saveEvent(cal, event("other-meeting@example.org", "20261209T090000Z", "20261209T093000Z"));

    // Within five minutes the cache decides: the slot still looks free to the slots read.
    t.now += 2 * MINUTE;
    expect(await slotsOn("freshhost", "2026-12-09")).toContain("09:00");
    // Older than five minutes: the submission reads Radicale again before deciding.
    t.now += 4 * MINUTE;
    const second = await ask("2026-12-09T09:00:00.000Z", "second@example.com");
    expect(second.status).toBe(409);
    expect(((await second.json()) as any).error.code).toBe("SLOT_TAKEN");

    t.now += 6 * MINUTE;
    const accept = await me(`/api/v1/me/requests/${id}/accept`, { method: "POST" });
    expect(accept.status).toBe(409);
    expect(((await accept.json()) as any).error.message).toContain("Your calendar");
  });
});

describe("a calendar connected through the API and chosen for chats", () => {
  it("gets each accepted chat with the invites' UID, and loses it when the chat is cancelled", async () => {
    const { me } = await host("chats@example.com", "chatshost");
    const cal = pythonCaldav(radicale).makeCalendar("chats", "Chats").url;
    const connected = await me("/api/v1/me/calendars", { method: "POST", body: { kind: "caldav", url: radicale.url, username: radicale.username, password: PASSWORD } });
    expect(connected.status).toBe(201);
    const { id: connectionId, calendars } = (await connected.json()) as { id: string; calendars: { id: string; name: string }[] };
    const chats = calendars.find((c) => c.name === "Chats")!;
    const chosen = await me(`/api/v1/me/calendars/${connectionId}`, { method: "PUT", body: { calendars: [{ id: chats.id, addChats: true }] } });
    expect(chosen.status).toBe(200);

    const asked = await fetch(t.stack.url("/api/v1/links/chatshost/chat/requests"), json(requestBody("2026-12-14T10:00:00.000Z", { email: "guest-chats@example.com" })));
    expect(asked.status).toBe(202);
    const { id } = (await asked.json()) as { id: string };
    await press((await lastLinks(t.mail, "guest-chats@example.com"))["confirm_email"]!);
    expect((await me(`/api/v1/me/requests/${id}/accept`, { method: "POST" })).status).toBe(200);

    // Read back by an independent CalDAV client: the chat, at its time, under the UID the invites carry.
    const written = pythonCaldav(radicale).byUid(cal, `${id}@coffeechat`);
    expect(written).toMatchObject({ uid: `${id}@coffeechat`, dtstart: "2026-12-14T10:00:00+00:00" });

    expect((await me(`/api/v1/me/requests/${id}/cancel`, { method: "POST", body: {} })).status).toBe(200);
    expect(pythonCaldav(radicale).byUid(cal, `${id}@coffeechat`)).toBeNull();
  });
});

describe("closing the account", () => {
  it("deletes its calendar connections, their busy time and their refresh schedules", async () => {
    const { me } = await host("closing@example.com", "closinghost");
    const res = await me("/api/v1/me/calendars", { method: "POST", body: { kind: "caldav", url: radicale.url, username: radicale.username, password: PASSWORD } });
    const { id } = (await res.json()) as { id: string };
    const schedules = async () => ((await (await fetch(`${t.stack.schedulerUrl}/_local/schedules`)).json()) as { schedules: { Name: string }[] }).schedules.map((s) => s.Name);
    expect(await schedules()).toContain(`calendar-${id}`);
    expect((await t.stack.keys("CALENDARS#")).some((k) => k.includes(id))).toBe(true);
    expect((await me("/api/v1/me", { method: "DELETE" })).status).toBeLessThan(300);
    expect(await schedules()).not.toContain(`calendar-${id}`);
    expect((await t.stack.keys("CALENDARS#")).some((k) => k.includes(id))).toBe(false);
  });
});
