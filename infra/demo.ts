import { DEFAULT_QUESTION_BANK, DomainError, saveLink, type Account, type Host, type Link } from "@coffeechat/core";
import type { AppDeps } from "@coffeechat/functions";

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

/** The demo host's account: sign in at /signin with its address; the code arrives in the local inbox. */
export const demoAccount: Account = {
  id: demoHost.handle,
  email: demoHost.email,
  handle: demoHost.handle,
  name: demoHost.name,
  headline: demoHost.headline,
  about: "I moved from teaching art to product design twelve years ago, and I'm glad to tell you how.",
  timeZone: demoHost.timeZone,
  createdAt: 0,
  updatedAt: 0,
  version: 2,
};

/** Writes the demo host, its link and its account (key and handle both "demo"); running it twice changes nothing. */
export async function seedDemo(deps: Pick<AppDeps, "store" | "accounts" | "hosts">): Promise<void> {
  // At once: on a restart these are all there is to do, and DynamoDB Local is still warming up.
  const [, , account] = await Promise.all([deps.store.putHost(demoHost), saveLink(deps.store, demoLink), deps.accounts.getAccount(demoAccount.id)]);
  if (account) return;
  const { handle: _, ...unclaimed } = demoAccount;
  try {
    await deps.accounts.createAccount({ ...unclaimed, version: 1 });
  } catch (e) {
    if (!(e instanceof DomainError) || e.code !== "CONFLICT") throw e;
  }
  await deps.hosts.saveProfile(demoAccount, 1, { claim: demoAccount.handle!, host: demoHost }, 0);
}
