import type { APIGatewayProxyEventV2, Context, SNSEvent } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiEvent } from "../support/lambda-events.ts";
import { json, requestBody, startTestStack, type TestStack } from "../support/stack.ts";

// The Lambda entry points build their app from process.env when imported, exactly as on AWS.
let stack: TestStack;
let http: (event: APIGatewayProxyEventV2, context: Context) => Promise<{ statusCode: number; body: string }>;
let followup: (event: unknown) => Promise<void>;
let sesEvents: (event: SNSEvent) => Promise<void>;

beforeAll(async () => {
  stack = await startTestStack();
  const { TOKEN_SECRET, ...rest } = stack.env;
  Object.assign(process.env, rest, { SST_Secret_value_TOKEN_SECRET: TOKEN_SECRET, LOG_LEVEL: "SILENT" });
  http = (await import("../../packages/functions/src/lambda/http.ts")).handler as never;
  followup = (await import("../../packages/functions/src/lambda/followup.ts")).handler;
  sesEvents = (await import("../../packages/functions/src/lambda/ses-events.ts")).handler;
});
afterAll(() => stack?.stop());

describe("the Lambda entry points run the same app", () => {
  it("HTTP API: reads the link, refuses bad input with a 400 naming the field", async () => {
    const ok = await http(apiEvent("GET", "/api/v1/links/demo/coffee"), {} as Context);
    expect(ok.statusCode).toBe(200);
    expect(JSON.parse(ok.body).host.name).toBe("Dana Rivera");
    const bad = await http(
      apiEvent("POST", "/api/v1/links/demo/coffee/requests", json(requestBody("soon", { email: "x" })).body),
      {} as Context,
    );
    expect(bad.statusCode).toBe(400);
    expect(JSON.parse(bad.body).error.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(["start", "email"]));
  });

  it("follow-up: a malformed Input is dropped, a stale one does nothing", async () => {
    await expect(followup({ hello: "world" })).resolves.toBeUndefined();
    await expect(followup({ requestId: "0".repeat(32), kind: "reminder", version: 1 })).resolves.toBeUndefined();
  });

  it("SES events: a complaint suppresses the address", async () => {
    const message = JSON.stringify({ eventType: "Complaint", complaint: { complainedRecipients: [{ emailAddress: "no@example.com" }] } });
    await sesEvents({ Records: [{ Sns: { Message: message } }] } as never);
    expect(await stack.deps.store.isSuppressed("no@example.com")).toBe(true);
  });
});
