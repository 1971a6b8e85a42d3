import type { LocalDate } from "../model/index.ts";
import { epochDay } from "./calendar.ts";
import type { OutreachRate } from "./progress.ts";
import type { JournalSummary } from "./summary.ts";
import type { Goal } from "./types.ts";

/** The journal's sentences, shared by its page and its weekly email so both say the same. */

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "Monday, June 29", with the year when it is not this one. */
export function formatLocalDate(date: LocalDate, today?: LocalDate): string {
  const sameYear = today !== undefined && today.slice(0, 4) === date.slice(0, 4);
  return new Intl.DateTimeFormat("en-US", {
    timeZone: "UTC",
    weekday: "long",
    month: "long",
    day: "numeric",
    ...(sameYear ? {} : { year: "numeric" }),
  }).format(epochDay(date) * 86_400_000);
}

/** Where the pace leads, and what to change when it is too slow ("adjust your sub-goals upward"). */
export function describeProjection(summary: Pick<JournalSummary, "goal" | "projection" | "progress" | "today">): string | undefined {
  const { goal, projection: p, progress, today } = summary;
  if (!goal || !p) return undefined;
  const date = (d: LocalDate) => formatLocalDate(d, today);
  const pace = `At ${goal.chatsPerWeek} a week`;
  if (p.met) {
    return `You have held ${plural(progress.held, "chat")}: your goal of ${goal.targetChats} is reached. Keep going — the best outcome is more than one opportunity to choose from.`;
  }
  if (goal.byDate < today) {
    return `${date(goal.byDate)} has passed with ${plural(p.remaining, "chat")} to go. ${pace} you reach ${goal.targetChats} on ${date(p.reachOn)}: set a new date, or raise the pace.`;
  }
  if (p.onTrack) return `${pace} you reach ${goal.targetChats} chats on ${date(p.reachOn)}, in time for ${date(goal.byDate)}.`;
  return `${pace} you reach ${goal.targetChats} chats on ${date(p.reachOn)}, after ${date(goal.byDate)}. To make it, aim for ${p.neededPerWeek} a week.`;
}

/** What the outreach so far says about the daily sub-goal. */
export function describeRate(rate: OutreachRate | undefined, goal: Goal | undefined): string | undefined {
  if (!rate) return undefined;
  const perChat = `So far a chat has taken about ${rate.outreachPerChat} outreach actions`;
  if (!goal || rate.impliedOutreachPerDay === undefined) return `${perChat}.`;
  const verdict =
    rate.impliedOutreachPerDay > goal.outreachPerDay
      ? `more than your ${goal.outreachPerDay}`
      : rate.impliedOutreachPerDay < goal.outreachPerDay
        ? `fewer than your ${goal.outreachPerDay}`
        : "just your goal";
  return `${perChat}: ${goal.chatsPerWeek} chats a week takes about ${plural(rate.impliedOutreachPerDay, "outreach action")} a day — ${verdict}.`;
}
