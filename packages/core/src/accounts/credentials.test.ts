import { describe, expect, it } from "vitest";
import { credentialId, formatCredential, hashInput, parseCredential } from "./credentials.ts";
import { describeBrowser } from "./sessions.ts";

const SECRET = "A".repeat(21) + "_-" + "z".repeat(20);

describe("presented credentials", () => {
  it("round-trip for sessions and tokens, and never read as each other", () => {
    const cookie = formatCredential("session", "abc123", SECRET);
    const token = formatCredential("token", "abc123", SECRET);
    expect(parseCredential("session", cookie)).toEqual({ kind: "session", accountId: "abc123", secret: SECRET });
    expect(parseCredential("token", token)).toEqual({ kind: "token", accountId: "abc123", secret: SECRET });
    expect(parseCredential("token", cookie)).toBeUndefined();
    expect(parseCredential("session", token)).toBeUndefined();
  });

  it.each(["", "abc", `ABC.${SECRET}`, `abc.${SECRET}x`, `abc.${SECRET.slice(1)}`, `a b.${SECRET}`, `abc.${SECRET}\n`])(
    "refuses %j",
    (value) => {
      expect(parseCredential("session", value)).toBeUndefined();
    },
  );

  it("hash inputs keep kinds apart", () => {
    expect(hashInput.credential("session", "x")).not.toBe(hashInput.credential("token", "x"));
    expect(hashInput.code("a@x.org", "123456")).not.toBe(hashInput.code("b@x.org", "123456"));
    expect(credentialId("0123456789abcdef0123")).toBe("0123456789abcdef");
  });

  it("names a browser without keeping its User-Agent", () => {
    expect(describeBrowser("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605 Version/17 Safari/605")).toBe("Safari on macOS");
    expect(describeBrowser("Mozilla/5.0 (X11; Linux x86_64) Chrome/130 Safari/537")).toBe("Chrome on Linux");
    expect(describeBrowser(undefined)).toBe("A browser");
  });
});
