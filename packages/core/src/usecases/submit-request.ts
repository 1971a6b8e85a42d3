import {
  DAY,
  DomainError,
  MINUTE,
  type ChatRequest,
  type Guest,
  type Millis,
} from "../model/index.ts";
import { chatUid } from "../calendars/own-chats.ts";
import { occupied } from "../slots/blocks.ts";
import { capCounters, isSlotOffered } from "../slots/index.ts";
import { getLinkView } from "./link-view.ts";
import { readCalendarBusy } from "./calendar-busy.ts";
import { enforceRateLimits } from "./rate-limits.ts";
import { notify } from "./notify.ts";
import { armOutbox, drainOutbox, withOutbox } from "./outbox.ts";
import type { UseCaseDeps } from "./ports.ts";

/** What a guest sends: where, when, who they are, and what the request says. */
export type NewRequest = Guest &
  Pick<ChatRequest, "handle" | "slug" | "start" | "background" | "purpose" | "questions" | "format" | "foundVia" | "links">;

export interface SubmitContext {
  ip: string;
  now: Millis;
}

/**
 * Holds the slot and asks the guest to confirm their address. Submitting the same request again
 * (a retry, a double click) returns the first one and sends its confirmation again, so nothing is lost
 * when a response never reaches the guest.
 */
export async function submitRequest(deps: UseCaseDeps, input: NewRequest, ctx: SubmitContext) {
  const email = input.email.trim().toLowerCase();
  await enforceRateLimits(deps, { ip: ctx.ip, email }, ctx.now);
  const { host, link } = await getLinkView(deps, input.handle, input.slug);

  if (!link.formats.some((f) => f.kind === input.format)) {
    const offered = link.formats.map((f) => f.kind).join(", ");
    throw new DomainError("INVALID_INPUT", `format: this link offers ${offered}`, {
      issues: [{ path: "format", message: `must be one of ${offered}` }],
    });
  }
  if (await deps.store.isSuppressed(email)) {
    throw new DomainError("SUPPRESSED", "email: mail to this address bounced or was marked as spam; please use another address", {
      issues: [{ path: "email", message: "mail to this address bounced or was marked as spam" }],
    });
  }

  const retried = await sameRequestAgain(deps, input, email);
  if (retried) {
    // The first attempt's work may be unfinished; otherwise the guest asked for the link again.
    const chat = { request: retried, host, link };
    if (retried.outbox) await drainOutbox(deps, chat, ctx.now);
    else await notify(deps, chat, { template: "confirmEmail", to: "guest" }, ctx.now);
    return { id: retried.id, status: retried.status };
  }

  const end = input.start + link.durationMinutes * MINUTE;
  const [busy, calendarBusy] = await Promise.all([
    deps.store.listBusy(input.handle, input.start - 8 * DAY, end + 8 * DAY),
    readCalendarBusy(deps, input.handle, input.start - DAY, end + DAY),
  ]);
  if (!isSlotOffered(link, busy, input.start, ctx.now, calendarBusy)) {
    throw new DomainError("SLOT_TAKEN", "start: that time is no longer available; please pick another", {
      issues: [{ path: "start", message: "is no longer available" }],
    });
  }

  const id = deps.newId();
  const fresh: ChatRequest = {
    id,
    handle: input.handle,
    slug: input.slug,
    status: "awaiting_email",
    start: input.start,
    end,
    guest: { name: input.name, email, timeZone: input.timeZone },
    background: input.background,
    purpose: input.purpose,
    questions: input.questions,
    format: input.format,
    ...(input.foundVia ? { foundVia: input.foundVia } : {}),
    links: input.links,
    uid: chatUid(id),
    sequence: 0,
    version: 1,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    holds: [],
    referrals: [],
  };
  // The expiry schedule and the confirmation email go through the outbox: held, then surely sent.
  const request = withOutbox(fresh, [{ type: "plan_followups" }, { type: "email", template: "confirmEmail", to: "guest" }], ctx.now);
  await armOutbox(deps, request);
  await deps.store.createRequest(request, occupied(request, link), capCounters(link, request.start));
  await drainOutbox(deps, { request, host, link }, ctx.now);
  return { id, status: request.status };
}

async function sameRequestAgain(deps: UseCaseDeps, input: NewRequest, email: string) {
  const openId = await deps.store.getOpenRequestId(input.handle, email);
  if (!openId) return undefined;
  const open = await deps.store.getRequest(openId);
  if (open && open.status === "awaiting_email" && open.start === input.start && open.slug === input.slug) return open;
  throw new DomainError("LIMIT_REACHED", "email: you already have an open request with this host", {
    issues: [{ path: "email", message: "already has an open request with this host; confirm or cancel it first" }],
  });
}
