import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "../model/index.ts";
import { TOKEN_ACTIONS } from "./actions.ts";
import { signActionToken, verifyActionToken, type ActionClaims } from "./token.ts";

const SECRET = "s".repeat(16) + "0123456789abcdef";
const OTHER_SECRET = "t".repeat(40);
const NOW = Date.UTC(2026, 2, 2, 9, 0);
const claims: ActionClaims = { requestId: "0123456789abcdef0123456789abcdef", action: "accept", expiresAt: NOW + 3_600_000 };

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return "OK";
};

/** Replaces one character with another base64url character. */
const flip = (text: string, at: number) => text.slice(0, at) + (text[at] === "A" ? "B" : "A") + text.slice(at + 1);

describe("action tokens", () => {
  it("round-trips every action, short enough for an email link", () => {
    for (const action of TOKEN_ACTIONS) {
      const token = signActionToken({ ...claims, action }, SECRET);
      expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
      expect(token.length).toBeLessThan(200);
      expect(verifyActionToken(token, SECRET, NOW, action)).toEqual({ ...claims, action });
    }
  });

  it("verifies without an expected action and returns the claims", () => {
    expect(verifyActionToken(signActionToken(claims, SECRET), SECRET, NOW)).toEqual(claims);
  });

  it("rejects a tampered payload", () => {
    const [payload, signature] = signActionToken(claims, SECRET).split(".") as [string, string];
    const forged = Buffer.from(`accept.${(claims.expiresAt * 2).toString(36)}.${claims.requestId}`).toString("base64url");
    expect(code(() => verifyActionToken(`${forged}.${signature}`, SECRET, NOW))).toBe("TOKEN_INVALID");
    for (let i = 0; i < payload.length; i++) {
      expect(code(() => verifyActionToken(`${flip(payload, i)}.${signature}`, SECRET, NOW))).toBe("TOKEN_INVALID");
    }
  });

  it("rejects a tampered signature at every position", () => {
    const [payload, signature] = signActionToken(claims, SECRET).split(".") as [string, string];
    for (let i = 0; i < signature.length; i++) {
      expect(code(() => verifyActionToken(`${payload}.${flip(signature, i)}`, SECRET, NOW))).toBe("TOKEN_INVALID");
    }
  });

  it("reports expiry only for a genuine token, at and after expiresAt", () => {
    const token = signActionToken(claims, SECRET);
    expect(code(() => verifyActionToken(token, SECRET, claims.expiresAt - 1))).toBe("OK");
    expect(code(() => verifyActionToken(token, SECRET, claims.expiresAt))).toBe("TOKEN_EXPIRED");
    const [, signature] = token.split(".");
    const forged = Buffer.from(`accept.1.${claims.requestId}`).toString("base64url");
    expect(code(() => verifyActionToken(`${forged}.${signature}`, SECRET, NOW))).toBe("TOKEN_INVALID");
    expect(code(() => verifyActionToken(token, OTHER_SECRET, claims.expiresAt + 1))).toBe("TOKEN_INVALID");
  });

  it("rejects a token made for another action", () => {
    const token = signActionToken({ ...claims, action: "view_guest" }, SECRET);
    expect(code(() => verifyActionToken(token, SECRET, NOW, "cancel"))).toBe("TOKEN_INVALID");
  });

  it("rejects another request's signature swapped in", () => {
    const mine = signActionToken(claims, SECRET).split(".")[0];
    const theirs = signActionToken({ ...claims, requestId: "fedcba9876543210fedcba9876543210" }, SECRET).split(".")[1];
    expect(code(() => verifyActionToken(`${mine}.${theirs}`, SECRET, NOW))).toBe("TOKEN_INVALID");
  });

  it("rejects a token signed with another secret", () => {
    expect(code(() => verifyActionToken(signActionToken(claims, OTHER_SECRET), SECRET, NOW))).toBe("TOKEN_INVALID");
  });

  it("refuses a secret shorter than 32 characters", () => {
    expect(() => signActionToken(claims, "short")).toThrow(RangeError);
    expect(() => verifyActionToken("a.b", "x".repeat(31), NOW)).toThrow(RangeError);
  });

  it("binds request ids that contain dots", () => {
    const odd = { ...claims, requestId: "a.b.c" };
    expect(verifyActionToken(signActionToken(odd, SECRET), SECRET, NOW)).toEqual(odd);
  });

  it("never throws anything but TOKEN_INVALID for garbage", () => {
    const valid = signActionToken(claims, SECRET);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "grapheme-composite" }),
          fc.stringMatching(/^[A-Za-z0-9_-]{0,80}\.[A-Za-z0-9_-]{0,60}$/),
          fc.nat({ max: valid.length - 1 }).map((i) => valid.slice(0, i) + valid.slice(i + 1)),
        ),
        (garbage) => {
          fc.pre(garbage !== valid);
          expect(code(() => verifyActionToken(garbage, SECRET, NOW))).toBe("TOKEN_INVALID");
        },
      ),
      { numRuns: 2000 },
    );
  });
});
