import { describe, expect, it } from "vitest";
import { armOutbox, outboxScheduleName } from "@coffeechat/core";
import { json, requestBody } from "../support/stack.ts";
import { fireUntil, lastLinks, schedulesOf, type LocalSchedule } from "../support/chat.ts";
import { press } from "../support/links.ts";
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
const allSchedules = async () =>
  ((await (await fetch(`${t.stack.schedulerUrl}/_local/schedules`)).json()) as { schedules: LocalSchedule[] }).schedules.map((s) => s.Name).sort();
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

describe("the process dies right after the request is written", () => {
  it("the armed outbox schedule sends the confirmation once and puts the expiry", async () => {
    t.now = Date.parse("2026-12-01T12:00:00Z");
    const guest = "died-after-write@example.com";
    // SES never answers the confirmation, as if the process was killed during the send: nothing after the write is recorded.
    const release = mail.hangNext(guest);
    const answered = post(requestBody("2026-12-09T15:00:00.000Z", { email: guest })).catch(() => undefined);
    const id = await until(async () => {
      const keys = await t.stack.keys("REQ#");
      for (const key of keys) {
        const request = await t.stack.deps.store.getRequest(key.split("|")[0]!.slice("REQ#".length));
        if (request?.guest.email === guest) return request.id;
      }
      return undefined;
    });
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

async function until<T>(check: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = await check();
    if (found !== undefined) return found;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error("the condition never held");
}
