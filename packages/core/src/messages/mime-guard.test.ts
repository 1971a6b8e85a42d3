import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inviteFor } from "./invite.ts";
import { composeEmail } from "./mime.ts";
import { addressProblem, displayName } from "./mime-guard.ts";
import { host, link, request } from "../../testing/messages/fixtures.ts";

const compose = (address: string, name = "Sam") =>
  composeEmail({
    from: { name: `${name} via coffeechat`, address: "chats@coffeechat.example" },
    to: { name, address },
    subject: `${name} would like 20 minutes`,
    text: "t",
    html: "<p>h</p>",
    messageId: "m.1",
    date: 0,
  });

const addresses = fc.oneof(
  fc.emailAddress(),
  fc.string({ maxLength: 30 }),
  fc.constantFrom("o'brien@example.com", "first.last+tag@example.com", "zoë@example.com", "a@b", "a..b@example.com", "x@xn--bcher-kva.example"),
);

describe("one address rule for validation, the MIME builder and the invite", () => {
  it("an address the rule takes heads an email and an invite; one it refuses heads neither", async () => {
    await fc.assert(
      fc.asyncProperty(addresses, async (address) => {
        const invite = () => inviteFor(request({ guest: { name: "Sam", email: address, timeZone: "UTC" } }), host, link, "guest", "REQUEST", 0);
        if (addressProblem(address) === undefined) {
          await expect(compose(address)).resolves.toBeInstanceOf(Uint8Array);
          expect(invite).not.toThrow();
        } else {
          await expect(compose(address)).rejects.toThrow(/to\.address/);
          expect(invite).toThrow(/email/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("takes what RFC 5322 and SES take", () => {
    for (const ok of ["o'brien@example.com", "first.last+tag@example.com", "a!#$%&*/=?^_`{|}~-z@example.co.uk"]) expect(addressProblem(ok)).toBeUndefined();
    for (const bad of ["zoë@example.com", "no-tld@example", ".a@example.com", "a.@example.com", "\"quoted\"@example.com"]) expect(addressProblem(bad)).toBeDefined();
  });
});

describe("names in From, Subject and the invite", () => {
  const rlo = "Eve\u202Egnp.exe\u2066x\u2069\u200F";

  it("lose their bidi controls", async () => {
    expect(displayName(rlo)).toBe("Evegnp.exex");
    const raw = Buffer.from(await compose("eve@example.com", rlo)).toString("utf8");
    const headers = raw.slice(0, raw.indexOf("\r\n\r\n"));
    const decoded = headers.replace(/=\?utf-8\?[BQ]\?([^?]*)\?=/gi, (_, text: string) => Buffer.from(text, "base64").toString("utf8"));
    expect(decoded).toContain("Evegnp.exex");
    expect(decoded).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F]/);
    const ics = inviteFor(request({ guest: { name: rlo, email: "eve@example.com", timeZone: "UTC" } }), host, link, "host", "REQUEST", 0);
    expect(ics).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F]/);
    expect(ics).toContain("Evegnp.exex");
  });
});
