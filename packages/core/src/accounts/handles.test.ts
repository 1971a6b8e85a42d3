import { describe, expect, it } from "vitest";
import { DAY } from "../model/index.ts";
import { claimHolds, handleIssues, HANDLE_HOLD } from "./handles.ts";

describe("handles", () => {
  it.each(["dana", "dana-rivera", "abc", "a1b2c3", "x".repeat(30)])("accepts %s", (handle) => {
    expect(handleIssues(handle)).toEqual([]);
  });

  it.each([
    ["ab", "3 to 30"],
    ["x".repeat(31), "3 to 30"],
    ["Dana", "lowercase"],
    ["dana rivera", "lowercase"],
    ["dana_r", "lowercase"],
    ["dané", "lowercase"],
    ["-dana", "dash"],
    ["dana-", "dash"],
    ["api", "reserved"],
    ["signin", "reserved"],
    ["dashboard", "reserved"],
    ["journal", "reserved"],
    ["health", "reserved"],
    ["static", "reserved"],
  ])("refuses %s (%s)", (handle, why) => {
    const issues = handleIssues(handle);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe("handle");
    expect(issues[0]!.message).toContain(why);
  });

  it("the one-letter reserved word 'a' is too short anyway, and reserved", () => {
    expect(handleIssues("a")).toHaveLength(1);
  });

  it("a previous or released handle is held for 30 days, an active one always", () => {
    const now = Date.UTC(2026, 0, 1);
    expect(HANDLE_HOLD).toBe(30 * DAY);
    expect(claimHolds({ state: "active" }, now)).toBe(true);
    expect(claimHolds({ state: "previous", heldUntil: now + 1 }, now)).toBe(true);
    expect(claimHolds({ state: "released", heldUntil: now }, now)).toBe(false);
  });
});
