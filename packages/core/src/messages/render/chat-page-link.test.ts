import { describe, expect, it } from "vitest";
import { draftEmail, renderEmail } from "./email.ts";
import { paragraph } from "./blocks.ts";
import { chatPageLink } from "./chat-page-link.ts";

describe("chatPageLink", () => {
  const email = renderEmail(draftEmail("Hello", "pre", [paragraph("Body")]), [chatPageLink("https://cc.example/a/x?y=1&z=2")]);

  it("puts the link inside the card, above the footer, in both parts", () => {
    const card = email.html.indexOf("Body");
    const link = email.html.indexOf('href="https://cc.example/a/x?y=1&amp;z=2"');
    const footer = email.html.indexOf("Sent by");
    expect(card).toBeLessThan(link);
    expect(link).toBeLessThan(footer);
    expect(email.text).toMatch(/Body\n\nYour chat page[^\n]*:\nhttps:\/\/cc\.example\/a\/x\?y=1&z=2\n\n--\n/);
  });
});
