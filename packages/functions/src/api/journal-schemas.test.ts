import { DomainError } from "@coffeechat/core";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { DigestBody, GoalBody, LoggedChatBody, OutreachBody, PersonBody, StatusChangeBody } from "./journal-schemas.ts";
import { validationHook } from "./validation-hook.ts";

/** What the API answers for a body: the parsed value, or the issues as the 400 lists them. */
function check<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> | { path: string; message: string }[] {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  try {
    validationHook(result);
  } catch (e) {
    if (e instanceof DomainError) return e.details.issues ?? [];
  }
  throw new Error("unreachable");
}

const pathsOf = (schema: z.ZodType, body: unknown) => {
  const issues = check(schema, body);
  return Array.isArray(issues) ? new Set(issues.map((i) => i.path)) : issues;
};

describe("PersonBody", () => {
  it("takes a name alone, and reads a form's empty fields as not given", () => {
    expect(check(PersonBody, { name: " Ana Souza ", email: "", link: " ", notes: "" })).toEqual({ name: "Ana Souza" });
  });

  it("names each field that is wrong and why", () => {
    expect(
      check(PersonBody, { name: "", email: "ana at x", link: "javascript:alert(1)", status: "friend", organization: "Acme\nInc" }),
    ).toEqual([
      { path: "name", message: "is required" },
      { path: "email", message: "must be an email address" },
      { path: "link", message: "must be a web link starting with http:// or https://" },
      { path: "organization", message: "must be a single line of text" },
      { path: "status", message: expect.stringMatching(/^must be one of to_contact, reached_out, booked/) },
    ]);
    expect(check(PersonBody, { name: "x".repeat(201) })).toEqual([{ path: "name", message: "must be at most 200 characters" }]);
    expect(check(PersonBody, {})).toEqual([{ path: "name", message: "is required" }]);
  });

  it("keeps line breaks in notes", () => {
    expect(check(PersonBody, { name: "Bo", notes: "Met at the meetup.\nAsk about the team." })).toMatchObject({ notes: "Met at the meetup.\nAsk about the team." });
  });
});

describe("GoalBody", () => {
  it("takes numbers as JSON or as a form's text", () => {
    const goal = { targetChats: 50, byDate: "2026-12-31", chatsPerWeek: 3, outreachPerDay: 5 };
    expect(check(GoalBody, goal)).toEqual(goal);
    expect(check(GoalBody, { targetChats: "50", byDate: "2026-12-31", chatsPerWeek: " 3 ", outreachPerDay: "5" })).toEqual(goal);
  });

  it("refuses a pace of zero or less, and explains why", () => {
    expect(check(GoalBody, { targetChats: 0, byDate: "2026-02-30", chatsPerWeek: 0, outreachPerDay: -2 })).toEqual([
      { path: "targetChats", message: "must be at least 1 chat" },
      { path: "byDate", message: "must be a real calendar date" },
      { path: "chatsPerWeek", message: "must be at least 1: at a pace of 0 the goal is never reached" },
      { path: "outreachPerDay", message: "must be at least 1: chats come from reaching out" },
    ]);
    expect(check(GoalBody, { targetChats: 2.5, byDate: "2026-12-31", chatsPerWeek: "three", outreachPerDay: 1 })).toEqual([
      { path: "targetChats", message: "must be a whole number" },
      { path: "chatsPerWeek", message: "must be a whole number" },
    ]);
  });
});

describe("the other journal inputs", () => {
  it("check outreach, logged chats, status changes and the digest", () => {
    expect(check(OutreachBody, { on: "2026-03-02", channel: "linkedin" })).toEqual({ on: "2026-03-02", channel: "linkedin" });
    expect(pathsOf(OutreachBody, { on: "yesterday", channel: "fax" })).toEqual(new Set(["on", "channel"]));
    expect(check(LoggedChatBody, { personId: "../etc", on: "2026-03-02" })).toEqual([{ path: "personId", message: "must be a person's id" }]);
    expect(check(StatusChangeBody, { status: "thanked" })).toEqual({ status: "thanked" });
    expect(check(DigestBody, { enabled: "on", weekday: "1", time: "08:30", timeZone: "Europe/London" })).toEqual({
      enabled: true,
      weekday: 1,
      time: "08:30",
      timeZone: "Europe/London",
    });
    expect(pathsOf(DigestBody, { weekday: 8, time: "24:00", timeZone: "Mars/Olympus" })).toEqual(new Set(["weekday", "time", "timeZone"]));
  });
});
