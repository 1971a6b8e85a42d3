import type { Host, Link } from "../../src/model/link.ts";
import type { ChatRequest } from "../../src/model/request.ts";

export const XSS = `<script>alert(1)</script>"><img src=x onerror=alert(2)>`;

/** Tuesday, March 10, 2026, 14:00 UTC: 10:00 AM EDT in New York, 3:00 PM CET in Berlin. */
export const START = Date.UTC(2026, 2, 10, 14, 0);

export const host: Host = {
  handle: "jane",
  name: "Jane Host",
  headline: "Product manager at Acme",
  email: "jane@example.com",
  timeZone: "America/New_York",
};

export const link: Link = {
  handle: "jane",
  slug: "20min",
  title: "20-minute coffee chat",
  description: "Ask me about product management.",
  formats: [
    { kind: "video", details: "https://meet.example.com/jane-coffee" },
    { kind: "in_person", details: "Café Ñú, 12 Main St" },
    { kind: "phone", details: "Jane calls you at the number you give" },
  ],
  questionBank: [],
  followUps: {},
  requestExpiryDays: 3,
  timeZone: "America/New_York",
  weeklyHours: {},
  dateOverrides: [],
  durationMinutes: 20,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  minimumNoticeMinutes: 60,
  horizonDays: 30,
  slotStepMinutes: 30,
};

export function request(overrides: Partial<ChatRequest> = {}): ChatRequest {
  return {
    id: "req-1",
    handle: "jane",
    slug: "20min",
    status: "accepted",
    start: START,
    end: START + 20 * 60_000,
    guest: { name: "Zoë Ñúñez", email: "zoe@example.org", timeZone: "Europe/Berlin" },
    background: "Teacher for 8 years,\nlearning UX design.",
    purpose: "I want to understand what product managers do day to day.",
    questions: ["What's a typical day like?", "What do you love about your job?"],
    format: "video",
    foundVia: "Your talk at the UX meetup",
    links: ["https://linkedin.example.com/in/zoe", "javascript:alert(3)"],
    uid: "req-1@coffeechat",
    sequence: 0,
    version: 3,
    createdAt: START - 5 * 86_400_000,
    updatedAt: START - 4 * 86_400_000,
    holds: [],
    referrals: [],
    ...overrides,
  };
}

/** A request whose every free-text field tries to break out of the HTML. */
export const hostileRequest = () =>
  request({
    guest: { name: `${XSS} Mallory`, email: "mallory@example.org", timeZone: "Europe/Berlin" },
    background: `Background ${XSS}`,
    purpose: `Purpose ${XSS}`,
    questions: [`Question ${XSS}`],
    foundVia: `Found ${XSS}`,
    hostNote: `Note ${XSS}`,
    links: [`https://example.com/"><script>alert(4)</script>`],
  });
