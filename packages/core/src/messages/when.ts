import { DateTime } from "luxon";
import { DomainError } from "../model/errors.ts";
import type { Millis } from "../model/time.ts";

/** "Tuesday, March 10, 2026, 10:00 AM EDT (America/New_York)": unambiguous for any reader. */
export function formatInstant(at: Millis, zone: string): string {
  const local = DateTime.fromMillis(at, { zone, locale: "en-US" });
  if (!local.isValid) throw new DomainError("INVALID_INPUT", `unknown time zone: ${zone}`);
  return `${local.toFormat("cccc, LLLL d, yyyy, h:mm a ZZZZ")} (${zone})`;
}

/** A chat's start in one zone, with its length: "… (America/New_York), 20 minutes". */
export function formatChatTime(start: Millis, end: Millis, zone: string): string {
  return `${formatInstant(start, zone)}, ${Math.round((end - start) / 60_000)} minutes`;
}

/** "Tuesday, March 10": short enough for a subject line, in the reader's zone. */
export function formatDay(at: Millis, zone: string): string {
  const local = DateTime.fromMillis(at, { zone, locale: "en-US" });
  if (!local.isValid) throw new DomainError("INVALID_INPUT", `unknown time zone: ${zone}`);
  return local.toFormat("cccc, LLLL d");
}
