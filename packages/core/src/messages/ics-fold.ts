const LIMIT = 75;
const encoder = new TextEncoder();

/** Joins folded continuation lines back into logical content lines (RFC 5545 §3.1). */
export function unfoldLines(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter((line) => line !== "");
}

/**
 * Folds one content line so no physical line exceeds 75 octets, breaking only between code
 * points so a UTF-8 sequence (or an emoji's surrogate pair) is never split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with one space, which counts toward their 75 octets.
    const room = parts.length === 0 ? LIMIT : LIMIT - 1;
    if (octets + size > room) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** Re-folds a whole iCalendar stream by octets, with CRLF after every line. */
export function refold(ics: string): string {
  return unfoldLines(ics).map(foldLine).join("\r\n") + "\r\n";
}
