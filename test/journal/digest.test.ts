import { createFollowUpJob } from "@coffeechat/functions";
import { describe, expect, it } from "vitest";
import { asBrowser, signIn } from "../support/accounts.ts";
import { useTestStack } from "../support/use-test-stack.ts";

// A Tuesday. The seeker lives in New York, so Friday 17:30 there is 22:30 UTC.
const t = useTestStack({ now: "2026-12-01T12:00:00Z" });

type LocalSchedule = { Name: string; ScheduleExpression: string; ScheduleExpressionTimezone?: string; dueAt?: string; Target: { Input?: string } };

const schedules = async (): Promise<LocalSchedule[]> =>
  ((await (await fetch(`${t.stack.schedulerUrl}/_local/schedules`)).json()) as { schedules: LocalSchedule[] }).schedules;
const digestOf = async (accountId: string) => (await schedules()).find((s) => s.Name === `cc-digest-${accountId}`);
const fire = async (until: string) =>
  ((await (await fetch(`${t.stack.schedulerUrl}/_local/fire?until=${until}`, { method: "POST" })).json()) as { ran: { name: string; ok: boolean; attempts: number }[] }).ran;
/** What SES v2 local received for the address. */
const digestsTo = async (address: string) =>
  (await t.stack.emails()).filter((m) => m.destination.to.some((to) => to.includes(address)) && /^Your coffee chat week/.test(m.subject));

async function seeker(email: string) {
  const { cookie } = await signIn(t.stack, t.mail, email);
  const me = asBrowser(t.stack, cookie);
  const res = await me("/api/v1/me", { method: "PUT", body: { name: "Noor Haddad", headline: "Changing careers", timeZone: "America/New_York" } });
  if (res.status !== 200) throw new Error(`PUT /api/v1/me: ${res.status} ${await res.text()}`);
  const { id } = (await res.json()) as { id: string };
  return { me, id };
}

