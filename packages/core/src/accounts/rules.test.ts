import { describe, expect, it } from "vitest";
import { MINUTE } from "../model/index.ts";
import { challengeState, isLive, MAX_CODE_ATTEMPTS, newChallenge, normalizeEmail, sameHash, SIGN_IN_VALIDITY } from "./rules.ts";

const NOW = Date.UTC(2026, 11, 1, 12);
const challenge = newChallenge("sam@example.com", { linkHash: "l", codeHash: "c" }, NOW);

describe("sign-in challenges", () => {
  it("are open for 15 minutes, then expired", () => {
    expect(SIGN_IN_VALIDITY).toBe(15 * MINUTE);
    expect(challengeState(challenge, NOW + 15 * MINUTE - 1)).toBe("open");
    expect(challengeState(challenge, NOW + 15 * MINUTE)).toBe("expired");
    expect(challengeState(undefined, NOW)).toBe("missing");
  });

  it("take five tries; the sixth is refused whatever it holds", () => {
    expect(MAX_CODE_ATTEMPTS).toBe(5);
    expect(challengeState({ ...challenge, attempts: 4 }, NOW)).toBe("open");
    expect(challengeState({ ...challenge, attempts: 5 }, NOW)).toBe("void");
  });
});

describe("credentials", () => {
  it("live until validUntil; personal tokens have none and live until revoked", () => {
    expect(isLive({ validUntil: NOW + 1 }, NOW)).toBe(true);
    expect(isLive({ validUntil: NOW }, NOW)).toBe(false);
    expect(isLive({}, NOW)).toBe(true);
  });

  it("compare hashes in full", () => {
    expect(sameHash("abcd", "abcd")).toBe(true);
    expect(sameHash("abcd", "abce")).toBe(false);
    expect(sameHash("abcd", "abc")).toBe(false);
  });

  it("addresses are compared trimmed and lower-cased", () => {
    expect(normalizeEmail("  Sam@Example.COM ")).toBe("sam@example.com");
  });
});
