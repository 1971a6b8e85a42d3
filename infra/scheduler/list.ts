import { constraint, validation } from "./errors.ts";
import type { ScheduleStore } from "./store.ts";
import { scheduleKey } from "./store.ts";
import { scheduleArn } from "./types.ts";
import { checkName } from "./validate.ts";

const encodeToken = (key: string) => Buffer.from(key, "utf8").toString("base64url");

function decodeToken(token: string): string {
  const key = Buffer.from(token, "base64url").toString("utf8");
  if (!key.includes("/") || encodeToken(key) !== token) throw validation("Invalid NextToken");
  return key;
}

/**
 * ListSchedules: filters by ScheduleGroup, NamePrefix and State, pages of MaxResults (1–100).
 * The token is the key of the last schedule returned, so deletions between pages skip nothing.
 */
export function listSchedules(store: ScheduleStore, query: URLSearchParams) {
  const group = query.get("ScheduleGroup");
  const prefix = query.get("NamePrefix");
  const state = query.get("State");
  const token = query.get("NextToken");
  const max = query.get("MaxResults") === null ? 100 : Number(query.get("MaxResults"));
  if (group !== null) checkName(group, "groupName");
  if (prefix !== null) checkName(prefix, "namePrefix");
  if (state !== null && state !== "ENABLED" && state !== "DISABLED") {
    throw constraint("state", state, "Member must satisfy enum value set: [ENABLED, DISABLED]");
  }
  if (!Number.isInteger(max) || max < 1 || max > 100) throw constraint("maxResults", max, "Member must have value between 1 and 100");
  const after = token === null ? undefined : decodeToken(token);

  const matching = store
    .sorted()
    .filter((s) => (group === null || s.GroupName === group) && (prefix === null || s.Name.startsWith(prefix)))
    .filter((s) => state === null || s.State === state)
    .filter((s) => after === undefined || scheduleKey(s.GroupName, s.Name) > after);
  const page = matching.slice(0, max);
  const last = page.at(-1);
  return {
    Schedules: page.map((s) => ({
      Arn: scheduleArn(s.GroupName, s.Name),
      Name: s.Name,
      GroupName: s.GroupName,
      State: s.State,
      CreationDate: s.CreationDate / 1000,
      LastModificationDate: s.LastModificationDate / 1000,
      Target: { Arn: s.Target.Arn },
    })),
    ...(matching.length > max && last ? { NextToken: encodeToken(scheduleKey(last.GroupName, last.Name)) } : {}),
  };
}
