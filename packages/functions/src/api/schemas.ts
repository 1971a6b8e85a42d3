import { z } from "./zod.ts";
import { addressProblem, FORMAT_KINDS, isValidTimeZone } from "@coffeechat/core";

const NO_CONTROL = /^[^\u0000-\u001f\u007f]*$/;

/** The same test the slot computation applies, so a zone the API accepts is one it can compute in. */
export const isTimeZone = (tz: string): boolean => tz.length <= 64 && isValidTimeZone(tz);

const isRealDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
};

export const TimeZone = z.string().max(64).refine(isTimeZone, "must be an IANA time zone such as Europe/Paris");
export const LocalDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD")
  .refine(isRealDate, "must be a real calendar date");

export const singleLine = (max: number) =>
  z.string().trim().max(max, `must be at most ${max} characters`).regex(NO_CONTROL, "must be a single line of text");
export const paragraph = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, `must be at least ${min} characters`)
    .max(max, `must be at most ${max} characters`);

const HttpUrl = z
  .string()
  .trim()
  .max(500, "must be at most 500 characters")
  .refine((s) => {
    try {
      const u = new URL(s);
      return u.protocol === "http:" || u.protocol === "https:";
    } catch {
      return false;
    }
  }, "must be an http(s) link");

export const LinkParams = z.object({
  handle: z.string().regex(/^[a-z0-9-]{1,40}$/, "must be lowercase letters, digits or dashes").openapi({ example: "demo" }),
  link: z.string().regex(/^[a-z0-9-]{1,40}$/, "must be lowercase letters, digits or dashes").openapi({ example: "coffee" }),
});

export const SlotQuery = z.object({
  from: LocalDate.openapi({ example: "2026-12-01" }),
  to: LocalDate.openapi({ example: "2026-12-14" }),
  timeZone: TimeZone.openapi({ example: "Europe/London" }),
});

export const Slot = z.object({ start: z.string(), end: z.string() });
export const SlotList = z.object({ timeZone: z.string(), slots: z.array(Slot) }).openapi("SlotList");

export const FormatKind = z.enum(FORMAT_KINDS);

export const NewRequestBody = z
  .object({
    start: z.iso.datetime({ offset: true, message: "must be an ISO 8601 instant such as 2026-12-01T15:00:00Z" }),
    name: singleLine(100).min(1, "is required"),
    // The rule the email builder applies (core's mime-guard), so an address accepted here can be mailed.
    email: z
      .string()
      .trim()
      .superRefine((address, ctx) => {
        const problem = addressProblem(address.toLowerCase());
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      })
      .openapi({ format: "email", example: "o'brien@example.com" }),
    timeZone: TimeZone,
    background: paragraph(10, 2000),
    purpose: paragraph(10, 1000),
    questions: z
      .array(paragraph(3, 300))
      .min(1, "list at least one question you plan to ask")
      .max(10, "at most 10 questions fit a short chat"),
    format: FormatKind,
    foundVia: singleLine(300).optional(),
    links: z.array(HttpUrl).max(5, "at most 5 links").optional(),
    /** Honeypot: a field people never see; anything in it marks a bot. */
    website: z.string().optional(),
  })
  // Refused without naming the field, so a bot learns nothing about which one gave it away.
  .refine((body) => !body.website, { message: "could not be accepted", path: [] })
  .openapi("NewRequest");

/** A key the client chooses per submission: sending the same one again is a retry, answered with the same request. */
export const SubmissionHeaders = z.object({
  "idempotency-key": z
    .string()
    .min(8, "must be at least 8 characters")
    .max(200, "must be at most 200 characters")
    .optional()
    .openapi({ description: "Send the same key when you retry a submission, to get the same request back" }),
});

export const Accepted = z.object({ id: z.string(), status: z.string() }).openapi("RequestAccepted");

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .openapi("Error");

export const LinkInfo = z
  .object({
    host: z.object({ name: z.string(), headline: z.string(), timeZone: z.string() }),
    title: z.string(),
    description: z.string(),
    durationMinutes: z.number().int(),
    formats: z.array(z.object({ kind: FormatKind, details: z.string() })),
    questionBank: z.array(z.string()),
    timeZone: z.string(),
    requiresApproval: z.boolean().openapi({ description: "false: confirming the email books the chat" }),
    paused: z.boolean().openapi({ description: "true: the host is not taking requests now (no slots are offered)" }),
  })
  .openapi("Link");

