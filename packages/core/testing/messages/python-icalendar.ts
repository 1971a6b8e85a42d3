import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/** What Python's `icalendar` (a second, independent parser) reads from one of our files. */
export interface PythonReading {
  method: string;
  uid: string;
  sequence: number;
  status: string;
  summary: string;
  description: string;
  location: string | null;
  dtstart: string;
  dtend: string;
  organizer: { email: string; cn: string };
  attendees: { email: string; cn: string; rsvp: string | null }[];
}

const SCRIPT = String.raw`
import sys, json
from icalendar import Calendar
cal = Calendar.from_ical(sys.stdin.buffer.read())
ev = [c for c in cal.walk() if c.name == "VEVENT"][0]
att = ev.get("attendee") or []
if not isinstance(att, list): att = [att]
def who(a): return {"email": str(a), "cn": str(a.params.get("CN")), "rsvp": a.params.get("RSVP")}
org = ev.get("organizer")
print(json.dumps({
  "method": str(cal.get("method")), "uid": str(ev.get("uid")), "sequence": int(ev.get("sequence")),
  "status": str(ev.get("status")), "summary": str(ev.get("summary")), "description": str(ev.get("description")),
  "location": str(ev.get("location")) if ev.get("location") is not None else None,
  "dtstart": ev.get("dtstart").dt.isoformat(), "dtend": ev.get("dtend").dt.isoformat(),
  "organizer": {"email": str(org), "cn": str(org.params.get("CN"))},
  "attendees": [who(a) for a in att],
}))
`;

// The Debian package installs into the system interpreter, which a pyenv shim on PATH may hide.
const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

export function parseWithPython(ics: string): PythonReading {
  const out = execFileSync(PYTHON, ["-c", SCRIPT], { input: Buffer.from(ics, "utf8") });
  return JSON.parse(out.toString("utf8")) as PythonReading;
}
