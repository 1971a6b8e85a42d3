import { describe, expect, it } from "vitest";
import { mailboxOf } from "./rate-limits.ts";

describe("mailboxOf: the mailbox a per-email limit counts", () => {
  it("folds +tags and, for Gmail, dots and googlemail.com", () => {
    for (const alias of ["sam.okafor+1@gmail.com", "S.A.M.OKAFOR@GoogleMail.com", "samokafor+jobs@gmail.com", " samokafor@gmail.com "]) {
      expect(mailboxOf(alias)).toBe("samokafor@gmail.com");
    }
    expect(mailboxOf("sam+news@outlook.com")).toBe("sam@outlook.com");
    expect(mailboxOf("sam.okafor+x@icloud.com")).toBe("sam.okafor@icloud.com");
  });

  it("takes other providers as written, lowercased", () => {
    expect(mailboxOf("Sam.Okafor+tag@Example.com")).toBe("sam.okafor+tag@example.com");
    expect(mailboxOf("o'brien@example.com")).toBe("o'brien@example.com");
  });
});
