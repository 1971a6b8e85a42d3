import type { ChatRequest } from "../model/index.ts";
import type { FollowUpRecord, OneTimeSchedule } from "../ports.ts";
import type { PlannedFollowUp } from "./plan.ts";

/**
 * Records to store for a plan, stamped with the request's version. A kind already sent at or
 * after its new due time already went for the chat as it now stands, so a re-plan (after an edit,
 * referrals, completion) leaves it out; one sent before it (the chat moved later) goes again.
 */
export function followUpRecords(request: ChatRequest, plan: PlannedFollowUp[], existing: FollowUpRecord[] = []): FollowUpRecord[] {
  const sentAt = new Map(existing.filter((r) => r.status === "sent").map((r) => [r.kind, r.sentAt ?? r.at]));
  return plan
    .filter((p) => !((sentAt.get(p.kind) ?? -Infinity) >= p.due))
    .map((p) => ({
      requestId: request.id,
      kind: p.kind,
      at: p.at,
      status: "planned",
      version: request.version,
      scheduleName: p.scheduleName,
    }));
}

export function schedulesFor(records: FollowUpRecord[]): OneTimeSchedule[] {
  return records.map((r) => ({ name: r.scheduleName, at: r.at, input: { requestId: r.requestId, kind: r.kind, version: r.version } }));
}
