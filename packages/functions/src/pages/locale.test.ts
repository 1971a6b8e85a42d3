import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FALLBACK_LOCALE, viewerLocale } from "./locale.ts";

describe("the viewer's locale from Accept-Language", () => {
  it.each([
    ["de-DE,de;q=0.9,en;q=0.5", "de-DE"],
    ["en-GB", "en-GB"],
    ["en-gb", "en-GB"],
    ["fr;q=0.4, ja;q=0.8", "ja"],
    ["en;q=0.5, de;q=0.5", "en"],
    ["xx-YY, pt-BR;q=0.7", "pt-BR"],
    ["*;q=0.9, es", "es"],
    ["de;q=0, en-AU;q=0.1", "en-AU"],
    ["en-US-u-hc-h23", "en-US-u-hc-h23"],
  ])("%s → %s", (header, locale) => {
    expect(viewerLocale(header)).toBe(locale);
  });

  it.each([
    [undefined],
    [""],
    ["*"],
    ["xx"],
    ["i-klingon"],
    ["x-private"],
    ["de;q=2"],
    ["de;q=abc"],
    ["de;q=0"],
    [";;;,,,"],
    ["<script>"],
    ["a".repeat(5000)],
    [`${"xx,".repeat(20)}de`],
  ])("falls back to en-US for %j", (header) => {
    expect(viewerLocale(header)).toBe(FALLBACK_LOCALE);
  });

  it("never throws, and always gives a locale Intl can format in", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (header) => {
        const locale = viewerLocale(header);
        expect(() => new Intl.DateTimeFormat(locale).format(0)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
