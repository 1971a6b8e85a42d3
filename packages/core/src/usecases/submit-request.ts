import { createHash } from "node:crypto";
import { addressProblem, displayName } from "../messages/index.ts";
import { DomainError, invalidInput, MINUTE, type ChatRequest, type Guest, type Issue, type Millis } from "../model/index.ts";
import { occupied } from "../slots/blocks.ts";
import { capCounters } from "../slots/index.ts";
import type { Chat } from "../model/index.ts";
import { withWork } from "./commit-event.ts";
import { assertBookable, getLinkView } from "./link-view.ts";
import { chatUid } from "../calendars/own-chats.ts";
import { assertSlotFree, busyAround } from "./slot-free.ts";
import { enforceRateLimits } from "./rate-limits.ts";
import { notify } from "./notify.ts";
import { drainOutbox, owes } from "./outbox/index.ts";
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
  // Independent reads at once; their answers are then taken in the order the rules rank them.
  const [limits, suppressed, opened, listed] = await Promise.allSettled([
    enforceRateLimits(deps, { ip: ctx.ip, email }, ctx.now),
    deps.store.isSuppressed(email),
    openRequestOf(deps, checked.handle, email),
    busyAround(deps, checked.handle, checked.start, end, ctx.now),
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
    await remind(deps, { request: open, host, link }, checked.start, ctx.now);
    return { id: open.id, status: open.status };
  }

  if (open) await remind(deps, { request: open, host, link }, checked.start, ctx.now);
  assertSlotFree(link, settled(listed), checked.start, ctx.now);
  if (open) return receipt(deps);

  const id = deps.newId();
  const fresh: ChatRequest = {
    id,
    handle: checked.handle,
    slug: checked.slug,
    status: "awaiting_email",
    start: checked.start,
    end,
    guest: { name: checked.name, email, timeZone: checked.timeZone },
    background: checked.background,
    purpose: checked.purpose,
    questions: checked.questions,
    format: checked.format,
    ...(checked.foundVia ? { foundVia: checked.foundVia } : {}),
    links: checked.links,
    uid: chatUid(id),
    sequence: 0,
    version: 1,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    holds: [],
    referrals: [],
    ...(key ? { submissionKey: key } : {}),
    // Fixed when asked: a later change to the link does not change how this request is answered.
    ...(link.requiresApproval === false ? { autoAccept: true } : {}),
  };
  // The expiry schedule and the confirmation email go through the outbox: held, then surely sent.
  const effects = [{ type: "plan_followups" }, { type: "email", template: "confirmEmail", to: "guest" }] as const;
  const request = await withWork(deps, fresh, fresh, [...effects], ctx.now);
  try {
    await deps.store.createRequest(request, occupied(request, link), capCounters(link, request.start));
  } catch (e) {
    // Another submission with this address won the race: its owner hears about it, as above.
    if (!(e instanceof DomainError) || e.code !== "LIMIT_REACHED") throw e;
    const winner = await openRequestOf(deps, checked.handle, email);
    if (winner) await remind(deps, { request: winner, host, link }, checked.start, ctx.now);
    return receipt(deps);
  }
  await drainOutbox(deps, { request, host, link }, ctx.now);
  return { id, status: request.status };
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
