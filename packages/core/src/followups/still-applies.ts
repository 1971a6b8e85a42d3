import type { ChatRequest, FollowUpKind, Millis } from "../model/index.ts";
import { followUpOf } from "../notices/index.ts";

/** What a delivered follow-up carries: its kind and the request version it was planned for. */
export interface DeliveredFollowUp {
  kind: FollowUpKind;
  version: number;
}

/**
 * Why a delivered follow-up must not act, or undefined when it still applies. Any change to the
 * request raises its version and re-plans, so an older version means a newer plan exists.
 */
export function staleReason(followUp: DeliveredFollowUp, request: ChatRequest, now: Millis): string | undefined {
  if (followUp.version !== request.version) return `planned for version ${followUp.version}, the request is at ${request.version}`;
  return followUpOf(followUp.kind).staleWhen(request, now);
}

export function stillApplies(followUp: DeliveredFollowUp, request: ChatRequest, now: Millis): boolean {
  return staleReason(followUp, request, now) === undefined;
}
