import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Every VEVENT of a feed as Python's icalendar (an independent parser) reads it. */
const SCRIPT = String.raw`
import sys, json
from icalendar import Calendar
cal = Calendar.from_ical(sys.stdin.buffer.read())
events = []
for ev in cal.walk("VEVENT"):
    events.append({"uid": str(ev.get("uid")), "sequence": int(ev.get("sequence", 0)), "status": str(ev.get("status")),
                   "summary": str(ev.get("summary")), "dtstart": ev.get("dtstart").dt.isoformat(), "dtend": ev.get("dtend").dt.isoformat(),
                   "organizer": ev.get("organizer") is not None, "attendees": ev.get("attendee") is not None})
print(json.dumps({"name": str(cal.get("x-wr-calname")), "method": str(cal.get("method")), "events": events}))
`;

const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

export interface FeedReading {
  name: string;
  method: string;
  events: { uid: string; sequence: number; status: string; summary: string; dtstart: string; dtend: string; organizer: boolean; attendees: boolean }[];
}

export function readFeedWithPython(ics: string): FeedReading {
  return JSON.parse(execFileSync(PYTHON, ["-c", SCRIPT], { input: ics }).toString("utf8")) as FeedReading;
}
