import { describe, expect, it } from "vitest";
import { lastLinks } from "../support/chat.ts";
import { press } from "../support/links.ts";
import { json, requestBody } from "../support/stack.ts";
import { useTestStack } from "../support/use-test-stack.ts";
import { becomeHost, minimalLink, signIn, asBrowser } from "../support/accounts.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z" });

// Wednesday 09:00 in London, after the default 4 hours' notice.
const WED_9 = "2026-12-02T09:00:00.000Z";
const WED_10 = "2026-12-02T10:00:00.000Z";

const ask = (handle: string, slug: string, start: string, email: string) =>
  fetch(t.stack.url(`/api/v1/links/${handle}/${slug}/requests`), json(requestBody(start, { email })));

describe("links: /api/v1/me/links", () => {
  it("creates a link from five fields with the demo link's defaults, in the host's zone", async () => {
    const host = await becomeHost(t.stack, t.mail, "links@example.com", "lina");
    const res = await host.me("/api/v1/me/links", { method: "POST", body: minimalLink("chat") });
    expect(res.status).toBe(201);
    const link = (await res.json()) as any;
    expect(link).toMatchObject({
      slug: "chat",
      timeZone: "Europe/London",
      bufferAfterMinutes: 10,
      minimumNoticeMinutes: 240,
      horizonDays: 60,
      requestExpiryDays: 5,
      requiresApproval: true,
      paused: false,
      maxPerDay: null,
      url: `${t.stack.appUrl}/lina/chat`,
    });
    expect(link.questionBank.length).toBe(7);
    expect(link.handle).toBeUndefined();

    const page = await fetch(t.stack.url("/lina/chat?tz=Europe/London"));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Coffee with me");
    const slots = (await (await fetch(t.stack.url("/api/v1/links/lina/chat/slots?from=2026-12-02&to=2026-12-02&timeZone=UTC"))).json()) as any;
    expect(slots.slots[0].start).toBe(WED_9);

    expect(((await (await host.me("/api/v1/me/links")).json()) as any).items.map((l: any) => l.slug)).toEqual(["chat"]);
  });

  it("changes only the fields sent, and never the slug", async () => {
    const host = await becomeHost(t.stack, t.mail, "edit@example.com", "eddie");
    await host.me("/api/v1/me/links", { method: "POST", body: minimalLink("chat", { bufferAfterMinutes: 15, maxPerDay: 2 }) });
    const res = await host.me("/api/v1/me/links/chat", { method: "PUT", body: { title: "Quick questions", maxPerDay: null } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ title: "Quick questions", bufferAfterMinutes: 15, maxPerDay: null, durationMinutes: 30 });
    const renamed = await host.me("/api/v1/me/links/chat", { method: "PUT", body: { slug: "other" } });
    expect(renamed.status).toBe(400);
  });

  it.each([
    [{ weeklyHours: { "1": [{ start: "09:00", end: "12:00" }, { start: "11:00", end: "13:00" }] } }, "weeklyHours.1.1"],
    [{ weeklyHours: { "8": [] } }, "weeklyHours"],
    [{ weeklyHours: { "1": [{ start: "25:00", end: "26:00" }] } }, "weeklyHours.1.0.start"],
    [{ durationMinutes: 25 }, "durationMinutes"],
    [{ timeZone: "Mars/Olympus" }, "timeZone"],
    [{ formats: [] }, "formats"],
    [{ formats: [{ kind: "video", details: "" }, { kind: "video", details: "" }] }, "formats.1.kind"],
    [{ formats: [{ kind: "fax", details: "" }] }, "formats.0.kind"],
    [{ slug: "Bad Slug" }, "slug"],
    [{ slug: "-x" }, "slug"],
    [{ title: "" }, "title"],
    [{ bufferAfterMinutes: 7 }, "bufferAfterMinutes"],
    [{ followUps: { reminder: { enabled: true, offsetMinutes: 60 } } }, "followUps.reminder.offsetMinutes"],
    [{ followUps: { expire_unanswered: { enabled: false, offsetMinutes: 0 } } }, "followUps"],
    [{ requestExpiryDays: 0 }, "requestExpiryDays"],
    [{ dateOverrides: [{ date: "2026-02-30", ranges: [] }] }, "dateOverrides.0.date"],
    [{ owner: "someone-else" }, "body"],
  ])("refuses %j naming %s, and writes nothing", async (override, field) => {
    const host = await becomeHost(t.stack, t.mail, `bad-${field.replace(/[^a-z0-9]/gi, "").toLowerCase()}@example.com`, `bad-${field.replace(/[^a-z0-9]/gi, "").toLowerCase()}`.slice(0, 30));
    const res = await host.me("/api/v1/me/links", { method: "POST", body: minimalLink("broken", override) });
    expect(res.status).toBe(400);
    const paths = ((await res.json()) as any).error.issues.map((i: any) => i.path);
    expect(field === "body" ? paths.length > 0 : paths).toEqual(field === "body" ? true : expect.arrayContaining([field]));
    expect(((await (await host.me("/api/v1/me/links")).json()) as any).items).toEqual([]);
  });

  it("a slug already in use is a 409; a link needs a handle first", async () => {
    const host = await becomeHost(t.stack, t.mail, "twice@example.com", "twice");
    expect((await host.me("/api/v1/me/links", { method: "POST", body: minimalLink("chat") })).status).toBe(201);
    expect((await host.me("/api/v1/me/links", { method: "POST", body: minimalLink("chat") })).status).toBe(409);
    const newcomer = asBrowser(t.stack, (await signIn(t.stack, t.mail, "nohandle@example.com")).cookie);
    expect((await newcomer("/api/v1/me/links", { method: "POST", body: minimalLink("chat") })).status).toBe(409);
  });

  it("another host's links are not there: 404 for read, change and delete", async () => {
    const owner = await becomeHost(t.stack, t.mail, "owner@example.com", "owner");
    await owner.me("/api/v1/me/links", { method: "POST", body: minimalLink("private") });
    const other = await becomeHost(t.stack, t.mail, "snoop@example.com", "snoop");
    expect((await other.me("/api/v1/me/links/private")).status).toBe(404);
    expect((await other.me("/api/v1/me/links/private", { method: "PUT", body: { title: "Mine now" } })).status).toBe(404);
    expect((await other.me("/api/v1/me/links/private", { method: "DELETE" })).status).toBe(404);
    expect(((await (await owner.me("/api/v1/me/links/private")).json()) as any).title).toBe("Coffee with me");
  });
});

