import { MINUTE, type ChatRequest, type Host, type Link, type Millis } from "@coffeechat/core";

/** 2031-03-03T15:00:00Z, on the 5-minute grid. */
export const T0: Millis = Date.UTC(2031, 2, 3, 15, 0);

export function aHost(handle: string): Host {
  return { handle, name: "Dana Rivera", headline: "Product designer", email: `${handle}@example.com`, timeZone: "America/New_York" };
}

export function aRequest(overrides: Partial<ChatRequest> & { id: string; handle: string }): ChatRequest {
  const start = overrides.start ?? T0;
  return {
    slug: "coffee",
    status: "awaiting_email",
    start,
    end: start + 20 * MINUTE,
    guest: { name: "Sam Guest", email: `${overrides.id}@guest.example`, timeZone: "Europe/Berlin" },
    background: "Teacher moving into UX",
    purpose: "Learn how you made the switch",
    questions: ["What does a normal week look like?"],
    format: "video",
    links: [],
    uid: `${overrides.id}@coffeechat`,
    sequence: 0,
    version: 1,
    createdAt: T0 - 86_400_000,
    updatedAt: T0 - 86_400_000,
    holds: [],
    referrals: [],
    ...overrides,
  };
}

/** The chat plus a 10-minute buffer after it, as a link with bufferAfterMinutes 10 would occupy. */
export const occupiedOf = (r: ChatRequest) => ({ start: r.start, end: r.end + 10 * MINUTE });

export function aLink(handle: string, slug: string): Link {
  const day = [{ start: "09:00", end: "17:00" }];
  return {
    handle,
    slug,
    title: "20-minute coffee chat",
    description: "Ask me anything about design",
    timeZone: "America/New_York",
    weeklyHours: { 1: day, 3: day },
    dateOverrides: [{ date: "2031-03-05", ranges: [] }],
    durationMinutes: 20,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 10,
    minimumNoticeMinutes: 240,
    horizonDays: 60,
    slotStepMinutes: 30,
    formats: [{ kind: "video", details: "https://meet.example.com/x" }],
    questionBank: ["How did you start?"],
    followUps: { reminder: { enabled: true, offsetMinutes: -1440 } },
    requestExpiryDays: 5,
  };
}
