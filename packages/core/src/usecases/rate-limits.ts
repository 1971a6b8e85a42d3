import { DomainError, type Millis } from "../model/index.ts";
import type { UseCaseDeps } from "./ports.ts";

/** Per address and per guest email, counted in the store so every Lambda instance shares the count. */
export async function enforceRateLimits(deps: UseCaseDeps, who: { ip: string; email: string }, now: Millis) {
  const { rateLimitPerIpPerMinute, rateLimitPerEmailPerHour } = deps.settings;
  const byIp = await deps.rateLimiter.hit(`ip:${who.ip}`, rateLimitPerIpPerMinute, 60, now);
  if (!byIp.allowed) throw limited(byIp.retryAfterSeconds);
  const byEmail = await deps.rateLimiter.hit(`email:${who.email}`, rateLimitPerEmailPerHour, 3600, now);
  if (!byEmail.allowed) throw limited(byEmail.retryAfterSeconds);
}

const limited = (retryAfterSeconds: number) =>
  new DomainError("RATE_LIMITED", `Too many requests; try again in ${retryAfterSeconds} seconds`, { retryAfterSeconds });
