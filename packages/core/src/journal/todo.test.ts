import { describe, expect, it } from "vitest";
import { todoOf } from "./todo.ts";
import { aChat, aPerson, emptyJournal } from "../../testing/journal/fixtures.ts";

const moment = { now: Date.parse("2026-03-20T12:00:00Z"), timeZone: "Europe/London" };
const names = (list: { name: string }[]) => list.map((p) => p.name);

describe("todoOf", () => {
  const people = [
    aPerson("held-old", { name: "Hana", status: "held" }),
    aPerson("held-new", { name: "Hugo", status: "held" }),
    aPerson("waiting", { name: "Wes", status: "reached_out" }),
    aPerson("fresh", { name: "Fay", status: "reached_out" }),
    aPerson("ref", { name: "Rita", introducedBy: "Dana Rivera" }),
    aPerson("friend", { name: "Frank", howWeKnow: "Old colleague" }),
    aPerson("stranger", { name: "Ann" }),
    aPerson("kit-due", { name: "Kim", status: "keep_in_touch", statusAt: Date.parse("2026-01-10T10:00:00Z") }),
    aPerson("kit-recent", { name: "Kai", status: "thanked", statusAt: Date.parse("2026-03-01T10:00:00Z") }),
    aPerson("pause", { name: "Nora", status: "not_now", introducedBy: "Dana Rivera" }),
  ];
  const data = emptyJournal({
    people,
    outreach: [
      { id: "o1", personId: "waiting", on: "2026-03-10", channel: "email" },
      { id: "o2", personId: "fresh", on: "2026-03-18", channel: "linkedin" },
    ],
    loggedChats: [{ id: "c1", personId: "held-old", on: "2026-03-02" }],
    chats: [aChat("r", Date.parse("2026-03-12T15:00:00Z"), { personId: "held-new" })],
  });

  const todo = todoOf(data, moment, 2);

  it("lists who to thank, longest waiting first, with the day of their chat", () => {
    expect(todo.toThank.map((d) => [d.person.name, d.since])).toEqual([
      ["Hana", "2026-03-02"],
      ["Hugo", "2026-03-12"],
    ]);
  });

  it("follows up a week after reaching out, not sooner", () => {
    expect(todo.followUp.map((d) => [d.person.name, d.since])).toEqual([["Wes", "2026-03-10"]]);
  });

  it("lists referrals not yet contacted, and not those set aside", () => {
    expect(names(todo.referrals)).toEqual(["Rita"]);
  });

  it("says when a month has passed since the last contact with someone thanked", () => {
    expect(todo.keepInTouch.map((d) => d.person.name)).toEqual(["Kim"]);
  });

  it("suggests referrals first, then people who know the seeker, then the rest, as many as asked", () => {
    expect(names(todo.nextToReach)).toEqual(["Rita", "Frank"]);
    expect(names(todoOf(data, moment, 10).nextToReach)).toEqual(["Rita", "Frank", "Ann"]);
    expect(todoOf(data, moment, 0).nextToReach).toEqual([]);
  });
});
