import { KeptAtMost } from "@coffeechat/core";
import type { StoredRequest } from "./request-item.ts";

/** How many requests an adapter remembers; past it the one read longest ago goes. */
const MOST = 64;

/**
 * The requests this adapter read last, by id, each a copy of the stored item as read (strongly
 * consistent). A change reads its request and then writes it at the version it read; the write
 * takes the stored holds from here instead of reading the item a second time. That is as safe as
 * reading it again: the write's condition pins the version and outbox revision it was built on, so
 * a request changed since answers CONFLICT either way.
 */
export class RecentReads {
  private readonly reads = new KeptAtMost<string, StoredRequest>(MOST);

  remember(stored: StoredRequest): void {
    // A copy: the caller gets the request itself and may build its next version from it.
    this.reads.set(stored.request.id, structuredClone(stored));
  }

  /** The read of `id` if it is at `version`; the write checks its outbox revision and makes both its condition. */
  at(id: string, version: number): StoredRequest | undefined {
    const stored = this.reads.get(id);
    return stored?.request.version === version ? stored : undefined;
  }
}
