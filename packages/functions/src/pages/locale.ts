import { KeptAtMost } from "@coffeechat/core";
import { createContext, useContext } from "hono/jsx";

/** What times are shown in when the visitor's languages say nothing this runtime can format. */
export const FALLBACK_LOCALE = "en-US";

// A header is the visitor's to write: look at a few of its entries, each of a sane length.
const MAX_ENTRIES = 12;
const LANGUAGE_TAG = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8}){0,7}$/;

/**
 * The locale to show dates and times in, from Accept-Language (RFC 9110 §12.5.4): the most
 * preferred language (by q, then by order) that Intl can format in, canonicalised ("en-gb" →
 * "en-GB"). Anything else, however malformed, falls back to en-US; it never throws.
 */
export function viewerLocale(acceptLanguage: string | undefined): string {
  if (!acceptLanguage) return FALLBACK_LOCALE;
  const ranked = acceptLanguage
    .split(",", MAX_ENTRIES)
    .map((entry, order) => {
      const [tag = "", ...params] = entry.split(";").map((part) => part.trim());
      const q = params.find((p) => /^q=/i.test(p));
      return { tag, order, weight: q === undefined ? 1 : Number(q.slice(2)) };
    })
    .filter((e) => LANGUAGE_TAG.test(e.tag) && e.weight > 0 && e.weight <= 1)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  for (const { tag } of ranked) {
    const supported = supportedLocale(tag);
    if (supported) return supported;
  }
  return FALLBACK_LOCALE;
}

// Asking Intl costs more than rendering a week of times, and visitors send the same few tags:
// answers are kept, at most MAX_KEPT of them (the tags are the visitor's to choose).
const MAX_KEPT = 512;
const supported = new KeptAtMost<string, string | undefined>(MAX_KEPT);

function supportedLocale(tag: string): string | undefined {
  return supported.getOr(tag, () => {
    try {
      return Intl.DateTimeFormat.supportedLocalesOf(tag)[0];
    } catch {
      // A tag of the right shape can still be invalid BCP 47 (e.g. a repeated variant).
      return undefined;
    }
  });
}

/** The viewer's locale, provided once per page by its route (see viewerLocale). */
export const LocaleContext = createContext(FALLBACK_LOCALE);

export const useLocale = (): string => useContext(LocaleContext);
