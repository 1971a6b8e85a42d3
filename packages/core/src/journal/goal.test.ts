import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "../model/index.ts";
import { addDays, daysBetween } from "./calendar.ts";
import { project, validateNewGoal } from "./goal.ts";
import type { Goal } from "./types.ts";

const goal = (overrides: Partial<Goal> = {}): Goal => ({
  targetChats: 50,
  byDate: "2026-12-31",
  chatsPerWeek: 3,
  outreachPerDay: 5,
  ...overrides,
});

const issuesOf = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    if (e instanceof DomainError && e.code === "INVALID_INPUT") return e.details.issues ?? [];
    throw e;
  }
  throw new Error("expected INVALID_INPUT");
};

describe("project", () => {
  it("works the seed's example: 50 chats, 3 a week, from a Monday in March", () => {
    // 50 left at 3 a week is 17 weeks; 2026-03-02 + 119 days is 2026-06-29.
    expect(project(goal({ byDate: "2026-06-30" }), 0, "2026-03-02")).toEqual({
      remaining: 50,
      reachOn: "2026-06-29",
      // 120 days is 17.1 weeks, counted as 18: 50 / 18 rounds up to 3.
      neededPerWeek: 3,
      onTrack: true,
      met: false,
    });
  });

  it("counts a goal due today as one week left: what remains is needed this week, and lands a week on", () => {
    expect(project(goal({ targetChats: 662, byDate: "2010-01-01", chatsPerWeek: 1 }), 661, "2010-01-01")).toEqual({
      remaining: 1,
      reachOn: "2010-01-08",
      neededPerWeek: 1,
      onTrack: false,
      met: false,
    });
  });

  it("is late when the pace is too slow, and says the pace that would do", () => {
    const p = project(goal({ byDate: "2026-05-01", chatsPerWeek: 2 }), 10, "2026-03-02");
    expect(p.remaining).toBe(40);
    expect(p.reachOn).toBe(addDays("2026-03-02", 7 * 20));
    expect(p.onTrack).toBe(false);
    // 60 days is 9 weeks counted up: 40 / 9 rounds up to 5.
    expect(p.neededPerWeek).toBe(5);
  });

  it("has nothing left once the goal is met, or passed", () => {
    for (const held of [50, 51, 400]) {
      expect(project(goal(), held, "2026-03-02")).toEqual({
        remaining: 0,
        reachOn: "2026-03-02",
        neededPerWeek: 0,
        onTrack: true,
        met: true,
      });
    }
  });

  it("with the date already past, needs everything that remains in one week and is not on track", () => {
    const p = project(goal({ byDate: "2026-01-15" }), 20, "2026-03-02");
    expect(p).toMatchObject({ remaining: 30, neededPerWeek: 30, onTrack: false, met: false });
    // Met after its date: reachOn is today, after byDate, so onTrack is false as the formula says; met is true.
    expect(project(goal({ byDate: "2026-01-15" }), 50, "2026-03-02")).toMatchObject({ met: true, onTrack: false, neededPerWeek: 0 });
  });

  it("counts the last partial week as a week: six days left still leaves one", () => {
    expect(project(goal({ byDate: "2026-03-08" }), 45, "2026-03-02").neededPerWeek).toBe(5);
    expect(project(goal({ byDate: "2026-03-02" }), 45, "2026-03-02").neededPerWeek).toBe(5);
  });

  it("rejects a zero or negative pace, naming the field", () => {
    for (const bad of [0, -1, 2.5]) {
      expect(issuesOf(() => project(goal({ chatsPerWeek: bad }), 0, "2026-03-02"))).toEqual([
        { path: "goal.chatsPerWeek", message: bad === 2.5 ? "must be a whole number" : "must be at least 1" },
      ]);
    }
    expect(issuesOf(() => project(goal({ outreachPerDay: 0, targetChats: -3 }), 0, "2026-03-02")).map((i) => i.path)).toEqual([
      "goal.targetChats",
      "goal.outreachPerDay",
    ]);
    expect(issuesOf(() => project(goal({ byDate: "2026-02-30" }), 0, "2026-03-02"))[0]?.path).toBe("goal.byDate");
    expect(issuesOf(() => project(goal(), -1, "2026-03-02"))[0]?.path).toBe("held");
  });
});

