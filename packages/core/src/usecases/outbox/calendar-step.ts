import { connectionSecretContext, type CalDavCredentials, type HostCalendarDeps } from "../../calendars/chat-writer.ts";
import type { CalendarConnection, ConnectionSecret } from "../../calendars/ports.ts";
import { calendarObjectFor } from "../../messages/invite.ts";
import type { CalendarCopy, ChatRequest, Millis, Outbox, OutboxStep } from "../../model/index.ts";
import type { Chat } from "../../model/index.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { ChangeEffect } from "./plan.ts";

/**
 * The chat's copy in the host's own CalDAV calendar, kept as an outbox step beside the emails, so a
 * calendar server that is down gets the same retries, the same "failed" and the same "try again".
 *
 * The host's calendar follows the host's invite: whenever a change sends the host an invite
 * (accept, reschedule: REQUEST; cancelling an accepted chat: CANCEL) the copy is brought up to date.
 * A request still waiting for the host's answer is never written (the feed shows those as
 * tentative), so a decline has nothing to remove.
 */
export function calendarStepsOf(effects: ChangeEffect[], next: ChatRequest): OutboxStep[] {
  const invite = effects.find(
    (e) => e.type === "email" && "invite" in e && e.invite !== undefined && (e.to === "host" || e.to === "both"),
  );
  if (!invite || invite.type !== "email" || !("invite" in invite) || !invite.invite) return [];
  const op = invite.invite === "CANCEL" ? "delete" : "put";
  return [{ id: `calendar.${next.version}`, version: next.version, type: "calendar", op, state: "pending" }];
}

/** What bringing the copy up to date did: written or removed (where the copy now is), or why nothing was needed. */
export type CalendarSync = { copy: CalendarCopy | undefined } | { skipped: string };

/**
 * Makes the host's calendar match the chat as it is now — not as it was when the step was made — so
 * a retry after a later change writes the newest time and SEQUENCE, and a cancel that came meanwhile
 * removes instead. Both writes are idempotent (the object is named after the chat's UID).
 */
export async function syncHostCalendar(deps: Pick<UseCaseDeps, "hostCalendar">, chat: Chat, now: Millis): Promise<CalendarSync> {
  const { request, host, link } = chat;
  if (request.status === "completed") return { skipped: "the chat has taken place" };
  const calendars = deps.hostCalendar;
  if (!calendars) return { skipped: "writing into calendars is not set up on this service" };
  const recorded = request.outbox?.calendarCopy;

  if (request.status === "accepted") {
    // No calendar chosen for chats any more: a copy written before is still kept right, not left at an old time.
    const target = (await chatCalendarOf(calendars, request.handle)) ?? (recorded && (await copyAt(calendars, request.handle, recorded)));
    if (!target) return { skipped: "no calendar is chosen for chats" };
    const ics = calendarObjectFor(request, host, link, now);
    await calendars.writer.putChat(await credentials(calendars, target.connection), target.calendarUrl, request.uid, ics);
    // Moved to another calendar since: the old copy goes, or the host sees the chat twice.
    if (recorded && (recorded.calendarUrl !== target.calendarUrl || recorded.connectionId !== target.connection.id)) {
      await removeCopy(calendars, request, recorded);
    }
    return { copy: { connectionId: target.connection.id, calendarUrl: target.calendarUrl } };
  }

  // Anything else the chat can be now means it is not happening: its copy goes.
  const where = recorded ?? (await chatCalendarOf(calendars, request.handle).then((t) => t && { connectionId: t.connection.id, calendarUrl: t.calendarUrl }));
  if (!where) return { skipped: "no calendar holds the chat" };
  const removed = await removeCopy(calendars, request, where);
  return removed ? { copy: undefined } : { skipped: "the calendar that held the chat is no longer connected" };
}

async function removeCopy(calendars: HostCalendarDeps, request: ChatRequest, copy: CalendarCopy): Promise<boolean> {
  const at = await copyAt(calendars, request.handle, copy);
  if (!at) return false;
  await calendars.writer.deleteChat(await credentials(calendars, at.connection), at.calendarUrl, request.uid);
  return true;
}

/** Where a copy was written, while its connection is still there. */
async function copyAt(calendars: HostCalendarDeps, hostKey: string, copy: CalendarCopy) {
  const connection = await calendars.connections.getConnection(hostKey, copy.connectionId);
  return connection?.kind === "caldav" ? { connection, calendarUrl: copy.calendarUrl } : undefined;
}

/** The one CalDAV calendar the host chose for chats (addChats), if any. */
async function chatCalendarOf(calendars: HostCalendarDeps, hostKey: string) {
  const connections = await calendars.connections.listConnections(hostKey);
  for (const connection of connections) {
    if (connection.kind !== "caldav") continue;
    const chosen = connection.calendars.find((c) => c.addChats && c.url);
    if (chosen?.url) return { connection, calendarUrl: chosen.url };
  }
  return undefined;
}

async function credentials(calendars: HostCalendarDeps, connection: CalendarConnection): Promise<CalDavCredentials> {
  const secret = JSON.parse(await calendars.secretBox.open(connection.secret, connectionSecretContext(connection.hostKey, connection.id))) as ConnectionSecret;
  if (secret.kind !== "caldav") throw new Error(`calendar connection ${connection.id} holds no CalDAV account`);
  return { url: secret.url, username: secret.username, password: secret.password };
}

/** The outbox remembering where the copy now is (or that there is none). */
export function withCalendarCopy(outbox: Outbox, copy: CalendarCopy | undefined): Outbox {
  const { calendarCopy: _, ...rest } = outbox;
  return copy ? { ...rest, calendarCopy: copy } : rest;
}
