import { describe, expect, it } from "vitest";
import { expectBothTimes, expectEscaped, expectInBoth } from "../testing/email-checks.ts";
import { host, hostileRequest, link, request } from "../testing/fixtures.ts";
import { guestConfirm as guestConfirmBlocks, prepPack as prepPackBlocks, reminder as reminderBlocks } from "./before-chat-emails.ts";
import { rendered } from "../testing/rendered.ts";

const guestConfirm = rendered(guestConfirmBlocks);
const prepPack = rendered(prepPackBlocks);
const reminder = rendered(reminderBlocks);

const ctx = { request: request(), host, link };
const hostile = { request: hostileRequest(), host, link };
const urls = { editQuestionsUrl: "https://cc.example/q", rescheduleUrl: "https://cc.example/r", cancelUrl: "https://cc.example/c" };

describe("prepPack", () => {
  it("gives the host the guest, background, purpose, links and questions", () => {
    const email = prepPack(ctx);
    expect(email.subject).toBe("Tomorrow: coffee chat with Zoë Ñúñez");
    expectInBoth(email, "learning UX design.", "day to day", "https://linkedin.example.com/in/zoe", "not for a job");
    expect(email.text).toContain("1. What's a typical day like?");
    expectBothTimes(email);
    expectEscaped(prepPack(hostile));
  });
});

describe("guestConfirm", () => {
  it("lists the questions with an edit link, the etiquette and the manage links", () => {
    const email = guestConfirm(ctx, urls);
    expect(email.subject).toBe("Tomorrow: your coffee chat with Jane Host");
    expect(email.text).toContain("Your questions".toUpperCase());
    expect(email.text).toContain("2. What do you love about your job?");
    expectInBoth(email, "Edit your questions", "https://cc.example/q", "Keep to 20 minutes", "Be on time", "who else you should talk to");
    expectInBoth(email, "https://cc.example/r", "https://cc.example/c");
    expect(email.text).not.toContain("pay for the coffee");
    expectBothTimes(email);
  });

  it("in person: offer to pay for the coffee, and the place", () => {
    const email = guestConfirm({ ...ctx, request: request({ format: "in_person" }) }, urls);
    expectInBoth(email, "Offer to pay for the coffee", "Place", "12 Main St");
    expectEscaped(guestConfirm(hostile, urls));
  });
});

describe("reminder", () => {
  it("gives the guest the call link as a button, an hour before", () => {
    const email = reminder(ctx, "guest");
    expect(email.subject).toBe("In 1 hour: coffee chat with Jane Host");
    expect(email.html).toContain('href="https://meet.example.com/jane-coffee"');
    expectInBoth(email, "Join the call", "starts in an hour");
    expectBothTimes(email);
  });

  it("gives the host the place for an in-person chat, or the phone details", () => {
    const inPerson = reminder({ ...ctx, request: request({ format: "in_person" }) }, "host");
    expect(inPerson.subject).toBe("In 1 hour: coffee chat with Zoë Ñúñez");
    expectInBoth(inPerson, "Place", "12 Main St");
    expect(inPerson.text).not.toContain("Join the call");
    expectInBoth(reminder({ ...ctx, request: request({ format: "phone" }) }, "guest"), "Phone", "Jane calls you");
    expectEscaped(reminder(hostile, "host"));
  });
});
