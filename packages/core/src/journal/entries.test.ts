import { describe, expect, it } from "vitest";
import { DomainError } from "../model/index.ts";
import { editPerson, logChat, logOutreach, markThanked, newPerson } from "./entries.ts";
import { aPerson } from "../../testing/journal/fixtures.ts";

const ctx = { id: "e1", today: "2026-03-04", now: Date.parse("2026-03-04T12:00:00Z") };

describe("people", () => {
  it("start at to_contact unless told otherwise", () => {
    expect(newPerson({ name: "Ana" }, "p1")).toEqual({ id: "p1", name: "Ana", status: "to_contact" });
    expect(newPerson({ name: "Ana", status: "keep_in_touch" }, "p1").status).toBe("keep_in_touch");
  });

  it("keep their status through an edit that leaves it out, and stamp one changed by hand", () => {
    const held = aPerson("p", { status: "held", statusAt: 5, notes: "old" });
    expect(editPerson(held, { name: "Ana" }, ctx.now)).toEqual({ id: "p", name: "Ana", status: "held", statusAt: 5 });
    expect(editPerson(held, { name: "Ana", status: "held" }, ctx.now).statusAt).toBe(5);
    expect(editPerson(held, { name: "Ana", status: "not_now" }, ctx.now)).toMatchObject({ status: "not_now", statusAt: ctx.now });
  });
});

describe("logOutreach", () => {
  it("moves someone to contact to reached out, and nobody else", () => {
    const { entry, person } = logOutreach(aPerson("p"), { on: "2026-03-04", channel: "email", note: "Asked for 20 minutes" }, ctx);
    expect(entry).toEqual({ id: "e1", personId: "p", on: "2026-03-04", channel: "email", note: "Asked for 20 minutes" });
    expect(person).toMatchObject({ status: "reached_out", statusAt: ctx.now });
    expect(logOutreach(aPerson("p", { status: "booked" }), { on: "2026-03-03", channel: "phone" }, ctx).person).toBeUndefined();
    expect(logOutreach(aPerson("p", { status: "not_now" }), { on: "2026-03-03", channel: "phone" }, ctx).person).toBeUndefined();
  });

  it("refuses a date after today in the seeker's zone", () => {
    const error = (() => {
      try {
        logOutreach(aPerson("p"), { on: "2026-03-05", channel: "email" }, ctx);
      } catch (e) {
        return e as DomainError;
      }
    })();
    expect(error?.details.issues).toEqual([{ path: "on", message: "must be today (2026-03-04) or earlier" }]);
  });
});

describe("logChat and markThanked", () => {
  it("move a person to held, then thanked, forward only", () => {
    const { chat, person } = logChat(aPerson("p", { status: "reached_out" }), "2026-03-01", ctx);
    expect(chat).toEqual({ id: "e1", personId: "p", on: "2026-03-01" });
    expect(person?.status).toBe("held");
    expect(markThanked(person!, ctx.now + 1)?.status).toBe("thanked");
    expect(logChat(aPerson("p", { status: "thanked" }), "2026-03-01", ctx).person).toBeUndefined();
    expect(() => logChat(aPerson("p"), "2026-03-05", ctx)).toThrow(DomainError);
  });
});
