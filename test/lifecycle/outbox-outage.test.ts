import { describe, expect, it } from "vitest";
import { until } from "../support/until.ts";
import { actionUrl, type TokenAction } from "@coffeechat/core";
import { json, requestBody } from "../support/stack.ts";
import { fireUntil, HOST_EMAIL, lastLinks, textOf } from "../support/chat.ts";
import { press } from "../support/links.ts";
import { useTestStack } from "../support/use-test-stack.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z" });
const mail = t.mail;

const invitesTo = (to: string) => mail.sent.filter((m) => m.to === to && /text\/calendar/i.test(m.raw));
const seqOf = (raw: string) => Number(/SEQUENCE:(\d+)/.exec(Buffer.from(/\r\n\r\n([A-Za-z0-9+/=\r\n]+?)\r\n--/.exec(raw.slice(raw.indexOf("invite.ics")))?.[1] ?? "", "base64").toString())?.[1]);

/** Asks for a chat and confirms it; returns the request id and the host's links (accept, their chat page). */
async function confirmedRequest(guest: string, start: string) {
  const res = await fetch(t.stack.url("/api/v1/links/demo/coffee/requests"), json(requestBody(start, { email: guest })));
  expect(res.status).toBe(202);
  const { id } = (await res.json()) as { id: string };
  await press((await lastLinks(mail, guest))["confirm_email"]!);
  return { id, host: await lastLinks(mail, HOST_EMAIL) };
}

async function linkFor(id: string, action: TokenAction) {
  const request = (await t.stack.deps.store.getRequest(id))!;
  const link = (await t.stack.deps.store.getLink("demo", "coffee"))!;
  return actionUrl(t.stack.deps, request, link, action);
}

const page = async (url: string) => (await fetch(url)).text();

describe("an SES outage loses nothing", () => {
  it("SES down for an hour: the chat pages say the invites are not sent yet, and once SES is back each goes exactly once", async () => {
    t.now = Date.parse("2026-12-01T12:00:00Z");
    const guest = "outage-hour@example.com";
    const { id, host } = await confirmedRequest(guest, "2026-12-08T15:00:00.000Z");
    mail.failForever(true);
    const pressed = await press(host["accept"]!);
    expect(pressed.status).toBe(303);
    expect(await page(new URL(pressed.headers.get("location")!, host["accept"]).href)).toContain("Its emails have not all gone yet");

    const ran = await fireUntil(t.stack, "2026-12-01T13:00:00Z");
    expect(ran.filter((r) => r.name.includes("-outbox-")).length).toBeGreaterThanOrEqual(3);
    expect(ran.every((r) => r.ok)).toBe(true);
    expect(invitesTo(guest)).toEqual([]);
    expect(await page(await linkFor(id, "view_guest"))).toMatch(/The calendar invite to you is not sent yet: our mail service did not take it\. We try again at/);
    expect(await page(host["view_host"]!)).toContain("The calendar invite to you is not sent yet");

    mail.failForever(false);
    await fireUntil(t.stack, "2026-12-01T15:00:00Z");
    expect(invitesTo(guest)).toHaveLength(1);
    expect(invitesTo(HOST_EMAIL).filter((m) => m.raw.includes(id))).toHaveLength(1);
    expect(await page(host["view_host"]!)).not.toContain("Emails not delivered yet");
    // Later runs find nothing owed.
    await fireUntil(t.stack, "2026-12-02T12:00:00Z");
    expect(invitesTo(guest)).toHaveLength(1);
  });

  it("SES down for more than a day: the invite shows as failed, and the host's 'Send again' delivers it", async () => {
    t.now = Date.parse("2026-12-01T12:00:00Z");
    const guest = "outage-day@example.com";
    const { id, host } = await confirmedRequest(guest, "2026-12-09T15:00:00.000Z");
    mail.failForever(true);
    expect((await press(host["accept"]!)).status).toBe(303);
    await fireUntil(t.stack, "2026-12-02T13:00:00Z");
    mail.failForever(false);

    const hostPage = await page(host["view_host"]!);
    expect(hostPage).toContain(`The calendar invite to ${"Sam Okafor"} could not be sent`);
    expect(await page(await linkFor(id, "view_guest"))).toContain("The calendar invite to you could not be sent");
    // Nothing retries on its own any more.
    await fireUntil(t.stack, "2026-12-03T13:00:00Z");
    expect(invitesTo(guest)).toEqual([]);

    const steps = [...hostPage.matchAll(/name="step" value="([^"]+)"/g)].map((m) => m[1]!);
    expect(steps.sort()).toEqual([`accepted.3.guest`, `accepted.3.host`]);
    for (const step of steps) expect((await press(`${host["view_host"]}/resend`, { step })).status).toBe(303);
    expect(invitesTo(guest)).toHaveLength(1);
    expect(invitesTo(HOST_EMAIL).filter((m) => m.raw.includes(id))).toHaveLength(1);
    expect(await page(host["view_host"]!)).not.toContain("could not be sent");
  });

  it("a reschedule's invites during an outage: each person gets the new time once, with the next SEQUENCE", async () => {
    t.now = Date.parse("2026-12-03T12:00:00Z");
    const guest = "outage-move@example.com";
    const { host } = await confirmedRequest(guest, "2026-12-10T15:00:00.000Z");
    expect((await press(host["accept"]!)).status).toBe(303);
    const reschedule = (await lastLinks(mail, guest))["reschedule"]!;
    const before = { guest: invitesTo(guest).length, host: invitesTo(HOST_EMAIL).length };

    mail.failForever(true);
    expect((await press(reschedule, { start: "2026-12-11T16:00:00.000Z" })).status).toBe(303);
    await fireUntil(t.stack, "2026-12-03T13:00:00Z");
    mail.failForever(false);
    await fireUntil(t.stack, "2026-12-03T15:00:00Z");

    const moved = (to: string, from: number) => invitesTo(to).slice(from);
    expect(moved(guest, before.guest)).toHaveLength(1);
    expect(moved(HOST_EMAIL, before.host)).toHaveLength(1);
    for (const m of [...moved(guest, before.guest), ...moved(HOST_EMAIL, before.host)]) {
      expect(await textOf(m.raw)).toContain("has moved");
      expect(seqOf(m.raw)).toBe(1);
    }
  });
});

