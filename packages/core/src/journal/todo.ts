import type { LocalDate } from "../model/index.ts";
import { addDays, dateOfInstant, todayOf } from "./calendar.ts";
import { isHeld } from "./status.ts";
import type { JournalData, JournalMoment, Person } from "./types.ts";

/** A week without an answer is when the advice says to follow up once. */
export const FOLLOW_UP_AFTER_DAYS = 7;
/** The same month the keep-in-touch follow-up after a coffeechat chat waits. */
export const KEEP_IN_TOUCH_AFTER_DAYS = 30;

export interface PersonDue {
  person: Person;
  /** The last time the seeker was in touch with them (outreach, a chat, a status change), if known. */
  lastTouch?: LocalDate;
}

/** What to do now, each list oldest first: the longer it waited, the more it matters. */
export interface Todo {
  /** Chats held, no thank-you yet. */
  toThank: PersonDue[];
  /** Reached out a week or more ago, no chat since. */
  followUp: PersonDue[];
  /** Names a host or a friend suggested, not contacted yet. */
  referrals: Person[];
  /** Thanked or keeping in touch, and a month or more since the last contact. */
  keepInTouch: PersonDue[];
  /** Whom to reach out to next: referrals first, then people who know the seeker, then the rest. */
  nextToReach: Person[];
}

export function todoOf(data: JournalData, moment: JournalMoment, nextCount: number): Todo {
  const today = todayOf(moment);
  const touched = lastTouches(data, moment);
  const due = (p: Person): PersonDue => {
    const lastTouch = touched.get(p.id);
    return lastTouch ? { person: p, lastTouch } : { person: p };
  };
  const waitedSince = (days: number) => (d: PersonDue) => d.lastTouch === undefined || d.lastTouch <= addDays(today, -days);
  const withStatus = (...statuses: Person["status"][]) => data.people.filter((p) => statuses.includes(p.status));
  const toContact = withStatus("to_contact").sort(byName);

  return {
    toThank: withStatus("held").map(due).sort(oldestFirst),
    followUp: withStatus("reached_out").map(due).filter(waitedSince(FOLLOW_UP_AFTER_DAYS)).sort(oldestFirst),
    referrals: toContact.filter(isReferral),
    keepInTouch: withStatus("thanked", "keep_in_touch").map(due).filter(waitedSince(KEEP_IN_TOUCH_AFTER_DAYS)).sort(oldestFirst),
    nextToReach: [...toContact.filter(isReferral), ...toContact.filter((p) => !isReferral(p) && knowsSeeker(p)), ...toContact.filter((p) => !isReferral(p) && !knowsSeeker(p))].slice(
      0,
      Math.max(0, nextCount),
    ),
  };
}

const isReferral = (p: Person) => Boolean(p.introducedBy?.trim());
/** "Start easy": people who already know you say yes more often. */
const knowsSeeker = (p: Person) => Boolean(p.howWeKnow?.trim());
const byName = (a: Person, b: Person) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }) || a.id.localeCompare(b.id);
const oldestFirst = (a: PersonDue, b: PersonDue) =>
  (a.lastTouch ?? "").localeCompare(b.lastTouch ?? "") || byName(a.person, b.person);

/** Each person's latest outreach, chat (held or logged) or status change, as the seeker's date. */
function lastTouches(data: JournalData, moment: JournalMoment): Map<string, LocalDate> {
  const latest = new Map<string, LocalDate>();
  const see = (personId: string | undefined, date: LocalDate) => {
    if (personId === undefined) return;
    const known = latest.get(personId);
    if (known === undefined || date > known) latest.set(personId, date);
  };
  for (const o of data.outreach) see(o.personId, o.on);
  for (const c of data.loggedChats) see(c.personId, c.on);
  for (const c of data.chats) if (isHeld(c, moment.now)) see(c.personId, dateOfInstant(c.start, moment.timeZone));
  for (const p of data.people) if (p.statusAt !== undefined) see(p.id, dateOfInstant(p.statusAt, moment.timeZone));
  return latest;
}
