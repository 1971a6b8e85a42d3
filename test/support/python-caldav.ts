import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import type { Radicale } from "../../infra/local/radicale.ts";

/**
 * Debian's python3-caldav: an independent CalDAV client, to set the server up as a host's own
 * calendar app would and to read back what we wrote.
 */
const SCRIPT = String.raw`
import sys, json, caldav
args = json.loads(sys.argv[1])
client = caldav.DAVClient(url=args["url"], username=args["username"], password=args["password"])
principal = client.principal()
op = args["op"]
if op == "make-calendar":
    cal = principal.make_calendar(name=args["name"], cal_id=args["id"])
    print(json.dumps({"url": str(cal.url)}))
elif op == "save-event":
    cal = caldav.Calendar(client=client, url=args["calendar"])
    cal.save_event(args["ics"])
    print(json.dumps({"ok": True}))
elif op == "by-uid":
    cal = caldav.Calendar(client=client, url=args["calendar"])
    try:
        ev = cal.event_by_uid(args["uid"])
    except caldav.lib.error.NotFoundError:
        print(json.dumps(None)); sys.exit(0)
    vevent = ev.icalendar_instance.walk("VEVENT")[0]
    print(json.dumps({"url": str(ev.url), "uid": str(vevent["UID"]), "sequence": int(vevent.get("SEQUENCE", 0)),
                      "dtstart": vevent["DTSTART"].dt.isoformat(), "dtend": vevent["DTEND"].dt.isoformat(),
                      "summary": str(vevent["SUMMARY"]), "method": str(ev.icalendar_instance.get("METHOD"))}))
`;

const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

function call<T>(server: Radicale, args: Record<string, unknown>): T {
  const out = execFileSync(PYTHON, ["-c", SCRIPT, JSON.stringify({ url: server.url, username: server.username, password: server.password, ...args })]);
  return JSON.parse(out.toString("utf8")) as T;
}

export const pythonCaldav = (server: Radicale) => ({
  makeCalendar: (id: string, name: string) => call<{ url: string }>(server, { op: "make-calendar", id, name }),
  saveEvent: (calendar: string, ics: string) => call<{ ok: boolean }>(server, { op: "save-event", calendar, ics }),
  byUid: (calendar: string, uid: string) =>
    call<{ url: string; uid: string; sequence: number; dtstart: string; dtend: string; summary: string; method: string } | null>(server, {
      op: "by-uid",
      calendar,
      uid,
    }),
});
