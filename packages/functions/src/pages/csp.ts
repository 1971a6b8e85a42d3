import { createHash } from "node:crypto";
import { bookingScript } from "./booking/booking-page.tsx";

const sha256 = (source: string) => `'sha256-${createHash("sha256").update(source, "utf8").digest("base64")}'`;

/**
 * What pages may load and run: no script but the ones we wrote, each allowed by its hash (a new
 * inline script must be listed here); the one inline stylesheet and style attributes; forms only to
 * ourselves; never framed.
 */
export const contentSecurityPolicy = {
  defaultSrc: ["'none'"],
  scriptSrc: [sha256(bookingScript)],
  styleSrc: ["'unsafe-inline'"],
  imgSrc: ["'self'", "data:"],
  formAction: ["'self'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
};
