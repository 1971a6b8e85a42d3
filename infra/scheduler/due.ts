import { parseExpression, zonedToEpoch } from "./expression.ts";
import { nextCron, nextRate } from "./recurrence.ts";
import type { ScheduleSpec } from "./types.ts";

/**
 * When a schedule is next due after `after`, or undefined when it never is again. at() is due once
 * (StartDate and EndDate do not apply to it, as in AWS); rate() and cron() recur from the StartDate
 * (rate: from `anchor`, the creation or last update, when there is none) and not after the EndDate.
 */
export function dueAfter(spec: ScheduleSpec, anchor: number, after: number): number | undefined {
  const parsed = parseExpression(spec.ScheduleExpression);
  if (typeof parsed === "string") return undefined;
  const zone = spec.ScheduleExpressionTimezone ?? "UTC";
  if (parsed.kind === "at") return zonedToEpoch(parsed.local, zone);
  const from = spec.StartDate === undefined ? after : Math.max(after, spec.StartDate - 1);
  const next =
    parsed.kind === "rate"
      ? nextRate(parsed.rate, { ...(spec.StartDate !== undefined ? { start: spec.StartDate } : {}), created: anchor }, from)
      : nextCron(parsed.cron, zone, from);
  return next === undefined || (spec.EndDate !== undefined && next > spec.EndDate) ? undefined : next;
}

export const isRecurring = (spec: ScheduleSpec) => !spec.ScheduleExpression.startsWith("at(");
