import fc from "fast-check";

/** Strings that have broken web services before: markup, header injection, SQL, NUL, huge, prototype keys. */
const KNOWN_BAD = ["<script>alert(1)</script>", "\r\nBcc: x@example.com", "'; DROP TABLE chats; --", "\u0000", "__proto__", "a".repeat(5000)];

/** Random text, random bytes, or a known-bad string (plus the ones a suite adds for its own routes). */
export function hostileString(...extra: string[]) {
  return fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: "binary", maxLength: 40 }), fc.constantFrom(...KNOWN_BAD, ...extra));
}
