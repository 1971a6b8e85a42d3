import { describe, expect, it } from "vitest";
import { json, requestBody } from "../support/stack.ts";
import { useTestStack } from "../support/use-test-stack.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z" });

const slotsFor = async (query: string) => {
  const res = await fetch(t.stack.url(`/api/v1/links/demo/coffee/slots?${query}`));
  return { status: res.status, body: (await res.json()) as any };
};

describe("GET /api/v1/links/{handle}/{link}", () => {
  it("describes the link", async () => {
    const res = await fetch(t.stack.url("/api/v1/links/demo/coffee"));
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body).toMatchObject({ durationMinutes: 20, timeZone: "America/New_York", host: { name: "Dana Rivera" } });
    expect(body.formats.map((f: any) => f.kind)).toEqual(["video", "phone", "in_person"]);
    expect(body.questionBank.length).toBeGreaterThanOrEqual(7);
  });

  it("answers 404 with a code for an unknown link", async () => {
    const res = await fetch(t.stack.url("/api/v1/links/demo/nope"));
    expect(res.status).toBe(404);
    expect(((await res.json()) as any).error.code).toBe("NOT_FOUND");
  });
});

describe("GET …/slots", () => {
  it("offers 09:00–17:00 New York time, after the notice, as UTC instants", async () => {
    const { status, body } = await slotsFor("from=2026-12-01&to=2026-12-07&timeZone=America/New_York");
    expect(status).toBe(200);
    const starts: string[] = body.slots.map((s: any) => s.start);
    // 12:00Z now + 4 h notice = 16:00Z (11:00 EST): the first slot today is 11:00 EST.
    expect(starts[0]).toBe("2026-12-01T16:00:00.000Z");
    expect(starts).toContain("2026-12-02T14:00:00.000Z");
    expect(starts).not.toContain("2026-12-05T14:00:00.000Z"); // Saturday
    for (const s of body.slots) expect(Date.parse(s.end) - Date.parse(s.start)).toBe(20 * 60_000);
  });

  it.each([
    ["from=2026-13-01&to=2026-12-07&timeZone=UTC", "from"],
    ["from=2026-12-01&to=2026-12-07&timeZone=Mars/Olympus", "timeZone"],
    ["from=2026-12-08&to=2026-12-01&timeZone=UTC", "to"],
    ["from=2026-12-01&to=2027-03-01&timeZone=UTC", "to"],
    ["to=2026-12-01&timeZone=UTC", "from"],
  ])("refuses %s naming %s", async (query, field) => {
    const { status, body } = await slotsFor(query);
    expect(status).toBe(400);
    expect(body.error.code).toBe("INVALID_INPUT");
    expect(body.error.issues.map((i: any) => i.path)).toContain(field);
  });
});

describe("POST …/requests", () => {
  it("holds the slot, so it is offered no more, and a retry with the same Idempotency-Key returns the same request", async () => {
    const before = await slotsFor("from=2026-12-03&to=2026-12-03&timeZone=America/New_York");
    const start = before.body.slots[2].start;
    const keyed = (body: unknown) => {
      const init = json(body);
      return { ...init, headers: { ...init.headers, "idempotency-key": "retry-key-0001" } };
    };
    const res = await fetch(t.stack.url("/api/v1/links/demo/coffee/requests"), keyed(requestBody(start)));
    expect(res.status).toBe(202);
    const created = (await res.json()) as any;
    expect(created).toEqual({ id: expect.stringMatching(/^[0-9a-f]{32}$/), status: "awaiting_email" });

    const after = await slotsFor("from=2026-12-03&to=2026-12-03&timeZone=America/New_York");
    expect(after.body.slots.map((s: any) => s.start)).not.toContain(start);

    const again = await fetch(t.stack.url("/api/v1/links/demo/coffee/requests"), keyed(requestBody(start)));
    expect(again.status).toBe(202);
    expect(((await again.json()) as any).id).toBe(created.id);

    // Without the key nothing proves it is the same submitter: the answer is anyone's.
    const unkeyed = await fetch(t.stack.url("/api/v1/links/demo/coffee/requests"), json(requestBody(start)));
    expect(unkeyed.status).toBe(409);

    const other = await fetch(
      t.stack.url("/api/v1/links/demo/coffee/requests"),
      json(requestBody(start, { email: "someone.else@example.com" })),
    );
    expect(other.status).toBe(409);
    expect(((await other.json()) as any).error.code).toBe("SLOT_TAKEN");
  });

  it("sends the guest a confirmation email", async () => {
    const mails = await t.stack.emails();
    const confirm = mails.find((m) => m.destination.to.some((t) => t.includes("sam@example.com")));
    expect(confirm?.subject).toMatch(/confirm/i);
  });

  it.each([
    [{ email: "not-an-email" }, "email"],
    [{ name: "" }, "name"],
    [{ name: "Eve\r\nBcc: victim@example.com" }, "name"],
    [{ links: ["javascript:alert(1)"] }, "links.0"],
    [{ questions: [] }, "questions"],
    [{ format: "carrier-pigeon" }, "format"],
    [{ timeZone: "Nowhere/Land" }, "timeZone"],
    [{ website: "http://spam.example" }, "body"],
    [{ email: "o'brien@example" }, "email"],
    [{ email: "zoë@example.com" }, "email"],
    [{ background: "x".repeat(2001) }, "background"],
    [{ start: "tomorrow at noon" }, "start"],
  ])("refuses %j naming the field and writes nothing", async (override, field) => {
    const res = await fetch(
      t.stack.url("/api/v1/links/demo/coffee/requests"),
      json(requestBody("2026-12-04T15:00:00.000Z", { email: "fresh@example.com", ...override })),
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.error.code).toBe("INVALID_INPUT");
    expect(body.error.issues.map((i: any) => i.path)).toContain(field);
    expect(await t.stack.keys("GUEST#demo#fresh@")).toEqual([]);
  });

  it("refuses a time that is not offered", async () => {
    const res = await fetch(
      t.stack.url("/api/v1/links/demo/coffee/requests"),
      json(requestBody("2026-12-05T15:00:00.000Z", { email: "weekend@example.com" })),
    );
    expect(res.status).toBe(409);
    expect(((await res.json()) as any).error.issues[0].path).toBe("start");
  });

  it("refuses a body that is not JSON with a 400", async () => {
    const res = await fetch(t.stack.url("/api/v1/links/demo/coffee/requests"), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).error.code).toBe("INVALID_INPUT");
  });
});

describe("GET /api/v1/openapi.json and /health", () => {
  it("documents the three routes", async () => {
    const doc = (await (await fetch(t.stack.url("/api/v1/openapi.json"))).json()) as any;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/links/{handle}/{link}",
        "/api/v1/links/{handle}/{link}/slots",
        "/api/v1/links/{handle}/{link}/requests",
      ]),
    );
  });

  it("reports each dependency", async () => {
    const res = await fetch(t.stack.url("/health"));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      ok: true,
      dependencies: { dynamodb: { ok: true }, ses: { ok: true }, scheduler: { ok: true } },
    });
  });
});
