import { createHmac, randomBytes, randomInt } from "node:crypto";
import type { Secrets } from "@coffeechat/core";

/**
 * Randomness from the OS and a keyed hash: credentials are stored as HMAC-SHA-256 under a key derived
 * from TOKEN_SECRET, so even a 6-digit code's hash cannot be reversed by trying all million codes
 * without the secret. Changing TOKEN_SECRET signs everyone out.
 */
export function nodeSecrets(tokenSecret: string): Secrets {
  const key = createHmac("sha256", tokenSecret).update("coffeechat/credentials/v1").digest();
  return {
    token: (bytes) => randomBytes(bytes).toString("base64url"),
    digits: (length) => Array.from({ length }, () => String(randomInt(10))).join(""),
    hash: (value) => createHmac("sha256", key).update(value).digest("hex"),
  };
}
