import { randomBytes } from "node:crypto";
import {
  DynamoAccountStore,
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
import { calendarBusyReader, FOLLOW_UP_MAX_ATTEMPTS } from "@coffeechat/core";
import type { Config } from "./config.ts";
import type { AppDeps } from "./deps.ts";
import { composeCalendars } from "./calendar-deps.ts";
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
  const calendarSync = composeCalendars(config, dynamo.doc, followUps);
  return {
    store,
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

