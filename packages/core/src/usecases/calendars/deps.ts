import { DomainError } from "../../model/index.ts";
import { connectionSecretContext } from "../../calendars/chat-writer.ts";
import type { CalendarConnection, CalendarSync, ConnectionSecret } from "../../calendars/ports.ts";
import type { Link } from "../../model/index.ts";
import type { UseCaseDeps } from "../ports.ts";

/** What a refresh needs: the sync parts, the host's record (zone, address) and links (horizon). */
export type RefreshDeps = Pick<UseCaseDeps, "store" | "calendarSync"> & {
  hosts?: { listLinks(hostKey: string): Promise<Link[]> };
};

/** What the calendar use cases need: a refresh's deps, ids and rate limits. */
export type CalendarDeps = RefreshDeps & Pick<UseCaseDeps, "newId" | "rateLimiter">;

export function syncOf(deps: Pick<UseCaseDeps, "calendarSync">): CalendarSync {
  if (!deps.calendarSync) throw new DomainError("NOT_FOUND", "Calendars are not set up on this server");
  return deps.calendarSync;
}

export const connectionNotFound = (id: string) => new DomainError("NOT_FOUND", `You have no calendar connection ${id}`);

/** A connection's secret, opened under its own record's context. */
export async function openSecret(sync: Pick<CalendarSync, "secrets">, c: CalendarConnection): Promise<ConnectionSecret> {
  return JSON.parse(await sync.secrets.open(c.secret, connectionSecretContext(c.hostKey, c.id))) as ConnectionSecret;
}
