import { DomainError, type Millis } from "../model/index.ts";
import type { UseCaseDeps } from "./ports.ts";

/** Per address and per guest email, counted in the store so every Lambda instance shares the count. */
export async function enforceRateLimits(deps: UseCaseDeps, who: { ip: string; email: string }, now: Millis) {
  const { rateLimitPerIpPerMinute, rateLimitPerEmailPerHour } = deps.settings;
  const [byIp, byEmail] = await Promise.all([
    deps.rateLimiter.hit(`ip:${who.ip}`, rateLimitPerIpPerMinute, 60, now),
    deps.rateLimiter.hit(`email:${mailboxOf(who.email)}`, rateLimitPerEmailPerHour, 3600, now),
  ]);
  if (!byIp.allowed) throw limited(byIp.retryAfterSeconds);
  if (!byEmail.allowed) throw limited(byEmail.retryAfterSeconds);
}

const limited = (retryAfterSeconds: number) =>
  new DomainError("RATE_LIMITED", `Too many requests; try again in ${retryAfterSeconds} seconds`, { retryAfterSeconds });

/** Providers that deliver `name+anything@` to `name@`; Gmail also ignores dots in the name. */
const PLUS_TAGS = new Set([
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "hotmail.com",
  "live.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "fastmail.com",
  "protonmail.com",
  "proton.me",
]);
const GMAIL = new Set(["gmail.com", "googlemail.com"]);

/**
 * The mailbox an address reaches, so one person can't multiply a per-email limit with
 * `sam+1@gmail.com`, `s.a.m@googlemail.com`, … Unknown providers are taken as written (lowercased).
 */
export function mailboxOf(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf("@");
  if (at < 1) return address;
  const domain = address.slice(at + 1);
  let local = address.slice(0, at);
  if (!PLUS_TAGS.has(domain)) return address;
  local = local.split("+")[0] || local;
  if (GMAIL.has(domain)) return `${local.replaceAll(".", "")}@gmail.com`;
  return `${local}@${domain}`;
}
