import { expect } from "vitest";
import type { EmailContent } from "../../src/messages/render/email.ts";
import { escapeHtml } from "../../src/messages/render/escape.ts";

export const NEW_YORK = "Tuesday, March 10, 2026, 10:00 AM EDT (America/New_York)";
export const BERLIN = "Tuesday, March 10, 2026, 3:00 PM GMT+1 (Europe/Berlin)";

/** No markup a guest typed survives into the HTML; it shows up escaped instead. */
export function expectEscaped(email: EmailContent): void {
  expect(email.html).not.toMatch(/<script|<img|onerror=alert\(2\)>|href="javascript:/i);
  expect(email.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img");
  expect(email.subject).not.toMatch(/[\r\n]/);
}

/** Both parties' local times, zone names included, in both the text and the HTML part. */
export function expectBothTimes(email: EmailContent): void {
  for (const part of [email.text, email.html]) {
    expect(part).toContain(NEW_YORK);
    expect(part).toContain(BERLIN);
  }
}

/** Each snippet in the text part as written, and in the HTML part as escaped. */
export function expectInBoth(email: EmailContent, ...snippets: string[]): void {
  for (const snippet of snippets) {
    expect(email.text).toContain(snippet);
    expect(email.html).toContain(escapeHtml(snippet));
  }
}
