import fc from "fast-check";
import { expect, it } from "vitest";
import { FOLLOW_UP_KINDS } from "../notices/index.ts";
import { scheduleName } from "./schedule-name.ts";

const VALID = /^[0-9a-zA-Z_.-]{1,64}$/;

it("names are readable, valid and stable for 32-hex request ids", () => {
  expect(scheduleName("0123456789abcdef0123456789abcdef", "expire_unconfirmed")).toBe(
    "cc-0123456789abcdef0123456789abcdef-expire-unconfirmed",
  );
  const names = FOLLOW_UP_KINDS.map((kind) => scheduleName("0123456789abcdef0123456789abcdef", kind));
  expect(new Set(names).size).toBe(FOLLOW_UP_KINDS.length);
  for (const name of names) expect(name).toMatch(VALID);
});

it("any request id gives a valid name, the same one every time", () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), fc.constantFrom(...FOLLOW_UP_KINDS), (id, kind) => {
      const name = scheduleName(id, kind);
      expect(name).toMatch(VALID);
      expect(scheduleName(id, kind)).toBe(name);
    }),
  );
});
