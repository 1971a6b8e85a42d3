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
  /** To thank: the day of the last chat. Otherwise the last contact (outreach, a chat, a status change). */
  since?: LocalDate;
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
  const { chats, touches } = lastDates(data, moment);
  const due = (dates: Map<string, LocalDate>) => (p: Person): PersonDue => {
    const since = dates.get(p.id);
    return since ? { person: p, since } : { person: p };
  };
  const waitedSince = (days: number) => (d: PersonDue) => d.since === undefined || d.since <= addDays(today, -days);
  const withStatus = (...statuses: Person["status"][]) => data.people.filter((p) => statuses.includes(p.status));
  const toContact = withStatus("to_contact").sort(byName);

  return {
    toThank: withStatus("held").map(due(chats)).sort(oldestFirst),
    followUp: withStatus("reached_out").map(due(touches)).filter(waitedSince(FOLLOW_UP_AFTER_DAYS)).sort(oldestFirst),
    referrals: toContact.filter(isReferral),
    keepInTouch: withStatus("thanked", "keep_in_touch").map(due(touches)).filter(waitedSince(KEEP_IN_TOUCH_AFTER_DAYS)).sort(oldestFirst),
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
  (a.since ?? "").localeCompare(b.since ?? "") || byName(a.person, b.person);

/** Each person's latest chat (held or logged), and latest contact of any kind, as the seeker's dates. */
function lastDates(data: JournalData, moment: JournalMoment) {
  const chats = new Map<string, LocalDate>();
  const touches = new Map<string, LocalDate>();
  const see = (map: Map<string, LocalDate>, personId: string | undefined, date: LocalDate) => {
    if (personId === undefined) return;
    const known = map.get(personId);
    if (known === undefined || date > known) map.set(personId, date);
  };
  const chatOn = (personId: string | undefined, date: LocalDate) => {
    see(chats, personId, date);
    see(touches, personId, date);
  };
  for (const c of data.loggedChats) chatOn(c.personId, c.on);
  for (const c of data.chats) if (isHeld(c, moment.now)) chatOn(c.personId, dateOfInstant(c.start, moment.timeZone));
  for (const o of data.outreach) see(touches, o.personId, o.on);
  for (const p of data.people) if (p.statusAt !== undefined) see(touches, p.id, dateOfInstant(p.statusAt, moment.timeZone));
  return { chats, touches };
}
