import { describe, expect, it } from "vitest";
import { DAY } from "@coffeechat/core";
import { fireUntil, lastLinks, schedulesOf, textOf } from "../support/chat.ts";
import { press } from "../support/links.ts";
import { json, requestBody } from "../support/stack.ts";
import { useTestStack } from "../support/use-test-stack.ts";
import { asBearer, asBrowser, becomeHost, minimalLink, signIn } from "../support/accounts.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z" });

const ask = async (handle: string, start: string, email: string, confirm = true) => {
  const res = await fetch(t.stack.url(`/api/v1/links/${handle}/chat/requests`), json(requestBody(start, { email })));
  const { id } = (await res.json()) as { id: string };
  if (confirm) await press((await lastLinks(t.mail, email))["confirm_email"]!);
  return id;
};

describe("GET /api/v1/me/export", () => {
  it("holds everything about the account and nothing of anyone else's, and no secret", async () => {
    const host = await becomeHost(t.stack, t.mail, "exporter@example.com", "exporter");
    await host.me("/api/v1/me/links", { method: "POST", body: minimalLink("chat") });
    const { token } = (await (await host.me("/api/v1/me/tokens", { method: "POST", body: { name: "backup script" } })).json()) as any;
    const id = await ask("exporter", "2026-12-07T09:00:00.000Z", "exported.guest@example.com");
    await host.me(`/api/v1/me/requests/${id}/accept`, { method: "POST" });
    const other = await becomeHost(t.stack, t.mail, "bystander@example.com", "bystander");
    await other.me("/api/v1/me/links", { method: "POST", body: minimalLink("secret-link") });

    const res = await asBearer(t.stack, token)("/api/v1/me/export");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain("coffeechat-exporter.json");
    const data = (await res.json()) as any;
    expect(data.account).toMatchObject({ email: "exporter@example.com", handle: "exporter", name: "Host exporter" });
    expect(data.host).toMatchObject({ publicHandle: "exporter", email: "exporter@example.com" });
    expect(data.links.map((l: any) => l.slug)).toEqual(["chat"]);
    expect(data.apiTokens).toEqual([expect.objectContaining({ label: "backup script" })]);
    expect(data.sessions.length).toBeGreaterThanOrEqual(1);
    expect(data.requests).toEqual([
      expect.objectContaining({ id, status: "accepted", guest: expect.objectContaining({ email: "exported.guest@example.com" }) }),
    ]);
    expect(data.requests[0].followUps.map((f: any) => f.kind)).toEqual(expect.arrayContaining(["reminder", "prep_pack"]));
    const text = JSON.stringify(data);
    expect(text).not.toContain(token.split(".")[1]);
    expect(text).not.toMatch(/"hash"/);
    expect(text).not.toContain("bystander");
    expect(text).not.toContain("secret-link");
  });
});

describe("DELETE /api/v1/me", () => {
  it("cancels what is ahead with a kind note, stops every follow-up, deletes the account's data and keeps the handle 30 days", async () => {
    const host = await becomeHost(t.stack, t.mail, "leaving@example.com", "leaving");
    await host.me("/api/v1/me/links", { method: "POST", body: minimalLink("chat") });
    const { token } = (await (await host.me("/api/v1/me/tokens", { method: "POST", body: { name: "x" } })).json()) as any;
    const pastChat = await ask("leaving", "2026-12-02T09:00:00.000Z", "past.guest@example.com");
    await host.me(`/api/v1/me/requests/${pastChat}/accept`, { method: "POST" });
    const accepted = await ask("leaving", "2026-12-09T09:00:00.000Z", "accepted.guest@example.com");
    await host.me(`/api/v1/me/requests/${accepted}/accept`, { method: "POST" });
    const pending = await ask("leaving", "2026-12-09T10:00:00.000Z", "pending.guest@example.com");

    // The first chat has happened and its thank-you gone out; the keep-in-touch is still to come.
    t.now = Date.parse("2026-12-02T12:00:00Z");
    await fireUntil(t.stack, "2026-12-02T12:00:00Z");
    expect((await schedulesOf(t.stack, pastChat)).map((s) => s.Name)).toEqual([expect.stringContaining("keep-in-touch")]);
    const unconfirmed = await ask("leaving", "2026-12-09T11:00:00.000Z", "unconfirmed.guest@example.com", false);

    const before = t.mail.sent.length;
    const res = await host.me("/api/v1/me", { method: "DELETE" });
    expect(res.status).toBe(204);
    const sent = t.mail.sent.slice(before);

    const toAccepted = sent.find((m) => m.to === "accepted.guest@example.com")!;
    expect(toAccepted.raw).toMatch(/method=CANCEL/i);
    const note = await textOf(toAccepted.raw);
    expect(note).toContain("has closed their coffeechat account");
    expect(note).not.toContain("Pick another time");
    expect(await textOf(sent.find((m) => m.to === "pending.guest@example.com")!.raw)).toContain("has closed their coffeechat account");
    expect(sent.some((m) => m.to === "unconfirmed.guest@example.com")).toBe(false);
    for (const id of [accepted, pending, unconfirmed]) expect((await t.stack.deps.store.getRequest(id))?.status).toBe("cancelled");
    for (const id of [pastChat, accepted, pending, unconfirmed]) {
      expect((await schedulesOf(t.stack, id)).filter((s) => !s.Name.endsWith("-outbox")), id).toEqual([]);
    }

    const accountId = host.profile.id;
    expect(await t.stack.keys(`ACCOUNT#${accountId}`, `HOST#${accountId}`, "EMAIL#leaving@", "SIGNIN#leaving@")).toEqual([]);
    expect((await host.me("/api/v1/me")).status).toBe(401);
    expect((await asBearer(t.stack, token)("/api/v1/me")).status).toBe(401);
    expect((await fetch(t.stack.url("/leaving/chat"))).status).toBe(404);

    const heir = asBrowser(t.stack, (await signIn(t.stack, t.mail, "heir@example.com")).cookie);
    expect((await heir("/api/v1/me", { method: "PUT", body: { handle: "leaving", name: "Heir" } })).status).toBe(409);
    // The address may sign up again, as a new account.
    expect((await signIn(t.stack, t.mail, "leaving@example.com")).body).toMatchObject({ created: true, account: { handle: null } });

    t.now += 30 * DAY;
    const later = asBrowser(t.stack, (await signIn(t.stack, t.mail, "heir@example.com")).cookie);
    expect((await later("/api/v1/me", { method: "PUT", body: { handle: "leaving", name: "Heir" } })).status).toBe(200);
  }, 60_000);
});
