import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { json, requestBody } from "../support/stack.ts";
import { HOST_EMAIL, lastLinks } from "../support/chat.ts";
import { press } from "../support/links.ts";
import { useTestStack } from "../support/use-test-stack.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z" });
const mail = t.mail;

const post = (body: unknown) => fetch(t.stack.url("/api/v1/links/demo/coffee/requests"), json(body));
const written = () => t.stack.keys("REQ#", "LOCK#", "GUEST#", "CAP#");
const schedules = async () =>
  ((await (await fetch(`${t.stack.schedulerUrl}/_local/schedules`)).json()) as { schedules: unknown[] }).schedules.length;

describe("addresses RFC 5322 allows and SES takes", () => {
  it.each(["o'brien@example.com", "first.last+tag@example.com"])("%s is accepted end to end: confirmation, request, invite", async (guest) => {
    const start = guest.startsWith("o'") ? "2026-12-08T15:00:00.000Z" : "2026-12-08T16:00:00.000Z";
    const res = await post(requestBody(start, { email: guest }));
    expect(res.status).toBe(202);
    await press((await lastLinks(mail, guest))["confirm_email"]!);
    expect((await press((await lastLinks(mail, HOST_EMAIL))["accept"]!)).status).toBe(303);
    const invite = mail.sent.filter((m) => m.to === guest).at(-1)!;
    expect(invite.raw).toMatch(/text\/calendar/i);
    expect(invite.raw).toContain(`To: Sam Okafor <${guest}>`);
    expect(await t.stack.emails()).toContainEqual(expect.objectContaining({ destination: expect.objectContaining({ to: expect.arrayContaining([expect.stringContaining(guest)]) }) }));
  });

  it("an address no one can send to is a 400 that writes nothing", async () => {
    const before = { keys: await written(), schedules: await schedules() };
    for (const email of ["o'brien@example", "zoë@example.com", "a..b@example.com", `${"x".repeat(65)}@example.com`]) {
      const res = await post(requestBody("2026-12-09T15:00:00.000Z", { email }));
      expect(res.status, email).toBe(400);
      expect(((await res.json()) as any).error.issues[0].path).toBe("email");
    }
    expect(await written()).toEqual(before.keys);
    expect(await schedules()).toBe(before.schedules);
  });
});

/** Mostly good values, so the property sees both outcomes, with hostile ones mixed in. */
const mostly = <T,>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>) => fc.oneof({ arbitrary: good, weight: 4 }, { arbitrary: bad, weight: 1 });
const email = mostly(
  fc.oneof(fc.constantFrom("o'brien@example.com", "first.last+tag@example.com", "UPPER@Example.COM", " padded@example.com "), fc.emailAddress({ size: "small" })),
  fc.constantFrom("zoë@example.com", "no-tld@example", "two@@example.com", ".dot@example.com", "a b@example.com", "x@-bad.example.com"),
);
const name = mostly(
  fc.constantFrom("Sam Okafor", "Zoë Ñúñez", "Eve\u202Egnp.exe", "O'Brien"),
  fc.oneof(fc.constantFrom("\u202E", "A\r\nBcc: x@example.com", "", "  "), fc.string({ maxLength: 30 })),
);
const start = mostly(
  fc.constantFrom(...[14, 15, 16, 17, 18, 19, 20].flatMap((h) => [10, 11, 14, 15].map((d) => `2026-12-${d}T${h}:00:00.000Z`))),
  fc.constantFrom("2026-12-12T15:00:00.000Z", "tomorrow", "2026-12-10T14:07:00.000Z"),
);
const body = fc.record({
  start,
  email,
  name,
  format: mostly(fc.constantFrom("video", "phone"), fc.constant("carrier-pigeon")),
  website: mostly(fc.constantFrom(undefined, ""), fc.constant("http://spam.example")),
  questions: mostly(fc.constant<string[]>(["What's a typical week like?"]), fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 })),
});

describe("validation comes before any write", () => {
  it("for any body: a 202 with an email sent to that address, or a 4xx with no item, lock or schedule written", async () => {
    const seen = new Set<number>();
    await fc.assert(
      fc.asyncProperty(body, async (fields) => {
        const keysBefore = await written();
        const schedulesBefore = await schedules();
        const sentBefore = mail.sent.length;
        const { website, ...rest } = fields;
        const res = await post(requestBody(fields.start, { ...rest, ...(website === undefined ? {} : { website }) }));
        seen.add(res.status);
        if (res.status === 202) {
          const to = fields.email.trim().toLowerCase();
          expect(mail.sent.slice(sentBefore).map((m) => m.to)).toContain(to);
          return;
        }
        expect([400, 409, 422]).toContain(res.status);
        expect(await written()).toEqual(keysBefore);
        expect(await schedules()).toBe(schedulesBefore);
      }),
      {
        numRuns: 80,
        // The body the finding was about goes first, whatever the seed.
        examples: [[{ start: "2026-12-14T15:00:00.000Z", email: "d'arcy@example.com", name: "D'Arcy", format: "video", website: undefined, questions: ["What's a typical week like?"] }]],
      },
    );
    // Both outcomes were exercised, or the property proved nothing.
    expect([...seen]).toEqual(expect.arrayContaining([202, 400, 409]));
  }, 240_000);
});
