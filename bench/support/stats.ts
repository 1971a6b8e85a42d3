import { cpus, loadavg } from "node:os";

/** Small helpers the benchmarks share: quantiles of a sample and a figure printed beside its goal. */

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export const median = (values: readonly number[]) => quantile(values, 0.5);

/** "264 ms  (goal ≤ 80 ms: missed)": the goal is printed beside the figure, never asserted. */
export function againstGoal(value: number, goal: number, unit: string, digits = 0): string {
  return `${value.toFixed(digits)} ${unit}  (goal ≤ ${goal} ${unit}: ${value <= goal ? "met" : "missed"})`;
}

/** Figures taken on a busy machine read high: every benchmark says how busy it was. */
export function machine(): string {
  const load = loadavg().map((l) => l.toFixed(2)).join(" ");
  return `${cpus().length} cores, Node ${process.version}, load average ${load}`;
}
