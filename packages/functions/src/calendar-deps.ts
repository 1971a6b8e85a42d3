import { createKmsClient, DynamoCalendarStore, KmsDataKeyProvider, type createDynamoClients } from "@coffeechat/aws";
import { CalDavChatWriter, CalDavClient, EnvelopeSecretBox, LocalKeyFileProvider, ServerCalendarSource } from "@coffeechat/calendars";
import type { CalendarSync, DataKeyProvider, RecurringScheduler } from "@coffeechat/core";
import type { Config } from "./config.ts";

/** Per request to the calendar server when writing a chat. */
const WRITE_TIMEOUT_MS = 5_000;

/** Where calendar secrets' data keys come from: KMS on AWS, a key file locally; none configured, none. */
function calendarKeys(config: Config): DataKeyProvider | undefined {
  if (config.CALENDAR_KMS_KEY_ID) return new KmsDataKeyProvider({ client: createKmsClient({ region: config.AWS_REGION }), keyId: config.CALENDAR_KMS_KEY_ID });
  if (config.CALENDAR_KEY_FILE) return new LocalKeyFileProvider(config.CALENDAR_KEY_FILE);
  return undefined;
}

/**
 * Connected calendars: their records, their servers, the key that seals their secrets, their refresh
 * schedules and the writer of chats into them. Without a key (neither KMS nor a key file) the service
 * runs without calendars: the calendar API answers 404 and chats are not written anywhere.
 */
export function composeCalendars(
  config: Config,
  doc: ReturnType<typeof createDynamoClients>["doc"],
  schedules: RecurringScheduler,
): CalendarSync | undefined {
  const keys = calendarKeys(config);
  if (!keys) return undefined;
  const allowLoopback = config.ALLOW_PRIVATE_CALENDAR_HOSTS;
  return {
    store: new DynamoCalendarStore({ client: doc, tableName: config.TABLE_NAME }),
    source: new ServerCalendarSource({ allowLoopback }),
    secrets: new EnvelopeSecretBox(keys),
    schedules,
    // The write runs while the host waits for their Accept to answer; a slow server is retried by the outbox instead.
    writer: new CalDavChatWriter(new CalDavClient({ allowLoopback }, { timeoutMs: WRITE_TIMEOUT_MS })),
  };
}
