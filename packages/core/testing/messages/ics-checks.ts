import { expect } from "vitest";

/** The RFC 5545 shape checks every generated calendar must pass. */
export function expectWellFormedIcs(ics: string): void {
  expect(ics.endsWith("\r\n")).toBe(true);
  expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  for (const line of ics.split("\r\n")) {
    expect(Buffer.byteLength(line, "utf8"), line).toBeLessThanOrEqual(75);
  }
  // A fold that split a UTF-8 sequence would leave replacement characters after round-tripping.
  expect(Buffer.from(ics, "utf8").toString("utf8")).not.toContain("\uFFFD");
}