describe("the weekly digest", () => {
  it("keeps one cron() schedule in the seeker's zone, which emails the week; a duplicate or concurrent delivery sends once", async () => {
    const { me, id } = await seeker("noor@seeker.example");
    await me("/api/v1/me/journal/people", { method: "POST", body: { name: "Ada Lovelace", organization: "Engines Ltd" } });
    await me("/api/v1/me/journal/goal", { method: "PUT", body: { targetChats: 50, byDate: "2027-06-30", chatsPerWeek: 3, outreachPerDay: 2 } });

    const on = await me("/api/v1/me/journal/digest", { method: "PUT", body: { enabled: true, weekday: 1, time: "08:00" } });
    expect(on.status).toBe(200);
    expect(await on.json()).toEqual({ enabled: true, weekday: 1, time: "08:00", timeZone: "America/New_York" });
    // Moved: the same schedule, replaced.
    expect((await me("/api/v1/me/journal/digest", { method: "PUT", body: { enabled: true, weekday: 5, time: "17:30" } })).status).toBe(200);
    const schedule = await digestOf(id);
    expect(schedule).toMatchObject({ ScheduleExpression: "cron(30 17 ? * FRI *)", ScheduleExpressionTimezone: "America/New_York", dueAt: "2026-12-04T22:30:00.000Z" });
    expect(JSON.parse(schedule!.Target.Input!)).toEqual({ job: "digest", accountId: id, scheduledAt: "<aws.scheduler.scheduled-time>" });
    expect((await schedules()).filter((s) => s.Name.startsWith("cc-digest-"))).toHaveLength(1);

    expect(await fire("2026-12-05T00:00:00Z")).toMatchObject([{ name: `cc-digest-${id}`, ok: true, attempts: 1 }]);
    const [email, ...more] = await digestsTo("noor@seeker.example");
    expect(more).toEqual([]);
    expect(email!.subject).toBe("Your coffee chat week: 0 chats, 0 of 50 so far");
    expect(email!.body.text).toContain("Hi Noor,");
    expect(email!.body.text).toContain("NEXT PEOPLE TO REACH\n\n- Ada Lovelace (Engines Ltd)");
    expect(email!.body.text).toContain("every Friday at 17:30 (America/New_York)");
    expect(email!.body.text).toContain(`${t.stack.appUrl}/journal#digest`);

    // Scheduler delivers at least once: the same week again, twice at the same moment, sends nothing more.
    const job = createFollowUpJob(t.stack.deps);
    const again = { job: "digest", accountId: id, scheduledAt: "2026-12-04T22:30:00Z" };
    await Promise.all([job(again), job(again)]);
    expect(await digestsTo("noor@seeker.example")).toHaveLength(1);
    // Still there for next week.
    expect((await digestOf(id))?.dueAt).toBe("2026-12-11T22:30:00.000Z");
  });

  it("a send SES refuses is retried by the scheduler and goes out once", async () => {
    const { me, id } = await seeker("retry@seeker.example");
    expect((await me("/api/v1/me/journal/digest", { method: "PUT", body: { enabled: true, weekday: 3, time: "07:15", timeZone: "Asia/Kolkata" } })).status).toBe(200);
    t.mail.failTimes(1);
    // Wednesday 2 December, 07:15 in Kolkata, is 01:45 UTC.
    expect(await fire("2026-12-02T02:00:00Z")).toMatchObject([{ name: `cc-digest-${id}`, ok: true, attempts: 2 }]);
    expect(await digestsTo("retry@seeker.example")).toHaveLength(1);
  });

  it("switched off, the schedule is deleted and nothing more is sent", async () => {
    const { me, id } = await seeker("off@seeker.example");
    await me("/api/v1/me/journal/digest", { method: "PUT", body: { enabled: true, weekday: 2, time: "09:00" } });
    expect(await digestOf(id)).toBeDefined();
    const off = await me("/api/v1/me/journal/digest", { method: "PUT", body: { enabled: false, weekday: 2, time: "09:00" } });
    expect(off.status).toBe(200);
    expect(await digestOf(id)).toBeUndefined();
    // A delivery already on its way finds the email switched off.
    await createFollowUpJob(t.stack.deps)({ job: "digest", accountId: id, scheduledAt: "2026-12-08T14:00:00Z" });
    expect(await digestsTo("off@seeker.example")).toEqual([]);
    const exported = (await (await me("/api/v1/me/export")).json()) as any;
    expect(exported.journal.digest).toEqual({ enabled: false, weekday: 2, time: "09:00", timeZone: "America/New_York" });
  });

  it("closing the account deletes the schedule", async () => {
    const { me, id } = await seeker("closing@seeker.example");
    await me("/api/v1/me/journal/digest", { method: "PUT", body: { enabled: true, weekday: 7, time: "18:00" } });
    expect(await digestOf(id)).toBeDefined();
    expect((await me("/api/v1/me", { method: "DELETE" })).status).toBeLessThan(300);
    expect(await digestOf(id)).toBeUndefined();
  });

  it("a bad weekday, time or switch is refused naming the field, and neither settings nor a schedule are written", async () => {
    const { me, id } = await seeker("strict@seeker.example");
    const good = { enabled: true, weekday: 1, time: "08:00" };
    for (const [patch, field] of [
      [{ weekday: 0 }, "weekday"],
      [{ weekday: 8 }, "weekday"],
      [{ weekday: 1.5 }, "weekday"],
      [{ weekday: "Monday" }, "weekday"],
      [{ weekday: undefined }, "weekday"],
      [{ time: "24:00" }, "time"],
      [{ time: "08:60" }, "time"],
      [{ time: "8:00" }, "time"],
      [{ time: "08:00:00" }, "time"],
      [{ time: 800 }, "time"],
      [{ time: undefined }, "time"],
      [{ enabled: "maybe" }, "enabled"],
      [{ timeZone: "Mars/Olympus" }, "timeZone"],
    ] as const) {
      const res = await me("/api/v1/me/journal/digest", { method: "PUT", body: { ...good, ...patch } });
      expect(res.status, JSON.stringify(patch)).toBe(400);
      expect(((await res.json()) as any).error.issues.map((i: { path: string }) => i.path), JSON.stringify(patch)).toEqual([field]);
    }
    expect(await digestOf(id)).toBeUndefined();
    expect(((await (await me("/api/v1/me/export")).json()) as any).journal.digest).toBeUndefined();
  });
});
