import { describe, expect, it } from "vitest";
import { REQUEST_STATUSES } from "../model/index.ts";
import { applyEvent } from "./apply.ts";
import { AFTER_END, BEFORE_START, START, aRequest } from "../../testing/lifecycle/fixture.ts";

describe("a link that needs no approval", () => {
  it("books the chat when the guest confirms: accepted, invites to both, follow-ups planned", () => {
    const outcome = applyEvent(aRequest("awaiting_email", { autoAccept: true }), { type: "confirm_email" }, BEFORE_START);
    if (outcome.kind !== "changed") throw new Error("expected a change");
    expect(outcome.next).toMatchObject({ status: "accepted", sequence: 0, autoAccept: true });
    expect(outcome.effects).toEqual([
      { type: "plan_followups" },
      { type: "email", template: "accepted", to: "both", invite: "REQUEST" },
    ]);
  });

  it("gives the same effects as the host accepting", () => {
    const auto = applyEvent(aRequest("awaiting_email", { autoAccept: true }), { type: "confirm_email" }, BEFORE_START);
    const asked = applyEvent(aRequest("awaiting_host"), { type: "accept" }, BEFORE_START);
    expect(auto.kind === "changed" && auto.effects).toEqual(asked.kind === "changed" && asked.effects);
  });

  it("cannot book once the chat's time has come", () => {
    expect(() => applyEvent(aRequest("awaiting_email", { autoAccept: true }), { type: "confirm_email" }, START)).toThrow(
      expect.objectContaining({ code: "INVALID_TRANSITION" }),
    );
  });

  it("confirming twice changes nothing, and every other status answers as without the flag", () => {
    for (const status of REQUEST_STATUSES.filter((s) => s !== "awaiting_email")) {
      for (const now of [BEFORE_START, AFTER_END]) {
        const probe = (autoAccept: boolean) => {
          try {
            const o = applyEvent(aRequest(status, { autoAccept }), { type: "confirm_email" }, now);
            return o.kind === "unchanged" ? "=" : o.next.status;
          } catch {
            return "x";
          }
        };
        expect(probe(true), status).toBe(probe(false));
      }
    }
  });
});

describe("a host's note with a cancellation", () => {
  it("is kept for the guest's email; a guest's cancel keeps none", () => {
    const byHost = applyEvent(aRequest("accepted"), { type: "cancel", by: "host", note: "I'm so sorry" }, BEFORE_START);
    expect(byHost.kind === "changed" && byHost.next.hostNote).toBe("I'm so sorry");
    const byGuest = applyEvent(aRequest("accepted"), { type: "cancel", by: "guest", note: "ignored" }, BEFORE_START);
    expect(byGuest.kind === "changed" && byGuest.next.hostNote).toBeUndefined();
  });
});
