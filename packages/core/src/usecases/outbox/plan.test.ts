import { describe, expect, it } from "vitest";
import { aRequest, BEFORE_START } from "../../../testing/lifecycle/fixture.ts";
import { HOUR, MINUTE, type Outbox, type OutboxStep } from "../../model/index.ts";
import { afterRound } from "./drain.ts";
import { mergeOutbox, retryDelay, stepsOf } from "./plan.ts";

const now = BEFORE_START;
const accepted = aRequest("accepted", { version: 4 });
const moved = { ...accepted, version: 5, start: accepted.start + HOUR, end: accepted.end + HOUR, sequence: 1 };
const acceptSteps = stepsOf([{ type: "plan_followups" }, { type: "email", template: "accepted", to: "both", invite: "REQUEST" }], accepted, accepted);
const moveSteps = stepsOf([{ type: "plan_followups" }, { type: "email", template: "rescheduled", to: "both", invite: "REQUEST", by: "host" }], accepted, moved);
const emails = (outbox: Outbox) => outbox.steps.filter((s) => s.type === "email").map((s) => `${s.id}:${s.state}`);
const state = (steps: OutboxStep[], states: Record<string, OutboxStep["state"]>) =>
  steps.map((s) => (states[s.id] ? { ...s, state: states[s.id]! } : s));

describe("the back-off", () => {
  it("waits 2, 5, 15, 60 minutes, then hourly", () => {
    expect([1, 2, 3, 4, 5, 9].map(retryDelay)).toEqual([2, 5, 15, 60, 60, 60].map((m) => m * MINUTE));
  });

  it("keeps trying for a day, then marks what is still owed failed and stops", () => {
    let outbox: Outbox = { ...mergeOutbox(undefined, acceptSteps, now), steps: acceptSteps.map((s) => ({ ...s, state: s.type === "email" ? "pending" : "done", error: "down" })) };
    let at = now;
    let rounds = 0;
    // Every round fails, as long as SES is down: each one arms the next until the day is over.
    for (outbox = afterRound(outbox, true, at), rounds = 1; outbox.nextAttemptAt !== undefined; rounds++) {
      at = outbox.nextAttemptAt;
      outbox = afterRound(outbox, true, at);
    }
    expect(at - now).toBeGreaterThanOrEqual(24 * HOUR);
    expect(rounds).toBeGreaterThan(20);
    expect(emails(outbox)).toEqual(["accepted.4.guest:failed", "accepted.4.host:failed"]);
  });
});

describe("a later change merges what the earlier one still owed", () => {
  it("an invite still waiting carries the new time: the reschedule adds nothing for that person", () => {
    const owed = mergeOutbox(undefined, acceptSteps, now);
    const partly = { ...owed, steps: state(owed.steps, { "accepted.4.host": "done", "plan_followups.4": "done" }) };
    const merged = mergeOutbox(partly, moveSteps, now);
    expect(emails(merged)).toEqual(["accepted.4.guest:pending", "rescheduled.5.host:pending"]);
    expect(merged.steps.filter((s) => s.type === "plan_followups").map((s) => s.id)).toEqual(["plan_followups.5"]);
  });

  it("an email of the same kind still waiting is replaced, keeping the time the person last heard", () => {
    const again = { ...moved, version: 6, start: moved.start + HOUR, end: moved.end + HOUR };
    const twice = stepsOf([{ type: "email", template: "rescheduled", to: "guest", invite: "REQUEST", by: "host" }], moved, again);
    const merged = mergeOutbox(mergeOutbox(undefined, moveSteps, now), twice, now);
    const guest = merged.steps.filter((s) => s.type === "email" && s.to === "guest");
    expect(guest).toHaveLength(1);
    expect(guest[0]).toMatchObject({ id: "rescheduled.6.guest", previous: { start: accepted.start, end: accepted.end } });
  });

  it("what had failed is owed again, and what was done is dropped", () => {
    const owed = mergeOutbox(undefined, acceptSteps, now);
    const settled = { ...owed, steps: state(owed.steps, { "accepted.4.guest": "failed", "accepted.4.host": "done" }) };
    const cancel = stepsOf([{ type: "cancel_followups" }, { type: "email", template: "cancelled", to: "both", invite: "CANCEL", by: "host" }], accepted, { ...accepted, version: 5, status: "cancelled" });
    expect(emails(mergeOutbox(settled, cancel, now))).toEqual(["accepted.4.guest:pending", "cancelled.5.guest:pending", "cancelled.5.host:pending"]);
  });

  it("questions updated within the hour wait for it", () => {
    const edit = stepsOf([{ type: "email", template: "questionsUpdated", to: "host" }], accepted, moved);
    const merged = mergeOutbox({ steps: [], rev: 3, attempts: 0, lastSent: { "questionsUpdated.host": now - 10 * MINUTE } }, edit, now);
    expect(merged.steps[0]).toMatchObject({ notBefore: now + 50 * MINUTE });
    expect(merged.rev).toBe(4);
  });
});
