import { describe, expect, it } from "vitest";
import { useTestStack } from "../support/use-test-stack.ts";
import { asBearer, asBrowser, signIn } from "../support/accounts.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z" });

async function seeker(email: string, timeZone = "Europe/London") {
  const { cookie } = await signIn(t.stack, t.mail, email);
  const me = asBrowser(t.stack, cookie);
  const res = await me("/api/v1/me", { method: "PUT", body: { name: `Seeker ${email}`, headline: "Looking", timeZone } });
  if (res.status !== 200) throw new Error(`PUT /api/v1/me: ${res.status} ${await res.text()}`);
  return { me, cookie };
}

const csvPost = (cookie: string, body: BodyInit, headers: Record<string, string> = {}) =>
  fetch(t.stack.url("/api/v1/me/journal/import"), {
    method: "POST",
    headers: { cookie, origin: t.stack.appUrl, "content-type": "text/csv", ...headers },
    body,
    // @ts-expect-error Node's fetch needs this for a streamed body
    duplex: "half",
  });

describe("/api/v1/me/journal", () => {
  it("adds people, logs outreach and chats, sets a goal, and summarises progress against it", async () => {
    const { me } = await seeker("sam@seeker.example");
    const added = await me("/api/v1/me/journal/people", { method: "POST", body: { name: "Ada Lovelace", organization: "Engines Ltd", email: "ada@engines.example" } });
    expect(added.status).toBe(201);
    const ada = (await added.json()) as any;
    expect(ada).toMatchObject({ name: "Ada Lovelace", status: "to_contact" });

    const outreach = await me(`/api/v1/me/journal/people/${ada.id}/outreach`, { method: "POST", body: { on: "2026-12-01", channel: "email" } });
    expect(outreach.status).toBe(201);
    expect(((await outreach.json()) as any).person.status).toBe("reached_out");

    t.now += 60_000; // a status moves only on a fact newer than its last move
    const chat = await me("/api/v1/me/journal/chats", { method: "POST", body: { personId: ada.id, on: "2026-12-01" } });
    expect(chat.status).toBe(201);
    expect(((await chat.json()) as any).person.status).toBe("held");

    const goal = await me("/api/v1/me/journal/goal", { method: "PUT", body: { targetChats: 10, byDate: "2027-01-26", chatsPerWeek: 2, outreachPerDay: 3 } });
    expect(goal.status).toBe(200);
    expect(((await goal.json()) as any).projection).toMatchObject({ remaining: 9, neededPerWeek: 2, reachOn: "2027-01-05" });

    const summary = (await (await me("/api/v1/me/journal")).json()) as any;
    expect(summary.today).toBe("2026-12-01");
    expect(summary.progress.held).toBe(1);
    expect(summary.projection.remaining).toBe(9);

    const edited = await me(`/api/v1/me/journal/people/${ada.id}`, { method: "PUT", body: { name: "Ada King", status: "thanked" } });
    expect(edited.status).toBe(200);
    expect(((await edited.json()) as any)).toMatchObject({ name: "Ada King", status: "thanked" });
    expect(((await (await me("/api/v1/me/journal/people")).json()) as any).items.map((p: any) => p.name)).toEqual(["Ada King"]);

    expect((await me(`/api/v1/me/journal/people/${ada.id}`, { method: "DELETE" })).status).toBe(204);
    expect(((await (await me("/api/v1/me/journal/people")).json()) as any).items).toEqual([]);
  });

  it("a zero pace is refused naming the field, and nothing is stored", async () => {
    const { me } = await seeker("pace@seeker.example");
    const res = await me("/api/v1/me/journal/goal", { method: "PUT", body: { targetChats: 10, byDate: "2027-01-26", chatsPerWeek: 0, outreachPerDay: 3 } });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain("chatsPerWeek");
    expect(((await (await me("/api/v1/me/journal")).json()) as any).goal).toBeUndefined();
  });

  it("without a session or token: 401", async () => {
    for (const path of ["/api/v1/me/journal", "/api/v1/me/journal/people", "/api/v1/me/journal/export.csv"]) {
      expect((await fetch(t.stack.url(path))).status, path).toBe(401);
    }
    const res = await fetch(t.stack.url("/api/v1/me/journal/people"), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "x" }) });
    expect(res.status).toBe(401);
  });

  it("hostile bodies get a 4xx naming the field and write nothing", async () => {
    const { me } = await seeker("fuzz@seeker.example");
    const bodies: unknown[] = [
      {},
      { name: "" },
      { name: "a\u0000b" },
      { name: "x".repeat(10_000) },
      { name: "ok", email: "not-an-address" },
      { name: "ok", link: "javascript:alert(1)" },
      { name: "ok", status: "promoted" },
      [1, 2, 3],
      "just a string",
      { name: { $ne: null } },
    ];
    for (const body of bodies) {
      const res = await me("/api/v1/me/journal/people", { method: "POST", body });
      expect(res.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect(((await res.json()) as any).error.issues.length).toBeGreaterThan(0);
    }
    const raw = await fetch(t.stack.url("/api/v1/me/journal/people"), {
      method: "POST",
      headers: { cookie: (await seeker("fuzz2@seeker.example")).cookie, origin: t.stack.appUrl, "content-type": "application/json" },
      body: "{not json",
    });
    expect(raw.status).toBe(400);
    expect((await me("/api/v1/me/journal/people/..%2F..", { method: "DELETE" })).status).toBeGreaterThanOrEqual(400);
    expect((await me("/api/v1/me/journal/people/x/outreach", { method: "POST", body: { on: "2099-01-01", channel: "email" } })).status).toBe(404);
    expect(((await (await me("/api/v1/me/journal/people")).json()) as any).items).toEqual([]);
  });

  it("an outreach dated after today (in the seeker's zone) is refused naming `on`", async () => {
    const { me } = await seeker("future@seeker.example", "Pacific/Kiritimati");
    const { id } = (await (await me("/api/v1/me/journal/people", { method: "POST", body: { name: "Later" } })).json()) as any;
    // 12:00Z is already 2 December in Kiritimati (UTC+14); the 3rd is still ahead.
    expect((await me(`/api/v1/me/journal/people/${id}/outreach`, { method: "POST", body: { on: "2026-12-02", channel: "email" } })).status).toBe(201);
    const res = await me(`/api/v1/me/journal/people/${id}/outreach`, { method: "POST", body: { on: "2026-12-03", channel: "email" } });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('"on"');
  });
});

