import { randomBytes } from "node:crypto";
import type { DynamoClients } from "@coffeechat/aws";
import {
  calendarBusyReader,
  type AccountStore,
  type CalendarStore,
  type ChatStore,
  type FeedStore,
  type FollowUpScheduler,
  type HostStore,
  type JournalStore,
  type Mailer,
  type RateLimiter,
  type RecurringScheduler,
} from "@coffeechat/core";
import type { Config } from "./config.ts";
import type { AppDeps } from "./deps.ts";
import { composeCalendars } from "./calendar-deps.ts";
import { createLogger } from "./http/logger.ts";
import { lazyPort, once } from "./lazy/lazy-port.ts";
import { nodeSecrets } from "./secrets.ts";

/** Request ids double as DynamoDB keys and schedule names: 32 lowercase hex characters. */
export const newId = () => randomBytes(16).toString("hex");

/**
 * The composition root: the one place adapters are built from configuration. Each AWS client and its
 * adapters load on the first call that needs them (lazy/lazy-port.ts): a cold start parses the app,
 * not the SDK, and a page that only reads the table never loads SES, Scheduler or KMS.
 */
export function compose(config: Config): AppDeps {
  const region = config.AWS_REGION;
  const tableName = config.TABLE_NAME;
  const dynamo = once(async () => {
    const aws = await import("@coffeechat/aws/dynamo");
    return { aws, ...aws.createDynamoClients({ endpoint: config.DYNAMODB_ENDPOINT, region }) };
  });
  const ses = once(async () => {
    const aws = await import("@coffeechat/aws/ses");
    return { aws, client: aws.createSesClient({ endpoint: config.SES_ENDPOINT, region }) };
  });
  const scheduler = once(async () => {
    const aws = await import("@coffeechat/aws/scheduler");
    return { aws, client: aws.createSchedulerClient({ endpoint: config.SCHEDULER_ENDPOINT, region }) };
  });
  const table = <T extends object>(build: (aws: typeof import("@coffeechat/aws/dynamo"), doc: DynamoClients["doc"]) => T) =>
    async () => {
      const { aws, doc } = await dynamo();
      return build(aws, doc);
    };

  const followUps = lazyPort<FollowUpScheduler & RecurringScheduler>(async () => {
    const { aws, client } = await scheduler();
    return new aws.EventBridgeFollowUpScheduler({
      client,
      groupName: config.SCHEDULE_GROUP,
      targetArn: config.FOLLOWUP_TARGET_ARN,
      roleArn: config.SCHEDULER_ROLE_ARN,
      deadLetterArn: config.DLQ_ARN,
      // Retries: the adapter's own default, FOLLOW_UP_MAX_ATTEMPTS - 1 (imported there, not here: core's
      // follow-up module would come with it into every cold start).
    });
  });
  const calendarStore = lazyPort<CalendarStore>(table((aws, doc) => new aws.DynamoCalendarStore({ client: doc, tableName })));
  const calendarSync = composeCalendars(config, calendarStore, followUps);
  return {
    store: lazyPort<ChatStore>(table((aws, doc) => new aws.DynamoChatStore({ client: doc, tableName }))),
    mailer: lazyPort<Mailer>(async () => {
      const { aws, client } = await ses();
      return new aws.SesMailer({ client, configurationSetName: config.SES_CONFIGURATION_SET });
    }),
    scheduler: followUps,
    rateLimiter: lazyPort<RateLimiter>(async () => {
      const [{ DynamoRateLimiter }, { doc }] = await Promise.all([import("@coffeechat/aws/rate-limit"), dynamo()]);
      return new DynamoRateLimiter({ client: doc, tableName });
    }),
    accounts: lazyPort<AccountStore>(table((aws, doc) => new aws.DynamoAccountStore({ client: doc, tableName }))),
    hosts: lazyPort<HostStore>(table((aws, doc) => new aws.DynamoHostStore({ client: doc, tableName }))),
    journal: lazyPort<JournalStore>(table((aws, doc) => new aws.DynamoJournalStore({ client: doc, tableName }))),
    feeds: lazyPort<FeedStore>(table((aws, doc) => new aws.DynamoFeedStore({ client: doc, tableName }))),
    ...(calendarSync ? { calendarSync, calendarBusy: calendarBusyReader(calendarSync.store) } : {}),
    secrets: nodeSecrets(config.TOKEN_SECRET),
    newId,
    clock: () => Date.now(),
    logger: createLogger(config.LOG_LEVEL),
    health: async () => {
      const [{ awsHealthCheck }, d, s, sc] = await Promise.all([import("@coffeechat/aws/health"), dynamo(), ses(), scheduler()]);
      return awsHealthCheck({ dynamo: d.client, tableName, ses: s.client, scheduler: sc.client, groupName: config.SCHEDULE_GROUP })();
    },
    settings: {
      appUrl: config.APP_URL,
      tokenSecret: config.TOKEN_SECRET,
      sender: { name: config.SENDER_NAME, address: config.SENDER_EMAIL },
      rateLimitPerIpPerMinute: config.RATE_LIMIT_REQUESTS_PER_MINUTE,
      rateLimitPerEmailPerHour: config.RATE_LIMIT_PER_EMAIL_PER_HOUR,
    },
  };
}
