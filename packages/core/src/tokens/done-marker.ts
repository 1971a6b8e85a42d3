import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * After a button changed something, its page is shown again with `?done=<marker>`: the version the
 * change produced, signed for that link. Only a real change makes one, so a hand-typed `?done=1`
 * on a link nobody used shows the chat as it is, not "Done".
 */
export function doneMarker(token: string, version: number, secret: string): string {
  return `${version}.${mac(token, version, secret)}`;
}

/** The version a genuine marker names, or undefined. */
export function readDoneMarker(marker: string | undefined, token: string, secret: string): number | undefined {
  const match = /^(\d{1,9})\.([A-Za-z0-9_-]{22})$/.exec(marker ?? "");
  if (!match) return undefined;
  const version = Number(match[1]);
  const given = Buffer.from(match[2]!);
  const expected = Buffer.from(mac(token, version, secret));
  return given.length === expected.length && timingSafeEqual(given, expected) ? version : undefined;
}

const mac = (token: string, version: number, secret: string) =>
  createHmac("sha256", secret).update(`done.${token}.${version}`).digest("base64url").slice(0, 22);
