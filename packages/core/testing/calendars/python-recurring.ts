import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import type { Interval } from "../../src/model/time.ts";
import type { BusyOptions, CalendarOccurrence } from "../../src/calendars/options.ts";

/**
 * The same questions answered by an independent implementation: Python's icalendar for parsing and
 * zones (pytz, its Windows table, the feed's VTIMEZONE), x_wr_timezone, dateutil's rrule through
 * recurring_ical_events for RRULE/RDATE/EXDATE/RECURRENCE-ID, and the blocking rules written
 * again below in Python. All-day days and floating times are read in the host's zone (or the
 * calendar's X-WR-TIMEZONE), and the overlap with the range is decided here, as in our reader.
 */
const SCRIPT = String.raw`
import sys, json, datetime, re
import pytz, recurring_ical_events
from icalendar import Calendar
def answer(args, texts):
    host = pytz.timezone(args["hostZone"])
    addresses = set(a.strip().lower() for a in args["hostAddresses"])
    start = datetime.datetime.fromtimestamp(args["start"] / 1000, pytz.utc)
    stop = datetime.datetime.fromtimestamp(args["end"] / 1000, pytz.utc)
    margin = datetime.timedelta(days=3)
    out = []
    for text in texts:
        cal = Calendar.from_ical(text)
        for ev in recurring_ical_events.of(cal).between(start - margin, stop + margin):
            def ms(value):
                if isinstance(value, datetime.datetime):
                    if value.tzinfo is None:
                        value = host.localize(value)
                    return int(round(value.timestamp() * 1000))
                return int(round(host.localize(datetime.datetime(value.year, value.month, value.day)).timestamp() * 1000))
            dtstart = ev["DTSTART"].dt
            all_day = not isinstance(dtstart, datetime.datetime)
            s = ms(dtstart)
            e = ms(ev["DTEND"].dt) if "DTEND" in ev else s
            att = ev.get("ATTENDEE") or []
            if not isinstance(att, list): att = [att]
            declined = any(re.sub("^mailto:", "", str(a), flags=re.I).strip().lower() in addresses
                           and str(a.params.get("PARTSTAT", "")).upper() == "DECLINED" for a in att)
            overlaps = (s < args["end"] and e > args["start"]) if e > s else (args["start"] <= s < args["end"])
            if overlaps:
                out.append({"uid": str(ev.get("UID")), "start": s, "end": e, "allDay": all_day,
                            "cancelled": str(ev.get("STATUS", "")).upper() == "CANCELLED",
                            "transparent": str(ev.get("TRANSP", "")).upper() == "TRANSPARENT",
                            "declined": declined})
    out.sort(key=lambda o: (o["start"], o["end"], o["uid"]))
    busy = []
    for o in out:
        if o["cancelled"] or o["transparent"] or o["declined"]: continue
        if re.match(r"^[^@\s]+@coffeechat$", o["uid"].strip(), re.I): continue
        if o["allDay"] and not args["allDayBlocks"]: continue
        s, e = max(o["start"], args["start"]), min(o["end"], args["end"])
        if e <= s: continue
        if busy and s <= busy[-1][1]:
            busy[-1][1] = max(busy[-1][1], e)
        else:
            busy.append([s, e])
    busy.sort()
    return {"occurrences": out, "busy": [{"start": s, "end": e} for s, e in busy]}

print(json.dumps([answer(c["args"], c["texts"]) for c in json.loads(sys.stdin.read())]))
`;

const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

export interface PythonBusy {
  occurrences: CalendarOccurrence[];
  busy: Interval[];
}

export interface PythonCase {
  texts: string | readonly string[];
  range: Interval;
  options: BusyOptions;
}

/** Many cases in one interpreter: starting Python costs more than expanding a feed. */
export function busyWithPythonBatch(cases: readonly PythonCase[]): PythonBusy[] {
  const input = JSON.stringify(
    cases.map(({ texts, range, options }) => ({
      args: { ...options, start: range.start, end: range.end },
      texts: typeof texts === "string" ? [texts] : texts,
    })),
  );
  return JSON.parse(execFileSync(PYTHON, ["-c", SCRIPT], { input, maxBuffer: 256 * 1024 * 1024 }).toString("utf8")) as PythonBusy[];
}

export function busyWithPython(texts: string | readonly string[], range: Interval, options: BusyOptions): PythonBusy {
  return busyWithPythonBatch([{ texts, range, options }])[0]!;
}
