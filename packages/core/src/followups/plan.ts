import { MINUTE, type ChatRequest, type FollowUpKind, type Link, type Millis } from "../model/index.ts";
import { expiresAt } from "../lifecycle/expiry.ts";
import { FOLLOW_UP_KINDS, followUpOf, type FollowUpPart } from "../notices/index.ts";
import { settingFor, type FollowUpRecipient } from "./defaults.ts";
import { scheduleName } from "./schedule-name.ts";

export interface PlannedFollowUp {
  kind: FollowUpKind;
  /** When to send: `due`, or now when that has passed. */
  at: Millis;
  /** When it is meant for (start or end plus the offset, or the expiry). */
  due: Millis;
  to: FollowUpRecipient;
  scheduleName: string;
}

/**
 * Follow-ups of an accepted (or completed) chat. Instants are UTC offsets from start or end, so a
 * DST change never moves them. One that is already due goes at once (at = now) while it still
 * helps — the before-chat ones only until the chat starts; after-chat ones that are past due are
 * left out (they were sent, or their moment is gone). Switched-off kinds are left out too.
 */
export function planFollowUps(request: ChatRequest, link: Pick<Link, "followUps">, now: Millis): PlannedFollowUp[] {
  if (request.status !== "accepted" && request.status !== "completed") return [];
  const planned: PlannedFollowUp[] = [];
  for (const kind of FOLLOW_UP_KINDS) {
    const rule = followUpOf(kind);
    if (rule.due.anchor !== "start" && rule.due.anchor !== "end") continue;
    const setting = settingFor(link, kind, { enabled: true, offsetMinutes: rule.due.offsetMinutes });
    if (!setting.enabled) continue;
    const due = (rule.due.anchor === "start" ? request.start : request.end) + setting.offsetMinutes * MINUTE;
    if (due >= now || (rule.due.anchor === "start" && now < request.start)) planned.push(item(request, kind, due, now));
  }
  return planned;
}

/**
 * Follow-ups of a request still waiting: for the guest's confirmation, the expiry; for the host's
 * answer, a nudge (pass the confirmation time as `now`, and only if it comes before the expiry)
 * and the expiry. Expiries ignore link settings: without them a slot would be held for ever.
 */
export function planPendingFollowUps(
  request: ChatRequest,
  link: Pick<Link, "followUps" | "minimumNoticeMinutes" | "requestExpiryDays">,
  now: Millis,
): PlannedFollowUp[] {
  const expiry = expiresAt(request, link);
  if (expiry === undefined) return [];
  const planned: PlannedFollowUp[] = [];
  for (const kind of FOLLOW_UP_KINDS) {
    const rule = followUpOf(kind);
    // A pending kind is planned in the status it waits in: its staleness names that status.
    if (rule.due.anchor === "start" || rule.due.anchor === "end" || rule.staleWhen(request, now) !== undefined) continue;
    if (rule.due.anchor === "expiry") {
      planned.push(item(request, kind, expiry, now));
      continue;
    }
    const nudge = settingFor(link, kind, { enabled: true, offsetMinutes: rule.due.offsetMinutes });
    const nudgeAt = now + nudge.offsetMinutes * MINUTE;
    if (nudge.enabled && nudgeAt < expiry) planned.push(item(request, kind, nudgeAt, now));
  }
  return planned;
}

/** The whole plan for a request as it stands: what a "plan_followups" effect asks for. */
export function planFor(
  request: ChatRequest,
  link: Pick<Link, "followUps" | "minimumNoticeMinutes" | "requestExpiryDays">,
  now: Millis,
): PlannedFollowUp[] {
  return request.status === "accepted" || request.status === "completed"
    ? planFollowUps(request, link, now)
    : planPendingFollowUps(request, link, now);
}

/** "both" when the follow-up goes to both people, else the one it goes to. */
const recipient = ({ to }: FollowUpPart): FollowUpRecipient => (to.length > 1 ? "both" : to[0]);

const item = (request: ChatRequest, kind: FollowUpKind, due: Millis, now: Millis): PlannedFollowUp => ({
  kind,
  at: Math.max(due, now),
  due,
  to: recipient(followUpOf(kind)),
  scheduleName: scheduleName(request.id, kind),
});
