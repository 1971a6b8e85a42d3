import { KMSClient } from "@aws-sdk/client-kms";
import { describe, expect, it } from "vitest";
import { KmsDataKeyProvider } from "./data-keys.ts";

/**
 * There is no local KMS, so this checks only what the adapter asks of KMS: each command's input is
 * caught before it leaves the SDK and answered with a key. The envelope itself is tested with the
 * local key file (packages/calendars/src/secrets); the real round trip needs an AWS account.
 */
function recordingClient(answer: Record<string, unknown>) {
  const client = new KMSClient({ region: "us-east-1", credentials: { accessKeyId: "x", secretAccessKey: "x" } });
  const sent: { command: string; input: Record<string, unknown> }[] = [];
  client.middlewareStack.add(
    (_next, context) => async (args) => {
      sent.push({ command: String(context.commandName), input: args.input as Record<string, unknown> });
      return { output: { $metadata: {}, ...answer }, response: {} };
    },
    { step: "initialize", name: "recordKmsCalls" },
  );
  return { client, sent };
}

describe("KmsDataKeyProvider", () => {
  const keyArn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

  it("asks GenerateDataKey for an AES-256 key bound to the record", async () => {
    const { client, sent } = recordingClient({ KeyId: keyArn, Plaintext: new Uint8Array(32).fill(7), CiphertextBlob: new Uint8Array([1, 2, 3]) });
    const key = await new KmsDataKeyProvider({ client, keyId: "alias/coffeechat-calendars" }).generate("CALENDARS#dana/CONN#c1");
    expect(sent).toEqual([
      {
        command: "GenerateDataKeyCommand",
        input: { KeyId: "alias/coffeechat-calendars", KeySpec: "AES_256", EncryptionContext: { purpose: "coffeechat-calendar-secret", record: "CALENDARS#dana/CONN#c1" } },
      },
    ]);
    expect(key).toEqual({ keyId: keyArn, plaintext: new Uint8Array(32).fill(7), wrapped: new Uint8Array([1, 2, 3]) });
  });

  it("asks Decrypt with the same key and context", async () => {
    const { client, sent } = recordingClient({ KeyId: keyArn, Plaintext: new Uint8Array(32).fill(9) });
    const plaintext = await new KmsDataKeyProvider({ client, keyId: "alias/coffeechat-calendars" }).unwrap(keyArn, new Uint8Array([1, 2, 3]), "CALENDARS#dana/CONN#c1");
    expect(sent).toEqual([
      {
        command: "DecryptCommand",
        input: { KeyId: keyArn, CiphertextBlob: new Uint8Array([1, 2, 3]), EncryptionContext: { purpose: "coffeechat-calendar-secret", record: "CALENDARS#dana/CONN#c1" } },
      },
    ]);
    expect(plaintext).toEqual(new Uint8Array(32).fill(9));
  });
});
