import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { DAY, HOUR, MINUTE, type Link } from "../model/index.ts";
import { AFTER_END, BEFORE_START, CREATED, END, START, aRequest } from "../../testing/lifecycle/fixture.ts";
import { planFor, planFollowUps, planPendingFollowUps } from "./plan.ts";

const link: Pick<Link, "followUps" | "minimumNoticeMinutes" | "requestExpiryDays"> = {
  followUps: {},
  minimumNoticeMinutes: 120,
  requestExpiryDays: 3,
};
const times = (plan: { kind: string; at: number; to: string }[]) => plan.map(({ kind, at, to }) => ({ kind, at, to }));

describe("planFollowUps", () => {
  it("plans the seeds' defaults for an accepted chat", () => {
    expect(times(planFollowUps(aRequest("accepted"), link, BEFORE_START))).toEqual([
      { kind: "prep_pack", at: START - DAY, to: "host" },
      { kind: "guest_confirm", at: START - DAY, to: "guest" },
      { kind: "reminder", at: START - HOUR, to: "both" },
      { kind: "thank_you", at: END + 2 * HOUR, to: "guest" },
      { kind: "keep_in_touch", at: END + 30 * DAY, to: "guest" },
    ]);
  });

  it("honours a link that switches kinds off or moves them", () => {
    const custom = {
      ...link,
      followUps: {
        guest_confirm: { enabled: false, offsetMinutes: -1440 },
        reminder: { enabled: true, offsetMinutes: -15 },
        keep_in_touch: { enabled: true, offsetMinutes: 60 * 24 * 90 },
      },
    };
    const plan = planFollowUps(aRequest("accepted"), custom, BEFORE_START);
    expect(plan.map((p) => p.kind)).not.toContain("guest_confirm");
    expect(plan.find((p) => p.kind === "reminder")?.at).toBe(START - 15 * MINUTE);
    expect(plan.find((p) => p.kind === "keep_in_touch")?.at).toBe(END + 90 * DAY);
    expect(plan.find((p) => p.kind === "prep_pack")?.at).toBe(START - DAY);
  });

  it("sends past-due before-chat follow-ups at once while the chat is still ahead", () => {
    const now = START - 3 * HOUR;
    const plan = planFollowUps(aRequest("accepted"), link, now);
    expect(times(plan).slice(0, 3)).toEqual([
      { kind: "prep_pack", at: now, to: "host" },
      { kind: "guest_confirm", at: now, to: "guest" },
      { kind: "reminder", at: START - HOUR, to: "both" },
    ]);
    expect(plan[0]?.due).toBe(START - DAY);
  });

  it("leaves out what no longer helps after the chat", () => {
    expect(planFollowUps(aRequest("completed"), link, END + HOUR).map((p) => p.kind)).toEqual(["thank_you", "keep_in_touch"]);
    expect(planFollowUps(aRequest("completed"), link, END + 3 * HOUR).map((p) => p.kind)).toEqual(["keep_in_touch"]);
    expect(planFollowUps(aRequest("completed"), link, END + 31 * DAY)).toEqual([]);
  });

  it("plans nothing for requests that are not chats", () => {
    for (const status of ["awaiting_email", "awaiting_host", "declined", "cancelled", "expired"] as const) {
      expect(planFollowUps(aRequest(status), link, BEFORE_START)).toEqual([]);
    }
  });

  it("keeps instants as UTC offsets across a DST change between acceptance and the chat", () => {
    // New York springs forward on 2026-03-08; accepted a week before, chat at noon that Sunday.
    const zone = "America/New_York";
    const start = DateTime.fromISO("2026-03-08T12:00", { zone }).toMillis();
    const accepted = DateTime.fromISO("2026-03-01T09:00", { zone }).toMillis();
    const chat = aRequest("accepted", { start, end: start + 30 * MINUTE, createdAt: accepted - HOUR });
    const prep = planFollowUps(chat, link, accepted).find((p) => p.kind === "prep_pack")!;
    expect(prep.at).toBe(start - 24 * HOUR);
    // The day before was one hour longer on the wall clock: 24 hours before noon EDT is 11:00 EST.
    expect(DateTime.fromMillis(prep.at, { zone }).toFormat("yyyy-MM-dd HH:mm")).toBe("2026-03-07 11:00");
  });
});

describe("planPendingFollowUps", () => {
  it("expires an unconfirmed request 30 minutes after it was made", () => {
    expect(times(planPendingFollowUps(aRequest("awaiting_email"), link, CREATED))).toEqual([
      { kind: "expire_unconfirmed", at: CREATED + 30 * MINUTE, to: "guest" },
    ]);
  });

  it("nudges the host a day after confirmation and expires the request at its deadline", () => {
    const far = aRequest("awaiting_host", { start: CREATED + 10 * DAY, end: CREATED + 10 * DAY + 30 * MINUTE });
    const confirmed = CREATED + 10 * MINUTE;
    expect(times(planPendingFollowUps(far, link, confirmed))).toEqual([
      { kind: "host_nudge", at: confirmed + DAY, to: "host" },
      { kind: "expire_unanswered", at: CREATED + 3 * DAY, to: "guest" },
    ]);
  });

  it("skips a nudge that would come after the expiry, and a switched-off one", () => {
    // The chat is 25 hours out, so the request expires (two hours before it) before a nudge a day on.
    const soon = aRequest("awaiting_host", { start: CREATED + 25 * HOUR, end: CREATED + 25 * HOUR + 30 * MINUTE });
    expect(planPendingFollowUps(soon, link, CREATED + 10 * MINUTE).map((p) => p.kind)).toEqual(["expire_unanswered"]);
    const off = { ...link, followUps: { host_nudge: { enabled: false, offsetMinutes: 1440 } } };
    expect(planPendingFollowUps(aRequest("awaiting_host"), off, CREATED).map((p) => p.kind)).toEqual(["expire_unanswered"]);
  });

  it("moves the nudge when the link says so", () => {
    const moved = { ...link, followUps: { host_nudge: { enabled: true, offsetMinutes: 6 * 60 } } };
    expect(planPendingFollowUps(aRequest("awaiting_host"), moved, CREATED).find((p) => p.kind === "host_nudge")?.at).toBe(
      CREATED + 6 * HOUR,
    );
  });

  it("expires at once when planned past the deadline", () => {
    const late = CREATED + 2 * HOUR;
    expect(planPendingFollowUps(aRequest("awaiting_email"), link, late)[0]?.at).toBe(late);
  });
});

it("planFor picks the plan that fits the status", () => {
  expect(planFor(aRequest("accepted"), link, BEFORE_START).map((p) => p.kind)).toContain("prep_pack");
  expect(planFor(aRequest("awaiting_host"), link, BEFORE_START).map((p) => p.kind)).toContain("expire_unanswered");
  expect(planFor(aRequest("declined"), link, AFTER_END)).toEqual([]);
});
