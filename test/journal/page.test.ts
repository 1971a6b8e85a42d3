import { describe, expect, it } from "vitest";
import { useTestStack } from "../support/use-test-stack.ts";
import { asBrowser, signIn } from "../support/accounts.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z" });

async function seeker(email: string) {
  const { cookie } = await signIn(t.stack, t.mail, email);
  const me = asBrowser(t.stack, cookie);
  const res = await me("/api/v1/me", { method: "PUT", body: { name: "Sam Seeker", headline: "Looking", timeZone: "Europe/London" } });
  if (res.status !== 200) throw new Error(`PUT /api/v1/me: ${res.status} ${await res.text()}`);
  const post = (path: string, fields: Record<string, string>, origin = t.stack.appUrl) =>
    fetch(t.stack.url(path), {
      method: "POST",
      headers: { cookie, origin, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields).toString(),
      redirect: "manual",
    });
  const page = (path = "/journal") => fetch(t.stack.url(path), { headers: { cookie }, redirect: "manual" });
  return { me, post, page, cookie };
}

describe("/journal", () => {
  it("sends someone signed out to sign in, and back here afterwards", async () => {
    const res = await fetch(t.stack.url("/journal"), { redirect: "manual" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/signin?next=%2Fjournal");
  });

  it("adds a person with the form and redirects back; a bad form shows the page again with the reason and writes nothing", async () => {
    const { post, page, me } = await seeker("page@seeker.example");
    expect((await page()).status).toBe(200);

    const ok = await post("/journal/people", { name: "Ada Lovelace", organization: "Engines", email: "" });
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe("/journal?saved=person");
    const after = await (await page("/journal?saved=person")).text();
    expect(after).toContain("Ada Lovelace");
    expect(after).toContain("Added to your journal.");

    const bad = await post("/journal/people", { name: "Bob", email: "not an address" });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain("must be an email address");
    expect(html).toContain('value="Bob"');
    const people = ((await (await me("/api/v1/me/journal/people")).json()) as any).items;
    expect(people.map((p: any) => p.name)).toEqual(["Ada Lovelace"]);
  });

  it("a zero pace keeps the goal form with the reason; a good goal is saved", async () => {
    const { post, me } = await seeker("goal@seeker.example");
    const bad = await post("/journal/goal", { targetChats: "20", byDate: "2027-03-01", chatsPerWeek: "0", outreachPerDay: "3" });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("at a pace of 0 the goal is never reached");
    expect(((await (await me("/api/v1/me/journal")).json()) as any).goal).toBeUndefined();
    const ok = await post("/journal/goal", { targetChats: "20", byDate: "2027-03-01", chatsPerWeek: "2", outreachPerDay: "3" });
    expect(ok.status).toBe(303);
    expect(((await (await me("/api/v1/me/journal")).json()) as any).goal).toEqual({ targetChats: 20, byDate: "2027-03-01", chatsPerWeek: 2, outreachPerDay: 3 });
  });

  it("status changes, outreach and 'I sent it' move the person; another account's person is 404", async () => {
    const { post, me } = await seeker("moves@seeker.example");
    const { id } = (await (await me("/api/v1/me/journal/people", { method: "POST", body: { name: "Grace" } })).json()) as any;
    expect((await post("/journal/outreach", { personId: id, on: "2026-12-01", channel: "email" })).status).toBe(303);
    t.now += 60_000; // a status moves only on a fact newer than its last move
    expect((await post(`/journal/people/${id}/status`, { status: "held" })).status).toBe(303);
    t.now += 60_000;
    expect((await post(`/journal/people/${id}/thanked`, {})).status).toBe(303);
    expect(((await (await me("/api/v1/me/journal/people")).json()) as any).items[0].status).toBe("thanked");

    const other = await seeker("other@seeker.example");
    expect((await other.post(`/journal/people/${id}/status`, { status: "not_now" })).status).toBe(404);
    expect((await other.post(`/journal/people/${id}/thanked`, {})).status).toBe(404);
    expect(((await (await me("/api/v1/me/journal/people")).json()) as any).items[0].status).toBe("thanked");
  });

  it("saves the weekly email's settings from the form", async () => {
    const { post, page } = await seeker("digestform@seeker.example");
    const res = await post("/journal/digest", { enabled: "on", weekday: "3", time: "09:15", timeZone: "Europe/London" });
    expect(res.status).toBe(303);
    const html = await (await page()).text();
    expect(html).toContain('value="09:15"');
  });

  it("a form posted from another site is refused", async () => {
    const { post, me } = await seeker("csrf@seeker.example");
    expect((await post("/journal/people", { name: "Mallory" }, "https://evil.example")).status).toBe(403);
    expect(((await (await me("/api/v1/me/journal/people")).json()) as any).items).toEqual([]);
  });

  it("imports a CSV from the form", async () => {
    const { cookie, me } = await seeker("upload@seeker.example");
    const form = new FormData();
    form.set("file", new Blob(["name,email\nLin Upload,lin@x.example\n"], { type: "text/csv" }), "people.csv");
    const res = await fetch(t.stack.url("/journal/import"), { method: "POST", headers: { cookie, origin: t.stack.appUrl }, body: form, redirect: "manual" });
    expect(res.status).toBe(303);
    expect(((await (await me("/api/v1/me/journal/people")).json()) as any).items.map((p: any) => p.name)).toEqual(["Lin Upload"]);
  });
});
