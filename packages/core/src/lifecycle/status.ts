import type { ChatRequest, RequestStatus } from "../model/index.ts";

/** Statuses that hold the slot and count as the guest's open request with the host. */
export const OPEN_STATUSES: readonly RequestStatus[] = ["awaiting_email", "awaiting_host", "accepted"];

export function isOpen(status: RequestStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** Whether the host ever accepted this chat: only then may the guest see the host's address. */
export function hostHasAccepted(request: Pick<ChatRequest, "acceptedAt" | "status">): boolean {
  return request.acceptedAt !== undefined || request.status === "accepted" || request.status === "completed";
}
