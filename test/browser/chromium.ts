import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContextOptions } from "playwright-core";

/** Debian's package; CI installs it with apt, so no browser download is needed. */
export const CHROMIUM = "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * A visitor in London, so the page must convert the New York host's hours. Their browser speaks US
 * English, so times read "2:00 PM": pages follow Accept-Language (an en-GB browser sees "14:00"),
 * and the steps below name slots and days as such a visitor reads them.
 */
export const londoner: BrowserContextOptions = { timezoneId: "Europe/London", locale: "en-US" };
export const desktop: BrowserContextOptions = { ...londoner, viewport: { width: 1100, height: 800 } };
export const phone: BrowserContextOptions = {
  ...londoner,
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};
