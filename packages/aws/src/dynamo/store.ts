import { GetCommand, PutCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type {
  BusyBlock,
  CapCounter,
  ChatRequest,
  ChatStore,
  FollowUpKind,
  FollowUpRecord,
  FollowUpStatus,
  Host,
  Interval,
  Link,
  Millis,
  Outbox,
} from "@coffeechat/core";
import type { TableContext } from "./context.ts";
import { createRequest } from "./create-request.ts";
import { dynamoCall } from "./errors.ts";
import { replaceOutbox } from "./outbox.ts";
import { getFollowUp, listFollowUps, putFollowUps, recordFollowUpFailure, setFollowUpStatus } from "./follow-ups.ts";
import { getItems } from "./batch-get.ts";
import { keys, withoutKeys } from "./keys.ts";
import { listBusy } from "./list-busy.ts";
import { listChatsByGuestEmail, type GuestChatPage } from "./guest-chats.ts";
import { RecentReads } from "./recent-reads.ts";
import { readRequest } from "./request-item.ts";
import { updateRequest } from "./update-request.ts";

/**
 * ChatStore over one DynamoDB table. Keys (pk / sk):
 *   HOST#h / HOST, HOST#h / LINK#slug — host and link; HOST#h / CALENDARS — ids of its calendar connections
 *   REQ#id / REQ (gsi1: HOST#h / REQ#<start ISO>#id) — request; REQ#id / FU#kind — its follow-ups
 *   LOCK#h / BLOCK#<15-digit ms> — one per 5-minute block a request holds (per host, not per link)
 *   GUEST#h#email / OPEN — the guest's one open request with a host
 *   SUPPRESS#email / SUPPRESS — an address we must not mail
 * gsi2: GUEST#email / <start ISO>#id — an address's chats across hosts, once its guest confirmed it
 * The journal's keys are in keys.ts and journal/ (DynamoJournalStore).
 */
export class DynamoChatStore implements ChatStore {
  private readonly ctx: TableContext;
  /** What updateRequest would otherwise read again right after the caller's getRequest. */
  private readonly recentReads = new RecentReads();

  constructor(options: { client: DynamoDBDocumentClient; tableName: string }) {
    this.ctx = { doc: options.client, tableName: options.tableName };
  }

  getHost(handle: string): Promise<Host | undefined> {
    return this.get<Host>("read host", keys.host(handle));
  }
  putHost(host: Host): Promise<void> {
    return this.put("save host", { ...host, ...keys.host(host.handle) });
  }
  getLink(handle: string, slug: string): Promise<Link | undefined> {
    return this.get<Link>("read link", keys.link(handle, slug));
  }
  putLink(link: Link): Promise<void> {
    return this.put("save link", { ...link, ...keys.link(link.handle, link.slug) });
  }
  async getHostAndLink(handle: string, slug: string): Promise<{ host?: Host; link?: Link }> {
    const [host, link] = await getItems(this.ctx, "read host and link", [keys.host(handle), keys.link(handle, slug)]);
    return hostAndLink(host, link);
  }
  async getHostLinkAndCalendars(handle: string, slug: string): Promise<{ host?: Host; link?: Link; hasCalendars: boolean }> {
    const [host, link, calendars] = await getItems(this.ctx, "read host and link", [
      keys.host(handle),
      keys.link(handle, slug),
      keys.hostCalendars(handle),
    ]);
    const connections = calendars?.["connections"] as ReadonlySet<string> | undefined;
    return { ...hostAndLink(host, link), hasCalendars: (connections?.size ?? 0) > 0 };
  }

  listBusy(handle: string, from: Millis, to: Millis): Promise<BusyBlock[]> {
    return listBusy(this.ctx, handle, from, to);
  }
  createRequest(request: ChatRequest, occupied: Interval, counters?: CapCounter[], followUps?: FollowUpRecord[]): Promise<void> {
    return createRequest(this.ctx, request, occupied, counters, followUps);
  }
  async getRequest(id: string): Promise<ChatRequest | undefined> {
    const stored = await readRequest(this.ctx, id);
    if (stored) this.recentReads.remember(stored);
    return stored?.request;
  }
  listChatsByGuestEmail(email: string, page?: { limit?: number; cursor?: string }): Promise<GuestChatPage> {
    return listChatsByGuestEmail(this.ctx, email, page);
  }
  async getOpenRequestId(handle: string, email: string): Promise<string | undefined> {
    const lock = await this.get<{ requestId: string }>("read open request", keys.guestLock(handle, email), true);
    return lock?.requestId;
  }
  updateRequest(
    next: ChatRequest,
    expectedVersion: number,
    locks?: { release?: boolean; move?: Interval; counters?: CapCounter[] },
  ): Promise<void> {
    return updateRequest(this.ctx, next, expectedVersion, locks, this.recentReads.at(next.id, expectedVersion));
  }

  putFollowUps(records: FollowUpRecord[]): Promise<void> {
    return putFollowUps(this.ctx, records);
  }
  listFollowUps(requestId: string): Promise<FollowUpRecord[]> {
    return listFollowUps(this.ctx, requestId);
  }
  getFollowUp(requestId: string, kind: FollowUpKind): Promise<FollowUpRecord | undefined> {
    return getFollowUp(this.ctx, requestId, kind);
  }
  setFollowUpStatus(
    requestId: string,
    kind: FollowUpKind,
    from: FollowUpStatus | FollowUpStatus[],
    to: FollowUpStatus,
    extra?: { sentAt?: Millis; reason?: string; delivered?: ("host" | "guest")[] },
  ): Promise<boolean> {
    return setFollowUpStatus(this.ctx, requestId, kind, from, to, extra);
  }
  replaceOutbox(requestId: string, expectedRev: number, next: Outbox): Promise<boolean> {
    return replaceOutbox(this.ctx, requestId, expectedRev, next);
  }
  recordFollowUpFailure(requestId: string, kind: FollowUpKind, reason: string, maxAttempts: number): Promise<FollowUpStatus> {
    return recordFollowUpFailure(this.ctx, requestId, kind, reason, maxAttempts);
  }

  async isSuppressed(email: string): Promise<boolean> {
    return (await this.get("read suppression", keys.suppression(email))) !== undefined;
  }
  suppress(email: string, reason: string, at: Millis): Promise<void> {
    return this.put("suppress address", { ...keys.suppression(email), email: email.trim().toLowerCase(), reason, at });
  }

  private async get<T>(what: string, key: { pk: string; sk: string }, consistent = false): Promise<T | undefined> {
    const { Item } = await dynamoCall(what, () =>
      this.ctx.doc.send(new GetCommand({ TableName: this.ctx.tableName, Key: key, ConsistentRead: consistent })),
    );
    return Item ? withoutKeys<T>(Item) : undefined;
  }
  private async put(what: string, item: Record<string, unknown>): Promise<void> {
    await dynamoCall(what, () => this.ctx.doc.send(new PutCommand({ TableName: this.ctx.tableName, Item: item })));
  }
}

const hostAndLink = (host: Record<string, unknown> | undefined, link: Record<string, unknown> | undefined) => ({
  ...(host ? { host: withoutKeys<Host>(host) } : {}),
  ...(link ? { link: withoutKeys<Link>(link) } : {}),
});
