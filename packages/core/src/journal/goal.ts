import { invalidInput, type Issue, type LocalDate } from "../model/index.ts";
import { localDateDay } from "../slots/local-time.ts";
import { addDays, daysBetween } from "./calendar.ts";
import type { Goal } from "./types.ts";

/** Bounds of each number of a goal; the API schema reads the same ones. */
export const GOAL_LIMITS = {
  targetChats: { min: 1, max: 1000 },
  chatsPerWeek: { min: 1, max: 100 },
  outreachPerDay: { min: 1, max: 500 },
} as const;

/** Every reason the goal cannot be worked with, each naming its field; nothing when it can. */
export function goalIssues(goal: Goal, path = "goal"): Issue[] {
  const issues: Issue[] = [];
  for (const field of ["targetChats", "chatsPerWeek", "outreachPerDay"] as const) {
    const value = goal[field];
    const { min, max } = GOAL_LIMITS[field];
    if (!Number.isInteger(value)) issues.push({ path: `${path}.${field}`, message: "must be a whole number" });
    else if (value < min) issues.push({ path: `${path}.${field}`, message: `must be at least ${min}` });
    else if (value > max) issues.push({ path: `${path}.${field}`, message: `must be at most ${max}` });
  }
  if (localDateDay(goal.byDate) === undefined) issues.push({ path: `${path}.byDate`, message: "must be a real date YYYY-MM-DD" });
  return issues;
}

/** A goal being set now: valid, and its date not already behind the seeker. */
export function validateNewGoal(goal: Goal, today: LocalDate, path = "goal"): Goal {
  const issues = goalIssues(goal, path);
  if (issues.length === 0 && goal.byDate < today) issues.push({ path: `${path}.byDate`, message: "must be today or later" });
  if (issues.length) throw invalidInput(issues);
  return goal;
}

export interface Projection {
  /** Chats still to hold: max(0, targetChats − held). */
  remaining: number;
  /** When the seeker's own pace (chatsPerWeek) gets there, in whole weeks from today. */
  reachOn: LocalDate;
  /** Chats a week it takes from now to get there by byDate. */
  neededPerWeek: number;
  /** reachOn ≤ byDate. */
  onTrack: boolean;
  /** Nothing remains. Shown before onTrack: a goal met after its date is still met. */
  met: boolean;
}

/**
 * The goal's arithmetic, exactly as issue #13 states it, with `today` in the seeker's zone:
 *   remaining     = max(0, targetChats − held)
 *   reachOn       = today + 7 × ceil(remaining / chatsPerWeek) days   (today when nothing remains)
 *   neededPerWeek = ceil(remaining / max(1, ceil((byDate − today) / 7 days)))
 *   onTrack       = reachOn ≤ byDate
 * Days are calendar days. reachOn counts whole weeks, so a pace of neededPerWeek can still land up to
 * six days after byDate and read as not on track; the page shows both numbers. A byDate already past
 * leaves one week to count in: neededPerWeek is then everything that remains.
 */
export function project(goal: Goal, held: number, today: LocalDate): Projection {
  const issues = goalIssues(goal);
  if (!Number.isInteger(held) || held < 0) issues.push({ path: "held", message: "must be a whole number, 0 or more" });
  if (localDateDay(today) === undefined) issues.push({ path: "today", message: "must be a real date YYYY-MM-DD" });
  if (issues.length) throw invalidInput(issues);

  const remaining = Math.max(0, goal.targetChats - held);
  const reachOn = remaining === 0 ? today : addDays(today, 7 * Math.ceil(remaining / goal.chatsPerWeek));
  const weeksLeft = Math.max(1, Math.ceil(daysBetween(today, goal.byDate) / 7));
  const neededPerWeek = Math.ceil(remaining / weeksLeft);
  return { remaining, reachOn, neededPerWeek, onTrack: reachOn <= goal.byDate, met: remaining === 0 };
}