describe("validateNewGoal", () => {
  it("takes a date from today on, and refuses one already past", () => {
    expect(validateNewGoal(goal({ byDate: "2026-03-02" }), "2026-03-02")).toEqual(goal({ byDate: "2026-03-02" }));
    expect(issuesOf(() => validateNewGoal(goal({ byDate: "2026-03-01" }), "2026-03-02"))).toEqual([
      { path: "goal.byDate", message: "must be today or later" },
    ]);
  });
});

const anyDay = fc.integer({ min: 0, max: 365 * 30 }).map((d) => addDays("2010-01-01", d));
const anyGoal = fc.record({
  targetChats: fc.integer({ min: 1, max: 1000 }),
  byOffset: fc.integer({ min: -400, max: 1500 }),
  chatsPerWeek: fc.integer({ min: 1, max: 100 }),
  outreachPerDay: fc.integer({ min: 1, max: 500 }),
});

describe("project, for any goal", () => {
  const cases = fc.tuple(anyDay, anyGoal, fc.integer({ min: 0, max: 1200 })).map(([today, g, held]) => {
    const { byOffset, ...rest } = g;
    return { today, held, goal: { ...rest, byDate: addDays(today, byOffset) } };
  });

  it("reaches the goal in the fewest whole weeks the pace allows", () => {
    fc.assert(
      fc.property(cases, ({ today, held, goal }) => {
        const p = project(goal, held, today);
        expect(p.remaining).toBe(Math.max(0, goal.targetChats - held));
        const days = daysBetween(today, p.reachOn);
        expect(days % 7).toBe(0);
        const weeks = days / 7;
        expect(weeks * goal.chatsPerWeek).toBeGreaterThanOrEqual(p.remaining);
        if (p.remaining > 0) expect((weeks - 1) * goal.chatsPerWeek).toBeLessThan(p.remaining);
        else expect(p.reachOn).toBe(today);
        expect(p.onTrack).toBe(p.reachOn <= goal.byDate);
        expect(p.met).toBe(p.remaining === 0);
      }),
    );
  });

  it("needs the least weekly pace that covers what remains in the weeks left (at least one)", () => {
    fc.assert(
      fc.property(cases, ({ today, held, goal }) => {
        const p = project(goal, held, today);
        const weeksLeft = Math.max(1, Math.ceil(daysBetween(today, goal.byDate) / 7));
        expect(p.neededPerWeek * weeksLeft).toBeGreaterThanOrEqual(p.remaining);
        if (p.neededPerWeek > 0) expect((p.neededPerWeek - 1) * weeksLeft).toBeLessThan(p.remaining);
        // Keeping up the needed pace lands within the weeks left: by the week that holds byDate, or,
        // for a goal due today (one week left, as the rule counts), one week from today.
        if (goal.chatsPerWeek >= p.neededPerWeek && goal.byDate >= today) {
          expect(daysBetween(today, p.reachOn)).toBeLessThanOrEqual(7 * weeksLeft);
          if (goal.byDate > today) expect(daysBetween(goal.byDate, p.reachOn)).toBeLessThan(7);
        }
      }),
    );
  });

  it("never gets later with more chats held or a faster pace", () => {
    fc.assert(
      fc.property(cases, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), ({ today, held, goal }, more, faster) => {
        const base = project(goal, held, today);
        const ahead = project({ ...goal, chatsPerWeek: Math.min(100, goal.chatsPerWeek + faster) }, held + more, today);
        expect(ahead.reachOn <= base.reachOn).toBe(true);
        expect(ahead.neededPerWeek).toBeLessThanOrEqual(base.neededPerWeek);
        if (base.onTrack) expect(ahead.onTrack).toBe(true);
      }),
    );
  });
});
