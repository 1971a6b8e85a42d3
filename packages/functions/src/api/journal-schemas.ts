import { z } from "./zod.ts";
import { GOAL_LIMITS, isEmail, isWebLink, OUTREACH_CHANNELS, PERSON_LIMITS, PERSON_STATUSES } from "@coffeechat/core";
import { LocalDate, TimeZone } from "./schemas.ts";

/**
 * Inputs of /api/v1/me/journal/*, and of the journal page's forms (the same schemas: a form posts
 * strings, so empty fields mean "not given" and whole numbers may come as text). Limits come from
 * core, which applies the same ones to imported rows.
 */

/** A form's empty field is an absent value, not an empty one. */
const blankAsMissing = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const text = (max: number, singleLine: boolean) =>
  z.preprocess(
    blankAsMissing,
    z
      .string()
      .trim()
      .max(max, `must be at most ${max} characters`)
      .regex(singleLine ? /^[^\u0000-\u001f\u007f]*$/ : /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/, singleLine ? "must be a single line of text" : "must be plain text")
      .optional(),
  );

const PersonId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "must be a person's id");

export const PersonParams = z.object({ id: PersonId });

export const PersonStatus = z.enum(PERSON_STATUSES, {
  error: `must be one of ${PERSON_STATUSES.join(", ")}`,
});

export const PersonBody = z
  .object({
    name: z.string({ error: "is required" }).trim().min(1, "is required").max(PERSON_LIMITS.name, `must be at most ${PERSON_LIMITS.name} characters`).regex(/^[^\u0000-\u001f\u007f]*$/, "must be a single line of text"),
    email: z.preprocess(blankAsMissing, z.string().trim().refine(isEmail, "must be an email address").optional()),
    link: z.preprocess(blankAsMissing, z.string().trim().max(PERSON_LIMITS.link, `must be at most ${PERSON_LIMITS.link} characters`).refine(isWebLink, "must be a web link starting with http:// or https://").optional()),
    organization: text(PERSON_LIMITS.organization, true),
    role: text(PERSON_LIMITS.role, true),
    howWeKnow: text(PERSON_LIMITS.howWeKnow, true),
    introducedBy: text(PERSON_LIMITS.introducedBy, true),
    /** Omitted: a new person is to_contact, an edited one keeps theirs. */
    status: z.preprocess(blankAsMissing, PersonStatus.optional()),
    notes: text(PERSON_LIMITS.notes, false),
  })
  .openapi("JournalPerson");

/** The quick status change on the people list. */
export const StatusChangeBody = z.object({ status: PersonStatus });

export const OutreachBody = z
  .object({
    on: LocalDate,
    channel: z.enum(OUTREACH_CHANNELS, { error: `must be one of ${OUTREACH_CHANNELS.join(", ")}` }),
    note: text(500, false),
  })
  .openapi("JournalOutreach");

export const LoggedChatBody = z.object({ personId: PersonId, on: LocalDate }).openapi("JournalLoggedChat");

/** A whole number, given as a JSON number or as a form's text. */
const count = (min: number, max: number, tooLow: string) =>
  z.preprocess(
    (v) => (typeof v === "string" && /^\s*-?\d+\s*$/.test(v) ? Number(v) : v),
    z
      .number({ error: "must be a whole number" })
      .int("must be a whole number")
      .min(min, tooLow)
      .max(max, `must be at most ${max}`),
  );

export const GoalBody = z
  .object({
    targetChats: count(GOAL_LIMITS.targetChats.min, GOAL_LIMITS.targetChats.max, "must be at least 1 chat"),
    byDate: LocalDate,
    chatsPerWeek: count(GOAL_LIMITS.chatsPerWeek.min, GOAL_LIMITS.chatsPerWeek.max, "must be at least 1: at a pace of 0 the goal is never reached"),
    outreachPerDay: count(GOAL_LIMITS.outreachPerDay.min, GOAL_LIMITS.outreachPerDay.max, "must be at least 1: chats come from reaching out"),
  })
  .openapi("JournalGoal");

export const DigestBody = z
  .object({
    enabled: z.preprocess((v) => (v === "on" || v === "true" ? true : v === "false" || v === undefined ? false : v), z.boolean({ error: "must be true or false" })),
    weekday: count(1, 7, "must be 1 (Monday) to 7 (Sunday)"),
    time: z.string({ error: "must be a time HH:MM, 00:00 to 23:59" }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time HH:MM, 00:00 to 23:59"),
    /** Omitted: the account's own zone. */
    timeZone: TimeZone.optional(),
  })
  .openapi("JournalDigest");

/** Paging through an address's chats. */
export const CursorQuery = z.object({
  cursor: z.string().max(2000, "must be a cursor from the previous page").optional(),
});
