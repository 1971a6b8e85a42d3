export { computeSlots } from "./compute.ts";
export { isSlotOffered } from "./offered.ts";
export { localDateWindow } from "./window.ts";
export { validateRules } from "./validate.ts";
export { parseLocalTime, parseLocalDate, localTimeMinutes, localDateDay, isoWeekday } from "./local-time.ts";
export { isValidTimeZone, zoneTimeline, type ZoneTimeline } from "./zone-timeline.ts";
export { capCounters } from "./cap-counters.ts";
export { CAP_MARGIN } from "./caps.ts";
export { busyRanges, offerableSpan, type BusyRanges } from "./busy-range.ts";
