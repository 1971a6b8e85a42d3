import { DecryptCommand, GenerateDataKeyCommand, KMSClient } from "@aws-sdk/client-kms";
import { DomainError, type DataKeyProvider } from "@coffeechat/core";
import { isTransientAwsError } from "../dynamo/errors.ts";

/** The purpose every data key is tied to in KMS's encryption context (and so in CloudTrail). */
const PURPOSE = "coffeechat-calendar-secret";

/**
 * Data keys from AWS KMS: GenerateDataKey (AES_256) to seal, Decrypt to open, both with an
 * encryption context naming the record, so a wrapped key only opens for the record it was made
 * for, and the function's role needs kms:GenerateDataKey and kms:Decrypt on this one key.
 */
export class KmsDataKeyProvider implements DataKeyProvider {
  constructor(private readonly options: { client: KMSClient; keyId: string }) {}

  async generate(context: string) {
    const out = await kmsCall("make a data key", () =>
      this.options.client.send(
        new GenerateDataKeyCommand({ KeyId: this.options.keyId, KeySpec: "AES_256", EncryptionContext: { purpose: PURPOSE, record: context } }),
      ),
    );
    if (!out.Plaintext || !out.CiphertextBlob || !out.KeyId) throw new Error("KMS GenerateDataKey answered without a key");
    return { keyId: out.KeyId, plaintext: out.Plaintext, wrapped: out.CiphertextBlob };
  }

  async unwrap(keyId: string, wrapped: Uint8Array, context: string): Promise<Uint8Array> {
    const out = await kmsCall("open a data key", () =>
      this.options.client.send(new DecryptCommand({ KeyId: keyId, CiphertextBlob: wrapped, EncryptionContext: { purpose: PURPOSE, record: context } })),
    );
    if (!out.Plaintext) throw new Error("KMS Decrypt answered without a key");
    return out.Plaintext;
  }
}

export function createKmsClient(options: { region: string; maxAttempts?: number }): KMSClient {
  return new KMSClient({ region: options.region, maxAttempts: options.maxAttempts ?? 3 });
}

/** Throttling and outages may pass (TRANSIENT); anything else is misconfiguration and surfaces as it is. */
async function kmsCall<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (isTransientAwsError(e)) throw new DomainError("TRANSIENT", `KMS could not ${what} just now; try again`);
    throw e;
  }
}
