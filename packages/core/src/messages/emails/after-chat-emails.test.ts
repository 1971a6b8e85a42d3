import { describe, expect, it } from "vitest";
import { expectEscaped, expectInBoth } from "../testing/email-checks.ts";
import { host, hostileRequest, link, request } from "../testing/fixtures.ts";
import { keepInTouch as keepInTouchBlocks, thankYou as thankYouBlocks, thankYouDraft } from "./after-chat-emails.ts";
import { rendered } from "../testing/rendered.ts";

const keepInTouch = rendered(keepInTouchBlocks);
const thankYou = rendered(thankYouBlocks);

const ctx = { request: request({ status: "completed" }), host, link };
const hostile = { request: hostileRequest(), host, link };
const urls = { referralsUrl: "https://cc.example/names", didNotHappenUrl: "https://cc.example/no-show" };

/** The href of the first mailto: link, decoded as a mail client would. */
function mailto(html: string) {
  const href = /href="(mailto:[^"]+)"/.exec(html)![1]!.replace(/&amp;/g, "&");
  const [address, query] = href.slice("mailto:".length).split("?");
  const params = Object.fromEntries(query!.split("&").map((kv) => kv.split("=").map(decodeURIComponent)));
  return { address, subject: params.subject, body: params.body };
}

describe("thankYou", () => {
  it("drafts a note naming the host and the questions discussed", () => {
    const draft = thankYouDraft(ctx);
    expect(draft.startsWith("Hi Jane,")).toBe(true);
    expect(draft).toContain("- What's a typical day like?\n- What do you love about your job?");
    expect(draft).toContain("Zoë Ñúñez");
  });

  it("opens the draft in the guest's mail app, to the host", () => {
    const email = thankYou(ctx, urls);
    expect(email.subject).toBe("Send Jane Host a thank-you note");
    const link = mailto(email.html);
    expect(link.address).toBe("jane@example.com");
    expect(link.subject).toBe("Thank you for the coffee chat");
    expect(link.body).toBe(thankYouDraft(ctx).replace(/\n/g, "\r\n"));
  });

  it("links to the who-else page and the did-not-happen page", () => {
    const email = thankYou(ctx, urls);
    expectInBoth(email, "Who else should I talk to?", "https://cc.example/names", "The chat did not happen", "https://cc.example/no-show");
  });

  it("escapes the drafted text", () => {
    const email = thankYou(hostile, urls);
    expectEscaped(email);
    expect(mailto(email.html).body).toContain("Question <script>alert(1)</script>");
  });
});

describe("keepInTouch", () => {
  it("drafts an update to the host as a mailto link", () => {
    const email = keepInTouch(ctx);
    expect(email.subject).toBe("A month since your chat with Jane Host: send a short update");
    const link = mailto(email.html);
    expect(link.address).toBe("jane@example.com");
    expect(link.body).toContain("Hi Jane,\r\n\r\nIt's been about a month since our coffee chat");
    expectInBoth(email, "keeps the connection alive");
    expectEscaped(keepInTouch(hostile));
  });
});
