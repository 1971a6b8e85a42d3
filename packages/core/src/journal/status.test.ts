import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyMove, applyMoves, movesFromChat, setStatusByHand, type AutomaticMove } from "./status.ts";
import { settleStatuses } from "./summary.ts";
import { aChat, aPerson } from "../../testing/journal/fixtures.ts";
import { PERSON_STATUSES, type PersonStatus } from "./types.ts";

const LADDER: PersonStatus[] = ["to_contact", "reached_out", "booked", "held", "thanked", "keep_in_touch"];
const T = Date.parse("2026-03-02T15:00:00Z");

describe("applyMove", () => {
  it("moves a person up the ladder as things happen", () => {
    let p = aPerson("p");
    p = applyMove(p, { to: "reached_out", at: T, cause: "outreach" })!;
    p = applyMove(p, { to: "booked", at: T + 1, cause: "booking" })!;
    p = applyMove(p, { to: "held", at: T + 2, cause: "chat_ended" })!;
    p = applyMove(p, { to: "thanked", at: T + 3, cause: "thank_you_sent" })!;
    expect(p).toMatchObject({ status: "thanked", statusAt: T + 3 });
  });

  it("never moves anyone back: outreach to someone already booked, a second chat with someone thanked", () => {
    expect(applyMove(aPerson("p", { status: "booked" }), { to: "reached_out", at: T, cause: "outreach" })).toBeUndefined();
    expect(applyMove(aPerson("p", { status: "thanked" }), { to: "booked", at: T, cause: "booking" })).toBeUndefined();
    expect(applyMove(aPerson("p", { status: "keep_in_touch" }), { to: "held", at: T, cause: "chat_ended" })).toBeUndefined();
    expect(applyMove(aPerson("p", { status: "held" }), { to: "held", at: T, cause: "chat_logged" })).toBeUndefined();
  });

  it("leaves 'not now' to outreach, but a booking, a chat or a thank-you lifts it", () => {
    const notNow = aPerson("p", { status: "not_now" });
    expect(applyMove(notNow, { to: "reached_out", at: T, cause: "outreach" })).toBeUndefined();
    for (const to of ["booked", "held", "thanked"] as const) {
      expect(applyMove(notNow, { to, at: T, cause: "booking" })?.status).toBe(to);
    }
  });

  it("lets a status the seeker set by hand stand against older facts", () => {
    const setByHand = setStatusByHand(aPerson("p", { status: "held" }), "booked", T + 60_000);
    expect(setByHand).toMatchObject({ status: "booked", statusAt: T + 60_000 });
    expect(applyMove(setByHand, { to: "held", at: T, cause: "chat_ended" })).toBeUndefined();
    expect(applyMove(setByHand, { to: "held", at: T + 120_000, cause: "chat_ended" })?.status).toBe("held");
  });

  it("never moves a person backwards, whatever the moves and their order", () => {
    const move = fc.record({
      to: fc.constantFrom("reached_out", "booked", "held", "thanked" as const),
      at: fc.integer({ min: T, max: T + 1e9 }),
      cause: fc.constant("outreach" as const),
    });
    fc.assert(
      fc.property(fc.constantFrom(...PERSON_STATUSES), fc.array(move, { maxLength: 12 }), (status, moves) => {
        const start = aPerson("p", { status });
        const end = applyMoves(start, moves as AutomaticMove[]);
        if (status === "not_now") expect(end.status === "not_now" || ["booked", "held", "thanked"].includes(end.status)).toBe(true);
        else expect(LADDER.indexOf(end.status)).toBeGreaterThanOrEqual(LADDER.indexOf(status));
        if (end !== start) expect(moves.some((m) => m.to === end.status)).toBe(true);
      }),
    );
  });
});

describe("movesFromChat", () => {
  const chat = aChat("r", T);

  it("reads a request as reaching out, an acceptance as a booking and a passed end as a chat held", () => {
    expect(movesFromChat({ ...chat, status: "awaiting_host" }, T).map((m) => m.to)).toEqual(["reached_out"]);
    expect(movesFromChat(chat, T).map((m) => m.to)).toEqual(["reached_out", "booked"]);
    expect(movesFromChat(chat, chat.end)).toEqual([
      { to: "reached_out", at: chat.createdAt, cause: "request" },
      { to: "booked", at: chat.updatedAt, cause: "booking" },
      { to: "held", at: chat.end, cause: "chat_ended" },
    ]);
  });

  it("holds nothing for a chat marked 'didn't happen', and nothing at all for an unconfirmed request", () => {
    expect(movesFromChat({ ...chat, status: "cancelled" }, chat.end + 1).map((m) => m.to)).toEqual(["reached_out"]);
    expect(movesFromChat({ ...chat, status: "awaiting_email" }, chat.end + 1)).toEqual([]);
  });
});

describe("settleStatuses", () => {
  it("takes a person added after their chat was completed all the way to held", () => {
    // The thank-you prompt completes the chat two hours after its end: its last update is after the end.
    const chat = aChat("r1", T, { personId: "dana", status: "completed", updatedAt: T + 20 * 60_000 + 2 * 3_600_000 });
    const { people } = settleStatuses({ people: [aPerson("dana")], chats: [chat] }, T + 3 * 3_600_000);
    expect(people[0]?.status).toBe("held");
  });

  it("applies each person's chats and reports only those that moved", () => {
    const people = [aPerson("a", { status: "to_contact" }), aPerson("b", { status: "thanked" }), aPerson("c")];
    const chats = [aChat("r1", T, { personId: "a" }), aChat("r2", T, { personId: "b" }), aChat("r3", T)];
    const { people: settled, changed } = settleStatuses({ people, chats }, T + 3600_000);
    expect(settled.map((p) => p.status)).toEqual(["held", "thanked", "to_contact"]);
    expect(changed).toEqual([{ ...people[0], status: "held", statusAt: chats[0]!.end }]);
    expect(settled[1]).toBe(people[1]);
  });
});
