/**
 * Load for the endpoint benches: `count` requests with `concurrency` in
 * flight, timed one by one. `request(i)` sends request `i` and throws on an
 * unexpected answer, which fails the section.
 */
import { percentile } from './stats.js';

export interface Round {
  perSecond: number;
  p50: number;
  p99: number;
}

export async function measure(
  count: number,
  concurrency: number,
  request: (i: number) => Promise<void>,
): Promise<Round> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const sent = performance.now();
        await request(i);
        latencies.push(performance.now() - sent);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { perSecond: count / seconds, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99) };
}
