/**
 * Small statistics and number formatting for the benches. Medians, not
 * means: on a shared two-core machine one slow moment would drag a mean, and
 * the median of interleaved runs is what a ratio between two sides should use.
 */

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The value at quantile `p` (0–1) by nearest rank: p99 of 500 latencies is the 495th smallest. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

/** B / A; undefined when A is zero (a CLS of 0 against 0 has no ratio). */
export function ratio(b: number, a: number): number | undefined {
  return a === 0 ? undefined : b / a;
}

/** `1.23×`, or `–` when there is no ratio. */
export function formatRatio(value: number | undefined, digits = 2): string {
  return value === undefined || !Number.isFinite(value) ? '–' : `${value.toFixed(digits)}×`;
}

/** Milliseconds with a precision that suits their size: 0.42, 12.3, 1234. */
export function formatMs(value: number): string {
  const size = Math.abs(value);
  return size < 10 ? value.toFixed(2) : size < 100 ? value.toFixed(1) : value.toFixed(0);
}

/** An integer with thousands separators, e.g. 12,345 bytes. */
export function formatInt(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

export function formatKiB(bytes: number): string {
  return `${(bytes / 1024).toFixed(2)} KiB`;
}

/**
 * Runs each side `runs` times, alternating which goes first every round, so
 * that a slow moment of the machine falls on both sides alike. Returns every
 * sample per side, in run order.
 */
export async function interleave<K extends string>(
  sides: Record<K, () => Promise<number> | number>,
  runs: number,
  onRound?: (round: number) => void,
): Promise<Record<K, number[]>> {
  const names = Object.keys(sides) as K[];
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round < runs; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + round) % names.length]!;
      samples[name].push(await sides[name]());
    }
    onRound?.(round + 1);
  }
  return samples;
}
