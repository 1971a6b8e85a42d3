import type { LocalDate, LocalTime, Millis } from "./time.ts";

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A wall-clock range in the host's zone, [start, end). "24:00" is allowed as an end. */
export interface TimeRange {
  start: LocalTime;
  end: LocalTime;
}

/** Hours a host takes chats, per ISO weekday; a missing or empty day is closed. */
export type WeeklyHours = Partial<Record<Weekday, TimeRange[]>>;

/** Replaces the weekly hours on one date; empty ranges mean a day off. */
export interface DateOverride {
  date: LocalDate;
  ranges: TimeRange[];
}

/** How a chat can happen, in the order forms list them. */
export const FORMAT_KINDS = ["video", "phone", "in_person"] as const;
export type FormatKind = (typeof FORMAT_KINDS)[number];

export interface Format {
  kind: FormatKind;
  /** Video: the call link; phone: who calls whom or the number; in person: the place. */
  details: string;
}

export const DURATIONS = [15, 20, 30, 45, 60] as const;
export type DurationMinutes = (typeof DURATIONS)[number];

/** Every follow-up kind a link can switch off or move; see followups/plan.ts. */
export type FollowUpKind =
  | "prep_pack"
  | "guest_confirm"
  | "reminder"
  | "thank_you"
  | "keep_in_touch"
  | "host_nudge"
  | "expire_unconfirmed"
  | "expire_unanswered";

export interface FollowUpSetting {
  enabled: boolean;
  /** Minutes relative to the anchor (chat start, chat end or request time); negative is before. */
  offsetMinutes: number;
}

export type FollowUpSettings = Partial<Record<FollowUpKind, FollowUpSetting>>;

/** The availability and shape of one booking link (like calendly.com/jane/20min). */
export interface AvailabilityRules {
  timeZone: string;
  weeklyHours: WeeklyHours;
  dateOverrides: DateOverride[];
  durationMinutes: DurationMinutes;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  minimumNoticeMinutes: number;
  horizonDays: number;
  slotStepMinutes: number;
  maxPerDay?: number;
  maxPerWeek?: number;
}

/**
 * The host's immutable key: links, requests, slot locks and counters are stored under it. A signed-up
 * host's key is their account id; the demo host's is "demo". The public handle in booking URLs is an
 * alias of it (see accounts/handles.ts), so a host can change their handle without moving any data.
 */
export type HostKey = string;

export interface Link extends AvailabilityRules {
  /** The host's key (not the public handle: see HostKey). */
  handle: HostKey;
  slug: string;
  title: string;
  description: string;
  formats: Format[];
  questionBank: string[];
  followUps: FollowUpSettings;
  /** A request the host has not answered expires after this many days (and always before the slot). */
  requestExpiryDays: number;
  /** false: a chat is booked as soon as the guest confirms their email. Absent means true. */
  requiresApproval?: boolean;
  /** The page stays up and says the host isn't taking requests now; chats already asked for go on. */
  paused?: boolean;
  /** Deleted by the host: gone from their list and from the public page, kept for the chats booked through it. */
  deletedAt?: Millis;
}

export interface Host {
  /** The host's key (not the public handle: see HostKey). */
  handle: HostKey;
  /** The handle in booking URLs; absent for a host whose key is their handle (the demo). */
  publicHandle?: string;
  name: string;
  headline: string;
  email: string;
  timeZone: string;
}

/** The handle booking URLs show for this host. */
export const publicHandleOf = (host: Pick<Host, "handle" | "publicHandle">): string => host.publicHandle ?? host.handle;

/** The path of a link's booking page, under the host's public handle. */
export const bookingPath = (host: Pick<Host, "handle" | "publicHandle">, link: Pick<Link, "slug">): string =>
  `/${publicHandleOf(host)}/${link.slug}`;
