import type { LocalDate } from "../model/index.ts";
import { addDays, dateOfInstant, inWeek, todayOf, weekStartOf } from "./calendar.ts";
import { isBooked, isHeld } from "./status.ts";
import type { Goal, JournalData, JournalMoment } from "./types.ts";

export interface Progress {
  held: number;
  booked: number;
  chatsThisWeek: number;
  outreachToday: number;
  outreachThisWeek: number;
}

/**
 * The seeker's calendar dates of every chat that took place: coffeechat chats whose end has passed
 * (on the date they started) and chats logged by hand (not later than today).
 */
export function heldDates(data: Pick<JournalData, "chats" | "loggedChats">, moment: JournalMoment): LocalDate[] {
  const today = todayOf(moment);
  return [
    ...data.chats.filter((c) => isHeld(c, moment.now)).map((c) => dateOfInstant(c.start, moment.timeZone)),
    ...data.loggedChats.filter((c) => c.on <= today).map((c) => c.on),
  ].sort();
}

/**
 * The seeker's dates of every outreach action: each one logged, and each request sent through
 * coffeechat with a confirmed address (asking for a chat is reaching out, and nobody logs it twice).
 */
export function outreachDates(data: Pick<JournalData, "chats" | "outreach">, moment: JournalMoment): LocalDate[] {
  return [
    ...data.outreach.map((o) => o.on),
    ...data.chats.filter((c) => c.status !== "awaiting_email").map((c) => dateOfInstant(c.createdAt, moment.timeZone)),
  ].sort();
}

export function progressOf(data: JournalData, moment: JournalMoment): Progress {
  const today = todayOf(moment);
  const week = weekStartOf(today);
  const held = heldDates(data, moment);
  const outreach = outreachDates(data, moment);
  return {
    held: held.length,
    booked: data.chats.filter((c) => isBooked(c, moment.now)).length,
    chatsThisWeek: held.filter((d) => inWeek(d, week)).length,
    outreachToday: outreach.filter((d) => d === today).length,
    outreachThisWeek: outreach.filter((d) => inWeek(d, week)).length,
  };
}

export interface WeekCount {
  /** The Monday the week starts on. */
  weekStart: LocalDate;
  chats: number;
}

/** Chats held in each of the `weeks` weeks up to and including this one, oldest first. */
export function chatsByWeek(held: readonly LocalDate[], today: LocalDate, weeks: number): WeekCount[] {
  const thisWeek = weekStartOf(today);
  return Array.from({ length: weeks }, (_, i) => {
    const weekStart = addDays(thisWeek, -7 * (weeks - 1 - i));
    return { weekStart, chats: held.filter((d) => inWeek(d, weekStart)).length };
  });
}

/**
 * How much outreach a chat has taken so far. Below MIN_OUTREACH outreach actions or MIN_CHATS chats
 * (held or booked) the ratio swings too much to plan by (one more chat changes it by half), so there
 * is none yet.
 */
export const RATE_MIN_OUTREACH = 20;
export const RATE_MIN_CHATS = 3;

export interface OutreachRate {
  /** Outreach actions per chat held or booked, to one decimal. */
  outreachPerChat: number;
  /** The outreach a day that the goal's chatsPerWeek takes at that rate, rounded up. */
  impliedOutreachPerDay?: number;
}

export function outreachRate(data: JournalData, moment: JournalMoment, goal?: Goal): OutreachRate | undefined {
  const outreach = outreachDates(data, moment).length;
  const chats = heldDates(data, moment).length + data.chats.filter((c) => isBooked(c, moment.now)).length;
  if (outreach < RATE_MIN_OUTREACH || chats < RATE_MIN_CHATS) return undefined;
  return {
    outreachPerChat: Math.round((outreach * 10) / chats) / 10,
    // Integers divided once, so an exact quotient is never nudged up by a rounding error.
    ...(goal ? { impliedOutreachPerDay: Math.ceil((outreach * goal.chatsPerWeek) / (chats * 7)) } : {}),
  };
}
