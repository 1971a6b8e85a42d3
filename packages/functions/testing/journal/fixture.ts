import { settleStatuses, summarizeJournal, type JournalData, type JournalMoment } from "@coffeechat/core";
import { campaignJournal, campaignMoment } from "../../../core/testing/journal/campaign.ts";
import type { JournalView } from "../../src/pages/journal/journal-view.ts";

/** The journal page's view of a journal, as the route will build it (statuses settled first). */
export function viewOf(data: JournalData = campaignJournal(), moment: JournalMoment = campaignMoment, overrides: Partial<JournalView> = {}): JournalView {
  const people = settleStatuses(data, moment.now).people;
  return {
    base: "/journal",
    seekerName: "Sam Seeker",
    timeZone: moment.timeZone,
    summary: summarizeJournal({ ...data, people }, moment),
    people,
    digest: { enabled: true, weekday: 1, time: "08:00", timeZone: moment.timeZone },
    chats: { list: data.chats, now: moment.now },
    peopleLimit: 50,
    goalForm: { values: {}, errors: {} },
    personForm: { values: {}, errors: {} },
    outreachForm: { values: {}, errors: {} },
    ...overrides,
  };
}
