import { addDays } from "../../src/journal/calendar.ts";
import type { JournalChat, JournalData, JournalMoment, LoggedChat, OutreachEntry, Person } from "../../src/journal/types.ts";

/**
 * A seeker seven weeks into "50 coffee chats by the end of September": a slow start, then the
 * momentum the seeds describe. Wednesday 2026-03-18, 10:00 in London. Fixture data for tests and
 * the journal page's pictures; everything is fixed, nothing random.
 */
export const CAMPAIGN_NOW = Date.parse("2026-03-18T10:00:00Z");
export const campaignMoment: JournalMoment = { now: CAMPAIGN_NOW, timeZone: "Europe/London" };

const NAMES = [
  ["Priya Natarajan", "Senior UX Researcher", "Monzo"],
  ["Tom Becker", "Product Designer", "Spotify"],
  ["Aisha Bello", "Design Lead", "NHS Digital"],
  ["Marco Rossi", "Service Designer", "GDS"],
  ["Hannah Kim", "UX Writer", "Deliveroo"],
  ["Jonas Weber", "Head of Design", "Babbel"],
  ["Chloé Martin", "Interaction Designer", "BBC"],
  ["Samuel Okafor", "Design Ops", "Wise"],
  ["Lena Fischer", "Researcher", "Ocado"],
  ["Diego Alvarez", "Product Manager", "Skyscanner"],
  ["Mei Lin", "Content Designer", "Citizens Advice"],
  ["Oliver Grant", "UX Consultant", "Freelance"],
  ["Fatima Zahra", "Design Manager", "Just Eat"],
  ["Ravi Patel", "Accessibility Lead", "Gov.uk"],
  ["Emma Johansson", "Product Designer", "Klarna"],
  ["Noah Williams", "UX Researcher", "Sainsbury's"],
  ["Sofia Costa", "Design Director", "Farfetch"],
  ["Ben Carter", "Former colleague", "Teach First"],
  ["Grace O'Neill", "UX Designer", "Starling"],
  ["Yusuf Demir", "Service Designer", "Camden Council"],
  ["Ana Souza", "Researcher", "Canva"],
  ["Bo Chen", "Design Technologist", "Figma"],
  ["Kate Morgan", "UX Designer", "Lloyds"],
  ["Luca Bianchi", "Product Designer", "Revolut"],
] as const;

const STATUS: Person["status"][] = [
  "keep_in_touch", "thanked", "thanked", "thanked", "thanked", "held", "held", "thanked", "booked", "booked",
  "reached_out", "reached_out", "reached_out", "reached_out", "reached_out", "to_contact", "to_contact", "to_contact",
  "to_contact", "to_contact", "to_contact", "to_contact", "not_now", "thanked",
];

export function campaignJournal(): JournalData {
  const people: Person[] = NAMES.map(([name, role, organization], i) => ({
    id: `p${String(i + 1).padStart(2, "0")}`,
    name,
    role,
    organization,
    status: STATUS[i]!,
    ...(i === 17 || i === 22 ? { howWeKnow: i === 17 ? "Worked together at Teach First" : "Lives next door" } : {}),
    ...(i >= 19 && i <= 21 ? { introducedBy: i === 19 ? "Marco Rossi" : "Aisha Bello" } : {}),
    ...(i === 0 ? { statusAt: Date.parse("2026-02-05T12:00:00Z") } : {}),
  }));

  // Outreach per week, oldest first: a slow start, then momentum.
  const perWeek = [3, 5, 8, 12, 16, 22, 15];
  const outreach: OutreachEntry[] = [];
  perWeek.forEach((count, w) => {
    for (let k = 0; k < count; k++) {
      const on = addDays("2026-02-02", w * 7 + (k % 5));
      if (on > "2026-03-18") continue;
      // To the people booked or reached out to; the five still waiting got theirs last week or earlier.
      const personId = people[8 + ((w * 3 + k) % 7)]!.id;
      outreach.push({ id: `o${w}-${k}`, personId: w >= 5 && personId >= "p11" ? (k % 2 ? "p09" : "p10") : personId, on, channel: k % 3 === 0 ? "linkedin" : "email" });
    }
  });
  // Two of those waiting wrote back lately; the other three have waited more than a week.
  outreach.push({ id: "o-w1", personId: "p14", on: "2026-03-13", channel: "phone" }, { id: "o-w2", personId: "p15", on: "2026-03-12", channel: "email" });

  const logged: [string, string][] = [
    ["p01", "2026-02-05"], ["p02", "2026-02-12"], ["p03", "2026-02-19"], ["p04", "2026-02-24"], ["p05", "2026-02-26"],
    ["p08", "2026-03-03"], ["p24", "2026-03-04"], ["p02", "2026-03-05"], ["p03", "2026-03-10"], ["p04", "2026-03-11"],
  ];
  const loggedChats: LoggedChat[] = logged.map(([personId, on], i) => ({ id: `c${i}`, personId, on }));

  const chat = (id: string, personId: string, hostName: string, startIso: string, status: JournalChat["status"]): JournalChat => {
    const start = Date.parse(startIso);
    return { requestId: id, personId, hostName, start, end: start + 20 * 60_000, status, createdAt: start - 6 * 86_400_000, updatedAt: start - 5 * 86_400_000 };
  };
  const chats = [
    chat("r1", "p06", "Jonas Weber", "2026-03-16T14:00:00Z", "completed"),
    chat("r2", "p07", "Chloé Martin", "2026-03-17T09:30:00Z", "accepted"),
    chat("r3", "p09", "Lena Fischer", "2026-03-19T15:00:00Z", "accepted"),
    chat("r4", "p10", "Diego Alvarez", "2026-03-24T11:00:00Z", "accepted"),
  ];

  return { people, outreach, loggedChats, chats, goal: { targetChats: 50, byDate: "2026-09-30", chatsPerWeek: 3, outreachPerDay: 5 } };
}
