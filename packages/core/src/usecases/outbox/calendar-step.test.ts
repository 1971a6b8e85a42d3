import { describe, expect, it } from "vitest";
import { aRequest, BEFORE_START } from "../../../testing/lifecycle/fixture.ts";
import { HOUR } from "../../model/index.ts";
import { withCalendarCopy } from "./calendar-step.ts";
import { laneOf, mergeOutbox, stepsOf } from "./plan.ts";

const now = BEFORE_START;
const accepted = aRequest("accepted", { version: 4 });
const moved = { ...accepted, version: 5, start: accepted.start + HOUR, end: accepted.end + HOUR, sequence: 1 };
const cancelled = { ...moved, version: 6, status: "cancelled" as const, sequence: 2 };
const calendarSteps = (steps: ReturnType<typeof stepsOf>) => steps.filter((s) => s.type === "calendar");

describe("the host's calendar copy as an outbox step", () => {
  it("follows the host's invite: accept and reschedule write it, cancelling an accepted chat removes it", () => {
    const accept = stepsOf([{ type: "plan_followups" }, { type: "email", template: "accepted", to: "both", invite: "REQUEST" }], accepted, accepted);
    expect(calendarSteps(accept)).toEqual([{ id: "calendar.4", version: 4, type: "calendar", op: "put", state: "pending" }]);
    const move = stepsOf([{ type: "email", template: "rescheduled", to: "both", invite: "REQUEST", by: "guest" }], accepted, moved);
    expect(calendarSteps(move)).toMatchObject([{ id: "calendar.5", op: "put" }]);
    const cancel = stepsOf([{ type: "cancel_followups" }, { type: "email", template: "cancelled", to: "both", invite: "CANCEL", by: "guest" }], moved, cancelled);
    expect(calendarSteps(cancel)).toMatchObject([{ id: "calendar.6", op: "delete" }]);
  });

  it("nothing for changes that send the host no invite: a request, a decline, edited questions", () => {
    expect(calendarSteps(stepsOf([{ type: "email", template: "hostRequest", to: "host" }], accepted, accepted))).toEqual([]);
    expect(calendarSteps(stepsOf([{ type: "release_hold" }, { type: "email", template: "declined", to: "guest", by: "host" }], accepted, accepted))).toEqual([]);
    expect(calendarSteps(stepsOf([{ type: "email", template: "questionsUpdated", to: "host" }], accepted, accepted))).toEqual([]);
  });

  it("a newer change replaces a copy still waiting (it writes the chat as it then is), never the follow-up planning", () => {
    const accept = stepsOf([{ type: "plan_followups" }, { type: "email", template: "accepted", to: "both", invite: "REQUEST" }], accepted, accepted);
    const owed = mergeOutbox(undefined, accept, now);
    const cancel = stepsOf([{ type: "cancel_followups" }, { type: "email", template: "cancelled", to: "both", invite: "CANCEL", by: "host" }], accepted, cancelled);
    const merged = mergeOutbox(owed, cancel, now);
    expect(merged.steps.filter((s) => s.type === "calendar").map((s) => s.id)).toEqual(["calendar.6"]);
    expect(merged.steps.filter((s) => s.type === "cancel_followups").map((s) => s.id)).toEqual(["cancel_followups.6"]);
    expect(merged.steps.map(laneOf)).toContain("calendar");
  });

  it("where the copy is survives later changes, until a removal forgets it", () => {
    const copy = { connectionId: "c1", calendarUrl: "https://dav.example.com/dana/chats/" };
    const written = withCalendarCopy(mergeOutbox(undefined, [], now), copy);
    const later = mergeOutbox(written, stepsOf([{ type: "email", template: "rescheduled", to: "both", invite: "REQUEST", by: "host" }], accepted, moved), now);
    expect(later.calendarCopy).toEqual(copy);
    expect(withCalendarCopy(later, undefined).calendarCopy).toBeUndefined();
  });
});
