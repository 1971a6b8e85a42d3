import { describe, expect, it } from "vitest";
import { planFor } from "../followups/plan.ts";
import { staleReason } from "../followups/still-applies.ts";
import { AFTER_END, BEFORE_START, END, START, aRequest } from "../lifecycle/testing/fixture.ts";
import { escapeHtml } from "../messages/render/escape.ts";
import { host, link, request } from "../messages/testing/fixtures.ts";
import { DAY, MINUTE, REQUEST_STATUSES, type Actor, type FollowUpKind, type RequestStatus } from "../model/index.ts";
import { FOLLOW_UP_KINDS, NOTICES, emailOf, followUpOf, renderNotice, type EmailKind, type NoticeKind } from "./index.ts";

const url = (action: string) => `https://cc.example/a/${action}?t=1&u=2`;
const page = (to: Actor) => url(to === "guest" ? "view_guest" : "view_host");

/** The status each email is sent in. */
const SENT_IN: Record<EmailKind, RequestStatus> = {
  confirmEmail: "awaiting_email",
  alreadyOpen: "awaiting_host",
  hostRequest: "awaiting_host",
  host_nudge: "awaiting_host",
  accepted: "accepted",
  declined: "declined",
  expired: "expired",
  cancelled: "cancelled",
  rescheduled: "accepted",
  questionsUpdated: "accepted",
  prep_pack: "accepted",
  guest_confirm: "accepted",
  reminder: "accepted",
  thank_you: "completed",
  keep_in_touch: "completed",
};
const EMAILS = Object.keys(SENT_IN) as EmailKind[];

describe("every email", () => {
  it("has a record, and every record is an email or a follow-up", () => {
    const kinds = Object.keys(NOTICES) as NoticeKind[];
    expect(kinds.filter((k) => "email" in NOTICES[k]).sort()).toEqual([...EMAILS].sort());
    for (const kind of kinds) expect("email" in NOTICES[kind] || "followUp" in NOTICES[kind]).toBe(true);
  });

  for (const template of EMAILS.filter((k) => k !== "confirmEmail")) {
    for (const to of ["guest", "host"] as const) {
      it(`${template} to the ${to}: text and HTML, with the reader's chat page link`, () => {
        const chat = { request: request({ status: SENT_IN[template] }), host, link };
        const email = renderNotice({ chat, notice: { template, to }, url, bookingUrl: "https://cc.example/jane/coffee" });
        expect(email.subject.length).toBeGreaterThan(0);
        expect(emailOf(template).what).toMatch(/^The /);
        expect(email.text).toContain(`Your chat page: the details, the questions and every follow-up:\n${page(to)}\n\n--\n`);
        expect(email.html).toContain(`href="${escapeHtml(page(to))}"`);
        expect(email.html.indexOf(escapeHtml(page(to)))).toBeLessThan(email.html.indexOf("Sent by Coffee Chat"));
      });
    }
  }

  it("confirmEmail goes to an unproven address: no chat page link", () => {
    const chat = { request: request({ status: "awaiting_email" }), host, link };
    const email = renderNotice({ chat, notice: { template: "confirmEmail", to: "guest" }, url, bookingUrl: "" });
    expect(email.text).toContain(url("confirm_email"));
    expect(email.html).toContain(escapeHtml(url("confirm_email")));
    expect(email.text).not.toContain("Your chat page");
    expect(email.html).not.toContain("view_guest");
  });
});

describe("every follow-up", () => {
  const RECIPIENTS: Record<FollowUpKind, Actor[]> = {
    prep_pack: ["host"],
    guest_confirm: ["guest"],
    reminder: ["guest", "host"],
    thank_you: ["guest"],
    keep_in_touch: ["guest"],
    host_nudge: ["host"],
    expire_unconfirmed: ["guest"],
    expire_unanswered: ["guest"],
  };

  it("goes to whom its record says, and the plan says so too", () => {
    for (const kind of FOLLOW_UP_KINDS) expect(followUpOf(kind).to).toEqual(RECIPIENTS[kind]);
    const plans = [
      ...planFor(aRequest("accepted"), { ...link, followUps: {} }, BEFORE_START),
      ...planFor(aRequest("awaiting_email"), { ...link, followUps: {} }, BEFORE_START - 50 * MINUTE),
      ...planFor(aRequest("awaiting_host", { start: START + 5 * DAY, end: END + 5 * DAY }), { ...link, followUps: {} }, BEFORE_START),
    ];
    expect(plans.map((p) => p.kind).sort()).toEqual([...FOLLOW_UP_KINDS].sort());
    for (const p of plans) expect(p.to).toBe(RECIPIENTS[p.kind].length > 1 ? "both" : RECIPIENTS[p.kind][0]);
  });

  /** The statuses and moments each follow-up still applies in; everywhere else it is stale. */
  const APPLIES: Record<FollowUpKind, { statuses: RequestStatus[]; before?: boolean; after?: boolean }> = {
    prep_pack: { statuses: ["accepted"], before: true },
    guest_confirm: { statuses: ["accepted"], before: true },
    reminder: { statuses: ["accepted"], before: true },
    thank_you: { statuses: ["accepted", "completed"], after: true },
    keep_in_touch: { statuses: ["accepted", "completed"], after: true },
    host_nudge: { statuses: ["awaiting_host"], before: true },
    expire_unconfirmed: { statuses: ["awaiting_email"] },
    expire_unanswered: { statuses: ["awaiting_host"] },
  };

  it("is stale where its record says, and staleReason reads the record", () => {
    for (const kind of FOLLOW_UP_KINDS) {
      for (const status of REQUEST_STATUSES) {
        for (const now of [BEFORE_START, AFTER_END]) {
          const r = aRequest(status);
          const rule = APPLIES[kind];
          const applies = rule.statuses.includes(status) && !(rule.before && now >= START) && !(rule.after && now < END);
          const reason = staleReason({ kind, version: r.version }, r, now);
          expect(reason === undefined, `${kind} ${status} ${now === BEFORE_START ? "before" : "after"}`).toBe(applies);
          expect(reason).toBe(followUpOf(kind).staleWhen(r, now));
        }
      }
    }
  });
});
