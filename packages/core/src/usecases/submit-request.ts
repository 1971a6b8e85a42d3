import { createHash } from "node:crypto";
import { addressProblem, displayName } from "../messages/index.ts";
import { DomainError, invalidInput, MINUTE, type ChatRequest, type Guest, type Issue, type Link, type Millis, type OutboxStep } from "../model/index.ts";
import { occupied } from "../slots/blocks.ts";
import { capCounters } from "../slots/index.ts";
import type { Chat } from "../model/index.ts";
import { withOutbox } from "./commit-event.ts";
import { assertBookable, getLinkView } from "./link-view.ts";
import { chatUid } from "../calendars/own-chats.ts";
import { assertSlotFree, busyAround } from "./slot-free.ts";
import { enforceRateLimits } from "./rate-limits.ts";
import { composeNotice, notify } from "./notify.ts";
import { armOutbox, drainOutbox, noticeFor, OUTBOX_GRACE, outboxScheduleName, owes } from "./outbox/index.ts";
import { plannedRecords, putSchedules } from "./schedule-follow-ups.ts";
import type { UseCaseDeps } from "./ports.ts";

/** What a guest sends: where, when, who they are, and what the request says. */
export type NewRequest = Guest &
  Pick<ChatRequest, "handle" | "slug" | "start" | "background" | "purpose" | "questions" | "format" | "foundVia" | "links"> & {
    /** A secret the submitter chose (the form's hidden field, the API's Idempotency-Key): sending it again proves a retry. */
    submissionKey?: string;
  };

export interface SubmitContext {
  ip: string;
  now: Millis;
}

/**
 * Holds the slot and asks the guest to confirm their address. The answer depends only on what the
 * caller sent and on what anyone can see (whether the time is offered): an address that already has
 * an open request with this host gets the same 202 as a new one, and its owner learns by email. So
 * nobody learns anything about someone else's requests by trying their address. The same submission
 * again (its key proves it) returns the first request and sends its confirmation again.
 */
