import type { Actor, ChatRequest, EmailTemplate, Millis } from "../model/index.ts";

export type { Actor, EmailTemplate };

/** Why an open request ran out: the guest never confirmed, or the host never answered. */
export type ExpiryReason = "unconfirmed" | "unanswered";

export type LifecycleEvent =
  | { type: "confirm_email" }
  | { type: "accept" }
  | { type: "decline"; note?: string }
  /** A host's note (optional) reaches the guest with the cancellation. */
  | { type: "cancel"; by: Actor; note?: string }
  | { type: "reschedule"; start: Millis; end: Millis; by: Actor }
  | { type: "expire"; reason: ExpiryReason }
  | { type: "complete" }
  | { type: "edit_questions"; questions: string[] }
  | { type: "did_not_happen"; by: Actor }
  | { type: "add_referrals"; names: string[] };

export type LifecycleEventType = LifecycleEvent["type"];

/**
 * What the caller must do after storing `next`, in this order. Effects are data, so the state
 * machine stays pure and a test can read exactly what a transition asks for.
 * - email: one message per recipient; `invite` attaches an .ics with that METHOD, built from
 *   `next` (its uid and sequence). `by` says who acted, for the wording.
 * - release_hold: drop the slot locks and the guest's open-request lock (updateRequest release).
 * - move_hold: swap the locks for the new chat interval (updateRequest move; buffers added by caller).
 * - plan_followups: re-plan for `next` (followups/planFor) — the version changed, so every schedule
 *   planned for the old version is stale and must be replaced.
 * - cancel_followups: delete every schedule of the request.
 */
export type Effect =
  | { type: "email"; template: EmailTemplate; to: Actor | "both"; invite?: "REQUEST" | "CANCEL"; by?: Actor }
  | { type: "release_hold" }
  | { type: "move_hold"; start: Millis; end: Millis }
  | { type: "plan_followups" }
  | { type: "cancel_followups" };

export type Outcome =
  | { kind: "changed"; next: ChatRequest; effects: Effect[] }
  /** The event was already applied (acting twice); nothing to store, nothing to send. */
  | { kind: "unchanged"; current: ChatRequest };

/** What one transition decides, before applyEvent stamps version, updatedAt and sequence. */
export type Decision =
  | { kind: "unchanged" }
  | { kind: "change"; patch: Partial<ChatRequest>; effects: Effect[]; bumpSequence?: boolean };

export const UNCHANGED: Decision = { kind: "unchanged" };
