import { describe, expect, it } from "vitest";
import { DomainError, HOUR } from "../model/index.ts";
import { applyEvent } from "./apply.ts";
import type { LifecycleEvent, Outcome } from "./types.ts";
import { AFTER_END, BEFORE_START, END, START, aRequest } from "../../testing/lifecycle/fixture.ts";

function changed(outcome: Outcome) {
  if (outcome.kind !== "changed") throw new Error("expected a change");
  return outcome;
}

describe("effects of each transition", () => {
  it("confirming the email re-plans and tells the host", () => {
    const { next, effects } = changed(applyEvent(aRequest("awaiting_email"), { type: "confirm_email" }, BEFORE_START));
    expect(next.status).toBe("awaiting_host");
    expect(next.emailConfirmed).toBe(true);
    expect(next.sequence).toBe(0);
    expect(effects).toEqual([{ type: "plan_followups" }, { type: "email", template: "hostRequest", to: "host" }]);
  });

  it("accepting sends both a REQUEST invite without raising SEQUENCE", () => {
    const { next, effects } = changed(applyEvent(aRequest("awaiting_host"), { type: "accept" }, BEFORE_START));
    expect(next).toMatchObject({ status: "accepted", sequence: 0, version: 4 });
    expect(effects).toEqual([{ type: "plan_followups" }, { type: "email", template: "accepted", to: "both", invite: "REQUEST" }]);
  });

  it("declining keeps the host's note, releases the slot and tells the guest", () => {
    const { next, effects } = changed(
      applyEvent(aRequest("awaiting_host"), { type: "decline", note: "Away that week" }, BEFORE_START),
    );
    expect(next).toMatchObject({ status: "declined", hostNote: "Away that week" });
    expect(effects).toEqual([
      { type: "release_hold" },
      { type: "cancel_followups" },
      { type: "email", template: "declined", to: "guest", by: "host" },
    ]);
  });

  it("cancelling an accepted chat raises SEQUENCE and sends both a CANCEL", () => {
    const { next, effects } = changed(applyEvent(aRequest("accepted", { sequence: 2 }), { type: "cancel", by: "guest" }, BEFORE_START));
    expect(next).toMatchObject({ status: "cancelled", cancelledBy: "guest", sequence: 3 });
    expect(effects).toContainEqual({ type: "email", template: "cancelled", to: "both", invite: "CANCEL", by: "guest" });
  });

  it("cancelling a pending request sends no invite and keeps SEQUENCE", () => {
    const pending = changed(applyEvent(aRequest("awaiting_host"), { type: "cancel", by: "guest" }, BEFORE_START));
    expect(pending.next.sequence).toBe(0);
    expect(pending.effects).toContainEqual({ type: "email", template: "cancelled", to: "host", by: "guest" });
    expect(pending.effects.some((e) => e.type === "email" && e.invite)).toBe(false);

    const unconfirmed = changed(applyEvent(aRequest("awaiting_email"), { type: "cancel", by: "guest" }, BEFORE_START));
    expect(unconfirmed.effects).toEqual([{ type: "release_hold" }, { type: "cancel_followups" }]);
  });

  it("rescheduling keeps the UID, raises SEQUENCE, moves the hold and the follow-ups", () => {
    const request = aRequest("accepted", { sequence: 1 });
    const start = START + 3 * HOUR;
    const end = start + 30 * 60_000;
    const { next, effects } = changed(applyEvent(request, { type: "reschedule", start, end, by: "guest" }, BEFORE_START));
    expect(next).toMatchObject({ status: "accepted", start, end, uid: request.uid, sequence: 2 });
    expect(effects).toEqual([
      { type: "move_hold", start, end },
      { type: "plan_followups" },
      { type: "email", template: "rescheduled", to: "both", invite: "REQUEST", by: "guest" },
    ]);
  });

  it("rescheduling to the same time is a no-op; to an impossible time is invalid input", () => {
    const request = aRequest("accepted");
    const same: LifecycleEvent = { type: "reschedule", start: START, end: END, by: "host" };
    expect(applyEvent(request, same, BEFORE_START).kind).toBe("unchanged");
    const backwards: LifecycleEvent = { type: "reschedule", start: END + HOUR, end: START + HOUR, by: "host" };
    expect(() => applyEvent(request, backwards, BEFORE_START)).toThrow(expect.objectContaining({ code: "INVALID_INPUT" }));
    const past: LifecycleEvent = { type: "reschedule", start: BEFORE_START - HOUR, end: BEFORE_START, by: "host" };
    expect(() => applyEvent(request, past, BEFORE_START)).toThrow(DomainError);
  });

  it("cannot reschedule, cancel or edit questions once the chat has started", () => {
    const during = START + 5 * 60_000;
    const request = aRequest("accepted");
    for (const event of [
      { type: "reschedule", start: START + HOUR, end: END + HOUR, by: "host" },
      { type: "cancel", by: "host" },
      { type: "edit_questions", questions: ["New?"] },
    ] satisfies LifecycleEvent[]) {
      expect(() => applyEvent(request, event, during)).toThrow(expect.objectContaining({ code: "INVALID_TRANSITION" }));
    }
  });

  it("expiring an unanswered request tells the guest; an unconfirmed one tells nobody", () => {
    const unanswered = changed(applyEvent(aRequest("awaiting_host"), { type: "expire", reason: "unanswered" }, BEFORE_START));
    expect(unanswered.effects).toContainEqual({ type: "email", template: "expired", to: "guest" });
    const unconfirmed = changed(applyEvent(aRequest("awaiting_email"), { type: "expire", reason: "unconfirmed" }, BEFORE_START));
    expect(unconfirmed.effects.filter((e) => e.type === "email")).toEqual([]);
  });

  it("editing questions tells an accepted host and is a no-op when nothing changed", () => {
    const request = aRequest("accepted");
    const edited = changed(applyEvent(request, { type: "edit_questions", questions: ["Why?"] }, BEFORE_START));
    expect(edited.next.questions).toEqual(["Why?"]);
    expect(edited.effects).toContainEqual({ type: "email", template: "questionsUpdated", to: "host" });
    expect(applyEvent(request, { type: "edit_questions", questions: [...request.questions] }, BEFORE_START).kind).toBe("unchanged");
  });

  it("completing releases the guest's open request and keeps after-chat follow-ups", () => {
    const { next, effects } = changed(applyEvent(aRequest("accepted"), { type: "complete" }, AFTER_END));
    expect(next.status).toBe("completed");
    expect(effects).toEqual([{ type: "release_hold" }, { type: "plan_followups" }]);
  });

  it("a chat that did not happen ends cancelled without an invite", () => {
    const { next, effects } = changed(applyEvent(aRequest("completed"), { type: "did_not_happen", by: "guest" }, AFTER_END));
    expect(next).toMatchObject({ status: "cancelled", cancelledBy: "guest", sequence: 0 });
    expect(effects).toEqual([{ type: "cancel_followups" }]);
  });

  it("referrals add only new names, trimmed and compared without case", () => {
    const request = aRequest("completed", { referrals: ["Ada Lovelace"] });
    const event: LifecycleEvent = { type: "add_referrals", names: [" ada lovelace ", "Grace Hopper", "grace hopper", " "] };
    const { next, effects } = changed(applyEvent(request, event, AFTER_END));
    expect(next.referrals).toEqual(["Ada Lovelace", "Grace Hopper"]);
    expect(effects).toEqual([{ type: "plan_followups" }]);
    expect(applyEvent(next, event, AFTER_END).kind).toBe("unchanged");
  });
});
