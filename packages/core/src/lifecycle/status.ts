import type { RequestStatus } from "../model/index.ts";

/** Statuses that hold the slot and count as the guest's open request with the host. */
export const OPEN_STATUSES: readonly RequestStatus[] = ["awaiting_email", "awaiting_host", "accepted"];

export function isOpen(status: RequestStatus): boolean {
  return OPEN_STATUSES.includes(status);
}
