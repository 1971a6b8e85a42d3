import { MINUTE, type Millis } from "../../src/model/index.ts";
import type { JournalChat, JournalData, Person } from "../../src/journal/types.ts";

export const aPerson = (id: string, overrides: Partial<Person> = {}): Person => ({
  id,
  name: `Person ${id}`,
  status: "to_contact",
  ...overrides,
});

/** An accepted 20-minute chat starting at `start`, requested a week before. */
export const aChat = (requestId: string, start: Millis, overrides: Partial<JournalChat> = {}): JournalChat => ({
  requestId,
  hostName: "Dana Rivera",
  start,
  end: start + 20 * MINUTE,
  status: "accepted",
  createdAt: start - 7 * 86_400_000,
  updatedAt: start - 6 * 86_400_000,
  ...overrides,
});

export const emptyJournal = (overrides: Partial<JournalData> = {}): JournalData => ({
  people: [],
  outreach: [],
  loggedChats: [],
  chats: [],
  ...overrides,
});
