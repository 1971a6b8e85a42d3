import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { z } from "../zod.ts";
import {
  addLoggedChat,
  addOutreach,
  addPerson,
  exportJournal,
  importJournalCsv,
  journalSummary,
  removePerson,
  setDigest,
  setGoal,
  updatePerson,
  type Goal,
} from "@coffeechat/core";
import type { AppDeps } from "../../deps.ts";
import type { AccountEnv } from "../../http/auth.ts";
import { errors, SIGNED_IN } from "../accounts/openapi-common.ts";
import { DigestBody, GoalBody, LoggedChatBody, OutreachBody, PersonBody, PersonParams } from "../journal-schemas.ts";
import { validationHook } from "../validation-hook.ts";
import { readCapped } from "./capped-body.ts";
import { csvDownload } from "./csv-download.ts";
import { toDigestSettings } from "./digest-input.ts";
import { toPersonInput } from "./person-input.ts";
import { seekerOf } from "./seeker.ts";

const json = <T>(schema: T) => ({ "application/json": { schema } });
const Doc = (name: string) => z.object({}).passthrough().openapi(name);
const PersonOut = Doc("JournalPersonStored");

const summaryRoute = createRoute({
  method: "get",
  path: "/api/v1/me/journal",
  summary: "Your journal: goal, progress (held, booked, this week), the projection to the goal, chats per week and what to do now",
  security: SIGNED_IN,
  responses: { 200: { description: "The summary", content: json(Doc("JournalSummary")) }, ...errors(401) },
});

const listPeopleRoute = createRoute({
  method: "get",
  path: "/api/v1/me/journal/people",
  summary: "The people in your journal, statuses settled by your coffeechat chats",
  security: SIGNED_IN,
  responses: { 200: { description: "People", content: json(z.object({ items: z.array(PersonOut) })) }, ...errors(401) },
});

const addPersonRoute = createRoute({
  method: "post",
  path: "/api/v1/me/journal/people",
  summary: "Add a person (name required; status defaults to to_contact)",
  security: SIGNED_IN,
  request: { body: { required: true, content: json(PersonBody) } },
  responses: { 201: { description: "Added", content: json(PersonOut) }, ...errors(400, 401, 403) },
});

const updatePersonRoute = createRoute({
  method: "put",
  path: "/api/v1/me/journal/people/{id}",
  summary: "Replace a person's fields; a status given by hand is kept over older automatic moves",
  security: SIGNED_IN,
  request: { params: PersonParams, body: { required: true, content: json(PersonBody) } },
  responses: { 200: { description: "As saved", content: json(PersonOut) }, ...errors(400, 401, 403, 404) },
});

const deletePersonRoute = createRoute({
  method: "delete",
  path: "/api/v1/me/journal/people/{id}",
  summary: "Delete a person with their outreach and logged chats",
  security: SIGNED_IN,
  request: { params: PersonParams },
  responses: { 204: { description: "Deleted" }, ...errors(400, 401, 403, 404) },
});

const outreachRoute = createRoute({
  method: "post",
  path: "/api/v1/me/journal/people/{id}/outreach",
  summary: "Log an outreach action (today or earlier, in your zone); to_contact moves to reached_out",
  security: SIGNED_IN,
  request: { params: PersonParams, body: { required: true, content: json(OutreachBody) } },
  responses: { 201: { description: "Logged", content: json(Doc("JournalOutreachLogged")) }, ...errors(400, 401, 403, 404) },
});

const loggedChatRoute = createRoute({
  method: "post",
  path: "/api/v1/me/journal/chats",
  summary: "Log a chat held outside coffeechat (today or earlier); the person moves to held",
  security: SIGNED_IN,
  request: { body: { required: true, content: json(LoggedChatBody) } },
  responses: { 201: { description: "Logged", content: json(Doc("JournalChatLogged")) }, ...errors(400, 401, 403, 404) },
});

const goalRoute = createRoute({
  method: "put",
  path: "/api/v1/me/journal/goal",
  summary: "Set your goal: targetChats by byDate at chatsPerWeek, with outreachPerDay actions (each at least 1)",
  security: SIGNED_IN,
  request: { body: { required: true, content: json(GoalBody) } },
  responses: { 200: { description: "The goal and its projection", content: json(Doc("JournalGoalSaved")) }, ...errors(400, 401, 403) },
});