describe("a later change keeps what the earlier one still owed", () => {
  it("SES hangs on the guest's invite and the process dies; the host reschedules a minute later: both end with one invite at the new time", async () => {
    t.now = Date.parse("2026-12-04T12:00:00Z");
    const guest = "hung@example.com";
    const { id, host } = await confirmedRequest(guest, "2026-12-14T15:00:00.000Z");
    const before = { guest: mail.sent.filter((m) => m.to === guest).length };
    const release = mail.hangNext(guest);
    const killed = press(host["accept"]!).catch(() => undefined);
    await until(async () => (await t.stack.deps.store.getRequest(id))?.outbox?.steps.some((s) => s.state === "sending") || undefined);

    t.now = Date.parse("2026-12-04T12:01:30Z");
    const hostPage = await page(host["view_host"]!);
    const moveLink = hostPage.match(/href="([^"]+)"[^>]*>Reschedule/)![1]!.replaceAll("&amp;", "&");
    expect((await press(moveLink, { start: "2026-12-15T16:00:00.000Z" })).status).toBe(303);
    await fireUntil(t.stack, "2026-12-04T12:10:00Z");

    const toGuest = mail.sent.filter((m) => m.to === guest).slice(before.guest);
    const toHost = mail.sent.filter((m) => m.to === HOST_EMAIL && m.raw.includes(id));
    for (const sent of [toGuest, toHost.filter((m) => /text\/calendar/i.test(m.raw))]) {
      // Never told of the first time, each hears it was accepted, at the new time.
      expect(sent).toHaveLength(1);
      const text = await textOf(sent[0]!.raw);
      expect(text).toMatch(/accepted/i);
      expect(text).not.toContain("has moved");
      expect(text).toContain("December 15");
      expect(seqOf(sent[0]!.raw)).toBe(1);
    }
    release();
    await killed;
    expect(mail.sent.filter((m) => m.to === guest).slice(before.guest)).toHaveLength(1);
  });
});

describe("a re-run after a crash skips what was sent", () => {
  it("the process dies mid-send: the outbox schedule sends only what has no Message-ID recorded, once", async () => {
    t.now = Date.parse("2026-12-05T12:00:00Z");
    const guest = "crash-mid@example.com";
    const { id, host } = await confirmedRequest(guest, "2026-12-16T15:00:00.000Z");
    const release = mail.hangNext(HOST_EMAIL);
    const killed = press(host["accept"]!).catch(() => undefined);
    await until(async () => (await t.stack.deps.store.getRequest(id))?.outbox?.steps.some((s) => s.id.endsWith(".host") && s.state === "sending") || undefined);

    const mid = (await t.stack.deps.store.getRequest(id))!.outbox!.steps;
    expect(mid.find((s) => s.id === "accepted.3.guest")).toMatchObject({ state: "done", messageId: expect.any(String) });
    await fireUntil(t.stack, "2026-12-05T12:05:00Z");
    expect(invitesTo(guest)).toHaveLength(1);
    expect(invitesTo(HOST_EMAIL).filter((m) => m.raw.includes(id))).toHaveLength(1);
    const after = (await t.stack.deps.store.getRequest(id))!.outbox!.steps;
    expect(after.filter((s) => s.type === "email").every((s) => s.state === "done" && s.messageId)).toBe(true);
    release();
    await killed;
    expect(invitesTo(HOST_EMAIL).filter((m) => m.raw.includes(id))).toHaveLength(1);
  });
});
