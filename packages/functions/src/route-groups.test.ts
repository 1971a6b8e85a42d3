import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { compose } from "./compose.ts";
import { parseConfig } from "./config.ts";
import { routeGroups } from "./route-groups.ts";

const deps = compose(
  parseConfig({
    TABLE_NAME: "t",
    APP_URL: "https://coffeechat.example",
    SENDER_EMAIL: "chats@coffeechat.example",
    TOKEN_SECRET: "x".repeat(32),
    SCHEDULER_ROLE_ARN: "arn:aws:iam::000000000000:role/r",
    FOLLOWUP_TARGET_ARN: "arn:aws:lambda:us-east-1:000000000000:function:f",
    DLQ_ARN: "arn:aws:sqs:us-east-1:000000000000:q",
    CALENDAR_KEY_FILE: "/nonexistent/calendar.key",
  }),
);

/** A path the route's pattern matches: each parameter filled with a value it accepts. */
const sample = (pattern: string) =>
  pattern.replace(/:\w+\{([^}|]+)[^}]*\}/g, "$1").replace(/:\w+/g, "x1").replace(/\*$/, "rest");

describe("the lazily loaded route groups", () => {
  it("cover every route of their modules with the paths they are mounted under", async () => {
    for (const group of routeGroups(deps)) {
      const mount = new Hono();
      for (const path of group.paths) mount.all(path, (c) => c.text("mounted"));
      for (const route of (await group.load()).routes) {
        const res = await mount.request(sample(route.path), { method: route.method === "ALL" ? "GET" : route.method });
        expect(res.status, `${route.method} ${route.path} is outside ${group.paths.join(" ")}`).toBe(200);
      }
    }
  });
});