describe("link settings a guest meets", () => {
  it("requiresApproval false: confirming the email books the chat, with invites to both", async () => {
    const host = await becomeHost(t.stack, t.mail, "instant@example.com", "instant");
    await host.me("/api/v1/me/links", { method: "POST", body: minimalLink("now", { requiresApproval: false }) });
    const res = await ask("instant", "now", WED_9, "fast.guest@example.com");
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as any;
    expect((await press((await lastLinks(t.mail, "fast.guest@example.com"))["confirm_email"]!)).status).toBe(303);
    expect((await t.stack.deps.store.getRequest(id))?.status).toBe("accepted");
    const hostMail = [...t.mail.sent].reverse().find((m) => m.to === "instant@example.com")!;
    expect(hostMail.raw).toMatch(/Booked: coffee chat/);
    expect(hostMail.raw).toMatch(/text\/calendar;[^\r\n]*method=REQUEST/i);
    const guestMail = [...t.mail.sent].reverse().find((m) => m.to === "fast.guest@example.com")!;
    expect(guestMail.raw).toMatch(/text\/calendar;[^\r\n]*method=REQUEST/i);
  });

  it("editing a link leaves chats already requested as they were", async () => {
    const host = await becomeHost(t.stack, t.mail, "steady@example.com", "steady");
    await host.me("/api/v1/me/links", { method: "POST", body: minimalLink("chat") });
    const { id } = (await (await ask("steady", "chat", WED_9, "early.guest@example.com")).json()) as any;
    await press((await lastLinks(t.mail, "early.guest@example.com"))["confirm_email"]!);
    const before = await t.stack.deps.store.getRequest(id);
    expect(before?.status).toBe("awaiting_host");

    const edit = await host.me("/api/v1/me/links/chat", { method: "PUT", body: { durationMinutes: 60, requiresApproval: false, weeklyHours: {} } });
    expect(edit.status).toBe(200);
    const after = await t.stack.deps.store.getRequest(id);
    expect(after).toEqual(before);
    // Still the host's to answer, as when it was asked.
    expect((await press((await lastLinks(t.mail, "steady@example.com"))["accept"]!)).status).toBe(303);
    expect((await t.stack.deps.store.getRequest(id))).toMatchObject({ status: "accepted", start: before!.start, end: before!.end });
  });

  it("paused: the page stays up and says so, no times are offered, a request is refused, chats go on", async () => {
    const host = await becomeHost(t.stack, t.mail, "resting@example.com", "resting");
    await host.me("/api/v1/me/links", { method: "POST", body: minimalLink("chat") });
    const { id } = (await (await ask("resting", "chat", WED_9, "booked.before@example.com")).json()) as any;
    await host.me("/api/v1/me/links/chat", { method: "PUT", body: { paused: true } });

    const page = await fetch(t.stack.url("/resting/chat?tz=UTC"));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toMatch(/isn(&#39;|')t taking coffee chat requests/);
    expect(html).not.toContain('name="start"');
    const slots = (await (await fetch(t.stack.url("/api/v1/links/resting/chat/slots?from=2026-12-02&to=2026-12-08&timeZone=UTC"))).json()) as any;
    expect(slots.slots).toEqual([]);
    const refused = await ask("resting", "chat", WED_10, "too.late@example.com");
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as any).error.code).toBe("LINK_PAUSED");
    expect(await t.stack.keys("GUEST#")).not.toContain(expect.stringContaining("too.late"));

    expect((await press((await lastLinks(t.mail, "booked.before@example.com"))["confirm_email"]!)).status).toBe(303);
    expect((await t.stack.deps.store.getRequest(id))?.status).toBe("awaiting_host");
  });

  it("deleting a link with chats ahead is refused; once they are cancelled it goes, and its slug is free", async () => {
    const host = await becomeHost(t.stack, t.mail, "tidy@example.com", "tidy");
    await host.me("/api/v1/me/links", { method: "POST", body: minimalLink("chat") });
    const { id } = (await (await ask("tidy", "chat", WED_9, "in.the.way@example.com")).json()) as any;
    const refused = await host.me("/api/v1/me/links/chat", { method: "DELETE" });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as any).error.message).toMatch(/still ahead/);

    await press((await lastLinks(t.mail, "in.the.way@example.com"))["confirm_email"]!);
    expect((await host.me("/api/v1/me/links/chat", { method: "DELETE" })).status).toBe(409);
    await press((await lastLinks(t.mail, "tidy@example.com"))["decline"]!);
    expect((await t.stack.deps.store.getRequest(id))?.status).toBe("declined");
    expect((await host.me("/api/v1/me/links/chat", { method: "DELETE" })).status).toBe(204);
    expect((await fetch(t.stack.url("/tidy/chat"))).status).toBe(404);
    expect((await fetch(t.stack.url("/api/v1/links/tidy/chat"))).status).toBe(404);
    expect((await host.me("/api/v1/me/links/chat")).status).toBe(404);
    expect(((await (await host.me("/api/v1/me/links")).json()) as any).items).toEqual([]);
    // The stored link still serves the declined request's page.
    expect(await t.stack.deps.store.getLink(host.profile.id, "chat")).toMatchObject({ deletedAt: expect.any(Number) });
    expect((await host.me("/api/v1/me/links", { method: "POST", body: minimalLink("chat") })).status).toBe(201);
  });
});
