export { refusalOf, type NetworkPolicy } from "./net/address-policy.ts";
export { guardedRequest, calendarUrl, LIMITS, type GuardedRequest, type GuardedResponse } from "./net/guarded-request.ts";
export { guardedFetch, type FetchWatch } from "./net/guarded-fetch.ts";
export { fetchIcs, type IcsFetch, type Validators } from "./ics/fetch-ics.ts";
export { CalDavClient, objectUrl, type CalDavAccount, type DiscoveredCalendar } from "./caldav/caldav-client.ts";
export { EnvelopeSecretBox } from "./secrets/envelope.ts";
export { LocalKeyFileProvider } from "./secrets/local-key-file.ts";
export { CalDavChatWriter } from "./caldav/write-chat.ts";
export { ServerCalendarSource } from "./source/calendar-source.ts";
