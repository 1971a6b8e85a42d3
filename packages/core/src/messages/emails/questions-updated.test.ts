import { describe, expect, it } from "vitest";
import { expectEscaped } from "../testing/email-checks.ts";
import { host, hostileRequest, link, request } from "../testing/fixtures.ts";
import { questionsUpdated as questionsUpdatedBlocks } from "./questions-updated.ts";
import { rendered } from "../testing/rendered.ts";

const questionsUpdated = rendered(questionsUpdatedBlocks);

describe("questionsUpdated", () => {
  it("gives the host the new list, not a 'tomorrow' prep pack", () => {
    const email = questionsUpdated({ request: request({ questions: ["How do you run a design critique?"] }), host, link });
    expect(email.subject).toMatch(/updated their questions/);
    expect(email.subject).not.toMatch(/Tomorrow/);
    expect(email.text).toContain("How do you run a design critique?");
  });
  it("escapes what the guest typed", () => {
    expectEscaped(questionsUpdated({ request: hostileRequest(), host, link }));
  });
});
