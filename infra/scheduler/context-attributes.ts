import { randomBytes } from "node:crypto";
import { scheduleArn, type StoredSchedule } from "./types.ts";

/**
 * The keywords EventBridge Scheduler replaces in a target's Input on every invocation
 * (https://docs.aws.amazon.com/scheduler/latest/UserGuide/managing-schedule-context-attributes.html).
 */
export function withContextAttributes(input: string | undefined, schedule: StoredSchedule, due: number, attempt: number) {
  if (input === undefined) return undefined;
  const scheduledTime = new Date(due).toISOString().replace(/\.\d{3}Z$/, "Z");
  return input
    .replaceAll("<aws.scheduler.schedule-arn>", scheduleArn(schedule.GroupName, schedule.Name))
    .replaceAll("<aws.scheduler.scheduled-time>", scheduledTime)
    .replaceAll("<aws.scheduler.execution-id>", randomBytes(8).toString("hex"))
    .replaceAll("<aws.scheduler.attempt-number>", String(attempt));
}
