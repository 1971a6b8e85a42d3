import { DomainError } from "../../model/index.ts";
import type { CalendarSync } from "../../calendars/ports.ts";
import type { Link } from "../../model/index.ts";
import type { UseCaseDeps } from "../ports.ts";

/** What the calendar use cases need: the sync parts, the host's record (zone, address) and links (horizon). */
export type CalendarDeps = Pick<UseCaseDeps, "store" | "newId" | "rateLimiter" | "calendarSync"> & {
  hosts?: { listLinks(hostKey: string): Promise<Link[]> };
};

export function syncOf(deps: Pick<UseCaseDeps, "calendarSync">): CalendarSync {
  if (!deps.calendarSync) throw new DomainError("NOT_FOUND", "Calendars are not set up on this server");
  return deps.calendarSync;
}

export const connectionNotFound = (id: string) => new DomainError("NOT_FOUND", `You have no calendar connection ${id}`);
