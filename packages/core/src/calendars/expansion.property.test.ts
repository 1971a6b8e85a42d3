import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expandCalendar, readBusy } from "./index.ts";
import { busyWithPythonBatch } from "../../testing/calendars/python-recurring.ts";
import { feedArb } from "../../testing/calendars/random-feed.ts";

/**
 * Random feeds (RRULE with COUNT/UNTIL/INTERVAL/BYDAY, RDATE, EXDATE, moved, cancelled, transparent
 * and declined overrides, IANA and Windows TZIDs with and without VTIMEZONE, UTC, floating,
 * X-WR-TIMEZONE, all-day and multi-day, statuses, our own UIDs, one or many VCALENDARs) read by
 * ical.js here and by python-recurring-ical-events, compared instance by instance. One Python
 * process answers the whole batch; a failure prints the feed.
 */
/** Instances at the same times of one UID (an override and an RDATE, say) may come in either order. */
const canonical = <T>(list: T[]) => list.map((o) => JSON.stringify(o)).sort();

describe("expansion agrees with python-recurring-ical-events", () => {
  it("on 250 random feeds, instance by instance and in busy time", () => {
    const feeds = fc.sample(feedArb, { numRuns: 250, seed: 20260312 });
    const python = busyWithPythonBatch(feeds);
    let instances = 0;
    feeds.forEach((feed, i) => {
      const context = `feed ${i}, range ${new Date(feed.range.start).toISOString()}…${new Date(feed.range.end).toISOString()}, ${JSON.stringify(feed.options)}\n${feed.texts.join("\n")}`;
      expect(canonical(expandCalendar(feed.texts, feed.range, feed.options).occurrences), context).toEqual(canonical(python[i]!.occurrences));
      expect(readBusy(feed.texts, feed.range, feed.options).busy, context).toEqual(python[i]!.busy);
      instances += python[i]!.occurrences.length;
    });
    // The comparison means something only if the feeds hold plenty of instances.
    expect(instances).toBeGreaterThan(2_000);
  }, 120_000);
});
