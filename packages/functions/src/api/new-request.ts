import type { z } from "@hono/zod-openapi";
import type { NewRequest } from "@coffeechat/core";
import type { NewRequestBody } from "./schemas.ts";

/** The validated body (from the API or the booking form) as the use case takes it. */
export function toNewRequest(handle: string, slug: string, body: z.infer<typeof NewRequestBody>, submissionKey?: string): NewRequest {
  return {
    handle,
    slug,
    start: Date.parse(body.start),
    name: body.name,
    email: body.email,
    timeZone: body.timeZone,
    background: body.background,
    purpose: body.purpose,
    questions: body.questions,
    format: body.format,
    ...(body.foundVia ? { foundVia: body.foundVia } : {}),
    links: body.links ?? [],
    ...(submissionKey ? { submissionKey } : {}),
  };
}
