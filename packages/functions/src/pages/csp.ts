import { createHash } from "node:crypto";
import { bookingScript } from "./booking/booking-page.tsx";
import { LIVE_PREVIEW_SCRIPT } from "./host/link-editor.tsx";
import { DETECT_ZONE_SCRIPT } from "./host/zone-select.tsx";
import { COPY_SCRIPT } from "./host/share-link.tsx";

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
