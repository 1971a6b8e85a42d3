import { LambdaSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import { Api, Config } from "sst/constructs";
import type { StackContext } from "sst/constructs";
import { createCalendarKey } from "./calendars.ts";
import { createEmailInfra } from "./email.ts";
import { createFollowupInfra, createSchedulerRole } from "./followups.ts";
import { createAppFunctions } from "./functions.ts";
import { lambdaArn } from "./permissions.ts";
import { readDeploySettings } from "./settings.ts";
import { createTable, GSI1, GSI2 } from "./table.ts";

/**
 * The whole service in one stack. Before the first deploy of a stage, set the token secret:
 *   npx sst secrets set TOKEN_SECRET "$(openssl rand -base64 48)" --stage <stage>
 */
export function Coffeechat({ stack, app }: StackContext) {
  const settings = readDeploySettings(app);
  const table = createTable(stack, app.stage);
  const followups = createFollowupInfra(stack, app.stage);
  const email = createEmailInfra(stack, app.stage);
  // A fixed name lets the scheduler role and both functions name the follow-up target up front.
  const followupFunctionName = app.logicalPrefixedName("followup");
  const followupArn = lambdaArn(stack, followupFunctionName);
  const schedulerRole = createSchedulerRole(stack, followupArn, followups.deadLetterQueue);
  const tokenSecret = new Config.Secret(stack, "TOKEN_SECRET");
  const calendarKey = createCalendarKey(stack, app.stage);

  const functions = createAppFunctions(stack, {
    stage: app.stage,
    settings,
    table,
    indexNames: [GSI1, GSI2],
    configurationSetName: email.configurationSetName,
    scheduleGroupName: followups.scheduleGroupName,
    schedulerRole,
    followupFunctionName,
    followupArn,
    deadLetterQueue: followups.deadLetterQueue,
    tokenSecret,
    calendarKeyArn: calendarKey.keyArn,
  });
  email.feedbackTopic.addSubscription(new LambdaSubscription(functions.sesEvents));

  const api = new Api(stack, "Api", { routes: { $default: functions.http } });
  const appUrl = settings.appUrl ?? api.url;
  functions.http.addEnvironment("APP_URL", appUrl);
  functions.followup.addEnvironment("APP_URL", appUrl);

  stack.addOutputs({
    ApiUrl: api.url,
    AppUrl: appUrl,
    TableName: table.tableName,
    ScheduleGroup: followups.scheduleGroupName,
    DeadLetterQueueUrl: followups.deadLetterQueue.queueUrl,
    ConfigurationSet: email.configurationSetName,
  });
  return { api, table };
}
