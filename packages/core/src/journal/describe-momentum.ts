import type { WeekCount } from "./progress.ts";

/** "As you complete your first 10 coffee chats, you will start to generate momentum" (seed 004). */
export const MOMENTUM_CHATS = 10;

/**
 * What the last weeks show: chats rising over the last four weeks against the four before, and
 * the first ten behind the seeker. Undefined while there is nothing to say.
 */
export function describeMomentum(weeks: readonly WeekCount[], held: number): string | undefined {
  const recent = sum(weeks.slice(-4));
  const before = sum(weeks.slice(-8, -4));
  const rising = recent > before && recent >= 2 ? `${recent} chats in the last four weeks, up from ${before} in the four before.` : "";
  const tenIn =
    held >= MOMENTUM_CHATS
      ? `Past your first ${MOMENTUM_CHATS}: your story flows more easily now, and every host can point you to the next person.`
      : "";
  return [rising, tenIn].filter(Boolean).join(" ") || undefined;
}

const sum = (weeks: readonly WeekCount[]) => weeks.reduce((n, w) => n + w.chats, 0);