export async function submitRequest(deps: UseCaseDeps, input: NewRequest, ctx: SubmitContext) {
  const { host, link } = await getLinkView(deps, input.handle, input.slug);
  assertBookable(link);
  const checked = checkNewRequest(input, link.formats.map((f) => f.kind));
  const { email } = checked;
  const end = checked.start + link.durationMinutes * MINUTE;
  const id = deps.newId();
  const armedAt = ctx.now + OUTBOX_GRACE;
  // The outbox schedule is armed beside the reads rather than after them: it has to exist before
  // the request is written (a crash right after the write is finished by it), and the request's id
  // is known already. Every answer that writes no request deletes it before it goes out (disarm);
  // one left behind anyway (a crash, a failed delete) fires, finds no request, owes nothing and is
  // deleted by Scheduler (ActionAfterCompletion DELETE). It is armed once the rate limits let the
  // submission through, so a flood of refused ones costs Scheduler nothing; any other refusal puts
  // and deletes this one schedule.
  const limiting = enforceRateLimits(deps, { ip: ctx.ip, email }, ctx.now);
  const arming = limiting.then(() => armOutbox(deps, { id, version: 1 }, armedAt));
  arming.catch(() => undefined); // Awaited below; a failure while the reads run is not an unhandled rejection.
  const disarm = async () => {
    if (await limiting.then(() => true, () => false)) await dropSchedules(deps, arming, [outboxScheduleName(id, armedAt)]);
  };
  let request: ChatRequest;
  try {
    // Independent reads at once; their answers are then taken in the order the rules rank them.
    const [limits, suppressed, opened, listed] = await Promise.allSettled([
      limiting,
      deps.store.isSuppressed(email),
      openRequestOf(deps, checked.handle, email),
      busyAround(deps, link, checked.start, ctx.now),
    ]);
    settled(limits);
    if (settled(suppressed)) {
      throw new DomainError("SUPPRESSED", "email: mail to this address bounced or was marked as spam; please use another address", {
        issues: [{ path: "email", message: "mail to this address bounced or was marked as spam" }],
      });
    }
    const key = checked.submissionKey ? digest(checked.submissionKey) : undefined;
    const open = settled(opened);
    if (open && key && open.submissionKey === key && open.start === checked.start && open.slug === checked.slug) {
      await Promise.all([remind(deps, { request: open, host, link }, checked.start, ctx.now), disarm()]);
      return { id: open.id, status: open.status };
    }
    if (open) await remind(deps, { request: open, host, link }, checked.start, ctx.now);
    assertSlotFree(link, settled(listed), checked.start, ctx.now);
    if (open) {
      await disarm();
      return receipt(deps);
    }
    await arming;
    request = newRequest(checked, id, end, link, key, ctx.now);
  } catch (e) {
    await disarm();
    throw e;
  }
  // The expiry schedule and the confirmation email go through the outbox: held, then surely sent.
  // The request is written with both steps already claimed by this run (withOutbox), with its first
  // follow-up records (a new request has none to merge with), and their schedules are put while it
  // is written: each is due a minute from now at the soonest, long after the write has landed or
  // failed, so it finds its record; after a failed write it is deleted below, after a crash it
  // finds nothing planned and is deleted by Scheduler.
  const claim = deps.newId();
  const stored = withOutbox(request, request, [{ type: "plan_followups" }, { type: "email", template: "confirmEmail", to: "guest" }], ctx.now, claim);
  const records = plannedRecords(stored, link, ctx.now);
  const scheduling = putSchedules(deps, records);
  scheduling.catch(() => undefined); // Its outcome is the plan step's, recorded by the drain.
  const chat = { request: stored, host, link };
  const creating = deps.store.createRequest(stored, occupied(stored, link), capCounters(link, stored.start), records);
  creating.catch(() => undefined); // Awaited just below.
  // The confirmation is built while the request is written (CPU beside I/O; begun once the write is
  // on its way) and sent only after it, by the drain.
  const steps = stored.outbox!.steps;
  const planned = steps.find((s) => s.type === "plan_followups")!;
  const confirm = steps.find((s): s is Extract<OutboxStep, { type: "email" }> => s.type === "email")!;
  const composing = new Promise((go) => setImmediate(go)).then(() => composeNotice(deps, chat, noticeFor(confirm), ctx.now));
  composing.catch(() => undefined); // A failure is the email step's, recorded by the drain.
  try {
    await creating;
  } catch (e) {
    const refused = e instanceof DomainError && REFUSED.has(e.code);
    // A refusal wrote nothing; any other failure may have written the request, which the schedules then finish.
    if (refused) await dropSchedules(deps, scheduling, [outboxScheduleName(id, armedAt), ...records.map((r) => r.scheduleName)]);
    // Another submission with this address won the race: its owner hears about it, as above.
    if (!refused || e.code !== "LIMIT_REACHED") throw e;
    const winner = await openRequestOf(deps, checked.handle, email);
    if (winner) await remind(deps, { request: winner, host, link }, checked.start, ctx.now);
    return receipt(deps);
  }
  await drainOutbox(deps, chat, ctx.now, {
    claim,
    started: new Map([[planned.id, scheduling.then(() => ({}))]]),
    composed: new Map([[confirm.id, composing]]),
    // Read moments ago by the checks above (the answer would have been SUPPRESSED).
    cleared: new Set([email]),
  });
  return { id, status: stored.status };
}

/**
 * What createRequest throws when its transaction was refused as a whole, or never sent (INVALID_INPUT):
 * nothing of it was written. A TRANSIENT answer may follow a write that landed, so it is not here.
 */
const REFUSED = new Set(["LIMIT_REACHED", "SLOT_TAKEN", "CONFLICT", "INVALID_INPUT"]);

/** Deletes schedules this submission put for a request it did not write, once their puts are over. Best effort: see above. */
async function dropSchedules(deps: UseCaseDeps, putting: Promise<unknown>, names: string[]) {
  await putting.catch(() => undefined);
  await Promise.all(names.map((name) => deps.scheduler.delete(name).catch(() => undefined)));
}

