import { describe, expect, it } from "vitest";
import { json, requestBody } from "../support/stack.ts";
import { HOST_EMAIL, lastLinks, textOf } from "../support/chat.ts";
import { press } from "../support/links.ts";
import { useTestStack } from "../support/use-test-stack.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z" });
const mail = t.mail;

const post = (body: unknown) => fetch(t.stack.url("/api/v1/links/demo/coffee/requests"), json(body));
const headerOf = (raw: string, name: string) => new RegExp(`^${name}: (.*)$`, "mi").exec(raw.slice(0, raw.indexOf("\r\n\r\n")))?.[1];
/** The answer with its id masked: what a caller could compare between two addresses. */
const answerOf = async (res: Response) => {
  const body = (await res.json()) as Record<string, unknown>;
  return { status: res.status, body: { ...body, ...(typeof body["id"] === "string" ? { id: "<id>" } : {}) } };
};

describe("the host's address reaches a guest only after the host accepted", () => {
  it("before: replies go to a no-reply and the email says so; after: to the host", async () => {
    const guest = "privacy@example.com";
    expect((await post(requestBody("2026-12-08T15:00:00.000Z", { email: guest }))).status).toBe(202);
    const confirm = mail.sent.filter((m) => m.to === guest).at(-1)!.raw;
    expect(confirm).not.toContain(HOST_EMAIL);
    expect(headerOf(confirm, "Reply-To")).toMatch(/no-reply@/);
    expect(await textOf(confirm)).toContain("Replies to this email are not read");

    await press((await lastLinks(mail, guest))["confirm_email"]!);
    expect(headerOf(mail.sent.filter((m) => m.to === HOST_EMAIL).at(-1)!.raw, "Reply-To")).toContain(guest);
    await press((await lastLinks(mail, HOST_EMAIL))["accept"]!);
    const accepted = mail.sent.filter((m) => m.to === guest).at(-1)!.raw;
    expect(headerOf(accepted, "Reply-To")).toContain(HOST_EMAIL);
    expect(await textOf(accepted)).not.toContain("Replies to this email are not read");
  });

  it("a declined guest never sees it", async () => {
    const guest = "declined-privacy@example.com";
    expect((await post(requestBody("2026-12-08T16:00:00.000Z", { email: guest }))).status).toBe(202);
    await press((await lastLinks(mail, guest))["confirm_email"]!);
    await press((await lastLinks(mail, HOST_EMAIL))["decline"]!, { note: "I'm travelling that week" });
    const toGuest = mail.sent.filter((m) => m.to === guest);
    expect(toGuest).toHaveLength(2);
    for (const m of toGuest) expect(m.raw).not.toContain(HOST_EMAIL);
  });
});

describe("a submission reveals nothing about requests the caller has not proven to own", () => {
  const victim = "victim@example.com";
  const held = "2026-12-09T15:00:00.000Z";

  it("on a taken slot: the same answer whether or not the address has a request there or elsewhere", async () => {
    expect((await post(requestBody(held, { email: victim }))).status).toBe(202);
    const onTheirSlot = await answerOf(await post(requestBody(held, { email: victim })));
    const stranger = await answerOf(await post(requestBody(held, { email: "stranger@example.com" })));
    expect(onTheirSlot).toEqual(stranger);
    expect(stranger.status).toBe(409);
  });

  it("on a free slot: the same 202 whether or not the address already has an open request; the owner learns by email", async () => {
    const keys = await t.stack.keys("REQ#", "GUEST#", "LOCK#");
    const sentToVictim = mail.sent.filter((m) => m.to === victim).length;
    const res = await post(requestBody("2026-12-09T17:00:00.000Z", { email: victim }));
    const again = await answerOf(res.clone());
    const theirs = ((await res.json()) as { id: string }).id;
    expect(await t.stack.keys("REQ#", "GUEST#", "LOCK#")).toEqual(keys);
    expect(await t.stack.keys(`REQ#${theirs}`)).toEqual([]);

    const fresh = await answerOf(await post(requestBody("2026-12-09T18:00:00.000Z", { email: "newcomer@example.com" })));
    expect(again).toEqual(fresh);
    expect(fresh.status).toBe(202);
    // The owner hears about it: their unconfirmed request's link, once more.
    const told = mail.sent.filter((m) => m.to === victim).slice(sentToVictim);
    expect(told).toHaveLength(1);
    expect(Object.keys(await lastLinks(mail, victim))).toContain("confirm_email");
  });

  it("an owner whose request is confirmed gets a note pointing to it", async () => {
    await press((await lastLinks(mail, victim))["confirm_email"]!);
    const res = await post(requestBody("2026-12-10T17:00:00.000Z", { email: victim }));
    expect(res.status).toBe(202);
    const note = await textOf(mail.sent.filter((m) => m.to === victim).at(-1)!.raw);
    expect(note).toContain("You already have a request with Dana Rivera open");
    expect(note).not.toContain(HOST_EMAIL);
  });
});
