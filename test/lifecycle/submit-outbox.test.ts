import { describe, expect, it } from "vitest";
import { armOutbox, outboxScheduleName, type FollowUpScheduler } from "@coffeechat/core";
import { createApp } from "@coffeechat/functions";
import { json, requestBody } from "../support/stack.ts";
import { allSchedules as schedulesIn, fireUntil, lastLinks, schedulesOf } from "../support/chat.ts";
import { press } from "../support/links.ts";
import { until } from "../support/until.ts";
import { useTestStack } from "../support/use-test-stack.ts";

/**
 * A submission arms its outbox schedule while it reads (before it knows whether it will write), puts
 * the new request's follow-up schedules while the request is written, and writes the request with its
 * outbox steps already claimed. What that must never cost: a schedule left by an answer that wrote
 * nothing, or an email lost or sent twice when the process dies after the write.
 */
const t = useTestStack({ now: "2026-12-01T12:00:00Z", env: { RATE_LIMIT_PER_EMAIL_PER_HOUR: "3" } });
const mail = t.mail;

const post = (body: unknown) => fetch(t.stack.url("/api/v1/links/demo/coffee/requests"), json(body));
const allSchedules = async () => (await schedulesIn(t.stack)).map((s) => s.Name).sort();
const mailsTo = (to: string) => mail.sent.filter((m) => m.to === to);

describe("a submission that writes nothing leaves no schedule", () => {
  it("a time not offered (409), the address's open request (202 naming nothing), and the per-email limit (429)", async () => {
    const guest = "refused@example.com";
    const before = await allSchedules();
    // A Saturday is never offered.
    expect((await post(requestBody("2026-12-05T15:00:00.000Z", { email: guest }))).status).toBe(409);
    expect(await allSchedules()).toEqual(before);

    const first = await post(requestBody("2026-12-08T15:00:00.000Z", { email: guest }));
    expect(first.status).toBe(202);
    const { id } = (await first.json()) as { id: string };
    const withFirst = await allSchedules();
    expect(withFirst.filter((n) => !before.includes(n)).every((n) => n.startsWith(`cc-${id}-`))).toBe(true);

    // The same address again, on another time: the same answer as a new request, and nothing new stored.
    const again = await post(requestBody("2026-12-08T16:00:00.000Z", { email: guest }));
    expect(again.status).toBe(202);
    expect(((await again.json()) as { id: string }).id).not.toBe(id);
    expect(await allSchedules()).toEqual(withFirst);

    const limited = await post(requestBody("2026-12-08T17:00:00.000Z", { email: guest }));
    expect(limited.status).toBe(429);
    expect(await allSchedules()).toEqual(withFirst);
  });
});

describe("a submission that writes nothing leaves no schedule (more answers)", () => {
  it("a suppressed address (422), and the same submission again (its key: the first request, nothing new)", async () => {
    const before = await allSchedules();
    await t.stack.deps.store.suppress("bounced-before@example.com", "bounce", t.now);
    const suppressed = await post(requestBody("2026-12-08T18:00:00.000Z", { email: "bounced-before@example.com" }));
    expect(suppressed.status).toBe(422);
    expect(await allSchedules()).toEqual(before);

    const retry = (body: unknown) =>
      fetch(t.stack.url("/api/v1/links/demo/coffee/requests"), { ...json(body), headers: { ...json(body).headers, "idempotency-key": "same-submission-01" } });
    const body = requestBody("2026-12-09T18:00:00.000Z", { email: "retrying@example.com" });
    const first = await retry(body);
    expect(first.status).toBe(202);
    const afterFirst = await allSchedules();
    const second = await retry(body);
    expect(second.status).toBe(202);
    expect(await second.json()).toEqual(await first.json());
    expect(await allSchedules()).toEqual(afterFirst);
  });

  it("a submission a rate limit refuses (429) makes no Scheduler call at all", async () => {
    const calls: string[] = [];
    const real = t.stack.deps.scheduler;
    const counted: FollowUpScheduler = {
      upsert: (s) => (calls.push(`upsert ${s.name}`), real.upsert(s)),
      delete: (name) => (calls.push(`delete ${name}`), real.delete(name)),
    };
    const scheduler: typeof real = Object.assign(Object.create(real), counted);
    const app = createApp({ ...t.stack.deps, scheduler });
    const guest = "flooding@example.com";
    // The per-email limit here is 3 an hour: the first three are answered, the rest refused.
    for (const hour of [15, 16, 17]) {
      const res = await app.request("/api/v1/links/demo/coffee/requests", json(requestBody(`2026-12-10T${hour}:00:00.000Z`, { email: guest })));
      expect(res.status).toBe(202);
    }
    calls.length = 0;
    for (const hour of [18, 19]) {
      const res = await app.request("/api/v1/links/demo/coffee/requests", json(requestBody(`2026-12-10T${hour}:00:00.000Z`, { email: guest })));
      expect(res.status).toBe(429);
    }
    expect(calls).toEqual([]);
  });
});

