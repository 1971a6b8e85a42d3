import { describe, expect, it } from "vitest";
import type { FollowUpKind, RequestStatus } from "../model/index.ts";
import { AFTER_END, BEFORE_START, START, aRequest } from "../../testing/lifecycle/fixture.ts";
import { staleReason, stillApplies } from "./still-applies.ts";

const VERSION = 3; // the fixture's version

function applies(kind: FollowUpKind, status: RequestStatus, now: number, version = VERSION) {
  return stillApplies({ kind, version }, aRequest(status), now);
}

describe("stillApplies", () => {
  it("never acts for an older version of the request", () => {
    expect(applies("prep_pack", "accepted", BEFORE_START, VERSION - 1)).toBe(false);
    expect(staleReason({ kind: "prep_pack", version: 2 }, aRequest("accepted"), BEFORE_START)).toMatch(/version 2/);
  });

  it("acts before the chat only on an accepted chat not yet started", () => {
    for (const kind of ["prep_pack", "guest_confirm", "reminder"] as const) {
      expect(applies(kind, "accepted", BEFORE_START)).toBe(true);
      expect(applies(kind, "accepted", START)).toBe(false);
      expect(applies(kind, "cancelled", BEFORE_START)).toBe(false);
      expect(applies(kind, "awaiting_host", BEFORE_START)).toBe(false);
    }
  });

  it("acts after the chat on accepted or completed chats that have ended", () => {
    for (const kind of ["thank_you", "keep_in_touch"] as const) {
      expect(applies(kind, "accepted", AFTER_END)).toBe(true);
      expect(applies(kind, "completed", AFTER_END)).toBe(true);
      expect(applies(kind, "accepted", BEFORE_START)).toBe(false);
      expect(applies(kind, "cancelled", AFTER_END)).toBe(false);
    }
  });

  it("nudges and expires only requests still waiting for that step", () => {
    expect(applies("host_nudge", "awaiting_host", BEFORE_START)).toBe(true);
    expect(applies("host_nudge", "awaiting_host", AFTER_END)).toBe(false);
    expect(applies("host_nudge", "accepted", BEFORE_START)).toBe(false);
    expect(applies("expire_unanswered", "awaiting_host", BEFORE_START)).toBe(true);
    expect(applies("expire_unanswered", "awaiting_email", BEFORE_START)).toBe(false);
    expect(applies("expire_unconfirmed", "awaiting_email", BEFORE_START)).toBe(true);
    expect(applies("expire_unconfirmed", "awaiting_host", BEFORE_START)).toBe(false);
  });
});
