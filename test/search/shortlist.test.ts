// The short scan of the passage vectors keeps what a plain sort would: the best values, lower ids first among ties.
import { describe, expect, it } from 'vitest';
import { shortlist } from '../../src/search/semantic/shortlist.ts';

/** The shortlist by sorting every passage: what the scan must give. */
function sorted(query: Int8Array, vectors: Int8Array, scales: Float32Array, m: number): number[] {
  const value = (d: number) => scales[d]! * query.reduce((s, q, i) => s + q * vectors[d * 16 + i]!, 0);
  return Array.from(scales.keys()).sort((a, b) => value(b) - value(a) || a - b).slice(0, m);
}

/** Small deterministic pseudo-random bytes, so that the test reads the same on every run. */
function bytes(n: number, seed: number, levels: number): Int8Array {
  let x = seed;
  return Int8Array.from({ length: n }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return (x % levels) - Math.floor(levels / 2);
  });
}

describe('shortlist', () => {
  it('keeps the best passages, best first, as a full sort does', () => {
    const n = 500;
    const vectors = bytes(n * 16, 7, 255);
    const scales = Float32Array.from({ length: n }, (_, d) => 0.5 + (d % 7) / 10);
    const query = bytes(16, 3, 255);
    expect(Array.from(shortlist(query, vectors, scales, 40))).toEqual(sorted(query, vectors, scales, 40));
  });

  it('puts the earlier passage first among equal values and drops the later ones at the cut', () => {
    // Three distinct byte patterns only: most passages tie with many others.
    const n = 300;
    const vectors = bytes(n * 16, 11, 3);
    const scales = new Float32Array(n).fill(1);
    const query = bytes(16, 5, 3);
    expect(Array.from(shortlist(query, vectors, scales, 25))).toEqual(sorted(query, vectors, scales, 25));
  });

  it('gives the same shortlist when most passages are ruled out on their first bytes', () => {
    // Large values in the first bytes, small ones after (as the directions of largest variance come first).
    const n = 3000;
    const vectors = Int8Array.from(bytes(n * 16, 13, 255), (b, i) => (i % 16 < 8 ? b : Math.trunc(b / 8)));
    const scales = Float32Array.from({ length: n }, (_, d) => 0.001 + (d % 11) / 5000);
    const query = Int8Array.from(bytes(16, 17, 255), (b, i) => (i < 8 ? b : Math.trunc(b / 8)));
    expect(Array.from(shortlist(query, vectors, scales, 200))).toEqual(sorted(query, vectors, scales, 200));
  });

  it('returns every passage when fewer than asked for', () => {
    const vectors = bytes(3 * 16, 1, 255);
    const scales = new Float32Array([1, 2, 3]);
    const query = bytes(16, 2, 255);
    expect(Array.from(shortlist(query, vectors, scales, 10)).sort()).toEqual([0, 1, 2]);
  });
});
