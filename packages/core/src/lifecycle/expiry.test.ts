import { describe, expect, it } from "vitest";
import { DAY, MINUTE, REQUEST_STATUSES } from "../model/index.ts";
import { EMAIL_CONFIRMATION_WINDOW, expiresAt } from "./expiry.ts";
import { isOpen } from "./status.ts";
import { CREATED, START, aRequest } from "../../testing/lifecycle/fixture.ts";

const link = { minimumNoticeMinutes: 120, requestExpiryDays: 3 };

describe("expiresAt", () => {
  it("gives an unconfirmed request 30 minutes", () => {
    expect(expiresAt(aRequest("awaiting_email"), link)).toBe(CREATED + 30 * MINUTE);
    expect(EMAIL_CONFIRMATION_WINDOW).toBe(30 * MINUTE);
  });

  it("expires an unanswered request at its minimum notice when the chat comes first", () => {
    // The chat is 2 days after creation, sooner than the 3 expiry days.
    expect(expiresAt(aRequest("awaiting_host"), link)).toBe(START - 120 * MINUTE);
  });

  it("expires an unanswered request after the expiry days when the chat is far off", () => {
    const far = aRequest("awaiting_host", { start: CREATED + 20 * DAY, end: CREATED + 20 * DAY + 30 * MINUTE });
    expect(expiresAt(far, link)).toBe(CREATED + 3 * DAY);
  });

  it("never expires accepted or closed requests", () => {
    for (const status of ["accepted", "completed", "declined", "cancelled", "expired"] as const) {
      expect(expiresAt(aRequest(status), link)).toBeUndefined();
    }
  });
});

it("isOpen holds for the statuses that keep the slot", () => {
  expect(REQUEST_STATUSES.filter(isOpen)).toEqual(["awaiting_email", "awaiting_host", "accepted"]);
});
