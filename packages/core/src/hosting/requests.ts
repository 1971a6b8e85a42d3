import { DomainError, type Millis } from "../model/index.ts";
import type { TokenAction } from "../tokens/index.ts";
import { runAction, type ActionInput } from "../usecases/actions.ts";
import type { Chat } from "../model/index.ts";
import type { Committed } from "../usecases/commit-event.ts";
import { getLinkView } from "../usecases/link-view.ts";
import type { HostDeps, HostRequestPage, HostRequestView } from "./ports.ts";

/** What a host can do from the dashboard or the API: exactly what the buttons in their email do. */
export type HostAction = "accept" | "decline" | "cancel" | "reschedule";

const EMAIL_BUTTON: Record<HostAction, TokenAction> = {
  accept: "accept",
  decline: "decline",
  cancel: "cancel_host",
  reschedule: "reschedule_host",
};

export const MAX_PAGE = 100;

export function listHostRequests(
  deps: Pick<HostDeps, "hosts">,
  hostKey: string,
  view: Exclude<HostRequestView, "unconfirmed">,
  now: Millis,
  page: { limit: number; cursor?: string | undefined },
): Promise<HostRequestPage> {
  const limit = Math.min(Math.max(1, Math.floor(page.limit)), MAX_PAGE);
  return deps.hosts.listHostRequests(hostKey, view, now, { limit, ...(page.cursor ? { cursor: page.cursor } : {}) });
}

/**
 * One of the host's own requests with its link and host. Another host's request, and one whose guest has
 * not confirmed their address yet, are not found: nobody learns they exist.
 */
export async function hostChat(deps: Pick<HostDeps, "store">, hostKey: string, requestId: string): Promise<Chat> {
  const request = await deps.store.getRequest(requestId);
  if (!request || request.handle !== hostKey || request.status === "awaiting_email") {
    throw new DomainError("NOT_FOUND", `No request ${requestId}`);
  }
  const { host, link } = await getLinkView(deps, request.handle, request.slug);
  return { request, host, link };
}

/** Runs the email button's own transition (runAction), so the same emails, invites and follow-ups go out. */
export async function actOnRequest(
  deps: HostDeps,
  hostKey: string,
  requestId: string,
  action: HostAction,
  input: ActionInput,
  now: Millis,
): Promise<Committed & { chat: Chat }> {
  const chat = await hostChat(deps, hostKey, requestId);
  const committed = await runAction(deps, { action: EMAIL_BUTTON[action], actor: "host", chat }, input, now);
  return { ...committed, chat: { ...chat, request: committed.request } };
}
