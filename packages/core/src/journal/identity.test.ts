import { describe, expect, it } from "vitest";
import { identityOf, KnownPeople, linkedInProfile, normalName } from "./identity.ts";
import { peopleFromReferrals } from "./referrals.ts";
import { aPerson } from "../../testing/journal/fixtures.ts";

describe("identity", () => {
  it("reads a LinkedIn profile however it was copied", () => {
    for (const link of [
      "https://www.linkedin.com/in/jane-doe",
      "http://linkedin.com/in/Jane-Doe/",
      "https://uk.linkedin.com/in/jane-doe?trk=x#top",
    ]) {
      expect(linkedInProfile(link)).toBe("linkedin.com/in/jane-doe");
    }
    expect(linkedInProfile("https://www.linkedin.com/company/acme")).toBeUndefined();
    expect(linkedInProfile("https://evil.example/in/jane-doe")).toBeUndefined();
    expect(linkedInProfile("not a link")).toBeUndefined();
  });

  it("compares names without case, accents or extra spaces", () => {
    expect(normalName("  Zoë   Ñúñez ")).toBe("zoe nunez");
  });

  it("knows a person by email, else LinkedIn profile, else name — and keeps two namesakes with different addresses apart", () => {
    const known = new KnownPeople([
      aPerson("1", { name: "Jane Doe", email: "jane@acme.example" }),
      aPerson("2", { name: "Li Wei", link: "https://www.linkedin.com/in/liwei" }),
      aPerson("3", { name: "Sam Lee" }),
    ]);
    const has = (p: Parameters<typeof identityOf>[0]) => known.has(identityOf(p));
    expect(has({ name: "J. Doe", email: "JANE@acme.example" })).toBe(true);
    expect(has({ name: "Wei Li", link: "https://linkedin.com/in/LiWei/" })).toBe(true);
    expect(has({ name: "jane doe" })).toBe(true);
    expect(has({ name: "Jane Doe", email: "jane@other.example" })).toBe(false);
    expect(has({ name: "Li Wei", link: "https://www.linkedin.com/in/another-li-wei" })).toBe(false);
    expect(has({ name: "Sam  LEE", email: "sam@x.example" })).toBe(true);
  });
});

describe("peopleFromReferrals", () => {
  it("adds each new name once, introduced by the host, to contact", () => {
    let n = 0;
    const added = peopleFromReferrals(["Ana Souza", " ana  souza ", "", "Jane Doe", "Bo Chen"], "Dana Rivera", [aPerson("1", { name: "Jane Doe" })], () => `id${++n}`);
    expect(added).toEqual([
      { id: "id1", name: "Ana Souza", introducedBy: "Dana Rivera", status: "to_contact" },
      { id: "id2", name: "Bo Chen", introducedBy: "Dana Rivera", status: "to_contact" },
    ]);
  });
});
