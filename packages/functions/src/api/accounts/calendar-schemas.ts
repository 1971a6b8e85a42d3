import { z } from "../zod.ts";

const Url = z.string().trim().min(1, "is required").max(2000, "must be at most 2000 characters");

export const NewCalendarBody = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("ics"), url: Url.openapi({ example: "https://calendar.google.com/calendar/ical/…/private-…/basic.ics" }) }).strict(),
    z
      .object({
        kind: z.literal("caldav"),
        url: Url.openapi({ example: "https://caldav.fastmail.com/" }),
        username: z.string().trim().min(1, "is required").max(320, "must be at most 320 characters"),
        password: z.string().min(1, "is required").max(1000, "must be at most 1000 characters").openapi({ description: "An app password; stored encrypted, never returned" }),
      })
      .strict(),
  ])
  .openapi("NewCalendarConnection");

export const CalendarChoicesBody = z
  .object({
    calendars: z
      .array(
        z
          .object({
            id: z.string().min(1).max(64),
            checkConflicts: z.boolean().optional().openapi({ description: "Its events keep slots from being offered" }),
            addChats: z.boolean().optional().openapi({ description: "Accepted chats are written into it (one CalDAV calendar at most)" }),
            allDayBlocks: z.boolean().optional().openapi({ description: "All-day events block the whole day" }),
          })
          .strict(),
      )
      .min(1, "name at least one calendar")
      .max(100),
  })
  .strict()
  .openapi("CalendarChoices");

export const ConnectionParams = z.object({ id: z.string().regex(/^[0-9a-f]{32}$/, "is not a calendar connection id") });

const Calendar = z.object({ id: z.string(), name: z.string(), checkConflicts: z.boolean(), addChats: z.boolean(), allDayBlocks: z.boolean() });

export const CalendarConnectionJson = z
  .object({
    id: z.string(),
    kind: z.enum(["ics", "caldav"]),
    host: z.string().openapi({ description: "Where it points, without the secret parts" }),
    calendars: z.array(Calendar),
    status: z.enum(["ok", "failing"]),
    lastGoodFetchAt: z.string().nullable(),
    failingSince: z.string().nullable(),
    lastError: z.object({ code: z.string(), message: z.string(), at: z.string() }).nullable(),
    createdAt: z.string(),
  })
  .openapi("CalendarConnection");

export const CalendarConnectionList = z.object({ items: z.array(CalendarConnectionJson) }).openapi("CalendarConnections");
