import type { CalendarBusyReader, CalendarSync } from "../calendars/ports.ts";
import type { ChatStore, FollowUpScheduler, Mailer, RateLimiter } from "../ports.ts";

/** What the use cases need from the outside world; built once in the composition root. */
export interface UseCaseDeps {
  store: ChatStore;
  mailer: Mailer;
  scheduler: FollowUpScheduler;
  rateLimiter: RateLimiter;
  /** The host's connected calendars' cached busy time; without it only chats block slots. */
  calendarBusy?: CalendarBusyReader;
  /** Connected calendars' storage, servers, secrets and refresh schedules; submissions and accepts re-check stale ones. */
  calendarSync?: CalendarSync;
  newId: () => string;
  settings: {
    appUrl: string;
    tokenSecret: string;
    sender: { name: string; address: string };
    rateLimitPerIpPerMinute: number;
    rateLimitPerEmailPerHour: number;
  };
}
