import { describe, expect, it } from "vitest";
import { expectInBoth } from "../../testing/messages/email-checks.ts";
import { weeklyDigest, type DigestInput } from "./digest-email.ts";
import { settleStatuses, summarizeJournal } from "./summary.ts";
import { campaignJournal, campaignMoment } from "../../testing/journal/campaign.ts";
import { aPerson, emptyJournal } from "../../testing/journal/fixtures.ts";
import type { JournalData } from "./types.ts";

const settings = { enabled: true, weekday: 1 as const, time: "08:00", timeZone: "Europe/London" };
const digestOf = (data: JournalData, seekerName = "Sam Seeker"): ReturnType<typeof weeklyDigest> => {
  const settled = { ...data, people: settleStatuses(data, campaignMoment.now).people };
  const input: DigestInput = {
    seekerName,
    summary: summarizeJournal(settled, campaignMoment),
    settings,
    journalUrl: "https://cc.example/journal",
    settingsUrl: "https://cc.example/journal#digest",
  };
  return weeklyDigest(input);
};

describe("weeklyDigest", () => {
  const email = digestOf(campaignJournal());

  it("says this week's progress against the goal, in both parts", () => {
    expect(email.subject).toBe("Your coffee chat week: 2 chats, 12 of 50 so far");
    expect(email.text).toContain("Chats this week: 2 of 3\nChats held: 12 of 50\nComing up: 2 chats\nOutreach this week: 10 (your goal: 5 a day)");
    expect(email.html).toMatch(/<td[^>]*>Chats this week<\/td><td[^>]*>2 of 3<\/td>/);
    expectInBoth(
      email,
      "Hi Sam,",
      "Here is your week so far, as of Wednesday, March 18, 2026.",
      "At 3 a week you reach 50 chats on Wednesday, June 17, in time for Wednesday, September 30.",
      "So far a chat has taken about 5.8 outreach actions: 3 chats a week takes about 3 outreach actions a day — fewer than your 5.",
    );
  });

  it("lists who to thank with the day of their chat, whom to follow up, and the next people to reach", () => {
    expect(email.text).toContain("SEND A THANK-YOU NOTE\n\n- Jonas Weber — chat on Monday, March 16\n- Chloé Martin — chat on Tuesday, March 17");
    expect(email.text).toContain("FOLLOW UP\n\n- Oliver Grant — last contact Wednesday, March 4");
    expect(email.text).toContain("KEEP IN TOUCH\n\n- Priya Natarajan — last contact Thursday, February 5");
    expect(email.text).toContain("NEXT PEOPLE TO REACH\n\n- Ana Souza (Researcher, Canva) — introduced by Aisha Bello");
    expect(email.text).toContain("Open my journal:\nhttps://cc.example/journal");
    for (const html of ["Send a thank-you note</h2>", "<li style=\"margin:0 0 6px\">Jonas Weber — chat on Monday, March 16</li>", "Grace O&#39;Neill (UX Designer, Starling)", 'href="https://cc.example/journal"']) {
      expect(email.html).toContain(html);
    }
  });

  it("says why it came and how to stop it", () => {
    expectInBoth(email, "You get this email every Monday at 08:00 (Europe/London) because you asked for it. Switch it off or move it: https://cc.example/journal#digest");
  });

  it("without a goal or anyone to contact, still reads as a week, and suggests where to start", () => {
    const bare = digestOf(emptyJournal());
    expect(bare.subject).toBe("Your coffee chat week: 0 chats, 0 outreach actions");
    expect(bare.text).toContain("Chats held: 0");
    expectInBoth(bare, "Nobody is waiting to be contacted.");
    expect(bare.text).not.toContain("SEND A THANK-YOU NOTE");
  });

  it("escapes every name a person typed", () => {
    const hostile = '<script>alert(1)</script>"><img src=x onerror=alert(2)>';
    const email = digestOf(emptyJournal({ people: [aPerson("x", { name: hostile, organization: hostile, introducedBy: hostile })] }), hostile);
    expect(email.html).not.toMatch(/<script|<img/i);
    expect(email.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img");
    expect(email.text).toContain(`- ${hostile} (${hostile}) — introduced by ${hostile}`);
  });
});
