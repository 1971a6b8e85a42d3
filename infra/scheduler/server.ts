import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, type SchedulerApi } from "./api.ts";
import { ApiError, validation } from "./errors.ts";
import type { Runner } from "./runner.ts";
import type { ScheduleStore } from "./store.ts";
import type { StoredSchedule } from "./types.ts";
import { redriveDeadLetters } from "./redrive.ts";

type Answer = { status?: number; body: unknown };
type Route = (match: RegExpExecArray, query: URLSearchParams, body: () => Promise<unknown>) => Answer | Promise<Answer>;

const ok = (body: unknown): Answer => ({ body });

/** The REST paths of @aws-sdk/client-scheduler (restJson1), plus /_local/* for tests and demos. */
function routes(api: SchedulerApi, runner: Runner, store: ScheduleStore, invoke: Invoke): [string, RegExp, Route][] {
  const name = (m: RegExpExecArray) => {
    try {
      return decodeURIComponent(m[1] ?? "");
    } catch {
      throw validation("The name in the path is not valid percent-encoding");
    }
  };
  return [
    ["POST", /^\/schedules\/([^/]+)$/, async (m, _q, body) => ok(api.create(name(m), await body()))],
    ["PUT", /^\/schedules\/([^/]+)$/, async (m, _q, body) => ok(api.update(name(m), await body()))],
    ["GET", /^\/schedules\/([^/]+)$/, (m, q) => ok(api.get(name(m), q.get("groupName") ?? undefined))],
    ["DELETE", /^\/schedules\/([^/]+)$/, (m, q) => ok(api.delete(name(m), q.get("groupName") ?? undefined))],
    ["GET", /^\/schedules$/, (_m, q) => ok(api.list(q))],
    ["POST", /^\/schedule-groups\/([^/]+)$/, (m) => ok(api.createGroup(name(m)))],
    ["GET", /^\/schedule-groups\/([^/]+)$/, (m) => ok(api.getGroup(name(m)))],
    ["GET", /^\/_local\/schedules$/, () => ok({ schedules: store.sorted().map(localView) })],
    ["GET", /^\/_local\/dead-letters$/, () => ok({ deadLetters: store.deadLetters })],
    ["POST", /^\/_local\/dead-letters\/redrive$/, async () => ok({ redriven: await redriveDeadLetters(store, invoke) })],
    ["POST", /^\/_local\/fire$/, async (_m, q) => ok({ ran: await runner.fireUntil(untilParam(q.get("until"))) })],
  ];
}

/** The API's view plus what only the emulator knows: when it fires, and whether it already has. */
function localView(s: StoredSchedule) {
  return { ...describe(s), dueAt: s.dueAt === undefined ? null : new Date(s.dueAt).toISOString(), completed: s.completed === true };
}

function untilParam(value: string | null): number {
  const instant = value === null ? Number.NaN : Date.parse(value);
  if (Number.isNaN(instant)) throw validation(`until must be an ISO instant such as 2030-01-01T00:00:00Z, got ${JSON.stringify(value)}`);
  return instant;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text);
  } catch {
    throw validation("The request body is not valid JSON");
  }
}

function send(res: ServerResponse, status: number, body: unknown, errorType?: string) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (errorType) headers["x-amzn-errortype"] = errorType;
  res.writeHead(status, headers).end(JSON.stringify(body));
}

type Invoke = (targetArn: string, input: string | undefined) => Promise<void>;

export async function listen(port: number, api: SchedulerApi, runner: Runner, store: ScheduleStore, invoke: Invoke) {
  const table = routes(api, runner, store, invoke);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    try {
      for (const [method, pattern, route] of table) {
        const match = pattern.exec(url.pathname);
        if (!match || method !== req.method) continue;
        const answer = await route(match, url.searchParams, () => readJson(req));
        return send(res, answer.status ?? 200, answer.body);
      }
      send(res, 404, { Message: `No operation at ${req.method} ${url.pathname}` }, "UnknownOperationException");
    } catch (e) {
      if (e instanceof ApiError) return send(res, e.status, { Message: e.message }, e.type);
      send(res, 500, { Message: e instanceof Error ? e.message : String(e) }, "InternalServerException");
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    port: bound,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
