import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startIcsServer, type IcsServer } from "../../infra/local/ics-server.ts";
import { becomeHost } from "../support/accounts.ts";
import { useTestStack } from "../support/use-test-stack.ts";

/**
 * The stack as deployed: without ALLOW_PRIVATE_CALENDAR_HOSTS, no calendar address may reach
 * loopback, private, link-local or metadata addresses, directly or by redirect. (The guard's own
 * cases, address by address, are in packages/calendars/src/ics/fetch-ics.test.ts.)
 */
const t = useTestStack({ now: "2026-12-01T12:00:00Z", env: { ALLOW_PRIVATE_CALENDAR_HOSTS: "0" } });

let ics: IcsServer;
beforeAll(async () => {
  ics = await startIcsServer();
});
afterAll(() => ics?.stop());

describe("SSRF through POST /api/v1/me/calendars without the local switch", () => {
  it.each([
    ["loopback", () => `${ics.url}/google.ics`],
    ["loopback by name", () => `http://localhost:${new URL(ics.url).port}/google.ics`],
    ["private", () => "http://10.0.0.1/calendar.ics"],
    ["metadata", () => "http://169.254.169.254/latest/meta-data/"],
    ["IPv6 loopback", () => "http://[::1]/calendar.ics"],
  ])("%s is refused with 400 and nothing is stored", async (_what, url) => {
    const name = _what.replace(/\W/g, "").toLowerCase();
    const { me } = await becomeHost(t.stack, t.mail, `ssrf-${name}@example.com`, `ssrf-${name}`);
    const res = await me("/api/v1/me/calendars", { method: "POST", body: { kind: "ics", url: url() } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).error).toMatchObject({ code: "CALENDAR_ADDRESS_REFUSED", issues: [{ path: "url" }] });
    expect(await t.stack.keys("CALENDARS#")).toEqual([]);
  });

  it("a CalDAV server on loopback is refused the same way", async () => {
    const { me } = await becomeHost(t.stack, t.mail, "ssrf-dav@example.com", "ssrf-dav");
    const res = await me("/api/v1/me/calendars", { method: "POST", body: { kind: "caldav", url: ics.url, username: "u", password: "p" } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).error.code).toBe("CALENDAR_ADDRESS_REFUSED");
    expect(ics.requests).toEqual([]);
  });
});
