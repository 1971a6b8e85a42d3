import type { CalendarSource, CalendarStore, CalendarSync, ChatCalendarWriter, DataKeyProvider, RecurringScheduler } from "@coffeechat/core";
import { EnvelopeSecretBox, LocalKeyFileProvider } from "@coffeechat/calendars/secrets";
import type { Config } from "./config.ts";
import { lazyPort, once } from "./lazy/lazy-port.ts";

/** Per request to the calendar server when writing a chat. */
const WRITE_TIMEOUT_MS = 5_000;

/** Where calendar secrets' data keys come from: KMS on AWS, a key file locally; none configured, none. */
function calendarKeys(config: Config): DataKeyProvider | undefined {
  const keyId = config.CALENDAR_KMS_KEY_ID;
  if (keyId) {
    return lazyPort<DataKeyProvider>(async () => {
      const kms = await import("@coffeechat/aws/kms");
      return new kms.KmsDataKeyProvider({ client: kms.createKmsClient({ region: config.AWS_REGION }), keyId });
    });
  }
  if (config.CALENDAR_KEY_FILE) return new LocalKeyFileProvider(config.CALENDAR_KEY_FILE);
  return undefined;
}

/**
 * Connected calendars: their records (the store, built with the other table adapters), their servers, the key that seals their secrets, their refresh
 * schedules and the writer of chats into them. Without a key (neither KMS nor a key file) the service
 * runs without calendars: the calendar API answers 404 and chats are not written anywhere.
 * The calendar libraries (ICS, CalDAV) load when a calendar is first read or written, never for a
 * booking page, which reads only the cached busy rows from the table.
 */
export function composeCalendars(config: Config, store: CalendarStore, schedules: RecurringScheduler): CalendarSync | undefined {
  const keys = calendarKeys(config);
  if (!keys) return undefined;
  const allowLoopback = config.ALLOW_PRIVATE_CALENDAR_HOSTS;
  const servers = once(() => import("@coffeechat/calendars"));
  return {
    store,
    source: lazyPort<CalendarSource>(async () => new (await servers()).ServerCalendarSource({ allowLoopback })),
    secrets: new EnvelopeSecretBox(keys),
    schedules,
    // The write runs while the host waits for their Accept to answer; a slow server is retried by the outbox instead.
    writer: lazyPort<ChatCalendarWriter>(async () => {
      const { CalDavChatWriter, CalDavClient } = await servers();
      return new CalDavChatWriter(new CalDavClient({ allowLoopback }, { timeoutMs: WRITE_TIMEOUT_MS }));
    }),
  };
}
