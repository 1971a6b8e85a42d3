import {
  DEFAULT_QUESTION_BANK,
  followUpOf,
  LINK_DEFAULTS,
  type FollowUpSettings,
  type FormatKind,
  type Link,
} from "@coffeechat/core";
import type { Errors } from "../form-fields.tsx";

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
export const FORMAT_KINDS: FormatKind[] = ["video", "phone", "in_person"];
/** Ranges per day the grid offers: a morning and an afternoon cover most weeks. */
export const RANGES_PER_DAY = 2;

export const SWITCHABLE = ["prep_pack", "guest_confirm", "reminder", "host_nudge", "thank_you", "keep_in_touch"] as const;
export type Switchable = (typeof SWITCHABLE)[number];

/** Where the notices' records put each follow-up unless the link moves it. */
function defaultOffset(kind: Switchable): number {
  const { due } = followUpOf(kind);
  return "offsetMinutes" in due ? due.offsetMinutes : 0;
}

/** What the editor shows and sends back: strings, exactly as typed, so an error never loses anything. */
export interface LinkFormValues {
  slug: string;
  title: string;
  description: string;
  durationMinutes: string;
  timeZone: string;
  formats: Record<FormatKind, { on: boolean; details: string }>;
  hours: Record<string, { start: string; end: string }[]>;
  overrides: string;
  bufferBeforeMinutes: string;
  bufferAfterMinutes: string;
  minimumNoticeHours: string;
  horizonDays: string;
  slotStepMinutes: string;
  maxPerDay: string;
  maxPerWeek: string;
  requestExpiryDays: string;
  bank: string[];
  ownQuestions: string;
  followUps: Record<Switchable, boolean>;
  requiresApproval: boolean;
  paused: boolean;
}

const blankHours = () => Object.fromEntries(WEEKDAYS.map((d) => [String(d), Array.from({ length: RANGES_PER_DAY }, () => ({ start: "", end: "" }))]));

/** A saved link (or the defaults for a new one) as the form shows it. */
export function valuesOf(link: Omit<Link, "handle" | "slug"> & { slug?: string }): LinkFormValues {
  const hours = blankHours();
  for (const d of WEEKDAYS) {
    (link.weeklyHours[d] ?? []).slice(0, RANGES_PER_DAY).forEach((r, i) => (hours[String(d)]![i] = { ...r }));
  }
  const formats = Object.fromEntries(
    FORMAT_KINDS.map((k) => {
      const f = link.formats.find((x) => x.kind === k);
      return [k, { on: Boolean(f), details: f?.details ?? "" }];
    }),
  ) as LinkFormValues["formats"];
  return {
    slug: link.slug ?? "",
    title: link.title,
    description: link.description,
    durationMinutes: String(link.durationMinutes),
    timeZone: link.timeZone,
    formats,
    hours,
    overrides: link.dateOverrides
      .map((o) => `${o.date} ${o.ranges.length ? o.ranges.map((r) => `${r.start}-${r.end}`).join(", ") : "off"}`)
      .join("\n"),
    bufferBeforeMinutes: String(link.bufferBeforeMinutes),
    bufferAfterMinutes: String(link.bufferAfterMinutes),
    minimumNoticeHours: String(link.minimumNoticeMinutes / 60),
    horizonDays: String(link.horizonDays),
    slotStepMinutes: String(link.slotStepMinutes),
    maxPerDay: link.maxPerDay === undefined ? "" : String(link.maxPerDay),
    maxPerWeek: link.maxPerWeek === undefined ? "" : String(link.maxPerWeek),
    requestExpiryDays: String(link.requestExpiryDays),
    bank: link.questionBank.filter((q) => DEFAULT_QUESTION_BANK.includes(q)),
    ownQuestions: link.questionBank.filter((q) => !DEFAULT_QUESTION_BANK.includes(q)).join("\n"),
    followUps: Object.fromEntries(SWITCHABLE.map((k) => [k, link.followUps[k]?.enabled ?? true])) as Record<Switchable, boolean>,
    requiresApproval: link.requiresApproval !== false,
    paused: link.paused === true,
  };
}

/** A new link's form: the demo link's defaults, in the host's zone, weekday mornings, by video. */
export function newLinkValues(timeZone: string): LinkFormValues {
  const morning = [{ start: "09:00", end: "12:00" }];
  return valuesOf({
    ...LINK_DEFAULTS,
    slug: "",
    title: "20-minute coffee chat",
    durationMinutes: 20,
    timeZone,
    weeklyHours: { 1: morning, 2: morning, 3: morning, 4: morning, 5: morning },
    formats: [{ kind: "video", details: "" }],
  });
}

const str = (v: unknown) => (typeof v === "string" ? v : "");
const list = (v: unknown) => (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === "string");

