import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EnvelopeSecretBox } from "./envelope.ts";
import { LocalKeyFileProvider } from "./local-key-file.ts";

const keyFile = () => join(mkdtempSync(join(tmpdir(), "coffeechat-keys-")), ".data", "calendar-secrets.key");
const context = "CALENDARS#dana/CONN#c1";
const secret = JSON.stringify({ kind: "caldav", url: "https://caldav.fastmail.com/", username: "dana@fastmail.com", password: "abcd-efgh-ijkl-mnop" });

describe("EnvelopeSecretBox with a local key file", () => {
  it("seals and opens; the stored form holds neither the secret nor the data key", async () => {
    const box = new EnvelopeSecretBox(new LocalKeyFileProvider(keyFile()));
    const sealed = await box.seal(secret, context);
    expect(JSON.stringify(sealed)).not.toContain("abcd-efgh");
    expect(sealed.keyId).toMatch(/^local:[0-9a-f]{16}$/);
    expect(Buffer.from(sealed.iv, "base64")).toHaveLength(12);
    expect(Buffer.from(sealed.tag, "base64")).toHaveLength(16);
    expect(await box.open(sealed, context)).toBe(secret);
  });

  it("gives every secret its own data key and nonce", async () => {
    const box = new EnvelopeSecretBox(new LocalKeyFileProvider(keyFile()));
    const [a, b] = [await box.seal(secret, context), await box.seal(secret, context)];
    expect(a.wrappedKey).not.toBe(b.wrappedKey);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it("refuses another record's context, an altered byte, and another key", async () => {
    const path = keyFile();
    const box = new EnvelopeSecretBox(new LocalKeyFileProvider(path));
    const sealed = await box.seal(secret, context);
    await expect(box.open(sealed, "CALENDARS#mallory/CONN#c1")).rejects.toThrow();
    const flipped = Buffer.from(sealed.ciphertext, "base64");
    flipped[0] = flipped[0]! ^ 1;
    await expect(box.open({ ...sealed, ciphertext: flipped.toString("base64") }, context)).rejects.toThrow(/did not open/);
    await expect(box.open({ ...sealed, tag: Buffer.alloc(16).toString("base64") }, context)).rejects.toThrow(/did not open/);
    await expect(new EnvelopeSecretBox(new LocalKeyFileProvider(keyFile())).open(sealed, context)).rejects.toThrow(/sealed under/);
  });

  it("creates the key file on first use, 0600, and reads the same key after a restart", async () => {
    const path = keyFile();
    const sealed = await new EnvelopeSecretBox(new LocalKeyFileProvider(path)).seal(secret, context);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path)).toHaveLength(32);
    expect(await new EnvelopeSecretBox(new LocalKeyFileProvider(path)).open(sealed, context)).toBe(secret);
  });
});
