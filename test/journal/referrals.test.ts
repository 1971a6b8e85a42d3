import { describe, expect, it } from "vitest";
import { demoHost } from "../../infra/demo.ts";
import { asBrowser, signIn } from "../support/accounts.ts";
import { fireUntil, HOST_EMAIL, lastLinks } from "../support/chat.ts";
import { json, requestBody } from "../support/stack.ts";
import { press } from "../support/links.ts";
import { useTestStack } from "../support/use-test-stack.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z" });

describe("the journal and coffeechat chats", () => {
  it("a chat booked with the account's address counts, and names from 'who else should I talk to?' become people to contact", async () => {
    const guest = "journal-guest@example.com";
    const me = asBrowser(t.stack, (await signIn(t.stack, t.mail, guest)).cookie);
    await me("/api/v1/me/journal/people", { method: "POST", body: { name: demoHost.name, email: demoHost.email } });
    // As people would: the host accepts a while after the request (a status moves only on a newer fact).
    const res = await fetch(t.stack.url("/api/v1/links/demo/coffee/requests"), json(requestBody("2026-12-08T15:00:00.000Z", { email: guest })));
    expect(res.status).toBe(202);
    await press((await lastLinks(t.mail, guest))["confirm_email"]!);
    t.now += 3_600_000;
    expect((await press((await lastLinks(t.mail, HOST_EMAIL))["accept"]!)).status).toBe(303);

    const before = ((await (await me("/api/v1/me/journal/people")).json()) as any).items;
    expect(before).toMatchObject([{ name: demoHost.name, status: "booked" }]);

    t.now = Date.parse("2026-12-08T18:00:00Z");
    await fireUntil(t.stack, "2026-12-08T18:00:00Z");
    const referrals = (await lastLinks(t.mail, guest))["referrals"]!;
    expect((await press(referrals, { names: "Ana Ruiz\nTomás Lee\nana ruiz" })).status).toBe(303);

    const people = ((await (await me("/api/v1/me/journal/people")).json()) as any).items;
    expect(people.find((p: any) => p.name === demoHost.name).status).toBe("held");
    const added = people.filter((p: any) => p.name !== demoHost.name).sort((a: any, b: any) => a.name.localeCompare(b.name));
    expect(added).toMatchObject([
      { name: "Ana Ruiz", introducedBy: demoHost.name, status: "to_contact" },
      { name: "Tomás Lee", introducedBy: demoHost.name, status: "to_contact" },
    ]);
    expect(((await (await me("/api/v1/me/journal")).json()) as any).progress.held).toBe(1);
  });
});
