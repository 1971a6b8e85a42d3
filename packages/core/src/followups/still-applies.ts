import type { ChatRequest, FollowUpKind, Millis, RequestStatus } from "../model/index.ts";

/** What a delivered follow-up carries: its kind and the request version it was planned for. */
export interface DeliveredFollowUp {
  kind: FollowUpKind;
  version: number;
}

type Check = (request: ChatRequest, now: Millis) => string | undefined;

const inStatus = (...statuses: RequestStatus[]) => (request: ChatRequest) =>
  statuses.includes(request.status) ? undefined : `the request is ${request.status}`;

const beforeChat: Check = (request, now) =>
  inStatus("accepted")(request) ?? (now < request.start ? undefined : "the chat has started");

const afterChat: Check = (request, now) =>
  inStatus("accepted", "completed")(request) ?? (now >= request.end ? undefined : "the chat has not ended");

const CHECKS: Record<FollowUpKind, Check> = {
  prep_pack: beforeChat,
  guest_confirm: beforeChat,
  reminder: beforeChat,
  thank_you: afterChat,
  keep_in_touch: afterChat,
  host_nudge: (request, now) =>
    inStatus("awaiting_host")(request) ?? (now < request.start ? undefined : "the chat's time has passed"),
  expire_unanswered: inStatus("awaiting_host"),
  expire_unconfirmed: inStatus("awaiting_email"),
};

/**
 * Why a delivered follow-up must not act, or undefined when it still applies. Any change to the
 * request raises its version and re-plans, so an older version means a newer plan exists.
 */
export function staleReason(followUp: DeliveredFollowUp, request: ChatRequest, now: Millis): string | undefined {
  if (followUp.version !== request.version) return `planned for version ${followUp.version}, the request is at ${request.version}`;
  return CHECKS[followUp.kind](request, now);
}

export function stillApplies(followUp: DeliveredFollowUp, request: ChatRequest, now: Millis): boolean {
  return staleReason(followUp, request, now) === undefined;
}
