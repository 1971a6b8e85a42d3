import { createKmsClient, DynamoCalendarStore, KmsDataKeyProvider, type DynamoClients } from "@coffeechat/aws";
import { CalDavChatWriter, CalDavClient, EnvelopeSecretBox, LocalKeyFileProvider } from "@coffeechat/calendars";
import type { DataKeyProvider, HostCalendarDeps } from "@coffeechat/core";
import type { Config } from "./config.ts";

/** Per request to the calendar server. */
const WRITE_TIMEOUT_MS = 5_000;

/** Where calendar secrets' data keys come from: KMS on AWS, a key file locally; none configured, none. */
export function calendarKeys(config: Config): DataKeyProvider | undefined {
  if (config.CALENDAR_KMS_KEY_ID) return new KmsDataKeyProvider({ client: createKmsClient({ region: config.AWS_REGION }), keyId: config.CALENDAR_KMS_KEY_ID });
  if (config.CALENDAR_KEY_FILE) return new LocalKeyFileProvider(config.CALENDAR_KEY_FILE);
  return undefined;
}

/** What the outbox needs to write chats into hosts' CalDAV calendars, with the key that opens their passwords. */
export function hostCalendarDeps(config: Config, dynamo: DynamoClients, keys: DataKeyProvider): HostCalendarDeps {
  return {
    connections: new DynamoCalendarStore({ client: dynamo.doc, tableName: config.TABLE_NAME }),
    secretBox: new EnvelopeSecretBox(keys),
    // The write runs while the host waits for their Accept to answer; a slow server is retried by the outbox instead.
    writer: new CalDavChatWriter(new CalDavClient({ allowLoopback: config.ALLOW_PRIVATE_CALENDAR_HOSTS }, { timeoutMs: WRITE_TIMEOUT_MS })),
  };
}
