import { describe, expect, it } from "vitest";
import { createFollowUpJob } from "@coffeechat/functions";
import { saveLink } from "@coffeechat/core";
import { demoLink } from "../../infra/demo.ts";
import { bookAcceptedChat, fireUntil, lastLinks, schedulesOf } from "../support/chat.ts";
import { press } from "../support/links.ts";
import { useTestStack } from "../support/use-test-stack.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z" });
const mail = t.mail;

/** The Input exactly as Scheduler would hand it to the follow-up function when due. */
async function dueInput(requestId: string, kind: string) {
  const schedule = (await schedulesOf(t.stack, requestId)).find((s) => s.Name.endsWith(kind))!;
  const scheduledAt = schedule.dueAt!.replace(/\.\d{3}Z$/, "Z");
  return JSON.parse(schedule.Target.Input!.replace("<aws.scheduler.scheduled-time>", scheduledAt));
}

const mailsTo = (to: string) => mail.sent.filter((m) => m.to === to).length;

describe("at-least-once delivery sends at most once", () => {
  it("the same schedule delivered twice, and twice at the same moment, sends one email", async () => {
    const guest = "twice@example.com";
    const id = await bookAcceptedChat(t.stack, mail, guest, "2026-12-09T15:00:00.000Z");
    const input = await dueInput(id, "guest-confirm");
    const job = createFollowUpJob(t.stack.deps);
    const before = mailsTo(guest);
    await Promise.all([job(input), job(input)]);
    await job(input);
    expect(mailsTo(guest)).toBe(before + 1);
  });

  it("a schedule for a chat that was rescheduled or cancelled sends nothing; reschedule moves them all, cancel leaves none", async () => {
    const guest = "moves@example.com";
    const id = await bookAcceptedChat(t.stack, mail, guest, "2026-12-10T15:00:00.000Z");
    const stale = await dueInput(id, "prep-pack");
    const before = await schedulesOf(t.stack, id);

    const reschedule = (await lastLinks(mail, guest))["reschedule"]!;
    expect((await press(reschedule, { start: "2026-12-11T15:00:00.000Z" })).status).toBe(303);
    const after = await schedulesOf(t.stack, id);
    expect(after.map((s) => s.Name).sort()).toEqual(before.map((s) => s.Name).sort());
    for (const s of after) {
      const old = before.find((b) => b.Name === s.Name)!;
      expect(Date.parse(s.dueAt!) - Date.parse(old.dueAt!)).toBe(24 * 3600_000);
    }

    const job = createFollowUpJob(t.stack.deps);
    const sent = mail.sent.length;
    await job(stale);
    expect(mail.sent.length).toBe(sent);

    const current = await dueInput(id, "prep-pack");
    expect((await press((await lastLinks(mail, guest))["cancel"]!)).status).toBe(303);
    expect(await schedulesOf(t.stack, id)).toEqual([]);
    const afterCancel = mail.sent.length;
    await job(current);
    expect(mail.sent.length).toBe(afterCancel);
  });
});

