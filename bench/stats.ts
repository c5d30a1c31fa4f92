// Timing helpers for the bench: high-resolution laps, percentiles, and a forced garbage collection.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface Latency {
  p50: number;
  p99: number;
  mean: number;
  max: number;
  n: number;
}

/** Milliseconds that `fn` took, and its result. */
export function timed<T>(fn: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

export async function timedAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

/** Nearest-rank percentiles of per-call times, in milliseconds rounded to 0.01. */
export function latency(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
  const mean = sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length);
  return { p50: round(rank(50)), p99: round(rank(99)), mean: round(mean), max: round(sorted.at(-1) ?? 0), n: sorted.length };
}

export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

let gcFn: (() => void) | undefined;

/** Runs a full garbage collection (without needing `--expose-gc` on the command line). */
export function collectGarbage(): void {
  if (!gcFn) {
    setFlagsFromString('--expose-gc');
    gcFn = runInNewContext('gc') as () => void;
  }
  gcFn();
}

/** Heap in use after a full collection, in MB. */
export function heapMb(): number {
  collectGarbage();
  collectGarbage();
  return round(process.memoryUsage().heapUsed / 2 ** 20, 1);
}

/** Resident memory now, and the most the process has held (the kernel's high-water mark). */
export function rssMb(): { rss_mb: number; peak_rss_mb: number } {
  return { rss_mb: round(process.memoryUsage().rss / 2 ** 20, 1), peak_rss_mb: round(process.resourceUsage().maxRSS / 1024, 1) };
}
