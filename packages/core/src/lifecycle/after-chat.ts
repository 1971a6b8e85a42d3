import type { ChatRequest, Millis } from "../model/index.ts";
import { isOpen } from "./status.ts";
import { invalidTransition } from "./invalid.ts";
import { UNCHANGED, type Actor, type Decision } from "./types.ts";

/** Once the chat's time has come: it happened, it did not, and who the guest should meet next. */

export function complete(request: ChatRequest, now: Millis): Decision {
  if (request.status === "completed") return UNCHANGED;
  if (request.status !== "accepted") throw invalidTransition(request, "complete");
  if (now < request.end) throw invalidTransition(request, "complete", "the chat has not ended yet");
  // Re-plan so thank-you and keep-in-touch follow the new version; release so the guest may book again.
  return {
    kind: "change",
    patch: { status: "completed" },
    effects: [{ type: "release_hold" }, { type: "plan_followups" }],
  };
}

/**
 * A chat that did not take place ends as "cancelled" (by whoever reported it): no invite is sent,
 * since the event is already in the past, and the after-chat follow-ups stop.
 */
export function didNotHappen(request: ChatRequest, by: Actor, now: Millis): Decision {
  if (request.status === "cancelled") return UNCHANGED;
  if (request.status !== "accepted" && request.status !== "completed") throw invalidTransition(request, "did_not_happen");
  if (now < request.start) throw invalidTransition(request, "did_not_happen", "the chat has not started; cancel it instead");
  return {
    kind: "change",
    patch: { status: "cancelled", cancelledBy: by },
    effects: [...(isOpen(request.status) ? [{ type: "release_hold" } as const] : []), { type: "cancel_followups" }],
  };
}

/** Adds names not already listed (compared trimmed, ignoring case); nothing new is a no-op. */
export function addReferrals(request: ChatRequest, names: string[], now: Millis): Decision {
  if (request.status !== "accepted" && request.status !== "completed") throw invalidTransition(request, "add_referrals");
  if (now < request.start) throw invalidTransition(request, "add_referrals", "the chat has not started");
  const known = new Set(request.referrals.map(key));
  const added: string[] = [];
  for (const name of names) {
    const trimmed = name.trim();
    if (!trimmed || known.has(key(trimmed))) continue;
    known.add(key(trimmed));
    added.push(trimmed);
  }
  if (added.length === 0) return UNCHANGED;
  // The keep-in-touch follow-up was planned for the old version; re-plan keeps it alive.
  return { kind: "change", patch: { referrals: [...request.referrals, ...added] }, effects: [{ type: "plan_followups" }] };
}

const key = (name: string) => name.trim().toLowerCase();
