import type { Interval } from "@coffeechat/core";

/**
 * A calendar's busy intervals as one binary attribute: pairs of float64 epoch ms. Compact (16 bytes an
 * interval, so a 400 KB item holds 25,000) and read without parsing numbers one by one.
 */
export const MAX_STORED_INTERVALS = 20_000;

export function encodeBusy(busy: readonly Interval[]): Uint8Array {
  const numbers = new Float64Array(busy.length * 2);
  busy.forEach((b, i) => {
    numbers[2 * i] = b.start;
    numbers[2 * i + 1] = b.end;
  });
  return new Uint8Array(numbers.buffer);
}

/** The intervals overlapping [from, to). */
export function decodeBusy(bytes: Uint8Array, from: number, to: number): Interval[] {
  const copy = new Uint8Array(bytes); // aligned for Float64Array whatever the SDK's buffer offset
  const numbers = new Float64Array(copy.buffer, 0, Math.floor(copy.byteLength / 8));
  const out: Interval[] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) {
    const start = numbers[i]!;
    const end = numbers[i + 1]!;
    if (start < to && end > from) out.push({ start, end });
  }
  return out;
}
