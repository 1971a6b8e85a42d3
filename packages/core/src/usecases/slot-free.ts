import { DomainError, MINUTE, type Link, type Millis } from "../model/index.ts";
import type { BusyBlock } from "../ports.ts";
import { CAP_MARGIN, isSlotOffered } from "../slots/index.ts";
import type { UseCaseDeps } from "./ports.ts";

/** The host's busy time that decides whether a chat at `start` is offered (caps need the weeks around it). */
export function busyAround(deps: Pick<UseCaseDeps, "store">, link: Link, start: Millis): Promise<BusyBlock[]> {
  const end = start + link.durationMinutes * MINUTE;
  return deps.store.listBusy(link.handle, start - CAP_MARGIN, end + CAP_MARGIN);
}

/**
 * Throws SLOT_TAKEN unless the link offers `start` given `busy`, not counting the hold of the
 * request `moving` (a chat being rescheduled does not stand in its own way).
 */
export function assertSlotFree(link: Link, busy: BusyBlock[], start: Millis, now: Millis, moving?: string): void {
  const others = moving === undefined ? busy : busy.filter((b) => b.requestId !== moving);
  if (!isSlotOffered(link, others, start, now)) {
    throw new DomainError("SLOT_TAKEN", "start: that time is no longer available; please pick another", {
      issues: [{ path: "start", message: "is no longer available" }],
    });
  }
}
