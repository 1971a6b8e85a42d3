import { emailOf, type Actor, type ChatRequest, type Host, type Millis, type OutboxStep } from "@coffeechat/core";
import { formatDateTime } from "../dates.ts";
import { describeCalendarCopy } from "./describe-calendar-copy.ts";
import type { DeliveryLine } from "./delivery-list.tsx";

/**
 * The emails of this chat that have not gone yet or could not be sent: silence about them is what
 * the outbox exists to avoid. Schedules are left out; they are not something a person waits for.
 */
export function describeDeliveries(request: ChatRequest, host: Host, reader: Actor, zone: string, now: Millis): DeliveryLine[] {
  const steps = request.outbox?.steps ?? [];
  return steps.flatMap((step) => {
    if (step.type === "calendar") return reader === "host" ? describeCalendarCopy(step, request, zone, now) : [];
    if (step.type !== "email" || step.state === "done" || step.state === "skipped") return [];
    const to = step.to === reader ? "you" : step.to === "host" ? host.name : request.guest.name;
    const what = `${emailOf(step.template).what} to ${to}`;
    return [{ id: step.id, text: `${what} ${stateWords(step, request, zone, now)}`, failed: step.state === "failed" }];
  });
}

function stateWords(step: OutboxStep, request: ChatRequest, zone: string, now: Millis): string {
  const at = (t: Millis) => formatDateTime(t, zone);
  if (step.state === "failed") return "could not be sent: our mail service kept refusing it for a day.";
  if (step.notBefore !== undefined && step.notBefore > now) {
    return `goes at ${at(step.notBefore)}: changes are gathered into one email an hour at most.`;
  }
  if (step.error) {
    const next = request.outbox?.nextAttemptAt;
    return `is not sent yet: our mail service did not take it.${next ? ` We try again at ${at(next)}, and keep trying for a day.` : ""}`;
  }
  return "is on its way.";
}
