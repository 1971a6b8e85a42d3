import ICAL from "ical.js";
import { DomainError } from "../model/errors.ts";

/** Every VCALENDAR in the text(s): a feed is one, a CalDAV report one per event. */
export function readCalendars(texts: string | readonly string[]): ICAL.Component[] {
  const roots: ICAL.Component[] = [];
  for (const text of typeof texts === "string" ? [texts] : texts) {
    if (!/BEGIN:VCALENDAR/i.test(text)) throw notACalendar("it has no BEGIN:VCALENDAR");
    let parsed: unknown;
    try {
      parsed = ICAL.parse(text);
    } catch (e) {
      throw notACalendar(e instanceof Error ? e.message : String(e));
    }
    const list = (Array.isArray(parsed) && typeof parsed[0] === "string" ? [parsed] : (parsed as unknown[])) as unknown[];
    for (const jcal of list) {
      const root = new ICAL.Component(jcal as [string, unknown[], unknown[]]);
      if (root.name !== "vcalendar") throw notACalendar(`it holds a ${root.name.toUpperCase()}, not a VCALENDAR`);
      roots.push(root);
    }
  }
  return roots;
}

export const notACalendar = (why: string) =>
  new DomainError("CALENDAR_INVALID", `not an iCalendar file: ${why}`, { issues: [{ path: "url", message: "is not an iCalendar (ICS) calendar" }] });
