import { staleReason } from "../followups/index.ts";
import { followUpEmail, followUpOf } from "../notices/index.ts";
import type { Actor } from "../lifecycle/index.ts";
import { describeError, type Chat, type FollowUpKind, type Millis } from "../model/index.ts";
import type { FollowUpInput } from "../ports.ts";
import { commitEvent } from "./commit-event.ts";
import { getLinkView } from "./link-view.ts";
import { drainOutbox, owes } from "./outbox/index.ts";
import { notify } from "./notify.ts";
import type { UseCaseDeps } from "./ports.ts";

/** One attempt and two retries: Lambda retries an async invoke twice on AWS, the emulator per the RetryPolicy. */
export const FOLLOW_UP_MAX_ATTEMPTS = 3;

/**
 * What a scheduled follow-up does when it fires — at least once, maybe twice at the same moment.
 * It re-reads the request (consistent), acts only if the follow-up still applies, and claims the
 * send with a conditional update first, so a duplicate delivery sends nothing.
 */
export async function runFollowUp(deps: UseCaseDeps, input: FollowUpInput, now: Millis): Promise<string> {
  if (input.kind === "outbox") return resumeOutbox(deps, input, now);
  const delivered = { ...input, kind: input.kind };
  const request = await deps.store.getRequest(input.requestId);
  const record = await deps.store.getFollowUp(input.requestId, delivered.kind);
  if (!request || !record) return "nothing planned";
  if (record.version !== input.version) return "superseded by a newer plan";
  if (record.status !== "planned") return `already ${record.status}`;
  const kind = delivered.kind;
  const stale = staleReason(delivered, request, now);
  if (stale) {
    await deps.store.setFollowUpStatus(request.id, kind, "planned", "skipped", { reason: stale });
    return `skipped: ${stale}`;
  }
  if (!(await deps.store.setFollowUpStatus(request.id, kind, "planned", "sent", { sentAt: now }))) {
    return "claimed by another delivery";
  }
  const { host, link } = await getLinkView(deps, request.handle, request.slug);
  const chat: Chat = { request, host, link };
  try {
    await act(deps, chat, kind, record.delivered ?? [], now);
  } catch (e) {
    // Released for the scheduler's retry, or marked failed after the last attempt; either way the
    // throw tells the scheduler, which retries or hands the event to the dead-letter queue.
    await deps.store.recordFollowUpFailure(request.id, kind, describeError(e), FOLLOW_UP_MAX_ATTEMPTS);
    throw e;
  }
  return "sent";
}

/** Sends the follow-up's email to each of its recipients not yet reached, then makes the change it asks for. */
async function act(deps: UseCaseDeps, chat: Chat, kind: FollowUpKind, delivered: Actor[], now: Millis) {
  const rule = followUpOf(kind);
  const template = followUpEmail(kind);
  const done = [...delivered];
  for (const to of rule.to) {
    if (!template || done.includes(to)) continue;
    await notify(deps, chat, { template, to }, now);
    done.push(to);
    await deps.store.setFollowUpStatus(chat.request.id, kind, "sent", "sent", { delivered: done });
  }
  if (rule.then) await commitEvent(deps, chat, rule.then, now);
}

/**
 * The outbox schedule: the process that made a change died before its work was done, or a send
 * failed and this is the next try after the back-off. Failures are recorded and re-armed by the
 * drain itself, so this returns normally and the scheduler's own retries stay for crashes.
 */
async function resumeOutbox(deps: UseCaseDeps, input: FollowUpInput, now: Millis): Promise<string> {
  const request = await deps.store.getRequest(input.requestId);
  if (!request || !owes(request.outbox)) return "nothing owed";
  const { host, link } = await getLinkView(deps, request.handle, request.slug);
  const after = await drainOutbox(deps, { request, host, link }, now);
  if (!owes(after.outbox)) return "outbox drained";
  return `still owed; next try at ${new Date(after.outbox!.nextAttemptAt ?? now).toISOString()}`;
}
