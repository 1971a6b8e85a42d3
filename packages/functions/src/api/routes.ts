import { createRoute } from "@hono/zod-openapi";
import { z } from "./zod.ts";
import { Accepted, ErrorSchema, LinkInfo, LinkParams, NewRequestBody, SlotList, SlotQuery, SubmissionHeaders } from "./schemas.ts";

const errors = (...codes: number[]) =>
  Object.fromEntries(
    codes.map((code) => [code, { description: "Error", content: { "application/json": { schema: ErrorSchema } } }]),
  );

export const getLinkRoute = createRoute({
  method: "get",
  path: "/api/v1/links/{handle}/{link}",
  summary: "A booking link: the host, the chat it offers, formats and the question bank",
  request: { params: LinkParams },
  responses: {
    200: { description: "The link", content: { "application/json": { schema: LinkInfo } } },
    ...errors(400, 404),
  },
});

export const getSlotsRoute = createRoute({
  method: "get",
  path: "/api/v1/links/{handle}/{link}/slots",
  summary: "Free slots between two dates (inclusive, at most 62 days apart) in the given time zone",
  request: { params: LinkParams, query: SlotQuery },
  responses: {
    200: { description: "Slots as UTC instants", content: { "application/json": { schema: SlotList } } },
    ...errors(400, 404),
  },
});

export const postRequestRoute = createRoute({
  method: "post",
  path: "/api/v1/links/{handle}/{link}/requests",
  summary: "Ask for a chat; the guest then confirms their email",
  request: {
    params: LinkParams,
    headers: SubmissionHeaders,
    body: { required: true, content: { "application/json": { schema: NewRequestBody } } },
  },
  responses: {
    202: {
      description:
        "Taken: the guest's email says what happens next (a confirmation link, or a note that they already have a request with this host). The answer is the same either way, so it reveals nothing about anyone's requests.",
      content: { "application/json": { schema: Accepted } },
    },
    ...errors(400, 404, 409, 422, 429),
  },
});

export { z };
