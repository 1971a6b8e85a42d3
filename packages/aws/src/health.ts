import { DescribeTableCommand, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { ListSchedulesCommand, type SchedulerClient } from "@aws-sdk/client-scheduler";
import { GetAccountCommand, type SESv2Client } from "@aws-sdk/client-sesv2";

export interface DependencyState {
  ok: boolean;
  detail?: string;
}

export type HealthCheck = () => Promise<Record<string, DependencyState>>;

async function probe(run: () => Promise<unknown>): Promise<DependencyState> {
  try {
    await run();
    return { ok: true };
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

/** One cheap read against each dependency, run in parallel. */
export function awsHealthCheck(clients: {
  dynamo: DynamoDBClient;
  tableName: string;
  ses: SESv2Client;
  scheduler: SchedulerClient;
  groupName: string;
}): HealthCheck {
  return async () => {
    const [dynamodb, ses, scheduler] = await Promise.all([
      probe(() => clients.dynamo.send(new DescribeTableCommand({ TableName: clients.tableName }))),
      probe(() => clients.ses.send(new GetAccountCommand({}))),
      probe(() => clients.scheduler.send(new ListSchedulesCommand({ GroupName: clients.groupName, MaxResults: 1 }))),
    ]);
    return { dynamodb, ses, scheduler };
  };
}
