import { describe, expect, it } from "vitest";
import { DAY, HOUR } from "../model/index.ts";
import type { FollowUpRecord } from "../ports.ts";
import { BEFORE_START, END, START, aRequest } from "../../testing/lifecycle/fixture.ts";
import { planFollowUps } from "./plan.ts";
import { followUpRecords, schedulesFor } from "./records.ts";
import { scheduleName } from "./schedule-name.ts";

const link = { followUps: {} };
const request = aRequest("accepted");
const sent = (kind: FollowUpRecord["kind"], sentAt: number): FollowUpRecord => ({
  requestId: request.id,
  kind,
  at: sentAt,
  status: "sent",
  version: 2,
  scheduleName: scheduleName(request.id, kind),
  sentAt,
});

describe("follow-up records and schedules", () => {
  it("stamps the plan with the request version and turns it into schedules", () => {
    const records = followUpRecords(request, planFollowUps(request, link, BEFORE_START));
    expect(records).toHaveLength(5);
    expect(records.every((r) => r.version === request.version && r.status === "planned")).toBe(true);
    expect(schedulesFor(records)[0]).toEqual({
      name: `cc-${request.id}-prep-pack`,
      at: START - DAY,
      input: { requestId: request.id, kind: "prep_pack", version: request.version },
    });
  });

  it("does not send again what already went for the chat as it stands", () => {
    const now = START - 2 * HOUR; // an edit after the prep pack went out
    const plan = planFollowUps(request, link, now);
    const kinds = followUpRecords(request, plan, [sent("prep_pack", START - DAY)]).map((r) => r.kind);
    expect(kinds).toEqual(["guest_confirm", "reminder", "thank_you", "keep_in_touch"]);
  });

  it("sends again what went out for an earlier time of a rescheduled chat", () => {
    const moved = aRequest("accepted", { start: START + 7 * DAY, end: END + 7 * DAY });
    const plan = planFollowUps(moved, link, START - 2 * HOUR);
    expect(followUpRecords(moved, plan, [sent("prep_pack", START - DAY)]).map((r) => r.kind)).toContain("prep_pack");
  });
});
