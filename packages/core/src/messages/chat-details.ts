import type { Format, FormatKind, Link } from "../model/link.ts";

const FORMAT_LABELS: Record<FormatKind, string> = {
  video: "Video call",
  phone: "Phone call",
  in_person: "In person",
};

export const formatLabel = (kind: FormatKind): string => FORMAT_LABELS[kind];

/** The host's details for the format the guest chose (the place, the call link, the number). */
export function chosenFormat(link: Link, kind: FormatKind): Format {
  return link.formats.find((f) => f.kind === kind) ?? { kind, details: "" };
}

/** "Video call — https://meet…" or just the label when the host left no details. */
/** Where to be, as a label for "Place" / "Call link" / "Phone" rows. */
export function placeLabel(kind: FormatKind): string {
  return kind === "in_person" ? "Place" : kind === "video" ? "Call link" : "Phone";
}

/** The first name, for greetings; the whole name when it has no spaces. */
export const firstName = (name: string): string => name.trim().split(/\s+/)[0] || name;
