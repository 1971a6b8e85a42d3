import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDynamoClients, DynamoCalendarStore } from "@coffeechat/aws";
import { EnvelopeSecretBox, LocalKeyFileProvider } from "@coffeechat/calendars";
import { actionUrl, connectionSecretContext, type TokenAction } from "@coffeechat/core";
import { startRadicale, type Radicale } from "../../infra/local/radicale.ts";
import { becomeHost, minimalLink } from "../support/accounts.ts";
import { fireUntil, lastLinks } from "../support/chat.ts";
import { lastInvite } from "../support/invites.ts";
import { press } from "../support/links.ts";
import { pythonCaldav } from "../support/python-caldav.ts";
import { json, requestBody } from "../support/stack.ts";
import { useTestStack } from "../support/use-test-stack.ts";

/**
 * Accepted chats land in the host's own CalDAV calendar (Debian's Radicale), through the HTTP app,
 * DynamoDB Local, SES local and the Scheduler emulator, and are read back with python3-caldav.
 */
const t = useTestStack({ now: "2026-12-01T12:00:00Z" });
let radicale: Radicale;
let calendarUrl: string;
let host: Awaited<ReturnType<typeof becomeHost>>;
let hostKey: string;

beforeAll(async () => {
  radicale = await startRadicale();
  calendarUrl = pythonCaldav(radicale).makeCalendar("chats", "Coffee chats").url;
  host = await becomeHost(t.stack, t.mail, "cal-host@example.com", "calhost");
  hostKey = host.profile.id;
  expect((await host.me("/api/v1/me/links", { method: "POST", body: minimalLink("chat") })).status).toBe(201);
  await connectCalendar();
}, 90_000);
afterAll(() => radicale?.stop());

/** The host picks another calendar for chats, as PUT /api/v1/me/calendars/{id} would store it. */
async function chooseForChats(id: string | undefined, url?: string) {
  const dynamo = createDynamoClients({ endpoint: t.stack.dynamoEndpoint, region: "us-east-1" });
  const store = new DynamoCalendarStore({ client: dynamo.doc, tableName: t.stack.env["TABLE_NAME"]! });
  const current = (await store.getConnection(hostKey, "radicale"))!;
  const calendars = [
    ...current.calendars.filter((c) => c.id !== id).map((c) => ({ ...c, addChats: false })),
    ...(id ? [{ id, name: id, url: url!, checkConflicts: true, addChats: true, allDayBlocks: false }] : []),
  ];
  await store.putConnection({ ...current, calendars, version: current.version + 1 }, current.version);
  dynamo.client.destroy();
}

/** The connection as the calendars API stores it: the account sealed under the stack's local key. */
async function connectCalendar() {
  const dynamo = createDynamoClients({ endpoint: t.stack.dynamoEndpoint, region: "us-east-1" });
  const box = new EnvelopeSecretBox(new LocalKeyFileProvider(t.stack.env["CALENDAR_KEY_FILE"]!));
  const secret = JSON.stringify({ kind: "caldav", url: radicale.url, username: radicale.username, password: radicale.password });
  await new DynamoCalendarStore({ client: dynamo.doc, tableName: t.stack.env["TABLE_NAME"]! }).putConnection({
    hostKey,
    id: "radicale",
    kind: "caldav",
    secret: await box.seal(secret, connectionSecretContext(hostKey, "radicale")),
    host: "127.0.0.1",
    calendars: [
      { id: "home", name: "Home", url: new URL("home/", calendarUrl).href, checkConflicts: true, addChats: false, allDayBlocks: false },
      { id: "chats", name: "Coffee chats", url: calendarUrl, checkConflicts: true, addChats: true, allDayBlocks: false },
    ],
    createdAt: t.now,
    version: 1,
  });
  dynamo.client.destroy();
}

async function ask(start: string, email: string) {
  const res = await fetch(t.stack.url("/api/v1/links/calhost/chat/requests"), json(requestBody(start, { email })));
  expect(res.status).toBe(202);
  const { id } = (await res.json()) as { id: string };
  await press((await lastLinks(t.mail, email))["confirm_email"]!);
  return id;
}

