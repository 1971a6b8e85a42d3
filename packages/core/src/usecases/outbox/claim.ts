import type { ChatRequest, Millis, Outbox, OutboxStep } from "../../model/index.ts";
import { CLAIM_TIMEOUT, isOwed, laneOf, staleStep } from "./plan.ts";

/** What one run of the outbox has under way. */
export interface Run {
  /** The run's claim: written on each step it is about to perform. */
  claim: string;
  /** Steps the run has started and not yet recorded. */
  busy: ReadonlySet<string>;
  /** Lanes the run leaves alone from now on: a step in them failed or has to wait. */
  held: ReadonlySet<string>;
}

export interface Claimed {
  outbox: Outbox;
  /** The steps to perform now, claimed just now. (Steps a change's own write claimed for the run are started by the drain, so they are busy here.) */
  start: OutboxStep[];
  /** Lanes whose next step cannot go yet (batched for later, or another process's live claim). */
  waiting: string[];
}

/**
 * Claims the next step of every lane that can go now, all in the one write that carries the
 * result. Lanes are independent (each person's emails, the schedules, the host's calendar copy),
 * so their steps run side by side, with one exception: emails go one at a time, in the outbox's
 * order. An email's Message-ID is recorded by the write right after its send (the only guard
 * against sending it twice after a crash), and that write also claims the next email; so no email
 * is ever claimed while another one's send is unrecorded, and a hung send to one person never
 * holds back the record of another's. A step that no longer applies is marked skipped here and
 * the lane goes on to its next step.
 */
export function claimNext(outbox: Outbox, request: ChatRequest, run: Run, now: Millis): Claimed {
  const steps = [...outbox.steps];
  const taken = new Set<string>(run.held);
  let emailBusy = false;
  for (const step of steps) {
    if (!run.busy.has(step.id)) continue;
    taken.add(laneOf(step));
    emailBusy ||= step.type === "email";
  }
  const start: OutboxStep[] = [];
  const waiting: string[] = [];
  const take = (step: OutboxStep) => {
    start.push(step);
    taken.add(laneOf(step));
    emailBusy ||= step.type === "email";
  };
  steps.forEach((step, i) => {
    const lane = laneOf(step);
    if (!isOwed(step) || taken.has(lane)) return;
    const later = step.notBefore !== undefined && step.notBefore > now;
    const claimedElsewhere = step.state === "sending" && (step.claimedAt ?? 0) + CLAIM_TIMEOUT > now;
    if (later || claimedElsewhere) {
      waiting.push(lane);
      taken.add(lane);
      return;
    }
    const stale = staleStep(step, request);
    if (stale) return void (steps[i] = { ...step, state: "skipped", reason: stale });
    if (step.type === "email" && emailBusy) return void taken.add(lane);
    steps[i] = { ...step, state: "sending", claim: run.claim, claimedAt: now };
    take(steps[i]!);
  });
  return { outbox: { ...outbox, steps }, start, waiting };
}
