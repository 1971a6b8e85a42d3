import { DAY } from "@coffeechat/core";
import { addDays, localDateOf, mondayOf } from "./dates.ts";

export interface WeekWindow {
  weekStart: string;
  weekEnd: string;
  canGoBack: boolean;
  canGoForward: boolean;
}

/** The week a slot picker shows: the one asked for (`?week=`), kept between this week and the horizon's. */
export function weekWindow(asked: string | undefined, timeZone: string, now: number, horizonDays: number): WeekWindow {
  const thisWeek = mondayOf(localDateOf(now, timeZone));
  const lastWeek = mondayOf(localDateOf(now + horizonDays * DAY, timeZone));
  const valid = asked !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(asked) && !Number.isNaN(Date.parse(asked));
  const wanted = valid ? mondayOf(asked) : thisWeek;
  const weekStart = wanted < thisWeek ? thisWeek : wanted > lastWeek ? lastWeek : wanted;
  return { weekStart, weekEnd: addDays(weekStart, 6), canGoBack: weekStart > thisWeek, canGoForward: weekStart < lastWeek };
}
