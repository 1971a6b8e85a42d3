import { describe, expect, it } from "vitest";
import { aPerson, emptyJournal } from "../../../../core/testing/journal/fixtures.ts";
import { campaignJournal, campaignMoment } from "../../../../core/testing/journal/campaign.ts";
import { goalFormState } from "./goal-preview.ts";
import { JournalPage } from "./journal-page.tsx";
import type { JournalView } from "./journal-view.ts";
import { viewOf } from "../../../testing/journal/fixture.ts";

const render = async (view: JournalView) => String(await (<JournalPage view={view} />).toString());
const text = (html: string) => html.replace(/<style[\s\S]*?<\/style>/g, "").replace(/<[^>]+>/g, " ").replace(/&#39;/g, "'").replace(/\s+/g, " ");

describe("JournalPage", () => {
  it("shows progress against the goal, the pace it takes, and the weeks as a chart", async () => {
    const html = await render(viewOf());
    const words = text(html);
    expect(words).toContain("12 of 50 chats held");
    expect(words).toContain("At 3 a week you reach 50 chats on Wednesday, June 17, in time for Wednesday, September 30.");
    expect(words).toContain("Past your first 10");
    expect(html).toMatch(/<svg class="chart" viewBox="0 0 400 190" role="img" aria-labelledby="chart-title chart-desc">/);
    expect((html.match(/<rect [^>]*rx="3"/g) ?? []).length).toBe(8);
    expect(words).toContain("your pace: 3 a week");
    expect(words).toContain("needed from now: 2 a week");
  });

  it("shows today's outreach against the daily sub-goal, and a form to log one", async () => {
    const html = await render(viewOf());
    expect(text(html)).toMatch(/Today's outreach 4 of 5 1 to go today\. 10 of 35 this week\./);
    expect(html).toContain('<form method="post" action="/journal/outreach">');
    expect(html).toContain('<input id="log-on" name="on" type="date" max="2026-03-18" value="2026-03-18" required=""');
  });

  it("lists who to thank, follow up, referrals with a drafted introduction, keep in touch and who next", async () => {
    const html = await render(viewOf());
    const words = text(html);
    expect(words).toMatch(/Send a thank-you note Jonas Weber · chat on Mon, Mar 16 I sent it to Jonas Weber/);
    expect(html).toContain('action="/journal/people/p06/thanked"');
    expect(words).toMatch(/Follow up — a week without an answer Oliver Grant · last contact Wed, Mar 4/);
    expect(words).toMatch(/Referrals not yet contacted Ana Souza · introduced by Aisha Bello/);
    expect(words).toContain("Hi Aisha, Thank you again for suggesting I talk to Ana Souza (Researcher at Canva).");
    expect(words).toMatch(/Keep in touch — a month since you last wrote Priya Natarajan · last contact Thu, Feb 5/);
    expect(words).toMatch(/Then reach out to Ben Carter · Worked together at Teach First/);
    expect(html).toContain('href="/journal?log=p18#log"');
  });

  it("lists people with a status form each, filtered by status when asked", async () => {
    const all = await render(viewOf());
    expect((all.match(/<form method="post" action="\/journal\/people\/p\d+\/status">/g) ?? []).length).toBe(24);
    expect(all).toContain('<option value="thanked" selected="">Thanked</option>');
    const filtered = await render(viewOf(undefined, undefined, { statusFilter: "to_contact" }));
    expect((filtered.match(/\/status">/g) ?? []).length).toBe(7);
    expect(filtered).toMatch(/<a href="\/journal\?status=to_contact#people" aria-current="page">To contact \(7\)<\/a>/);
    const few = await render(viewOf(undefined, undefined, { peopleLimit: 5 }));
    expect(few).toContain('<a href="/journal?all=1#people">Show all 24</a>');
  });

  it("previews a goal's projection from the numbers typed, and names what is wrong", async () => {
    const view = viewOf();
    const tooSlow = goalFormState({ targetChats: "50", byDate: "2026-05-01", chatsPerWeek: "2", outreachPerDay: "5" }, view.summary);
    const words = text(await render({ ...view, goalForm: tooSlow }));
    expect(words).toContain("With these numbers: At 2 a week you reach 50 chats on Wednesday, July 29, after Friday, May 1. To make it, aim for 6 a week.");
    const wrong = goalFormState({ targetChats: "50", byDate: "2026-05-01", chatsPerWeek: "0", outreachPerDay: "" }, view.summary);
    const html = await render({ ...view, goalForm: wrong });
    expect(html).toContain('<p class="error" id="chatsPerWeek-error">must be at least 1: at a pace of 0 the goal is never reached</p>');
    expect(html).toMatch(/id="goal-chatsPerWeek" name="chatsPerWeek" type="number" required="" value="0"[^>]*aria-invalid="true"/);
  });

  it("starts a seeker with no goal and nobody yet on what to do first", async () => {
    const words = text(await render(viewOf(emptyJournal(), campaignMoment)));
    expect(words).toContain("Set a goal below");
    expect(words).toContain("Nothing is waiting.");
    expect(words).toContain("Nobody yet: add people below, or import your LinkedIn connections.");
  });

  it("escapes everything a person typed", async () => {
    const hostile = '<script>alert(1)</script>"><img src=x onerror=alert(2)>';
    const data = campaignJournal();
    data.people.push(aPerson("evil", { name: hostile, organization: hostile, introducedBy: hostile, link: "javascript:alert(3)" }));
    const html = await render(viewOf(data, campaignMoment, { seekerName: hostile }));
    expect(html).not.toMatch(/<script>alert|<img src=x|href="javascript:/);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});
