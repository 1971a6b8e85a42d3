import { describe, expect, it } from "vitest";
import { DomainError, REQUEST_STATUSES, type RequestStatus } from "../model/index.ts";
import { applyEvent } from "./apply.ts";
import { isOpen } from "./status.ts";
import type { LifecycleEvent } from "./types.ts";
import { AFTER_END, BEFORE_START, START, aRequest } from "../../testing/lifecycle/fixture.ts";

const EVENTS: Record<string, LifecycleEvent> = {
  confirm: { type: "confirm_email" },
  accept: { type: "accept" },
  decline: { type: "decline", note: "Traveling that week" },
  cancel: { type: "cancel", by: "guest" },
  resched: { type: "reschedule", start: START + 86_400_000, end: START + 86_400_000 + 1_800_000, by: "host" },
  exp_unconf: { type: "expire", reason: "unconfirmed" },
  exp_unans: { type: "expire", reason: "unanswered" },
  complete: { type: "complete" },
  edit: { type: "edit_questions", questions: ["Why do people leave this field?"] },
  dnh: { type: "did_not_happen", by: "host" },
  refer: { type: "add_referrals", names: ["Ada Lovelace"] },
};
const COLUMNS = Object.keys(EVENTS);

// Each cell: the next status, "=" for unchanged (already applied), "x" for INVALID_TRANSITION.
// Columns: confirm accept decline cancel resched exp_unconf exp_unans complete edit dnh refer
const BEFORE: Record<RequestStatus, string> = {
  awaiting_email: "awaiting_host x x cancelled x expired x x awaiting_email x x",
  awaiting_host: "= accepted declined cancelled x x expired x awaiting_host x x",
  accepted: "= = x cancelled accepted x x x accepted x x",
  completed: "= = x x x x x = x x x",
  declined: "= x = x x x x x x x x",
  cancelled: "x x x = x x x x x = x",
  expired: "x x x x x = = x x x x",
};
const AFTER: Record<RequestStatus, string> = {
  awaiting_email: "awaiting_host x x cancelled x expired x x x x x",
  awaiting_host: "= x declined cancelled x x expired x x x x",
  accepted: "= = x x x x x completed x cancelled accepted",
  completed: "= = x x x x x = x cancelled completed",
  declined: BEFORE.declined,
  cancelled: BEFORE.cancelled,
  expired: BEFORE.expired,
};

function run(status: RequestStatus, column: string, now: number): string {
  try {
    const outcome = applyEvent(aRequest(status), EVENTS[column]!, now);
    return outcome.kind === "unchanged" ? "=" : outcome.next.status;
  } catch (error) {
    if (error instanceof DomainError && error.code === "INVALID_TRANSITION") return "x";
    throw error;
  }
}

describe.each([
  ["before the chat starts", BEFORE_START, BEFORE],
  ["after the chat ended", AFTER_END, AFTER],
])("every status × event %s", (_, now, table) => {
  for (const status of REQUEST_STATUSES) {
    it(`${status}`, () => {
      const expected = table[status].split(" ");
      expect(expected).toHaveLength(COLUMNS.length);
      const actual = COLUMNS.map((column) => run(status, column, now));
      expect(Object.fromEntries(COLUMNS.map((c, i) => [c, actual[i]]))).toEqual(
        Object.fromEntries(COLUMNS.map((c, i) => [c, expected[i]])),
      );
    });
  }

  it("stamps every change and releases the hold exactly when the request stops being open", () => {
    for (const status of REQUEST_STATUSES) {
      for (const column of COLUMNS) {
        const request = aRequest(status);
        let outcome;
        try {
          outcome = applyEvent(request, EVENTS[column]!, now);
        } catch {
          continue;
        }
        if (outcome.kind === "unchanged") {
          expect(outcome.current).toBe(request);
          continue;
        }
        expect(outcome.next.version).toBe(request.version + 1);
        expect(outcome.next.updatedAt).toBe(now);
        expect(outcome.next.uid).toBe(request.uid);
        const releases = outcome.effects.some((e) => e.type === "release_hold");
        expect(releases, `${status} + ${column}`).toBe(isOpen(status) && !isOpen(outcome.next.status));
        const replans = outcome.effects.some((e) => e.type === "plan_followups");
        const cancels = outcome.effects.some((e) => e.type === "cancel_followups");
        expect(replans !== cancels, `${status} + ${column} either re-plans or cancels follow-ups`).toBe(true);
      }
    }
  });
});

it("does not mutate the request it is given", () => {
  const request = aRequest("awaiting_host");
  const copy = structuredClone(request);
  applyEvent(request, { type: "accept" }, BEFORE_START);
  expect(request).toEqual(copy);
});
