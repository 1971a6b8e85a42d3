import { DAY, invalidInput, MINUTE, type FollowUpKind, type Issue, type Link } from "../model/index.ts";
import type { ChatStore } from "../ports.ts";
import { validateRules } from "../slots/index.ts";

/** Everything wrong with a link: its availability rules and what a guest needs to book it. Empty when valid. */
export function linkIssues(link: Link): Issue[] {
  const issues = validateRules(link);
  if (link.formats.length === 0) issues.push({ path: "formats", message: "offer at least one way to meet" });
  const kinds = link.formats.map((f) => f.kind);
  kinds.forEach((kind, i) => {
    if (kinds.indexOf(kind) !== i) issues.push({ path: `formats.${i}.kind`, message: `${kind} is offered twice` });
  });
  if (!Number.isInteger(link.requestExpiryDays) || link.requestExpiryDays < 1 || link.requestExpiryDays > 30) {
    issues.push({ path: "requestExpiryDays", message: "must be a whole number of days from 1 to 30" });
  }
  for (const [kind, setting] of Object.entries(link.followUps ?? {}) as [FollowUpKind, { offsetMinutes: number }][]) {
    const range = OFFSETS[kind];
    const offset = setting?.offsetMinutes;
    if (!range) issues.push({ path: `followUps.${kind}`, message: "cannot be switched or moved" });
    else if (!Number.isInteger(offset) || offset < range.min || offset > range.max) {
      issues.push({ path: `followUps.${kind}.offsetMinutes`, message: `must be whole minutes from ${range.min} to ${range.max} (${range.why})` });
    }
  }
  return issues;
}

const minutes = (ms: number) => ms / MINUTE;
/** Before-chat follow-ups must come before the start, after-chat ones after the end; expiries are not the host's to move. */
const OFFSETS: Partial<Record<FollowUpKind, { min: number; max: number; why: string }>> = {
  prep_pack: { min: -minutes(14 * DAY), max: 0, why: "before the chat starts" },
  guest_confirm: { min: -minutes(14 * DAY), max: 0, why: "before the chat starts" },
  reminder: { min: -minutes(2 * DAY), max: 0, why: "before the chat starts" },
  thank_you: { min: 0, max: minutes(7 * DAY), why: "after the chat ends" },
  keep_in_touch: { min: minutes(DAY), max: minutes(180 * DAY), why: "after the chat ends" },
  host_nudge: { min: 60, max: minutes(7 * DAY), why: "after the guest confirms" },
};

/** Stores a booking link only if its availability rules make sense; the issues name each bad field. */
export async function saveLink(store: Pick<ChatStore, "putLink">, link: Link): Promise<void> {
  const issues = linkIssues(link);
  if (issues.length > 0) throw invalidInput(issues);
  await store.putLink(link);
}
