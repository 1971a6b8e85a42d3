/** Calendar arithmetic on "YYYY-MM-DD" strings, and instants shown in a viewer's zone and locale. */
import { KeptAtMost } from "@coffeechat/core";
import { FALLBACK_LOCALE } from "./locale.ts";

const STYLES = {
  /** "2026-03-09": en-CA writes ISO dates, which is all this style is for. */
  isoDate: { year: "numeric", month: "2-digit", day: "2-digit" },
  time: { hour: "numeric", minute: "2-digit" },
  day: { weekday: "short", month: "short", day: "numeric" },
  dateTime: { weekday: "long", month: "long", day: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

type Style = keyof typeof STYLES;

/**
 * Building an Intl.DateTimeFormat costs about a hundred times what formatting with one does, and a
 * week of slots formats dozens of times: one formatter per (locale, zone, style), kept. Locales
 * come from viewerLocale and zones from the IANA list, but both are the visitor's to choose, so
 * the least recently used formatter goes once there are MAX_FORMATTERS.
 */
const MAX_FORMATTERS = 256;
const formatters = new KeptAtMost<string, Intl.DateTimeFormat>(MAX_FORMATTERS);

function formatter(locale: string, timeZone: string, style: Style): Intl.DateTimeFormat {
  return formatters.getOr(`${style} ${locale} ${timeZone}`, () => new Intl.DateTimeFormat(locale, { timeZone, ...STYLES[style] }));
}

/** How many formatters are kept (for tests of the bound). */
export const keptFormatters = () => formatters.size;

/** The calendar date of an instant in a zone, as "YYYY-MM-DD". */
export function localDateOf(instant: number, timeZone: string): string {
  return formatter("en-CA", timeZone, "isoDate").format(instant);
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** ISO weekday 1 (Monday) … 7 (Sunday) of a calendar date. */
export function weekday(date: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
}

export function mondayOf(date: string): string {
  return addDays(date, 1 - weekday(date));
}

/** "9:30 AM" in en-US, "09:30" in de-DE or en-GB: the locale decides the clock. */
export function formatTime(instant: number, timeZone: string, locale = FALLBACK_LOCALE): string {
  return formatter(locale, timeZone, "time").format(instant);
}

/** "Mon, Mar 9" for a calendar date (a date has no zone: it is formatted as UTC midnight). */
export function formatDay(date: string, locale = FALLBACK_LOCALE): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return formatter(locale, "UTC", "day").format(Date.UTC(y, m - 1, d));
}

export function formatDateTime(instant: number, timeZone: string, locale = FALLBACK_LOCALE): string {
  return formatter(locale, timeZone, "dateTime").format(instant);
}