/** Reads the posted form (parseBody({ all: true })). */
export function readLinkForm(body: Record<string, unknown>): LinkFormValues {
  const hours = blankHours();
  for (const d of WEEKDAYS) {
    for (let i = 0; i < RANGES_PER_DAY; i++) hours[String(d)]![i] = { start: str(body[`h${d}_${i}_start`]), end: str(body[`h${d}_${i}_end`]) };
  }
  const on = new Set(list(body["format"]));
  const switches = new Set(list(body["followUps"]));
  return {
    slug: str(body["slug"]).trim(),
    title: str(body["title"]),
    description: str(body["description"]),
    durationMinutes: str(body["durationMinutes"]),
    timeZone: str(body["timeZone"]),
    formats: Object.fromEntries(FORMAT_KINDS.map((k) => [k, { on: on.has(k), details: str(body[`details_${k}`]) }])) as LinkFormValues["formats"],
    hours,
    overrides: str(body["overrides"]),
    bufferBeforeMinutes: str(body["bufferBeforeMinutes"]),
    bufferAfterMinutes: str(body["bufferAfterMinutes"]),
    minimumNoticeHours: str(body["minimumNoticeHours"]),
    horizonDays: str(body["horizonDays"]),
    slotStepMinutes: str(body["slotStepMinutes"]),
    maxPerDay: str(body["maxPerDay"]),
    maxPerWeek: str(body["maxPerWeek"]),
    requestExpiryDays: str(body["requestExpiryDays"]),
    bank: list(body["bank"]),
    ownQuestions: str(body["ownQuestions"]),
    followUps: Object.fromEntries(SWITCHABLE.map((k) => [k, switches.has(k)])) as Record<Switchable, boolean>,
    requiresApproval: body["requiresApproval"] === "yes",
    paused: body["paused"] === "yes",
  };
}

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

const OVERRIDE = /^(\d{4}-\d{2}-\d{2})\s*:?\s+(.+)$/;
const RANGE = /^(\d{1,2}:\d{2})\s*(?:-|–|to)\s*(\d{1,2}:\d{2})$/;
const pad = (t: string) => (t.length === 4 ? `0${t}` : t);

/**
 * The JSON body the API takes, built from the form, so the page and the API validate with one schema.
 * What only the form can get wrong (a number field, half a range, an unreadable date line) is reported here.
 */
export function toLinkBody(v: LinkFormValues, current?: FollowUpSettings): { body: Record<string, unknown>; errors: Errors } {
  const errors: Errors = {};
  const whole = (field: keyof LinkFormValues, value: string, optional = false): number | null | undefined => {
    const t = value.trim();
    if (t === "") {
      if (!optional) errors[field] = "is required";
      return optional ? null : undefined;
    }
    if (!/^\d{1,6}$/.test(t)) {
      errors[field] = "must be a whole number";
      return undefined;
    }
    return Number(t);
  };
  const weeklyHours: Record<string, { start: string; end: string }[]> = {};
  for (const d of WEEKDAYS) {
    const ranges: { start: string; end: string }[] = [];
    v.hours[String(d)]!.forEach((r, i) => {
      if (!r.start && !r.end) return;
      if (!r.start || !r.end) errors[`h${d}_${i}`] = "give both a start and an end";
      else ranges.push({ start: r.start, end: r.end });
    });
    if (ranges.length) weeklyHours[String(d)] = ranges;
  }
  const dateOverrides: { date: string; ranges: { start: string; end: string }[] }[] = [];
  lines(v.overrides).forEach((line, i) => {
    const m = OVERRIDE.exec(line);
    const parts = m ? m[2]!.split(",").map((p) => p.trim()) : [];
    const off = parts.length === 1 && /^(off|closed)$/i.test(parts[0]!);
    const ranges = off ? [] : parts.map((p) => RANGE.exec(p));
    if (!m || ranges.some((r) => !r)) {
      errors["overrides"] ??= `line ${i + 1}: write a date, then "off" or times such as 10:00-12:00, 14:00-16:00`;
      return;
    }
    dateOverrides.push({ date: m[1]!, ranges: (ranges as RegExpExecArray[]).map((r) => ({ start: pad(r[1]!), end: pad(r[2]!) })) });
  });
  const followUps: Record<string, { enabled: boolean; offsetMinutes: number }> = {};
  for (const k of SWITCHABLE) {
    const kept = current?.[k];
    if (v.followUps[k] && !kept) continue; // on, at the default time: nothing to store
    followUps[k] = { enabled: v.followUps[k], offsetMinutes: kept?.offsetMinutes ?? defaultOffset(k) };
  }
  const notice = whole("minimumNoticeHours", v.minimumNoticeHours);
  const body: Record<string, unknown> = {
    title: v.title,
    description: v.description,
    durationMinutes: whole("durationMinutes", v.durationMinutes),
    timeZone: v.timeZone,
    formats: FORMAT_KINDS.filter((k) => v.formats[k].on).map((k) => ({ kind: k, details: v.formats[k].details })),
    weeklyHours,
    dateOverrides,
    bufferBeforeMinutes: whole("bufferBeforeMinutes", v.bufferBeforeMinutes),
    bufferAfterMinutes: whole("bufferAfterMinutes", v.bufferAfterMinutes),
    minimumNoticeMinutes: notice === undefined || notice === null ? notice : notice * 60,
    horizonDays: whole("horizonDays", v.horizonDays),
    slotStepMinutes: whole("slotStepMinutes", v.slotStepMinutes),
    maxPerDay: whole("maxPerDay", v.maxPerDay, true),
    maxPerWeek: whole("maxPerWeek", v.maxPerWeek, true),
    requestExpiryDays: whole("requestExpiryDays", v.requestExpiryDays),
    questionBank: [...v.bank, ...lines(v.ownQuestions)],
    followUps,
    requiresApproval: v.requiresApproval,
    paused: v.paused,
  };
  return { body, errors };
}

/** An API issue path as the form field that shows it. */
export function linkFieldOf(path: string): string {
  const [head, a, b, c] = path.split(".");
  if (head === "weeklyHours") return a && b !== undefined ? `h${a}_${b}${c ? `_${c}` : ""}` : "hours";
  if (head === "minimumNoticeMinutes") return "minimumNoticeHours";
  if (head === "questionBank") return "ownQuestions";
  if (head === "dateOverrides") return "overrides";
  if (head === "formats") return "formats";
  if (head === "followUps") return "followUps";
  return head ?? path;
}
