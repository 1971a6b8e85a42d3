import type { RequestStatus } from "@coffeechat/core";
import { describe, expect, it } from "vitest";
import { blockSk, blockStartOf, journalKeys, keys } from "./keys.ts";
import { diffHolds } from "./locks.ts";

describe("blockSk", () => {
  it("sorts as the instants do", () => {
    const instants = [5 * 60_000, 1_700_000_000_000, 99_999_999_999_999, 300_000_000];
    const sorted = [...instants].sort((a, b) => a - b).map(blockSk);
    expect(instants.map(blockSk).sort()).toEqual(sorted);
    expect(blockSk(1_700_000_000_000)).toBe("BLOCK#001700000000000");
  });

  it("reads back as the instant it was made from", () => {
    for (const t of [0, 5 * 60_000, 1_700_000_000_000]) expect(blockStartOf(blockSk(t))).toBe(t);
    expect(() => blockStartOf("REQ")).toThrow(RangeError);
    expect(() => blockStartOf("BLOCK#x")).toThrow(RangeError);
  });

  it("refuses what cannot be a block start", () => {
    expect(() => blockSk(-1)).toThrow(RangeError);
    expect(() => blockSk(1.5)).toThrow(RangeError);
  });
});

describe("keys", () => {
  it("lower-case and trim guest and suppression emails", () => {
    expect(keys.guestLock("jane", " Sam@Example.COM ")).toEqual({ pk: "GUEST#jane#sam@example.com", sk: "OPEN" });
    expect(keys.suppression("Sam@Example.COM").pk).toBe("SUPPRESS#sam@example.com");
  });

  it("index a host's requests by group: chats by their end, the rest by their start", () => {
    const at = (status: RequestStatus) =>
      keys.hostRequests({ handle: "jane", status, id: "r1", start: Date.UTC(2031, 0, 2, 3, 0), end: Date.UTC(2031, 0, 2, 3, 20) });
    expect(at("awaiting_host")).toEqual({ gsi1pk: "HOSTREQ#jane#waiting", gsi1sk: "2031-01-02T03:00:00.000Z#r1" });
    expect(at("accepted")).toEqual({ gsi1pk: "HOSTREQ#jane#chat", gsi1sk: "2031-01-02T03:20:00.000Z#r1" });
    expect(at("completed").gsi1pk).toBe("HOSTREQ#jane#chat");
    expect(at("awaiting_email").gsi1pk).toBe("HOSTREQ#jane#unconfirmed");
    for (const closed of ["declined", "cancelled", "expired"] as const) expect(at(closed).gsi1pk).toBe("HOSTREQ#jane#closed");
  });
});

describe("journal and guest-chat keys", () => {
  it("index an address's chats by the lower-cased address and start time", () => {
    expect(keys.guestChat(" Sam@Example.COM ", Date.UTC(2031, 0, 2, 3, 4), "r1")).toEqual({
      gsi2pk: "GUEST#sam@example.com",
      gsi2sk: "2031-01-02T03:04:00.000Z#r1",
    });
  });

  it("keep each account's journal in its own partition, and refuse an empty account id", () => {
    expect(journalKeys.person("acc", "p1")).toEqual({ pk: "JOURNAL#acc", sk: "PERSON#p1" });
    expect(journalKeys.outreach("acc", "2026-03-02", "o1").sk).toBe("OUTREACH#2026-03-02#o1");
    expect(() => journalKeys.goal("")).toThrow(RangeError);
  });
});

describe("diffHolds", () => {
  it("splits a move into blocks to release, take and keep", () => {
    expect(diffHolds(["a", "b", "c"], ["b", "c", "d"])).toEqual({ release: ["a"], take: ["d"], keep: ["b", "c"] });
    expect(diffHolds([], ["x"])).toEqual({ release: [], take: ["x"], keep: [] });
  });
});
