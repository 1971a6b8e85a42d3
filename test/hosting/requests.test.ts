import { describe, expect, it } from "vitest";
import { lastLinks, schedulesOf, textOf } from "../support/chat.ts";
import { press } from "../support/links.ts";
import { json, requestBody } from "../support/stack.ts";
import { useTestStack } from "../support/use-test-stack.ts";
import { becomeHost, minimalLink } from "../support/accounts.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z" });

const ask = async (handle: string, start: string, email: string, confirm = true) => {
  const res = await fetch(t.stack.url(`/api/v1/links/${handle}/chat/requests`), json(requestBody(start, { email })));
  if (res.status !== 202) throw new Error(`request: ${res.status} ${await res.text()}`);
  const { id } = (await res.json()) as { id: string };
  if (confirm) await press((await lastLinks(t.mail, email))["confirm_email"]!);
  return id;
};

const mailsSince = (n: number) => t.mail.sent.slice(n);

describe("GET /api/v1/me/requests", () => {
  it("lists what waits for the host, soonest first, in the documented shape; unconfirmed requests stay hidden", async () => {
    const host = await becomeHost(t.stack, t.mail, "lister@example.com", "lister");
    await host.me("/api/v1/me/links", { method: "POST", body: minimalLink("chat") });
    const later = await ask("lister", "2026-12-08T09:00:00.000Z", "later@example.com");
    const sooner = await ask("lister", "2026-12-02T10:00:00.000Z", "sooner@example.com");
    await ask("lister", "2026-12-02T09:00:00.000Z", "unconfirmed@example.com", false);

    const res = await host.me("/api/v1/me/requests?status=pending");
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body.items.map((i: any) => i.id)).toEqual([sooner, later]);
    expect(body.next).toBeUndefined();
    expect(body.items[0]).toEqual({
      id: sooner,
      status: "awaiting_host",
      start: "2026-12-02T10:00:00.000Z",
      end: "2026-12-02T10:30:00.000Z",
      link: "chat",
      guest: { name: "Sam Okafor", email: "sooner@example.com", timeZone: "Europe/London" },
      background: requestBody("").background,
      purpose: requestBody("").purpose,
      questions: requestBody("").questions,
      format: "video",
    });

    const first = (await (await host.me("/api/v1/me/requests?status=pending&limit=1")).json()) as any;
    expect(first.items.map((i: any) => i.id)).toEqual([sooner]);
    const second = (await (await host.me(`/api/v1/me/requests?status=pending&limit=1&cursor=${first.next}`)).json()) as any;
    expect(second.items.map((i: any) => i.id)).toEqual([later]);
  });

  it.each([
    ["status=everything", "status"],
    ["limit=0", "limit"],
    ["limit=1000", "limit"],
    ["limit=abc", "limit"],
    ["cursor=%7B%22a%22%3A1%7D", "cursor"],
    ["cursor=x…(3000 characters)", "cursor"],
    ["sneaky=1", "sneaky"],
  ])("refuses ?%s naming %s", async (shown, field) => {
    const query = shown.replace("x…(3000 characters)", "x".repeat(3000));
    const host = await becomeHost(t.stack, t.mail, "query@example.com", "query-host");
    const res = await host.me(`/api/v1/me/requests?${query}`);
    expect(res.status).toBe(400);
    const issues = ((await res.json()) as any).error.issues;
    expect(JSON.stringify(issues)).toContain(field);
  });
});

