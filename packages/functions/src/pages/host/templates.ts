import type { LinkInput, WeeklyHours } from "@coffeechat/core";

const days = (list: number[], start: string, end: string): WeeklyHours =>
  Object.fromEntries(list.map((d) => [d, [{ start, end }]])) as WeeklyHours;

/** First links a new host picks from; the editor changes anything afterwards. */
export const TEMPLATES = {
  coffee: {
    label: "20-minute coffee chat",
    summary: "Weekdays 9:00–17:00, a 10-minute break after each chat",
    input: {
      slug: "coffee",
      title: "20-minute coffee chat",
      description: "Curious about my work? Ask me how I got here, what a normal week looks like, and who else you should talk to.",
      durationMinutes: 20,
      weeklyHours: days([1, 2, 3, 4, 5], "09:00", "17:00"),
    },
  },
  career: {
    label: "30-minute career conversation",
    summary: "Tuesdays and Thursdays over lunch, 12:00–14:00",
    input: {
      slug: "career",
      title: "30-minute career conversation",
      description: "Thinking of moving into my field? Let's talk through the paths in, and what the work is really like.",
      durationMinutes: 30,
      weeklyHours: days([2, 4], "12:00", "14:00"),
    },
  },
  quick: {
    label: "15-minute quick questions",
    summary: "Weekdays at the end of the day, 16:00–17:00",
    input: {
      slug: "quick",
      title: "15 minutes of quick questions",
      description: "A few focused questions about my work? Bring them here.",
      durationMinutes: 15,
      weeklyHours: days([1, 2, 3, 4, 5], "16:00", "17:00"),
    },
  },
} satisfies Record<string, { label: string; summary: string; input: Omit<LinkInput, "formats"> }>;

export type TemplateName = keyof typeof TEMPLATES;
export const isTemplate = (v: unknown): v is TemplateName => typeof v === "string" && v in TEMPLATES;
