import { Hono, type Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import {
  assertHost,
  connectCalendar,
  DomainError,
  listCalendarConnections,
  refreshCalendarNow,
  removeCalendarConnection,
  updateCalendarChoices,
  type CalendarChoice,
} from "@coffeechat/core";
import type { AppDeps } from "../../deps.ts";
import { NewCalendarBody } from "../../api/accounts/calendar-schemas.ts";
import { statusOf } from "../../http/errors.ts";
import type { AccountEnv } from "../../http/auth.ts";
import type { Errors } from "../form-fields.tsx";
import { page } from "./page.ts";
import { CalendarsPage, type CalendarsProps, type ConnectValues } from "./calendars-page.tsx";

const str = (v: unknown) => (typeof v === "string" ? v : "");
const list = (v: unknown) => (Array.isArray(v) ? v.map(str) : [str(v)]).filter(Boolean);
const empty: ConnectValues = { icsUrl: "", davUrl: "", username: "" };

const DONE: Record<string, string> = {
  connected: "Connected. Its busy times now keep those times off your booking pages.",
  saved: "Saved.",
  refreshed: "Read again just now.",
  removed: "Disconnected: its address or password and its busy times are deleted.",
};

/** The Calendars page at /settings/calendars: the same use cases as /api/v1/me/calendars, as forms. */
export function calendarsRoutes(deps: AppDeps) {
  const pages = new Hono<AccountEnv>();

  pages.get("/settings/calendars", (c) => {
    const text = DONE[c.req.query("done") ?? ""];
    return render(c, text ? { banner: { kind: "ok", text } } : {});
  });

  pages.post("/settings/calendars/ics", async (c) => {
    const form = await c.req.parseBody();
    const values = { ...empty, icsUrl: str(form["url"]) };
    return connect(c, { kind: "ics", url: values.icsUrl }, values, { url: "icsUrl" });
  });

  pages.post("/settings/calendars/caldav", async (c) => {
    const form = await c.req.parseBody();
    const values = { ...empty, davUrl: str(form["url"]), username: str(form["username"]) };
    return connect(c, { kind: "caldav", url: values.davUrl, username: values.username, password: str(form["password"]) }, values, { url: "davUrl" });
  });

  pages.post("/settings/calendars/:id", async (c) => {
    const form = await c.req.parseBody({ all: true });
    const chats = str(form["chats"]);
    const choices: CalendarChoice[] = list(form["calendar"]).map((id) => ({
      id,
      checkConflicts: form[`busy.${id}`] !== undefined,
      allDayBlocks: form[`allday.${id}`] !== undefined,
      ...(form["chats"] !== undefined ? { addChats: chats === id } : {}),
    }));
    return act(c, "saved", () => updateCalendarChoices(deps, c.get("account").id, c.req.param("id"), choices, deps.clock()));
  });

  pages.post("/settings/calendars/:id/refresh", (c) => act(c, "refreshed", () => refreshCalendarNow(deps, c.get("account").id, c.req.param("id"), deps.clock())));

  pages.post("/settings/calendars/:id/remove", (c) => act(c, "removed", () => removeCalendarConnection(deps, c.get("account").id, c.req.param("id"))));

  async function connect(c: Context<AccountEnv>, body: unknown, values: ConnectValues, fields: { url: string }) {
    const parsed = NewCalendarBody.safeParse(body);
    if (!parsed.success) {
      const errors: Errors = {};
      for (const i of parsed.error.issues) errors[i.path[0] === "url" ? fields.url : String(i.path[0])] ??= i.message;
      return render(c, { values, errors, banner: { kind: "error", text: "Please check the fields marked below." } }, 400);
    }
    try {
      await connectCalendar(deps, assertHost(c.get("account")), parsed.data, deps.clock());
    } catch (e) {
      const error = shown(e);
      const errors: Errors = {};
      for (const i of error.details.issues ?? []) errors[i.path === "url" ? fields.url : i.path] ??= i.message;
      return render(c, { values, errors, banner: { kind: "error", text: error.message } }, statusOf(error));
    }
    return c.redirect("/settings/calendars?done=connected", 303);
  }

  async function act(c: Context<AccountEnv>, done: string, work: () => Promise<unknown>) {
    try {
      await work();
    } catch (e) {
      const error = shown(e);
      return render(c, { banner: { kind: "error", text: error.message } }, statusOf(error));
    }
    return c.redirect(`/settings/calendars?done=${done}`, 303);
  }

  async function render(c: Context<AccountEnv>, over: Partial<CalendarsProps>, status: ContentfulStatusCode = 200) {
    const account = c.get("account");
    const props: CalendarsProps = {
      account,
      connections: await listCalendarConnections(deps, account.id),
      values: empty,
      errors: {},
      unavailable: !deps.calendarSync,
      ...over,
    };
    return page(c, <CalendarsPage {...props} />, status);
  }

  return pages;
}

/** Errors the host can act on are shown on the page, in the API's words; anything else is the error page's. */
function shown(e: unknown): DomainError {
  if (e instanceof DomainError && e.code !== "TRANSIENT" && e.code !== "NOT_FOUND") return e;
  throw e;
}
