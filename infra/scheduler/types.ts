/** The Target of a schedule as the API carries it (only the fields a local target needs are typed). */
export interface Target {
  Arn: string;
  RoleArn: string;
  Input?: string;
  RetryPolicy: { MaximumEventAgeInSeconds: number; MaximumRetryAttempts: number };
  DeadLetterConfig?: { Arn?: string };
  /** Target parameters for other services (ECS, SQS, …), kept as sent. */
  [other: string]: unknown;
}

export interface FlexibleTimeWindow {
  Mode: "OFF" | "FLEXIBLE";
  MaximumWindowInMinutes?: number;
}

/** What CreateSchedule and UpdateSchedule set: the whole schedule but its identity and dates. */
export interface ScheduleSpec {
  ScheduleExpression: string;
  ScheduleExpressionTimezone?: string;
  StartDate?: number;
  EndDate?: number;
  Description?: string;
  State: "ENABLED" | "DISABLED";
  KmsKeyArn?: string;
  Target: Target;
  FlexibleTimeWindow: FlexibleTimeWindow;
  ActionAfterCompletion: "NONE" | "DELETE";
}

export interface StoredSchedule extends ScheduleSpec {
  Name: string;
  GroupName: string;
  /** Epoch ms; the API answers in epoch seconds. */
  CreationDate: number;
  LastModificationDate: number;
  ClientToken?: string;
  /** Bumped on every update, so a delivery that raced an update does not complete the new version. */
  revision: number;
  /** The instant the schedule is next due (epoch ms): at()'s one time, or rate()'s and cron()'s next occurrence. */
  dueAt?: number;
  /** Where a rate() without StartDate counts its periods from: the creation or the last update. */
  anchor?: number;
  /** Set once a one-time schedule with ActionAfterCompletion NONE has run: it never fires again. */
  completed?: boolean;
}

export interface DeadLetter {
  scheduleArn: string;
  name: string;
  group: string;
  targetArn: string;
  /** The DeadLetterConfig Arn, where AWS would have sent the event. */
  deadLetterArn?: string;
  input?: string;
  /** ISO instants: when the schedule was due, and when delivery was given up. */
  dueAt: string;
  failedAt: string;
  attempts: number;
  error: string;
}

export interface FireResult {
  name: string;
  group: string;
  /** The ISO instant the schedule was due. */
  at: string;
  ok: boolean;
  attempts: number;
  error?: string;
}

export interface SchedulerEmulatorOptions {
  /** 0 or undefined picks a free port; the emulator always binds 127.0.0.1. */
  port?: number;
  /** JSON file the schedules and dead letters persist to; undefined keeps them in memory. */
  dataFile?: string;
  /** The local target; a throw is a failed delivery. */
  invoke: (targetArn: string, input: string | undefined) => Promise<void>;
  now?: () => number;
  tickMs?: number;
  retryDelayMs?: (attempt: number) => number;
  onDeadLetter?: (entry: DeadLetter) => void | Promise<void>;
}

export interface SchedulerEmulator {
  url: string;
  port: number;
  /** Runs every schedule due at or before `instantMs` now, retries included. */
  fireUntil(instantMs: number): Promise<FireResult[]>;
  stop(): Promise<void>;
}

export const REGION = "us-east-1";
export const ACCOUNT = "000000000000";
export const scheduleArn = (group: string, name: string) => `arn:aws:scheduler:${REGION}:${ACCOUNT}:schedule/${group}/${name}`;
export const groupArn = (group: string) => `arn:aws:scheduler:${REGION}:${ACCOUNT}:schedule-group/${group}`;
