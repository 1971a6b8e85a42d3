import { describe, expect, it } from "vitest";
import { journalChatOf, personOfHost } from "./chats.ts";
import { describeMomentum } from "./describe-momentum.ts";
import { describeProjection, describeRate, formatLocalDate } from "./describe.ts";
import { introductionRequest } from "./drafts.ts";
import { project } from "./goal.ts";
import { aPerson } from "../../testing/journal/fixtures.ts";

const progress = { held: 0, booked: 0, chatsThisWeek: 0, outreachToday: 0, outreachThisWeek: 0 };
const sentence = (byDate: string, held: number, chatsPerWeek = 3, today = "2026-03-02") => {
  const goal = { targetChats: 50, byDate, chatsPerWeek, outreachPerDay: 5 };
  return describeProjection({ goal, projection: project(goal, held, today), progress: { ...progress, held }, today });
};

describe("describeProjection", () => {
  it("says when the pace gets there, and the pace it takes when that is too late", () => {
    expect(sentence("2026-06-30", 0)).toBe("At 3 a week you reach 50 chats on Monday, June 29, in time for Tuesday, June 30.");
    expect(sentence("2026-05-01", 10, 2)).toBe("At 2 a week you reach 50 chats on Monday, July 20, after Friday, May 1. To make it, aim for 5 a week.");
    expect(sentence("2027-01-15", 0, 1)).toMatch(/on Monday, February 15, 2027, after Friday, January 15, 2027\./);
  });

  it("celebrates a goal met, and asks for a new date once it has passed", () => {
    expect(sentence("2026-06-30", 52)).toMatch(/^You have held 52 chats: your goal of 50 is reached\./);
    expect(sentence("2026-02-01", 20)).toBe("Sunday, February 1 has passed with 30 chats to go. At 3 a week you reach 50 on Monday, May 11: set a new date, or raise the pace.");
    expect(describeProjection({ progress, today: "2026-03-02" })).toBeUndefined();
  });
});

describe("describeRate", () => {
  const goal = { targetChats: 50, byDate: "2026-06-30", chatsPerWeek: 3, outreachPerDay: 2 };
  it("compares the outreach the pace takes with the daily sub-goal", () => {
    expect(describeRate({ outreachPerChat: 7.8, impliedOutreachPerDay: 4 }, goal)).toBe(
      "So far a chat has taken about 7.8 outreach actions: 3 chats a week takes about 4 outreach actions a day — more than your 2.",
    );
    expect(describeRate({ outreachPerChat: 4.7 }, undefined)).toBe("So far a chat has taken about 4.7 outreach actions.");
    expect(describeRate(undefined, goal)).toBeUndefined();
    expect(formatLocalDate("2026-12-31", "2026-01-01")).toBe("Thursday, December 31");
  });
});

describe("chats and people", () => {
  it("finds the person a chat is with by the host's address, else name", () => {
    const people = [aPerson("a", { name: "Dana Rivera" }), aPerson("b", { name: "D. Rivera", email: "dana@host.example" })];
    expect(personOfHost(people, { name: "Dana Rivera", email: "DANA@host.example" })?.id).toBe("b");
    expect(personOfHost([people[0]!], { name: "dana rivera", email: "dana@host.example" })?.id).toBe("a");
    expect(personOfHost(people, { name: "Someone Else", email: "else@host.example" })).toBeUndefined();
  });

  it("keeps what the journal needs of a request", () => {
    const request = { id: "r", start: 1, end: 2, status: "accepted", createdAt: 0, updatedAt: 1 } as Parameters<typeof journalChatOf>[0];
    expect(journalChatOf(request, { name: "Dana" }, "p")).toEqual({ requestId: "r", personId: "p", hostName: "Dana", start: 1, end: 2, status: "accepted", createdAt: 0, updatedAt: 1 });
  });
});

describe("describeMomentum", () => {
  const weeks = (...chats: number[]) => chats.map((n, i) => ({ weekStart: `2026-01-${String(5 + i).padStart(2, "0")}`, chats: n }));
  it("shows chats rising and the first ten behind", () => {
    expect(describeMomentum(weeks(0, 1, 1, 1, 2, 3, 2, 2), 12)).toBe(
      "9 chats in the last four weeks, up from 3 in the four before. Past your first 10: your story flows more easily now, and every host can point you to the next person.",
    );
    expect(describeMomentum(weeks(2, 2, 2, 2, 1, 1, 1, 1), 4)).toBeUndefined();
    expect(describeMomentum(weeks(0, 0, 0, 0, 0, 0, 0, 1), 1)).toBeUndefined();
  });
});

describe("introductionRequest", () => {
  it("drafts the ask to the person who suggested the name, as a mailto when their address is known", () => {
    const referral = aPerson("r", { name: "Ana Souza", role: "Researcher", organization: "Canva", introducedBy: "Dana Rivera" });
    const draft = introductionRequest("Sam Seeker", referral, aPerson("d", { name: "Dana Rivera", email: "dana@host.example" }));
    expect(draft.subject).toBe("An introduction to Ana Souza?");
    expect(draft.body).toMatch(/^Hi Dana,\n\nThank you again for suggesting I talk to Ana Souza \(Researcher at Canva\)\./);
    expect(draft.body.endsWith("Thank you,\nSam Seeker")).toBe(true);
    expect(draft.mailto?.startsWith("mailto:dana@host.example?subject=An%20introduction%20to%20Ana%20Souza%3F&body=Hi%20Dana")).toBe(true);
    expect(introductionRequest("Sam", referral).mailto).toBeUndefined();
  });
});