describe("the process dies right after the request is written", () => {
  it("the armed outbox schedule sends the confirmation once and puts the expiry", async () => {
    t.now = Date.parse("2026-12-01T12:00:00Z");
    const guest = "died-after-write@example.com";
    // SES never answers the confirmation, as if the process was killed during the send: nothing after the write is recorded.
    const release = mail.hangNext(guest);
    const answered = post(requestBody("2026-12-09T15:00:00.000Z", { email: guest })).catch(() => undefined);
    const id = await until(() => t.stack.deps.store.getOpenRequestId("demo", guest));
    const written = (await t.stack.deps.store.getRequest(id))!;
    // Written with both steps claimed by the submission itself, and its outbox schedule already there.
    expect(written.outbox!.steps.map((s) => `${s.id}:${s.state}`)).toEqual(["plan_followups.1:sending", "confirmEmail.1.guest:sending"]);
    expect((await schedulesOf(t.stack, id)).map((s) => s.Name)).toContain(outboxScheduleName(id, written.outbox!.nextAttemptAt!));
    expect(mailsTo(guest)).toHaveLength(0);

    const ran = await fireUntil(t.stack, "2026-12-01T12:05:00Z");
    expect(ran.filter((r) => r.name.includes(`cc-${id}-outbox-`)).every((r) => r.ok)).toBe(true);
    expect(mailsTo(guest)).toHaveLength(1);
    const after = (await t.stack.deps.store.getRequest(id))!;
    expect(after.outbox!.steps.every((s) => s.state === "done")).toBe(true);
    expect((await schedulesOf(t.stack, id)).map((s) => s.Name)).toEqual([expect.stringMatching(new RegExp(`^cc-${id}-`))]);
    expect((await schedulesOf(t.stack, id)).some((s) => s.Name.includes("-outbox-"))).toBe(false);

    // The killed process's send comes back failed: it records nothing over the run that took over, and sends nothing.
    release();
    await answered;
    await fireUntil(t.stack, "2026-12-01T12:20:00Z");
    expect(mailsTo(guest)).toHaveLength(1);
    expect((await press((await lastLinks(mail, guest))["confirm_email"]!)).status).toBe(303);
    expect((await t.stack.deps.store.getRequest(id))!.status).toBe("awaiting_host");
  });
});

describe("an outbox schedule whose request was never written", () => {
  it("fires, finds nothing owed and is gone", async () => {
    const at = Date.parse("2026-12-01T12:30:00Z");
    await armOutbox(t.stack.deps, { id: "never-written", version: 1 }, at);
    expect((await schedulesOf(t.stack, "never-written")).map((s) => s.Name)).toEqual([outboxScheduleName("never-written", at)]);
    const ran = await fireUntil(t.stack, "2026-12-01T12:31:00Z");
    expect(ran.filter((r) => r.name.startsWith("cc-never-written-"))).toEqual([expect.objectContaining({ ok: true })]);
    expect(await schedulesOf(t.stack, "never-written")).toEqual([]);
  });
});
