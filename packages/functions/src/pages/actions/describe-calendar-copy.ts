import type { ChatRequest, Millis, OutboxStep } from "@coffeechat/core";
import { formatDateTime } from "../dates.ts";
import type { DeliveryLine } from "./delivery-list.tsx";

/** Why the host's calendar server did not take the chat, from the step's last error, in the host's words. */
function reasonOf(error: string | undefined): string {
  const code = error?.split(":")[0];
  if (code === "CALENDAR_AUTH_FAILED") return "your calendar server refused the password we have (a new app password fixes it)";
  if (code === "CALENDAR_ADDRESS_REFUSED") return "your calendar's address is one we may not reach";
  if (code === "CALENDAR_TIMEOUT") return "your calendar server took too long to answer";
  return "your calendar server did not take it";
}

/**
 * The chat's copy in the host's own calendar while it is not there yet (or not gone yet): only the
 * host reads this; the guest has no reason to know about the host's calendar.
 */
export function describeCalendarCopy(step: Extract<OutboxStep, { type: "calendar" }>, request: ChatRequest, zone: string, now: Millis): DeliveryLine[] {
  if (step.state === "done" || step.state === "skipped") return [];
  const putting = step.op === "put";
  const line = (text: string): DeliveryLine[] => [{ id: step.id, text, failed: step.state === "failed", kind: "calendar" }];
  if (step.state === "failed") {
    return line(`This chat could not be ${putting ? "added to" : "removed from"} your calendar: ${reasonOf(step.error)}, for a whole day of tries.`);
  }
  if (step.error) {
    const next = request.outbox?.nextAttemptAt;
    const retry = next && next > now ? ` We try again at ${formatDateTime(next, zone)}, and keep trying for a day.` : "";
    return line(`This chat is not ${putting ? "in" : "removed from"} your calendar yet: ${reasonOf(step.error)}.${retry}`);
  }
  return line(putting ? "This chat is on its way to your calendar." : "This chat is being removed from your calendar.");
}