const act = (id: string, action: string, body?: unknown) =>
  host.me(`/api/v1/me/requests/${id}/${action}`, { method: "POST", ...(body ? { body } : {}) });

const hostInvite = (id: string) => lastInvite(t.mail, "cal-host@example.com", id);
const inCalendar = (id: string) => pythonCaldav(radicale).byUid(calendarUrl, `${id}@coffeechat`);
/** The chat's page as the host or the guest sees it (the "Your chat page" link of their emails). */
async function chatPageUrl(id: string, action: TokenAction = "view_host") {
  const request = (await t.stack.deps.store.getRequest(id))!;
  const link = (await t.stack.deps.store.getLink(request.handle, request.slug))!;
  return actionUrl(t.stack.deps, request, link, action);
}
const hostPage = async (id: string) => (await fetch(await chatPageUrl(id))).text();

describe("chats in the host's calendar", () => {
  it("accept writes the chat with the invite's UID, reschedule moves it (SEQUENCE rises), cancel removes it", async () => {
    t.now = Date.parse("2026-12-01T12:00:00Z");
    const id = await ask("2026-12-02T09:00:00.000Z", "guest-one@example.com");
    expect(inCalendar(id)).toBeNull(); // a request waiting for the host's answer is not written

    expect((await act(id, "accept")).status).toBe(200);
    const invite = await hostInvite(id);
    const written = inCalendar(id);
    expect(written).toMatchObject({ uid: invite.uid, sequence: invite.sequence, dtstart: "2026-12-02T09:00:00+00:00", dtend: "2026-12-02T09:30:00+00:00", method: "None" });
    expect(written!.url).toBe(new URL(`${encodeURIComponent(invite.uid)}.ics`, calendarUrl).href);
    expect(await hostPage(id)).not.toContain("Your calendar");

    expect((await act(id, "reschedule", { start: "2026-12-07T10:00:00.000Z" })).status).toBe(200);
    const moved = inCalendar(id);
    const reinvite = await hostInvite(id);
    expect(reinvite.uid).toBe(invite.uid);
    expect(moved).toMatchObject({ uid: invite.uid, sequence: reinvite.sequence, dtstart: "2026-12-07T10:00:00+00:00", url: written!.url });
    expect(moved!.sequence).toBeGreaterThan(written!.sequence);

    expect((await act(id, "cancel")).status).toBe(200);
    expect(inCalendar(id)).toBeNull();
  });

  it("a decline writes nothing and removes nothing", async () => {
    t.now = Date.parse("2026-12-01T12:00:00Z");
    const id = await ask("2026-12-02T10:00:00.000Z", "guest-two@example.com");
    expect((await act(id, "decline")).status).toBe(200);
    expect(inCalendar(id)).toBeNull();
    const request = await t.stack.deps.store.getRequest(id);
    expect(request!.outbox!.steps.filter((s) => s.type === "calendar")).toEqual([]);
  });

  it("calendar server down during accept: the host's page says so, and the next outbox run writes it once the server is back", async () => {
    t.now = Date.parse("2026-12-01T12:00:00Z");
    const id = await ask("2026-12-08T09:00:00.000Z", "guest-three@example.com");
    const port = radicale.port;
    await radicale.stop();

    expect((await act(id, "accept")).status).toBe(200);
    const step = (await t.stack.deps.store.getRequest(id))!.outbox!.steps.find((s) => s.type === "calendar")!;
    expect(step).toMatchObject({ state: "pending", op: "put", error: expect.stringMatching(/^CALENDAR_/) });
    const waiting = await hostPage(id);
    expect(waiting).toContain("Your calendar");
    expect(waiting).toMatch(/This chat is not in your calendar yet: your calendar server did not take it\. We try again at/);
    // The emails went all the same: the calendar is a lane of its own.
    expect(waiting).not.toContain("Emails not delivered yet");
    // The guest has no reason to hear about the host's calendar.
    expect(await (await fetch(await chatPageUrl(id, "view_guest"))).text()).not.toContain("calendar server");
    // Nor does the guest's own change wait on it: their button says "Done".
    const edit = await chatPageUrl(id, "edit_questions");
    const edited = await press(edit, { questions: "What does a good first year look like?" });
    expect(edited.status).toBe(303);
    const after = await (await fetch(new URL(edited.headers.get("location")!, edit).href)).text();
    expect(after).toContain("Done.");
    expect(after).not.toMatch(/calendar server|Your calendar<\/h2>/);

    radicale = await startRadicale({ port });
    expect(pythonCaldav(radicale).makeCalendar("chats", "Coffee chats").url).toBe(calendarUrl);
    const ran = await fireUntil(t.stack, "2026-12-01T12:10:00Z");
    expect(ran.some((r) => r.name.includes(`cc-${id}-outbox-`) && r.ok)).toBe(true);
    expect(inCalendar(id)).toMatchObject({ uid: `${id}@coffeechat`, dtstart: "2026-12-08T09:00:00+00:00" });
    expect(await hostPage(id)).not.toContain("Your calendar");
    expect((await t.stack.deps.store.getRequest(id))!.outbox!.steps.find((s) => s.type === "calendar")).toMatchObject({ state: "done" });
  });

  it("down for more than a day: shown as failed with 'Try again', which writes it", async () => {
    t.now = Date.parse("2026-12-02T12:00:00Z");
    const id = await ask("2026-12-09T09:00:00.000Z", "guest-four@example.com");
    const port = radicale.port;
    await radicale.stop();
    expect((await act(id, "accept")).status).toBe(200);
    await fireUntil(t.stack, "2026-12-03T13:00:00Z");
    t.now = Date.parse("2026-12-03T13:00:00Z");

    const page = await hostPage(id);
    expect(page).toMatch(/This chat could not be added to your calendar: your calendar server did not take it/);
    const steps = [...page.matchAll(/name="step" value="([^"]+)"/g)].map((m) => m[1]!);
    expect(steps).toEqual([expect.stringMatching(/^calendar\.\d+$/)]);
    expect(page).toContain(">Try again</button>");

    radicale = await startRadicale({ port });
    pythonCaldav(radicale).makeCalendar("chats", "Coffee chats");
    expect((await press(`${await chatPageUrl(id)}/resend`, { step: steps[0]! })).status).toBe(303);
    expect(inCalendar(id)).toMatchObject({ uid: `${id}@coffeechat`, dtstart: "2026-12-09T09:00:00+00:00" });
    expect(await hostPage(id)).not.toContain("could not be added");
  });

  it("a chat follows the host to the calendar they choose for chats, and its copy stays right when they choose none", async () => {
    t.now = Date.parse("2026-12-03T12:00:00Z");
    const id = await ask("2026-12-14T09:00:00.000Z", "guest-five@example.com");
    expect((await act(id, "accept")).status).toBe(200);
    expect(inCalendar(id)).toMatchObject({ dtstart: "2026-12-14T09:00:00+00:00" });

    const work = pythonCaldav(radicale).makeCalendar("work", "Work").url;
    await chooseForChats("work", work);
    expect((await act(id, "reschedule", { start: "2026-12-15T10:00:00.000Z" })).status).toBe(200);
    expect(pythonCaldav(radicale).byUid(work, `${id}@coffeechat`)).toMatchObject({ dtstart: "2026-12-15T10:00:00+00:00", sequence: 1 });
    expect(inCalendar(id)).toBeNull();

    // No calendar for chats any more: the copy already there is still kept right.
    await chooseForChats(undefined);
    expect((await act(id, "reschedule", { start: "2026-12-16T11:00:00.000Z" })).status).toBe(200);
    expect(pythonCaldav(radicale).byUid(work, `${id}@coffeechat`)).toMatchObject({ dtstart: "2026-12-16T11:00:00+00:00", sequence: 2 });

    expect((await act(id, "cancel")).status).toBe(200);
    expect(pythonCaldav(radicale).byUid(work, `${id}@coffeechat`)).toBeNull();
  });
});