describe("when SES fails", () => {
  it("fails for the first attempt: the scheduler's retry sends it once", async () => {
    const guest = "flaky@example.com";
    const id = await bookAcceptedChat(t.stack, mail, guest, "2026-12-14T15:00:00.000Z");
    await fireUntil(t.stack, "2026-12-13T14:59:00Z"); // what earlier chats still have due
    const guestBefore = mailsTo(guest);
    mail.failTimes(1);
    // The prep pack and the confirming note are both due; whichever goes first meets the failure.
    const ran = (await fireUntil(t.stack, "2026-12-13T15:00:00Z")).filter((r) => r.name.startsWith(`cc-${id}-`));
    expect(ran.map((r) => r.ok)).toEqual([true, true]);
    expect(ran.map((r) => r.attempts).sort()).toEqual([1, 2]);
    expect(mailsTo(guest)).toBe(guestBefore + 1);
    expect(mail.sent.filter((m) => m.raw.includes(`<${id}.prep_pack.`))).toHaveLength(1);
    const records = [await t.stack.deps.store.getFollowUp(id, "guest_confirm"), await t.stack.deps.store.getFollowUp(id, "prep_pack")];
    expect(records.map((r) => r?.status)).toEqual(["sent", "sent"]);
    expect(records.map((r) => r?.attempts ?? 0).sort()).toEqual([0, 1]);
  });

  it("fails every time: the follow-up shows failed, the event is dead-lettered, nothing is sent twice", async () => {
    const guest = "down@example.com";
    const id = await bookAcceptedChat(t.stack, mail, guest, "2026-12-15T15:00:00.000Z");
    await fireUntil(t.stack, "2026-12-14T14:59:00Z");
    const before = mail.sent.length;
    const guestBefore = mailsTo(guest);
    mail.failForever(true);
    try {
      const ran = (await fireUntil(t.stack, "2026-12-14T15:00:00Z")).filter((r) => r.name.startsWith(`cc-${id}-`));
      expect(ran.length).toBeGreaterThan(0);
      expect(ran.every((r) => !r.ok && r.attempts === 3)).toBe(true);
    } finally {
      mail.failForever(false);
    }
    expect(mail.sent.length).toBe(before);
    expect(await t.stack.deps.store.getFollowUp(id, "guest_confirm")).toMatchObject({ status: "failed", attempts: 3 });
    expect(await t.stack.deps.store.getFollowUp(id, "prep_pack")).toMatchObject({ status: "failed" });
    const dead = (await (await fetch(`${t.stack.schedulerUrl}/_local/dead-letters`)).json()) as { deadLetters: { name?: string }[] };
    expect(JSON.stringify(dead)).toContain(`cc-${id}-guest-confirm`);
    // Running the future again does not resend what failed for good.
    await fireUntil(t.stack, "2026-12-14T16:00:00Z");
    expect(mailsTo(guest)).toBe(guestBefore);
  });
});

describe("daylight saving", () => {
  it("a DST change between acceptance and the chat does not move a follow-up off its instant", async () => {
    t.now = Date.parse("2026-10-20T12:00:00Z");
    try {
      // Tuesday Nov 3, 10:00 EST: New York left daylight time on Nov 1, after the chat was accepted.
      const id = await bookAcceptedChat(t.stack, mail, "dst@example.com", "2026-11-03T15:00:00.000Z");
      const byKind = Object.fromEntries((await schedulesOf(t.stack, id)).map((s) => [s.Name.slice(`cc-${id}-`.length), s]));
      expect(byKind["prep-pack"]!.dueAt).toBe("2026-11-02T15:00:00.000Z");
      expect(byKind["reminder"]!.dueAt).toBe("2026-11-03T14:00:00.000Z");
      expect(byKind["thank-you"]!.dueAt).toBe("2026-11-03T17:20:00.000Z");
      expect(byKind["prep-pack"]!.ScheduleExpression).toBe("at(2026-11-02T15:00:00)");
    } finally {
      t.now = Date.parse("2026-12-01T12:00:00Z");
    }
  });
});

describe("a chat accepted with less than a day to go", () => {
  it("gets its prep pack and confirming note at once: a minute ahead, since Scheduler refuses a time in the past", async () => {
    await saveLink(t.stack.deps.store, { ...demoLink, slug: "short-notice", minimumNoticeMinutes: 60 });
    const accepted = t.now;
    const id = await bookAcceptedChat(t.stack, mail, "soon@example.com", "2026-12-01T15:00:00.000Z", "short-notice");
    const byKind = Object.fromEntries((await schedulesOf(t.stack, id)).map((s) => [s.Name.slice(`cc-${id}-`.length), s]));
    expect(byKind["prep-pack"]!.dueAt).toBe(new Date(accepted + 60_000).toISOString());
    expect(byKind["guest-confirm"]!.dueAt).toBe(new Date(accepted + 60_000).toISOString());
    expect(byKind["reminder"]!.dueAt).toBe("2026-12-01T14:00:00.000Z");
  });
});

