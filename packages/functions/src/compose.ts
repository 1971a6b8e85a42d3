import { randomBytes } from "node:crypto";
import {
  DynamoAccountStore,
  DynamoCalendarStore,
  DynamoChatStore,
  DynamoFeedStore,
  DynamoHostStore,
  DynamoJournalStore,
  DynamoRateLimiter,
  EventBridgeFollowUpScheduler,
  SesMailer,
  awsHealthCheck,
  createDynamoClients,
  createSchedulerClient,
  createSesClient,
} from "@coffeechat/aws";
import { EnvelopeSecretBox, ServerCalendarSource } from "@coffeechat/calendars";
import { calendarBusyReader, FOLLOW_UP_MAX_ATTEMPTS, type CalendarSync, type DataKeyProvider, type RecurringScheduler } from "@coffeechat/core";
import type { Config } from "./config.ts";
import type { AppDeps } from "./deps.ts";
import { calendarKeys, hostCalendarDeps } from "./calendar-deps.ts";
import { createLogger } from "./http/logger.ts";
import { nodeSecrets } from "./secrets.ts";

/** Request ids double as DynamoDB keys and schedule names: 32 lowercase hex characters. */
export const newId = () => randomBytes(16).toString("hex");

/** The composition root: the one place adapters are built from configuration. */
export function compose(config: Config): AppDeps {
  const region = config.AWS_REGION;
  const dynamo = createDynamoClients({ endpoint: config.DYNAMODB_ENDPOINT, region });
  const ses = createSesClient({ endpoint: config.SES_ENDPOINT, region });
  const scheduler = createSchedulerClient({ endpoint: config.SCHEDULER_ENDPOINT, region });
  const store = new DynamoChatStore({ client: dynamo.doc, tableName: config.TABLE_NAME });
  const followUps = new EventBridgeFollowUpScheduler({
    client: scheduler,
    groupName: config.SCHEDULE_GROUP,
    targetArn: config.FOLLOWUP_TARGET_ARN,
    roleArn: config.SCHEDULER_ROLE_ARN,
    deadLetterArn: config.DLQ_ARN,
    maximumRetryAttempts: FOLLOW_UP_MAX_ATTEMPTS - 1,
  });
  // One key for calendar secrets, read by the calendars' refreshes and by the writes of chats into them.
  const calendarSecrets = calendarKeys(config);
  const hostCalendar = calendarSecrets && hostCalendarDeps(config, dynamo, calendarSecrets);
  const calendarSync = calendarSecrets && composeCalendars(config, dynamo.doc, followUps, calendarSecrets);
  return {
    store,
    ...(hostCalendar ? { hostCalendar } : {}),
    mailer: new SesMailer({ client: ses, configurationSetName: config.SES_CONFIGURATION_SET }),
    scheduler: followUps,
    rateLimiter: new DynamoRateLimiter({ client: dynamo.doc, tableName: config.TABLE_NAME }),
    accounts: new DynamoAccountStore({ client: dynamo.doc, tableName: config.TABLE_NAME }),
    hosts: new DynamoHostStore({ client: dynamo.doc, tableName: config.TABLE_NAME }),
    journal: new DynamoJournalStore({ client: dynamo.doc, tableName: config.TABLE_NAME }),
    feeds: new DynamoFeedStore({ client: dynamo.doc, tableName: config.TABLE_NAME }),
    ...(calendarSync ? { calendarSync, calendarBusy: calendarBusyReader(calendarSync.store) } : {}),
    secrets: nodeSecrets(config.TOKEN_SECRET),
    newId,
    clock: () => Date.now(),
    logger: createLogger(config.LOG_LEVEL),
    health: awsHealthCheck({
      dynamo: dynamo.client,
      tableName: config.TABLE_NAME,
      ses,
      scheduler,
      groupName: config.SCHEDULE_GROUP,
    }),
    settings: {
      appUrl: config.APP_URL,
      tokenSecret: config.TOKEN_SECRET,
      sender: { name: config.SENDER_NAME, address: config.SENDER_EMAIL },
      rateLimitPerIpPerMinute: config.RATE_LIMIT_REQUESTS_PER_MINUTE,
      rateLimitPerEmailPerHour: config.RATE_LIMIT_PER_EMAIL_PER_HOUR,
    },
  };
}

/**
 * Connected calendars need somewhere to keep their secrets: a KMS key on AWS, a key file locally.
 * With neither configured the service runs without them (the calendar API answers 404).
 */
function composeCalendars(
  config: Config,
  doc: ReturnType<typeof createDynamoClients>["doc"],
  schedules: RecurringScheduler,
  keys: DataKeyProvider,
): CalendarSync {
  return {
    store: new DynamoCalendarStore({ client: doc, tableName: config.TABLE_NAME }),
    source: new ServerCalendarSource({ allowLoopback: config.ALLOW_PRIVATE_CALENDAR_HOSTS }),
    secrets: new EnvelopeSecretBox(keys),
    schedules,
  };
}
