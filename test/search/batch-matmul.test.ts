// The sentence encoder's SIMD kernel for its attention products gives the products a plain loop
// gives, for A·B and A·Bᵀ over a batch of matrices (including sizes that are not multiples of 4).
import { describe, expect, it } from 'vitest';
import { batchMatMul } from '../../src/search/semantic/batch-matmul.ts';

/** The product by the book: C[p][i][j] = Σx A[p][i][x] · B[p][x][j] (B[p][j][x] transposed). */
function plain(a: Float32Array, b: Float32Array, batch: number, m: number, k: number, n: number, transposeB: boolean): number[] {
  const out: number[] = [];
  for (let p = 0; p < batch; p++)
    for (let i = 0; i < m; i++)
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let x = 0; x < k; x++) s += a[(p * m + i) * k + x]! * (transposeB ? b[(p * n + j) * k + x]! : b[(p * k + x) * n + j]!);
        out.push(s);
      }
  return out;
}

/** Numbers that are exact in float32 and whose products sum exactly: the two orders must agree to the bit. */
const ramp = (length: number, seed: number) => Float32Array.from({ length }, (_, i) => ((i * 7 + seed) % 11) - 5);

describe('batchMatMul (the encoder attention kernel)', () => {
  it.each([
    ['A·Bᵀ', 3, 5, 8, 7, true],
    ['A·B', 3, 5, 7, 8, false],
    ['A·Bᵀ at the model\'s sizes', 6, 13, 64, 13, true],
    ['A·B at the model\'s sizes', 6, 13, 13, 128, false],
  ] as const)('%s matches the plain product', (_, batch, m, k, n, transposeB) => {
    const a = ramp(batch * m * k, 1);
    const b = ramp(batch * k * n, 4);
    const out = new Float32Array(batch * m * n);
    batchMatMul(a, b, out, batch, m, k, n, transposeB);
    expect([...out]).toEqual(plain(a, b, batch, m, k, n, transposeB));
  });

  it('grows its memory for a batch larger than the last', () => {
    const [batch, m, k, n] = [64, 40, 64, 40];
    const a = ramp(batch * m * k, 2);
    const b = ramp(batch * k * n, 3);
    const out = new Float32Array(batch * m * n);
    batchMatMul(a, b, out, batch, m, k, n, true);
    expect([...out]).toEqual(plain(a, b, batch, m, k, n, true));
  });
});
