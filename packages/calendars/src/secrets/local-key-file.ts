import { createHash, randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { DataKeyProvider } from "@coffeechat/core";
import { decrypt, encrypt } from "./aes-gcm.ts";

/**
 * Data keys for `npm start` and tests: wrapped with AES-256-GCM under a 32-byte master key in a file
 * (under .data/, which git ignores), created on first use with mode 0600. Deleting the file makes
 * every stored secret unreadable, as losing a KMS key would.
 */
export class LocalKeyFileProvider implements DataKeyProvider {
  private master: Buffer | undefined;

  constructor(private readonly path: string) {}

  async generate(context: string) {
    const { key, keyId } = this.load();
    const plaintext = randomBytes(32);
    const { iv, ciphertext, tag } = encrypt(key, plaintext, context);
    return { keyId, plaintext, wrapped: Buffer.concat([iv, tag, ciphertext]) };
  }

  async unwrap(keyId: string, wrapped: Uint8Array, context: string): Promise<Uint8Array> {
    const { key, keyId: ours } = this.load();
    if (keyId !== ours) throw new Error(`This secret was sealed under ${keyId}, not the local key ${ours}`);
    const bytes = Buffer.from(wrapped);
    return decrypt(key, { iv: bytes.subarray(0, 12), tag: bytes.subarray(12, 28), ciphertext: bytes.subarray(28) }, context);
  }

  private load(): { key: Buffer; keyId: string } {
    this.master ??= readOrCreate(this.path);
    return { key: this.master, keyId: `local:${createHash("sha256").update(this.master).digest("hex").slice(0, 16)}` };
  }
}

function readOrCreate(path: string): Buffer {
  try {
    return checked(readFileSync(path), path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  mkdirSync(dirname(path), { recursive: true });
  try {
    // "wx": of two processes starting together, one writes and the other reads what it wrote.
    writeFileSync(path, randomBytes(32), { mode: 0o600, flag: "wx" });
    chmodSync(path, 0o600);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
  }
  return checked(readFileSync(path), path);
}

function checked(key: Buffer, path: string): Buffer {
  if (key.length !== 32) throw new Error(`${path} holds ${key.length} bytes, not a 32-byte key`);
  return key;
}
