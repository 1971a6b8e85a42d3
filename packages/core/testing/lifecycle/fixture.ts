import { DAY, HOUR, MINUTE, type ChatRequest, type Millis, type RequestStatus } from "../../src/model/index.ts";

/** 2026-03-02T09:00:00Z; the chat is two days later. */
export const CREATED: Millis = Date.UTC(2026, 2, 2, 9, 0);
export const START: Millis = CREATED + 2 * DAY;
export const END: Millis = START + 30 * MINUTE;
export const BEFORE_START: Millis = CREATED + HOUR;
export const AFTER_END: Millis = END + HOUR;

export function aRequest(status: RequestStatus, overrides: Partial<ChatRequest> = {}): ChatRequest {
  return {
    id: "0123456789abcdef0123456789abcdef",
    handle: "jane",
    slug: "20min",
    status,
    start: START,
    end: END,
    guest: { name: "Sam Guest", email: "sam@example.com", timeZone: "Europe/Berlin" },
    background: "Teacher moving into UX research",
    purpose: "Learn what a researcher's week looks like",
    questions: ["What's a typical week like?", "How did you get started?"],
    format: "video",
    links: [],
    uid: "0123456789abcdef0123456789abcdef@coffeechat",
    sequence: 0,
    version: 3,
    createdAt: CREATED,
    updatedAt: CREATED,
    holds: [],
    referrals: [],
    ...overrides,
  };
}
