import { firstName } from "../messages/chat-details.ts";
import { buttons, facts, heading, list, note, paragraph, present } from "../messages/render/blocks.ts";
import { draftEmail, renderEmail, type EmailContent } from "../messages/render/email.ts";
import { describeProjection, describeRate, formatLocalDate, plural } from "./describe.ts";
import type { JournalSummary } from "./summary.ts";
import type { PersonDue } from "./todo.ts";
import type { DigestSettings, Person } from "./types.ts";

export interface DigestInput {
  seekerName: string;
  summary: JournalSummary;
  settings: DigestSettings;
  journalUrl: string;
  /** Where the digest is switched off or moved. */
  settingsUrl: string;
}

/** How many names each list shows; the journal has the rest. */
const LIST_LIMIT = 8;
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/**
 * The weekly email: this week's progress against the goal, who to thank, whom to follow up, and
 * the next people to reach. Text and HTML from the same blocks; everything a person typed (names,
 * organizations) goes through the renderer's escaping.
 */
export function weeklyDigest(input: DigestInput): EmailContent {
  const { summary, settings } = input;
  const { progress, goal, todo, today } = summary;
  const weekly = goal ? `${progress.chatsThisWeek} of ${goal.chatsPerWeek}` : String(progress.chatsThisWeek);
  const subject = goal
    ? `Your coffee chat week: ${plural(progress.chatsThisWeek, "chat")}, ${progress.held} of ${goal.targetChats} so far`
    : `Your coffee chat week: ${plural(progress.chatsThisWeek, "chat")}, ${plural(progress.outreachThisWeek, "outreach action")}`;
  const date = (d: string | undefined) => (d ? formatLocalDate(d, today) : "");
  const due = (d: PersonDue, what: string) => `${d.person.name}${d.since ? ` — ${what} ${date(d.since)}` : ""}`;
  const more = (n: number) => n > LIST_LIMIT && note(`And ${n - LIST_LIMIT} more in your journal.`);

  const blocks = present([
    paragraph(`Hi ${firstName(input.seekerName)},`),
    paragraph(`Here is your week so far, as of ${formatLocalDate(today)}.`),
    facts([
      ["Chats this week", weekly],
      ["Chats held", goal ? `${progress.held} of ${goal.targetChats}` : String(progress.held)],
      ...(progress.booked > 0 ? [["Coming up", plural(progress.booked, "chat")] as const] : []),
      ["Outreach this week", goal ? `${progress.outreachThisWeek} (your goal: ${goal.outreachPerDay} a day)` : String(progress.outreachThisWeek)],
    ]),
    describeProjection(summary) && paragraph(describeProjection(summary)!),
    describeRate(summary.rate, goal) && paragraph(describeRate(summary.rate, goal)!),
    todo.toThank.length > 0 && heading("Send a thank-you note"),
    todo.toThank.length > 0 && list(todo.toThank.slice(0, LIST_LIMIT).map((d) => due(d, "chat on"))),
    more(todo.toThank.length),
    todo.followUp.length > 0 && heading("Follow up"),
    todo.followUp.length > 0 && list(todo.followUp.slice(0, LIST_LIMIT).map((d) => due(d, "last contact"))),
    more(todo.followUp.length),
    todo.keepInTouch.length > 0 && heading("Keep in touch"),
    todo.keepInTouch.length > 0 && list(todo.keepInTouch.slice(0, LIST_LIMIT).map((d) => due(d, "last contact"))),
    more(todo.keepInTouch.length),
    heading("Next people to reach"),
    todo.nextToReach.length > 0
      ? list(todo.nextToReach.slice(0, LIST_LIMIT).map(describePerson))
      : paragraph("Nobody is waiting to be contacted. Who did you meet lately? Friends, former colleagues and the people your hosts mentioned are a good start."),
    buttons({ label: "Open my journal", url: input.journalUrl, primary: true }),
  ]);
  const footer = `You get this email every ${WEEKDAYS[settings.weekday - 1]} at ${settings.time} (${settings.timeZone}) because you asked for it. Switch it off or move it: ${input.settingsUrl}`;
  return renderEmail(draftEmail(subject, `${weekly} chats this week, ${progress.outreachThisWeek} outreach.`, blocks, footer));
}

function describePerson(p: Person): string {
  const where = [p.role, p.organization].filter(Boolean).join(", ");
  return [p.name, where && ` (${where})`, p.introducedBy && ` — introduced by ${p.introducedBy}`].filter(Boolean).join("");
}
