import { describe, expect, it } from "vitest";
import { lastLinks } from "../support/chat.ts";
import { press } from "../support/links.ts";
import { json, requestBody } from "../support/stack.ts";
import { useTestStack } from "../support/use-test-stack.ts";
import { becomeHost, minimalLink, sessionFrom, signIn, signInMail } from "../support/accounts.ts";

const t = useTestStack({ now: "2026-12-01T12:00:00Z" });

/** A form as this site's own page sends it (Origin set), with or without a cookie. */
const form = (path: string, fields: Record<string, string | string[]>, cookie?: string, origin?: string) => {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
  return fetch(t.stack.url(path), {
    method: "POST",
    headers: { origin: origin ?? t.stack.appUrl, ...(cookie ? { cookie } : {}) },
    body,
    redirect: "manual",
  });
};
const get = (path: string, cookie?: string) => fetch(t.stack.url(path), { headers: cookie ? { cookie } : {}, redirect: "manual" });

describe("signed-out visitors", () => {
  it.each(["/dashboard", "/dashboard/links/new", "/onboarding", "/settings"])("are sent from %s to sign in and back", async (path) => {
    const res = await get(path);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/signin?next=${encodeURIComponent(path)}`);
  });

  it("never follow ?next off the site", async () => {
    const res = await form("/signin", { email: "next@example.com", next: "//evil.example/x" });
    expect(await res.text()).not.toContain("evil.example");
  });
});

describe("the sign-in pages", () => {
  it("email, then code: a wrong code keeps the address and says so; the right one signs in", async () => {
    const bad = await form("/signin", { email: "not an email" });
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain('id="email-error"');
    expect(badHtml).toContain('value="not an email"');

    const sent = await form("/signin", { email: "pages@example.com" });
    expect(sent.status).toBe(200);
    expect(await sent.text()).toContain("6-digit code");
    const { code } = await signInMail(t.mail, "pages@example.com");
    const wrong = await form("/signin/code", { email: "pages@example.com", code: code === "111111" ? "222222" : "111111" });
    expect(wrong.status).toBe(401);
    const wrongHtml = await wrong.text();
    expect(wrongHtml).toContain('id="code-error"');
    expect(wrongHtml).toContain("4 tries left");
    expect(wrongHtml).toContain('value="pages@example.com"');
    const right = await form("/signin/code", { email: "pages@example.com", code });
    expect(right.status).toBe(303);
    expect(right.headers.get("location")).toBe("/onboarding");
    expect((await get("/onboarding", sessionFrom(right))).status).toBe(200);
  });

  it("refuse a cross-site sign-in form", async () => {
    expect((await form("/signin", { email: "x@example.com" }, undefined, "https://evil.example")).status).toBe(403);
  });
});

describe("onboarding", () => {
  it("shows every error in place, keeps what was typed, and writes nothing until all is right", async () => {
    const { cookie } = await signIn(t.stack, t.mail, "onboard@example.com");
    const typed = { name: "Ola Nordmann", headline: "Nurse → UX researcher", timeZone: "Europe/Oslo", handle: "dashboard", template: "career", format: "phone", details: "I call you" };
    const res = await form("/onboarding", typed, cookie);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('id="handle-error"');
    expect(html).toMatch(/reserved/);
    expect(html).toContain('value="Ola Nordmann"');
    expect(html).toContain('value="I call you"');
    expect(html).toMatch(/value="career" checked/);
    expect(await t.stack.keys("HANDLE#dashboard")).toEqual([]);

    const ok = await form("/onboarding", { ...typed, handle: "ola" }, cookie);
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe("/onboarding/ready?link=career");
    const ready = await get("/onboarding/ready?link=career", cookie);
    expect(await ready.text()).toContain(`${t.stack.appUrl}/ola/career`);
    expect((await get("/ola/career?tz=UTC")).status).toBe(200);
  });
});

describe("the link editor", () => {
  it("keeps a broken form as typed with the error beside the field; preview writes nothing; save does", async () => {
    const host = await becomeHost(t.stack, t.mail, "editor@example.com", "editor");
    await host.me("/api/v1/me/links", { method: "POST", body: minimalLink("chat") });
    const before = await t.stack.deps.store.getLink(host.profile.id, "chat");
    const fields = {
      title: "Renamed",
      durationMinutes: "30",
      timeZone: "Europe/London",
      format: "video",
      details_video: "https://meet.example.com/new",
      h1_0_start: "13:00",
      h1_0_end: "10:00",
      h2_0_start: "09:00",
      h2_0_end: "",
      overrides: "2026-12-24 off\nsometime soon",
      minimumNoticeHours: "4",
      horizonDays: "60",
      bufferBeforeMinutes: "0",
      bufferAfterMinutes: "ten",
      slotStepMinutes: "30",
      requestExpiryDays: "5",
      bank: "What do you love about your job?",
      followUps: ["prep_pack", "reminder"],
      requiresApproval: "yes",
      intent: "save",
    };
    const res = await form("/dashboard/links/chat", fields, host.cookie);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("give both a start and an end");
    expect(html).toContain('id="overrides-error"');
    expect(html).toContain('id="bufferAfterMinutes-error"');
    expect(html).toContain('value="Renamed"');
    expect(html).toContain('value="ten"');
    expect(await t.stack.deps.store.getLink(host.profile.id, "chat")).toEqual(before);

    const fixed = { ...fields, h1_0_start: "09:00", h1_0_end: "10:00", h2_0_end: "11:00", overrides: "2026-12-24 off", bufferAfterMinutes: "10" };
    const preview = await form("/dashboard/links/chat", { ...fixed, intent: "preview" }, host.cookie);
    expect(preview.status).toBe(200);
    expect(await preview.text()).toMatch(/Mon, Dec 7<\/strong> <span class="chips"><span class="chip">9:00 AM/);
    expect(await t.stack.deps.store.getLink(host.profile.id, "chat")).toEqual(before);

    const saved = await form("/dashboard/links/chat", fixed, host.cookie);
    expect(saved.status).toBe(303);
    expect(await t.stack.deps.store.getLink(host.profile.id, "chat")).toMatchObject({
      title: "Renamed",
      weeklyHours: { 1: [{ start: "09:00", end: "10:00" }], 2: [{ start: "09:00", end: "11:00" }] },
      dateOverrides: [{ date: "2026-12-24", ranges: [] }],
      questionBank: ["What do you love about your job?"],
      followUps: expect.objectContaining({ thank_you: { enabled: false, offsetMinutes: 120 } }),
    });
  });

  it("another host's link is not found", async () => {
    const owner = await becomeHost(t.stack, t.mail, "own-editor@example.com", "own-editor");
    await owner.me("/api/v1/me/links", { method: "POST", body: minimalLink("mine") });
    const other = await becomeHost(t.stack, t.mail, "other-editor@example.com", "other-editor");
    expect((await get("/dashboard/links/mine", other.cookie)).status).toBe(404);
    expect((await form("/dashboard/links/mine", { title: "x", intent: "save" }, other.cookie)).status).toBe(404);
    expect((await form("/dashboard/links/mine/delete", {}, other.cookie)).status).toBe(404);
  });
});

describe("the dashboard", () => {
  it("accepts and declines in place; a cross-site form changes nothing; another host's request is not found", async () => {
    const host = await becomeHost(t.stack, t.mail, "dash@example.com", "dash");
    await host.me("/api/v1/me/links", { method: "POST", body: minimalLink("chat") });
    const ask = async (start: string, email: string) => {
      const { id } = (await (await fetch(t.stack.url("/api/v1/links/dash/chat/requests"), json(requestBody(start, { email })))).json()) as any;
      await press((await lastLinks(t.mail, email))["confirm_email"]!);
      return id as string;
    };
    const a = await ask("2026-12-07T09:00:00.000Z", "dash-a@example.com");
    const b = await ask("2026-12-07T10:00:00.000Z", "dash-b@example.com");

    const page = await (await get("/dashboard", host.cookie)).text();
    expect(page).toContain(`action="/dashboard/requests/${a}/accept"`);

    expect((await form(`/dashboard/requests/${a}/accept`, {}, host.cookie, "https://evil.example")).status).toBe(403);
    expect((await t.stack.deps.store.getRequest(a))?.status).toBe("awaiting_host");

    const accepted = await form(`/dashboard/requests/${a}/accept`, {}, host.cookie);
    expect(accepted.status).toBe(303);
    expect((await t.stack.deps.store.getRequest(a))?.status).toBe("accepted");
    const long = await form(`/dashboard/requests/${b}/decline`, { note: "x".repeat(1001) }, host.cookie);
    expect(long.status).toBe(400);
    expect(await long.text()).toContain("x".repeat(1001));
    expect((await form(`/dashboard/requests/${b}/decline`, { note: "Not this month, sorry" }, host.cookie)).status).toBe(303);
    expect(await t.stack.deps.store.getRequest(b)).toMatchObject({ status: "declined", hostNote: "Not this month, sorry" });

    const other = await becomeHost(t.stack, t.mail, "dash-other@example.com", "dash-other");
    expect((await form(`/dashboard/requests/${a}/cancel`, {}, other.cookie)).status).toBe(404);
    expect((await t.stack.deps.store.getRequest(a))?.status).toBe("accepted");
  });
});

describe("settings", () => {
  it("shows a new token once, revokes it, and closes the account only when the address is typed", async () => {
    const host = await becomeHost(t.stack, t.mail, "settings@example.com", "settings-host");
    const created = await form("/settings/tokens", { name: "Sheets export" }, host.cookie);
    expect(created.status).toBe(201);
    const token = /value="(cc_[^"]+)"/.exec(await created.text())![1]!;
    expect((await fetch(t.stack.url("/api/v1/me"), { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    expect(await (await get("/settings", host.cookie)).text()).not.toContain(token);

    const id = /action="\/settings\/tokens\/([0-9a-f]{16})\/revoke"/.exec(await (await get("/settings", host.cookie)).text())![1]!;
    expect((await form(`/settings/tokens/${id}/revoke`, {}, host.cookie)).status).toBe(303);
    expect((await fetch(t.stack.url("/api/v1/me"), { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);

    const wrong = await form("/settings/delete", { confirm: "someone@else.com" }, host.cookie);
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('value="someone@else.com"');
    expect((await get("/dashboard", host.cookie)).status).toBe(200);
    const closed = await form("/settings/delete", { confirm: "Settings@Example.com" }, host.cookie);
    expect(closed.status).toBe(200);
    expect(await closed.text()).toContain("Your account is closed");
    expect((await get("/dashboard", host.cookie)).status).toBe(303);
  });
});
