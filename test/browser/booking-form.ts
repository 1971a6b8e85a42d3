import type { Locator, Page, Response } from "playwright-core";

/** The booking form as a person sees it: labels and headings, not CSS selectors, wherever the page allows. */
export function bookingForm(page: Page) {
  const day = (heading: string) => page.locator(".day", { has: page.getByRole("heading", { name: heading, exact: true }) });
  return {
    day,
    /** Clicks the visible time inside a day column; the radio itself is visually hidden. */
    async pickSlot(heading: string, time: string): Promise<Locator> {
      const label = day(heading).locator("label.slot", { hasText: time });
      await label.click();
      return label.locator("input[type=radio]");
    },
    async introduce(about: { name: string; email: string; background: string; purpose: string }) {
      await page.getByLabel("Your name").fill(about.name);
      await page.getByLabel("Your email").fill(about.email);
      await page.getByLabel("Your background").fill(about.background);
      await page.getByLabel("Why you'd like to talk with this host").fill(about.purpose);
    },
    async bringQuestions(bank: string[], own: string) {
      for (const q of bank) await page.getByRole("checkbox", { name: q }).check();
      await page.getByLabel("Your own questions (one per line)").fill(own);
    },
    chooseFormat: (name: string) => page.getByRole("radio", { name }).check(),
    confirmNotAJob: () => page.getByRole("checkbox", { name: "I'm looking for information and advice, not a job." }).check(),
    /** Submits and returns the response to the POST itself (a 303 on success, the page again on error). */
    async submit(): Promise<Response> {
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === "POST" && r.request().resourceType() === "document"),
        page.getByRole("button", { name: /Ask for a \d+-minute chat/ }).click(),
      ]);
      await page.waitForLoadState("domcontentloaded");
      return response;
    },
  };
}

export const sam = {
  name: "Sam Okafor",
  email: "sam.browser@example.com",
  background: "Eight years teaching secondary-school art; learning UX research in the evenings.",
  purpose: "I'd like to understand what a product designer's week looks like before I commit to a bootcamp.",
};
