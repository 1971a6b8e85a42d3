import type { CalDavCredentials } from "../../calendars/chat-writer.ts";
import type { CalendarConnection, CalendarSync } from "../../calendars/ports.ts";
import { openSecret } from "../calendars/deps.ts";
import { calendarObjectFor } from "../../messages/invite.ts";
import type { CalendarCopy, Chat, ChatRequest, Millis, Outbox } from "../../model/index.ts";
import type { UseCaseDeps } from "../ports.ts";

/** What bringing the copy up to date did: written or removed (where the copy now is), or why nothing was needed. */
export type CalendarCopyOutcome = { copy: CalendarCopy | undefined } | { skipped: string };

/**
 * Makes the host's calendar match the chat as it is now — not as it was when the step was made — so
 * a retry after a later change writes the newest time and SEQUENCE, and a cancel that came meanwhile
 * removes instead. Both writes are idempotent (the object is named after the chat's UID).
 */
export async function syncHostCalendar(deps: Pick<UseCaseDeps, "calendarSync">, chat: Chat, now: Millis): Promise<CalendarCopyOutcome> {
  const { request, host, link } = chat;
  if (request.status === "completed") return { skipped: "the chat has taken place" };
  const calendars = deps.calendarSync;
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

async function removeCopy(calendars: CalendarSync, request: ChatRequest, copy: CalendarCopy): Promise<boolean> {
  const at = await copyAt(calendars, request.handle, copy);
  if (!at) return false;
  await calendars.writer.deleteChat(await credentials(calendars, at.connection), at.calendarUrl, request.uid);
  return true;
}

/** Where a copy was written, while its connection is still there. */
async function copyAt(calendars: CalendarSync, hostKey: string, copy: CalendarCopy) {
  const connection = await calendars.store.getConnection(hostKey, copy.connectionId);
  return connection?.kind === "caldav" ? { connection, calendarUrl: copy.calendarUrl } : undefined;
}

/** The one CalDAV calendar the host chose for chats (addChats), if any. */
async function chatCalendarOf(calendars: CalendarSync, hostKey: string) {
  const connections = await calendars.store.listConnections(hostKey);
  for (const connection of connections) {
    if (connection.kind !== "caldav") continue;
    const chosen = connection.calendars.find((c) => c.addChats && c.url);
    if (chosen?.url) return { connection, calendarUrl: chosen.url };
  }
  return undefined;
}

async function credentials(calendars: CalendarSync, connection: CalendarConnection): Promise<CalDavCredentials> {
  const secret = await openSecret(calendars, connection);
  if (secret.kind !== "caldav") throw new Error(`calendar connection ${connection.id} holds no CalDAV account`);
  return { url: secret.url, username: secret.username, password: secret.password };
}

/** The outbox remembering where the copy now is (or that there is none). */
export function withCalendarCopy(outbox: Outbox, copy: CalendarCopy | undefined): Outbox {
  const { calendarCopy: _, ...rest } = outbox;
  return copy ? { ...rest, calendarCopy: copy } : rest;
}
