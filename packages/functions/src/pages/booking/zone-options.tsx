import { escapeHtml } from "@coffeechat/core";
import { raw } from "hono/html";

const ZONES = Intl.supportedValuesOf("timeZone");

const option = (zone: string, selected: boolean) =>
  `<option value="${escapeHtml(zone)}"${selected ? " selected" : ""}>${escapeHtml(zone.replaceAll("_", " "))}</option>`;

// Four hundred options are the same on every page but one: written once, not rebuilt per render.
const OPTIONS = ZONES.map((zone) => option(zone, false));

/**
 * The <option>s of the time-zone picker, the viewer's zone selected. ICU lists some zones only by
 * older names (Asia/Calcutta, Asia/Katmandu): the viewer's own one stays selectable.
 */
export function ZoneOptions({ current }: { current: string }) {
  const at = ZONES.indexOf(current);
  if (at >= 0) return raw([...OPTIONS.slice(0, at), option(current, true), ...OPTIONS.slice(at + 1)].join(""));
  const zones = [...ZONES, current].sort();
  return raw(zones.map((zone) => option(zone, zone === current)).join(""));
}
