import { DEFAULT_QUESTION_BANK, saveLink, type ChatStore, type Host, type Link } from "@coffeechat/core";

export const demoHost: Host = {
  handle: "demo",
  name: "Dana Rivera",
  headline: "Staff product designer · 12 years in design, formerly a teacher",
  email: "dana@demo.coffeechat.local",
  timeZone: "America/New_York",
};

const workday = [{ start: "09:00", end: "17:00" }];

export const demoLink: Link = {
  handle: "demo",
  slug: "coffee",
  title: "20-minute coffee chat",
  description:
    "Exploring a move into product design? Ask me how I got here, what the work is really like, and who else you should talk to.",
  timeZone: "America/New_York",
  weeklyHours: { 1: workday, 2: workday, 3: workday, 4: workday, 5: workday },
  dateOverrides: [],
  durationMinutes: 20,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 10,
  minimumNoticeMinutes: 4 * 60,
  horizonDays: 60,
  slotStepMinutes: 30,
  formats: [
    { kind: "video", details: "https://meet.example.com/dana-coffee" },
    { kind: "phone", details: "Dana calls you at the number you give in your request" },
    { kind: "in_person", details: "Blue Bottle Coffee, 1 Rockefeller Plaza, New York" },
  ],
  questionBank: [...DEFAULT_QUESTION_BANK],
  followUps: {},
  requestExpiryDays: 5,
};

/** Writes the demo host and link; running it twice changes nothing. */
export async function seedDemo(store: ChatStore): Promise<void> {
  await store.putHost(demoHost);
  await saveLink(store, demoLink);
}
