import { HANDLE_HOLD, type Account } from "../accounts/index.ts";
import { firstName } from "../messages/chat-details.ts";
import type { ChatRequest, Millis } from "../model/index.ts";
import type { FollowUpRecord } from "../ports.ts";
import { runAction } from "../usecases/actions.ts";
import { getLinkView } from "../usecases/link-view.ts";
import { cancelFollowUps } from "../usecases/schedule-follow-ups.ts";
import { digestScheduleName, type JournalStore } from "../journal/index.ts";
import type { RecurringScheduler } from "../ports.ts";
import { listCalendarConnections, removeAllCalendars } from "../usecases/calendars/manage.ts";
import type { HostDeps, HostRequestView } from "./ports.ts";

/** Export and deletion cover the account's journal (and its weekly email's schedule) as well as its hosting. */
type YourDataDeps = HostDeps & { journal: JournalStore; scheduler: RecurringScheduler };

const VIEWS: HostRequestView[] = ["unconfirmed", "pending", "upcoming", "past"];

/** Every request the host has received, in every view (paging through the index). */
async function allHostRequests(deps: Pick<HostDeps, "hosts">, hostKey: string, now: Millis, views = VIEWS): Promise<ChatRequest[]> {
  const out: ChatRequest[] = [];
  for (const view of views) {
    let cursor: string | undefined;
    do {
      const page = await deps.hosts.listHostRequests(hostKey, view, now, { limit: 100, ...(cursor ? { cursor } : {}) });
      out.push(...page.items);
      cursor = page.next;
    } while (cursor);
  }
  return out;
}

/** Everything stored about the account, as one JSON document: what GET /api/v1/me/export returns. */
export async function exportAccount(deps: YourDataDeps, account: Account, now: Millis) {
  const [sessions, tokens, links, host, requests, journal, calendars] = await Promise.all([
    deps.accounts.listCredentials(account.id, "session"),
    deps.accounts.listCredentials(account.id, "token"),
    deps.hosts.listLinks(account.id),
    deps.store.getHost(account.id),
    allHostRequests(deps, account.id, now),
    deps.journal.load(account.id),
    listCalendarConnections(deps, account.id),
  ]);
  const followUps = new Map<string, FollowUpRecord[]>();
  for (const r of requests) followUps.set(r.id, await deps.store.listFollowUps(r.id));
  const credential = (c: (typeof sessions)[number]) => ({
    id: c.id,
    label: c.label,
    createdAt: iso(c.createdAt),
    ...(c.validUntil !== undefined ? { validUntil: iso(c.validUntil) } : {}),
  });
  const { version: _v, ...profile } = account;
  return {
    exportedAt: iso(now),
    account: { ...profile, createdAt: iso(account.createdAt), updatedAt: iso(account.updatedAt) },
    sessions: sessions.map(credential),
    apiTokens: tokens.map(credential),
    host: host ?? null,
    links: links.map(({ handle: _key, ...link }) => link),
    requests: requests.map(({ outbox: _o, holds: _h, counted: _c, ...r }) => ({
      ...r,
      start: iso(r.start),
      end: iso(r.end),
      followUps: (followUps.get(r.id) ?? []).map((f) => ({ kind: f.kind, at: iso(f.at), status: f.status })),
    })),
    journal,
    // Where each connection points and what it counts; its sealed address or password stays out.
    calendars: calendars.map(({ secret: _s, hostKey: _k, etag: _e, lastModified: _m, range: _r, version: _v, ...c }) => ({
      ...c,
      createdAt: iso(c.createdAt),
      ...(c.lastGoodFetchAt !== undefined ? { lastGoodFetchAt: iso(c.lastGoodFetchAt) } : {}),
      ...(c.lastError ? { lastError: { ...c.lastError, at: iso(c.lastError.at), ...(c.lastError.since !== undefined ? { since: iso(c.lastError.since) } : {}) } } : {}),
    })),
  };
}

/**
 * Closes the account. Chats and requests still ahead are cancelled through the same transition the host's
 * cancel button runs, so guests get the CANCEL invite, with a kind note; every follow-up schedule is
 * deleted; then the account's own data goes, and its handle stays unclaimable for 30 days.
 */
export async function deleteAccount(deps: YourDataDeps, account: Account, now: Millis): Promise<{ cancelled: number }> {
  const hostKey = account.id;
  // Paused first: no new requests while this runs, and the emails below invite nobody to book again.
  for (const link of await deps.hosts.listLinks(hostKey)) {
    if (!link.paused) await deps.store.putLink({ ...link, paused: true });
  }
  let cancelled = 0;
  for (const request of await allHostRequests(deps, hostKey, now, ["unconfirmed", "pending", "upcoming"])) {
    if (request.status === "accepted" && request.start <= now) continue; // under way: it cannot be cancelled now
    const { host, link } = await getLinkView(deps, hostKey, request.slug);
    const chat = { request, host, link };
    const done = await runAction(deps, { action: "cancel_host", actor: "host", chat }, { note: closingNote(host.name) }, now);
    if (done.changed) cancelled += 1;
  }
  for (const request of await allHostRequests(deps, hostKey, now)) await cancelFollowUps(deps, request);
  await deps.scheduler.deleteRecurringSchedule(digestScheduleName(account.id));
  // Sealed passwords, busy time and the refresh schedules go with the account.
  await removeAllCalendars(deps, hostKey);
  await deps.journal.deleteJournal(account.id);
  await deps.hosts.deleteAccount(account, account.handle ? { handle: account.handle, heldUntil: now + HANDLE_HOLD } : undefined);
  return { cancelled };
}

const closingNote = (hostName: string) =>
  `${firstName(hostName)} has closed their coffeechat account, so this chat won't take place. Sorry for the change of plans, and thank you for reaching out — keep asking: the next person you write to may be glad to talk.`;

const iso = (ms: Millis) => new Date(ms).toISOString();
