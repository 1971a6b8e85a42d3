import { DomainError, type Millis } from "../../model/index.ts";
import type { CalendarDeps } from "./deps.ts";

/** Connecting and refreshing make us fetch someone else's server: counted per host per hour. */
export async function enforceCalendarLimit(deps: Pick<CalendarDeps, "rateLimiter">, key: string, perHour: number, now: Millis): Promise<void> {
  const { allowed, retryAfterSeconds } = await deps.rateLimiter.hit(key, perHour, 3600, now);
  if (!allowed) {
    throw new DomainError("RATE_LIMITED", `Too many calendar fetches; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`, { retryAfterSeconds });
  }
}
