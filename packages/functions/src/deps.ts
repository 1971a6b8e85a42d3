import type { AccountStore, FeedStore, FollowUpScheduler, HostStore, JournalStore, RecurringScheduler, Secrets, UseCaseDeps } from "@coffeechat/core";
import type { HealthCheck } from "@coffeechat/aws";
import type { Logger } from "./http/logger.ts";

/** Everything the HTTP app needs, built by the composition root (compose.ts) or by a test. */
export interface AppDeps extends UseCaseDeps {
  /** Follow-ups, and the recurring schedules (the weekly digest) that share their target. */
  scheduler: FollowUpScheduler & RecurringScheduler;
  clock: () => number;
  logger: Logger;
  health: HealthCheck;
  accounts: AccountStore;
  hosts: HostStore;
  journal: JournalStore;
  /** The hosts' feeds of chats (/ical/…). */
  feeds: FeedStore;
  secrets: Secrets;
}
