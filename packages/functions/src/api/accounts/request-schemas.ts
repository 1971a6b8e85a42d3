import type { z as zod } from "@hono/zod-openapi";
import { z } from "../zod.ts";
import type { ChatRequest } from "@coffeechat/core";
import { FormatKind } from "../schemas.ts";

export const RequestListQuery = z
  .object({
    status: z.enum(["pending", "upcoming", "past"]).default("pending").openapi({ description: "pending and upcoming soonest first; past newest first" }),
    limit: z.coerce.number().int("must be a whole number").min(1, "must be at least 1").max(100, "must be at most 100").default(20),
    cursor: z.string().max(2000, "is not a cursor this list returned").optional().openapi({ description: "`next` from the previous page" }),
  })
  .strict();

export const RequestParams = z.object({
  id: z.string().regex(/^[0-9a-f]{32}$/, "must be a request id").openapi({ example: "0123456789abcdef0123456789abcdef" }),
});

export const HostRequest = z
  .object({
    id: z.string(),
    status: z.enum(["awaiting_host", "accepted", "completed", "declined", "cancelled", "expired"]),
    start: z.string(),
    end: z.string(),
    link: z.string().openapi({ description: "The slug of the link it came through" }),
    guest: z.object({ name: z.string(), email: z.string(), timeZone: z.string() }),
    background: z.string(),
    purpose: z.string(),
    questions: z.array(z.string()),
    format: FormatKind,
  })
  .openapi("HostRequest");

export const HostRequestList = z.object({ items: z.array(HostRequest), next: z.string().optional() }).openapi("HostRequestList");
export const ActedRequest = HostRequest.extend({ changed: z.boolean().openapi({ description: "false: it was already done" }) }).openapi(
  "ActedRequest",
);

const Note = z.string().trim().max(1000, "must be at most 1000 characters");
export const NoteBody = z.object({ note: Note.optional() }).strict().openapi("HostNote");
export const RescheduleBody = z
  .object({ start: z.iso.datetime({ offset: true, message: "must be an ISO 8601 instant such as 2026-12-01T15:00:00Z" }) })
  .strict()
  .openapi("Reschedule");

const iso = (ms: number) => new Date(ms).toISOString();

export function hostRequestJson(r: ChatRequest) {
  return {
    id: r.id,
    status: r.status as zod.infer<typeof HostRequest>["status"],
    start: iso(r.start),
    end: iso(r.end),
    link: r.slug,
    guest: { name: r.guest.name, email: r.guest.email, timeZone: r.guest.timeZone },
    background: r.background,
    purpose: r.purpose,
    questions: r.questions,
    format: r.format,
  };
}
