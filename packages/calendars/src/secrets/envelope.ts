import type { DataKeyProvider, SealedSecret, SecretBox } from "@coffeechat/core";
import { decrypt, encrypt } from "./aes-gcm.ts";

/**
 * Envelope encryption: every secret gets its own data key from the provider (KMS on AWS, a local
 * key file otherwise), is sealed with AES-256-GCM under it, and only the wrapped data key is kept.
 * `context` (say "CALENDARS#dana/CONN#c1") is the AAD and the key's encryption context, so a sealed
 * secret copied onto another record does not open.
 */
export class EnvelopeSecretBox implements SecretBox {
  constructor(private readonly keys: DataKeyProvider) {}

  async seal(plaintext: string, context: string): Promise<SealedSecret> {
    const key = await this.keys.generate(context);
    try {
      const { iv, ciphertext, tag } = encrypt(key.plaintext, Buffer.from(plaintext, "utf8"), context);
      return {
        keyId: key.keyId,
        wrappedKey: Buffer.from(key.wrapped).toString("base64"),
        iv: iv.toString("base64"),
        ciphertext: ciphertext.toString("base64"),
        tag: tag.toString("base64"),
      };
    } finally {
      key.plaintext.fill(0);
    }
  }

  async open(sealed: SealedSecret, context: string): Promise<string> {
    const key = await this.keys.unwrap(sealed.keyId, Buffer.from(sealed.wrappedKey, "base64"), context);
    try {
      const b64 = (s: string) => Buffer.from(s, "base64");
      return decrypt(key, { iv: b64(sealed.iv), ciphertext: b64(sealed.ciphertext), tag: b64(sealed.tag) }, context).toString("utf8");
    } catch {
      throw new Error("A sealed secret did not open: wrong key, wrong context, or altered");
    } finally {
      key.fill(0);
    }
  }
}