describe("POST /api/v1/me/requests/{id}/…", () => {
  it("accept runs what the email's Accept button runs: both get the invite, follow-ups are scheduled", async () => {
    const host = await becomeHost(t.stack, t.mail, "acceptor@example.com", "acceptor");
    await host.me("/api/v1/me/links", { method: "POST", body: minimalLink("chat") });
    const byApi = await ask("acceptor", "2026-12-07T09:00:00.000Z", "api.guest@example.com");
    const byButton = await ask("acceptor", "2026-12-08T09:00:00.000Z", "button.guest@example.com");
    const buttons = await lastLinks(t.mail, "acceptor@example.com");

    let before = t.mail.sent.length;
    const res = await host.me(`/api/v1/me/requests/${byApi}/accept`, { method: "POST" });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: byApi, status: "accepted", changed: true });
    const viaApi = mailsSince(before);
    before = t.mail.sent.length;
    expect((await press(buttons["accept"]!)).status).toBe(303);
    const viaButton = mailsSince(before);

    const shape = (mails: typeof viaApi, guest: string) =>
      mails.map((m) => ({ to: m.to === guest ? "guest" : m.to, invite: /method=REQUEST/i.test(m.raw), subject: /^Subject: (.*)$/m.exec(m.raw)?.[1]?.replace(/on \w+, \w+ \d+/, "") }));
    expect(shape(viaApi, "api.guest@example.com")).toEqual(shape(viaButton, "button.guest@example.com"));
    expect(viaApi.every((m) => /method=REQUEST/i.test(m.raw))).toBe(true);
    expect((await schedulesOf(t.stack, byApi)).map((s) => s.Name).sort()).toEqual(
      (await schedulesOf(t.stack, byButton)).map((s) => s.Name.replace(byButton, byApi)).sort(),
    );

    const again = await host.me(`/api/v1/me/requests/${byApi}/accept`, { method: "POST" });
    expect(await again.json()).toMatchObject({ status: "accepted", changed: false });
    const upcoming = (await (await host.me("/api/v1/me/requests?status=upcoming")).json()) as any;
    expect(upcoming.items.map((i: any) => i.id)).toEqual([byApi, byButton]);
  });

  it("decline and cancel carry the host's note to the guest; reschedule moves the chat with a new invite", async () => {
    const host = await becomeHost(t.stack, t.mail, "changer@example.com", "changer");
    await host.me("/api/v1/me/links", { method: "POST", body: minimalLink("chat") });
    const declined = await ask("changer", "2026-12-07T09:00:00.000Z", "declined@example.com");
    const res = await host.me(`/api/v1/me/requests/${declined}/decline`, { method: "POST", body: { note: "Away that week — try January?" } });
    expect(await res.json()).toMatchObject({ status: "declined", changed: true });
    expect(await textOf([...t.mail.sent].reverse().find((m) => m.to === "declined@example.com")!.raw)).toContain("Away that week");

    const moved = await ask("changer", "2026-12-07T10:00:00.000Z", "moved@example.com");
    await host.me(`/api/v1/me/requests/${moved}/accept`, { method: "POST" });
    let before = t.mail.sent.length;
    const rescheduled = await host.me(`/api/v1/me/requests/${moved}/reschedule`, { method: "POST", body: { start: "2026-12-09T11:00:00Z" } });
    expect(await rescheduled.json()).toMatchObject({ start: "2026-12-09T11:00:00.000Z", end: "2026-12-09T11:30:00.000Z", changed: true });
    expect(mailsSince(before).map((m) => m.to).sort()).toEqual(["changer@example.com", "moved@example.com"]);
    expect(mailsSince(before).every((m) => /method=REQUEST/i.test(m.raw))).toBe(true);

    const taken = await host.me(`/api/v1/me/requests/${moved}/reschedule`, { method: "POST", body: { start: "2026-12-05T11:00:00Z" } });
    expect(taken.status).toBe(409);
    expect(((await taken.json()) as any).error.issues[0].path).toBe("start");

    before = t.mail.sent.length;
    const cancelled = await host.me(`/api/v1/me/requests/${moved}/cancel`, { method: "POST", body: { note: "Something came up, I'm sorry." } });
    expect(await cancelled.json()).toMatchObject({ status: "cancelled", changed: true });
    const toGuest = mailsSince(before).find((m) => m.to === "moved@example.com")!;
    expect(toGuest.raw).toMatch(/method=CANCEL/i);
    expect(await textOf(toGuest.raw)).toContain("Something came up");
    expect((await schedulesOf(t.stack, moved)).filter((s) => !s.Name.endsWith("outbox"))).toEqual([]);

    const past = (await (await host.me("/api/v1/me/requests?status=past")).json()) as any;
    expect(past.items.map((i: any) => i.id)).toEqual([moved, declined]);
  });

  it("refuses what cannot be done (409), what is not the host's or not confirmed (404), and bad input (400)", async () => {
    const host = await becomeHost(t.stack, t.mail, "careful@example.com", "careful");
    await host.me("/api/v1/me/links", { method: "POST", body: minimalLink("chat") });
    const mine = await ask("careful", "2026-12-07T09:00:00.000Z", "mine@example.com");
    const unconfirmed = await ask("careful", "2026-12-07T10:00:00.000Z", "silent@example.com", false);
    const other = await becomeHost(t.stack, t.mail, "other-host@example.com", "other-host");

    for (const action of ["accept", "decline", "cancel"]) {
      const res = await other.me(`/api/v1/me/requests/${mine}/${action}`, { method: "POST" });
      expect(res.status, action).toBe(404);
    }
    expect((await other.me(`/api/v1/me/requests/${mine}/reschedule`, { method: "POST", body: { start: "2026-12-09T11:00:00Z" } })).status).toBe(404);
    expect((await host.me(`/api/v1/me/requests/${unconfirmed}/accept`, { method: "POST" })).status).toBe(404);
    expect((await host.me(`/api/v1/me/requests/${"f".repeat(32)}/accept`, { method: "POST" })).status).toBe(404);
    expect((await host.me("/api/v1/me/requests/../../me/decline", { method: "POST" })).status).toBe(404);
    expect((await host.me("/api/v1/me/requests/not-an-id/accept", { method: "POST" })).status).toBe(400);

    expect((await host.me(`/api/v1/me/requests/${mine}/reschedule`, { method: "POST", body: { start: "2026-12-09T11:00:00Z" } })).status).toBe(409);
    expect((await host.me(`/api/v1/me/requests/${mine}/reschedule`, { method: "POST", body: {} })).status).toBe(400);
    expect((await host.me(`/api/v1/me/requests/${mine}/decline`, { method: "POST", body: { note: "x".repeat(1001) } })).status).toBe(400);
    expect((await host.me(`/api/v1/me/requests/${mine}/accept`, { method: "POST", body: { surprise: true } })).status).toBe(400);
    expect((await t.stack.deps.store.getRequest(mine))?.status).toBe("awaiting_host");

    await host.me(`/api/v1/me/requests/${mine}/decline`, { method: "POST" });
    const late = await host.me(`/api/v1/me/requests/${mine}/accept`, { method: "POST" });
    expect(late.status).toBe(409);
    expect(((await late.json()) as any).error.code).toBe("INVALID_TRANSITION");
  });
});
