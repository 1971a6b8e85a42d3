import { describe, expect, it } from "vitest";
import { escapeHtml, isSafeHref } from "./escape.ts";

describe("escapeHtml", () => {
  it("escapes the five characters that matter in content and attributes", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    expect(escapeHtml("Zoë ☕")).toBe("Zoë ☕");
  });
});

describe("isSafeHref", () => {
  it("allows web and mail links only", () => {
    expect(isSafeHref("https://example.com/a?b=c")).toBe(true);
    expect(isSafeHref("mailto:a@example.com?subject=Hi")).toBe(true);
    for (const bad of ["javascript:alert(1)", "data:text/html,x", "https://x.com/\"><script>", "  https://x.com"]) {
      expect(isSafeHref(bad)).toBe(false);
    }
  });
});