function newRequest(checked: NewRequest, id: string, end: Millis, link: Link, key: string | undefined, now: Millis): ChatRequest {
  return {
    id,
    handle: checked.handle,
    slug: checked.slug,
    status: "awaiting_email",
    start: checked.start,
    end,
    guest: { name: checked.name, email: checked.email, timeZone: checked.timeZone },
    background: checked.background,
    purpose: checked.purpose,
    questions: checked.questions,
    format: checked.format,
    ...(checked.foundVia ? { foundVia: checked.foundVia } : {}),
    links: checked.links,
    uid: chatUid(id),
    sequence: 0,
    version: 1,
    createdAt: now,
    updatedAt: now,
    holds: [],
    referrals: [],
    ...(key ? { submissionKey: key } : {}),
    // Fixed when asked: a later change to the link does not change how this request is answered.
    ...(link.requiresApproval === false ? { autoAccept: true } : {}),
  };
}

/**
 * Every field as core will use it, checked before anything is written, with the rules the email
 * builder applies (mime-guard): an address we could not send to, or a name that could not head an
 * email, is refused here rather than after the slot is held.
 */
export function checkNewRequest(input: NewRequest, formats: string[]): NewRequest {
  const email = input.email.trim().toLowerCase();
  const name = displayName(input.name).trim();
  const issues: Issue[] = [];
  const problem = addressProblem(email);
  if (problem) issues.push({ path: "email", message: problem });
  if (!name) issues.push({ path: "name", message: "is required" });
  if (/[\u0000-\u001f\u007f]/.test(name)) issues.push({ path: "name", message: "must be a single line of text" });
  if (!Number.isSafeInteger(input.start)) issues.push({ path: "start", message: "must be an instant" });
  if (!formats.includes(input.format)) issues.push({ path: "format", message: `must be one of ${formats.join(", ")}` });
  if (issues.length) throw invalidInput(issues);
  return { ...input, email, name };
}

async function openRequestOf(deps: UseCaseDeps, handle: string, email: string) {
  const id = await deps.store.getOpenRequestId(handle, email);
  return id ? deps.store.getRequest(id) : undefined;
}

/**
 * Tells the owner of an address with an open request that it was used again: an unconfirmed one
 * gets its confirmation again (or whatever it still owed), a confirmed one a note pointing to it.
 */
async function remind(deps: UseCaseDeps, chat: Chat, asked: Millis, now: Millis) {
  try {
    await sendReminder(deps, chat, asked, now);
  } catch (e) {
    // A courtesy: the answer to the submission must not depend on whether it could be sent.
    if (!(e instanceof DomainError) || (e.code !== "TRANSIENT" && e.code !== "DELIVERY_FAILED")) throw e;
  }
}

async function sendReminder(deps: UseCaseDeps, chat: Chat, asked: Millis, now: Millis) {
  const { request } = chat;
  if (owes(request.outbox)) return void (await drainOutbox(deps, chat, now));
  // A fresh Message-ID: some providers drop a second email with the id of one already delivered.
  const key = (template: string) => `${template}.${request.version}.guest.${now.toString(36)}`;
  if (request.status === "awaiting_email") {
    await notify(deps, chat, { template: "confirmEmail", to: "guest", key: key("confirmEmail") }, now);
  } else {
    await notify(deps, chat, { template: "alreadyOpen", to: "guest", asked, key: key("alreadyOpen") }, now);
  }
}

/** The value of a settled promise, or its error thrown. */
function settled<T>(result: PromiseSettledResult<T>): T {
  if (result.status === "rejected") throw result.reason;
  return result.value;
}

/** What a submission that made nothing answers: shaped like a new request's, naming none. */
const receipt = (deps: UseCaseDeps) => ({ id: deps.newId(), status: "awaiting_email" as const });

const digest = (key: string) => createHash("sha256").update(key).digest("base64url");
