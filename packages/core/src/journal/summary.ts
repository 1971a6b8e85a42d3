import type { LocalDate } from "../model/index.ts";
import { todayOf } from "./calendar.ts";
import { project, type Projection } from "./goal.ts";
import { chatsByWeek, heldDates, outreachRate, progressOf, type OutreachRate, type Progress, type WeekCount } from "./progress.ts";
import { applyMoves, movesFromChat } from "./status.ts";
import { todoOf, type Todo } from "./todo.ts";
import type { Goal, JournalData, JournalMoment, Person } from "./types.ts";

/** What GET /api/v1/me/journal answers, and what the page and the digest are drawn from. */
export interface JournalSummary {
  today: LocalDate;
  goal?: Goal;
  progress: Progress;
  projection?: Projection;
  rate?: OutreachRate;
  /** Chats held per week, oldest first, this week last. */
  weeks: WeekCount[];
  todo: Todo;
}

export const CHART_WEEKS = 8;
/** Without a goal there is no daily sub-goal to size the list by. */
const NEXT_WITHOUT_GOAL = 5;

export function summarizeJournal(data: JournalData, moment: JournalMoment): JournalSummary {
  const today = todayOf(moment);
  const progress = progressOf(data, moment);
  const rate = outreachRate(data, moment, data.goal);
  return {
    today,
    ...(data.goal ? { goal: data.goal, projection: project(data.goal, progress.held, today) } : {}),
    progress,
    ...(rate ? { rate } : {}),
    weeks: chatsByWeek(heldDates(data, moment), today, CHART_WEEKS),
    todo: todoOf(data, moment, data.goal?.outreachPerDay ?? NEXT_WITHOUT_GOAL),
  };
}

/**
 * People with what their coffeechat chats say applied (see status.ts), and those whose status
 * moved, so the caller can store the moves. Reading settles statuses that time alone changes (a
 * chat's end passing) without a job that fires at every chat's end.
 */
export function settleStatuses(data: Pick<JournalData, "people" | "chats">, now: number): { people: Person[]; changed: Person[] } {
  const chatsOf = new Map<string, JournalData["chats"]>();
  for (const chat of data.chats) {
    if (chat.personId === undefined) continue;
    chatsOf.set(chat.personId, [...(chatsOf.get(chat.personId) ?? []), chat]);
  }
  const changed: Person[] = [];
  const people = data.people.map((person) => {
    const settled = applyMoves(person, (chatsOf.get(person.id) ?? []).flatMap((c) => movesFromChat(c, now)));
    if (settled !== person) changed.push(settled);
    return settled;
  });
  return { people, changed };
}