describe("CSV import and export", () => {
  it("imports a file with a BOM and CRLF, skips people already known, and exports with formulas neutralised", async () => {
    const { me, cookie } = await seeker("csv@seeker.example");
    await me("/api/v1/me/journal/people", { method: "POST", body: { name: "Known Person" } });
    const file = "\uFEFFname,email,organization\r\nKnown Person,,\r\nEve Formula,eve@x.example,\"=HYPERLINK(\"\"http://evil\"\")\"\r\nBob Plain,,\"Acme, Inc\"\r\n";
    const res = await csvPost(cookie, file);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toMatchObject({ imported: 2, skipped: 1 });

    const exported = await me("/api/v1/me/journal/export.csv");
    expect(exported.status).toBe(200);
    expect(exported.headers.get("content-type")).toMatch(/^text\/csv/);
    const text = await exported.text();
    expect(text).toContain("Eve Formula");
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(text).toContain("'=HYPERLINK");
  });

  it("a broken file is refused with the line, and nothing is imported", async () => {
    const { me, cookie } = await seeker("broken@seeker.example");
    for (const file of ["", "no,header,here\n1,2,3\n", "name,email\nGood,good@x.example\nBad,not-an-email\n", 'name\n"unterminated\n', "\u0000\u0001\u0002binary"]) {
      const res = await csvPost(cookie, file);
      expect(res.status, JSON.stringify(file)).toBe(400);
      expect(((await res.json()) as any).error.issues[0].path).toBe("file");
    }
    // The reason names the line, over HTTP as in core.
    const quoted = await csvPost(cookie, 'name,email\nGood,good@x.example\nBad "quote,b@x.example\n');
    expect(((await quoted.json()) as any).error.message).toMatch(/\(line 3\)/);
    expect(((await (await me("/api/v1/me/journal/people")).json()) as any).items).toEqual([]);
  });

  it("past 2 MB (up to a 10 MB upload): 413, whether declared or streamed, and nothing is imported", async () => {
    const { me, cookie } = await seeker("big@seeker.example");
    const row = "Somebody Someone,some@x.example\n";
    const big = "name,email\n" + row.repeat(Math.ceil((2 * 1024 * 1024) / row.length) + 10);
    const declared = await csvPost(cookie, big);
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as any).error.issues[0].path).toBe("file");

    // A 10 MB upload without a declared length is cut off once it passes the cap.
    const chunks = new TextEncoder().encode(row.repeat(Math.ceil((10 * 1024 * 1024) / row.length)));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < chunks.length; at += 64 * 1024) controller.enqueue(chunks.slice(at, at + 64 * 1024));
        controller.close();
      },
    });
    const streamed = await csvPost(cookie, stream);
    expect(streamed.status).toBe(413);
    expect(((await (await me("/api/v1/me/journal/people")).json()) as any).items).toEqual([]);
  });

  it("works with a bearer token too", async () => {
    const { me } = await seeker("bearer@seeker.example");
    const { token } = (await (await me("/api/v1/me/tokens", { method: "POST", body: { name: "journal script" } })).json()) as any;
    const bearer = asBearer(t.stack, token);
    expect((await bearer("/api/v1/me/journal/people", { method: "POST", body: { name: "Via Token" } })).status).toBe(201);
    expect(((await (await bearer("/api/v1/me/journal/people")).json()) as any).items).toMatchObject([{ name: "Via Token" }]);
  });
});

describe("your data", () => {
  it("the account export holds the journal, and closing the account deletes it", async () => {
    const { me } = await seeker("leaving@seeker.example");
    await me("/api/v1/me/journal/people", { method: "POST", body: { name: "Kept Contact", notes: "met at the meetup" } });
    await me("/api/v1/me/journal/goal", { method: "PUT", body: { targetChats: 5, byDate: "2027-01-26", chatsPerWeek: 1, outreachPerDay: 1 } });
    const exported = (await (await me("/api/v1/me/export")).json()) as any;
    expect(exported.journal.people).toMatchObject([{ name: "Kept Contact", notes: "met at the meetup" }]);
    expect(exported.journal.goal).toMatchObject({ targetChats: 5 });

    expect((await me("/api/v1/me", { method: "DELETE" })).status).toBeLessThan(300);
    const again = (await seeker("leaving@seeker.example")).me;
    const journal = (await (await again("/api/v1/me/journal")).json()) as any;
    expect(journal.goal).toBeUndefined();
    expect(((await (await again("/api/v1/me/journal/people")).json()) as any).items).toEqual([]);
  });
});
