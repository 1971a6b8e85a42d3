import { z } from "../zod.ts";
import { DURATIONS } from "@coffeechat/core";
import { FormatKind, LocalDate, paragraph, singleLine, TimeZone } from "../schemas.ts";

export const ProfileBody = z
  .object({
    handle: z.string().trim().toLowerCase().max(100, "must be 3 to 30 lowercase letters, digits or dashes").openapi({ example: "dana-rivera" }),
    name: singleLine(100),
    headline: singleLine(200),
    about: paragraph(0, 2000),
    timeZone: TimeZone,
  })
  .partial()
  .strict()
  .openapi("ProfileUpdate");

export const Slug = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/, "must be 1 to 40 lowercase letters, digits or dashes, not starting or ending with a dash")
  .openapi({ example: "coffee" });

export const SlugParams = z.object({ slug: Slug });

const Time = z.string().regex(/^\d{2}:\d{2}$/, "must be a time HH:MM");
const Range = z.object({ start: Time, end: Time }).strict();
const Ranges = z.array(Range).max(8, "at most 8 ranges a day");
const Weekday = z.enum(["1", "2", "3", "4", "5", "6", "7"]);
const Minutes = z.number().int("must be whole minutes");
const SWITCHABLE = z.enum(["prep_pack", "guest_confirm", "reminder", "thank_you", "keep_in_touch", "host_nudge"]);

const linkFields = {
  slug: Slug,
  title: singleLine(100).min(1, "is required"),
  durationMinutes: z
    .number()
    .int()
    .refine((n) => (DURATIONS as readonly number[]).includes(n), `must be one of ${DURATIONS.join(", ")}`)
    .openapi({ example: 20 }),
  weeklyHours: z
    .partialRecord(Weekday, Ranges)
    .openapi({ description: "ISO weekday (1 = Monday) → ranges in the link's zone", example: { "1": [{ start: "09:00", end: "12:00" }] } }),
  formats: z
    .array(z.object({ kind: FormatKind, details: z.string().trim().max(500, "must be at most 500 characters") }).strict())
    .min(1, "offer at least one way to meet")
    .max(3, "at most one of each kind"),
  description: paragraph(0, 1000),
  timeZone: TimeZone,
  dateOverrides: z.array(z.object({ date: LocalDate, ranges: Ranges }).strict()).max(200, "at most 200 dates"),
  bufferBeforeMinutes: Minutes,
  bufferAfterMinutes: Minutes,
  minimumNoticeMinutes: Minutes,
  horizonDays: z.number().int(),
  slotStepMinutes: Minutes,
  maxPerDay: z.number().int().nullable().openapi({ description: "null: no cap" }),
  maxPerWeek: z.number().int().nullable().openapi({ description: "null: no cap" }),
  questionBank: z.array(paragraph(3, 300)).max(20, "at most 20 questions"),
  followUps: z.partialRecord(SWITCHABLE, z.object({ enabled: z.boolean(), offsetMinutes: Minutes }).strict()),
  requestExpiryDays: z.number().int(),
  requiresApproval: z.boolean().openapi({ description: "false: a chat is booked as soon as the guest confirms their email" }),
  paused: z.boolean().openapi({ description: "true: the page stays up and says you aren't taking requests" }),
};

/** Five fields are required; everything else has the demo link's defaults (the zone is yours). */
export const NewLinkBody = z
  .object(linkFields)
  .partial({
    description: true,
    timeZone: true,
    dateOverrides: true,
    bufferBeforeMinutes: true,
    bufferAfterMinutes: true,
    minimumNoticeMinutes: true,
    horizonDays: true,
    slotStepMinutes: true,
    maxPerDay: true,
    maxPerWeek: true,
    questionBank: true,
    followUps: true,
    requestExpiryDays: true,
    requiresApproval: true,
    paused: true,
  })
  .strict()
  .openapi("NewLink");

/** Fields left out keep their current values; the slug cannot change. */
export const LinkUpdateBody = z.object(linkFields).partial().strict().openapi("LinkUpdate");

export const HostLink = z
  .object(linkFields)
  .extend({ url: z.string().openapi({ description: "The booking page to share" }) })
  .openapi("HostLink");
export const HostLinkList = z.object({ items: z.array(HostLink) }).openapi("HostLinkList");