const digestRoute = createRoute({
  method: "put",
  path: "/api/v1/me/journal/digest",
  summary:
    "The weekly email: enabled, weekday (1 = Monday … 7), time HH:MM and, optionally, timeZone (default: your account's). On, it keeps one recurring schedule that emails the week's progress, who to thank and whom to reach next; off, the schedule is deleted",
  security: SIGNED_IN,
  request: { body: { required: true, content: json(DigestBody) } },
  responses: { 200: { description: "As saved", content: json(DigestBody) }, ...errors(400, 401, 403) },
});

const importRoute = createRoute({
  method: "post",
  path: "/api/v1/me/journal/import",
  summary: "Import people from LinkedIn's Connections.csv or a CSV with a name column; all rows or none, at most 2 MB",
  security: SIGNED_IN,
  request: { body: { required: true, content: { "text/csv": { schema: z.string() } } } },
  responses: {
    200: { description: "How many were imported and skipped", content: json(Doc("JournalImported")) },
    413: { description: "The file is too large", content: json(Doc("TooLarge")) },
    ...errors(400, 401, 403),
  },
});

const exportRoute = createRoute({
  method: "get",
  path: "/api/v1/me/journal/export.csv",
  summary: "Your journal as CSV (cells a spreadsheet would run as a formula are neutralised)",
  security: SIGNED_IN,
  responses: { 200: { description: "CSV", content: { "text/csv": { schema: z.string() } } }, ...errors(401) },
});

export function journalRoutes(deps: AppDeps) {
  const api = new OpenAPIHono<AccountEnv>({ defaultHook: validationHook });
  const seeker = (c: { get(key: "account"): AccountEnv["Variables"]["account"] }) => seekerOf(c.get("account"));

  api.openapi(summaryRoute, async (c) => {
    const { data: _d, stored: _s, ...summary } = await journalSummary(deps, seeker(c), deps.clock());
    return c.json(summary, 200);
  });

  api.openapi(listPeopleRoute, async (c) => {
    const { data } = await journalSummary(deps, seeker(c), deps.clock());
    return c.json({ items: data.people }, 200);
  });

  api.openapi(addPersonRoute, async (c) => c.json(await addPerson(deps, seeker(c), toPersonInput(c.req.valid("json"))), 201));

  api.openapi(updatePersonRoute, async (c) =>
    c.json(await updatePerson(deps, seeker(c), c.req.valid("param").id, toPersonInput(c.req.valid("json")), deps.clock()), 200),
  );

  api.openapi(deletePersonRoute, async (c) => {
    await removePerson(deps, seeker(c), c.req.valid("param").id);
    return c.body(null, 204);
  });

  api.openapi(outreachRoute, async (c) => {
    const { note, ...rest } = c.req.valid("json");
    const done = await addOutreach(deps, seeker(c), c.req.valid("param").id, { ...rest, ...(note ? { note } : {}) }, deps.clock());
    return c.json(done, 201);
  });

  api.openapi(loggedChatRoute, async (c) => {
    const { personId, on } = c.req.valid("json");
    return c.json(await addLoggedChat(deps, seeker(c), personId, on, deps.clock()), 201);
  });

  api.openapi(goalRoute, async (c) => {
    const goal = await setGoal(deps, seeker(c), c.req.valid("json") as Goal, deps.clock());
    const { projection } = await journalSummary(deps, seeker(c), deps.clock());
    return c.json({ goal, ...(projection ? { projection } : {}) }, 200);
  });

  api.openapi(digestRoute, async (c) => c.json(await setDigest(deps, seeker(c), toDigestSettings(c.req.valid("json"), seeker(c))), 200));

  api.openapi(importRoute, async (c) => {
    const file = await readCapped(c.req.raw);
    const { people: _p, ...result } = await importJournalCsv(deps, seeker(c), file, deps.clock());
    return c.json(result, 200);
  });

  api.openapi(exportRoute, async (c) => {
    return csvDownload(c, await exportJournal(deps, seeker(c), deps.clock()));
  });

  return api;
}
