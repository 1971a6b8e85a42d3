import { createHash } from "node:crypto";
// The scripts come from files of their own: every response carries this header, and a cold start
// should not load the pages that use them to build it.
import { bookingScript } from "./booking/booking-script.ts";
import { COPY_SCRIPT, DETECT_ZONE_SCRIPT, LIVE_PREVIEW_SCRIPT } from "./host/scripts.ts";

const sha256 = (source: string) => `'sha256-${createHash("sha256").update(source, "utf8").digest("base64")}'`;

/**
 * What pages may load and run: no script but the ones we wrote, each allowed by its hash (a new
 * inline script must be listed here); the one inline stylesheet and style attributes; forms only to
 * ourselves; never framed.
 */
export const contentSecurityPolicy = {
  defaultSrc: ["'none'"],
  scriptSrc: [bookingScript, LIVE_PREVIEW_SCRIPT, DETECT_ZONE_SCRIPT, COPY_SCRIPT].map(sha256),
  styleSrc: ["'unsafe-inline'"],
  imgSrc: ["'self'", "data:"],
  formAction: ["'self'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
};
