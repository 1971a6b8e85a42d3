export { connectCalendar, hostPart } from "./connect.ts";
export {
  listCalendarConnections,
  getCalendarConnection,
  updateCalendarChoices,
  refreshCalendarNow,
  removeCalendarConnection,
  removeAllCalendars,
  type CalendarChoice,
} from "./manage.ts";
export { refreshConnection } from "./refresh.ts";
export { recheckStaleCalendars, freshCalendarBusy, assertCalendarFree } from "./freshness.ts";
export { runCalendarRefresh, type CalendarRefreshInput } from "./job.ts";
export type { CalendarDeps, RefreshDeps } from "./deps.ts";
export * from "./rules.ts";
