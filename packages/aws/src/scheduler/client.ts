import { SchedulerClient } from "@aws-sdk/client-scheduler";

/** With an endpoint (the local emulator) the credentials are static dummies, so no AWS account is read. */
export function createSchedulerClient(options: { endpoint?: string | undefined; region: string; maxAttempts?: number }): SchedulerClient {
  return new SchedulerClient({
    region: options.region,
    maxAttempts: options.maxAttempts ?? 3,
    ...(options.endpoint
      ? { endpoint: options.endpoint, credentials: { accessKeyId: "local", secretAccessKey: "local" } }
      : {}),
  });
}
