// A short view of the passage vectors for a fast first scan: their projection on the `COARSE`
// directions of largest variance (top eigenvectors of the vectors' second-moment matrix, by power
// iteration with deflation). Scanning 16 bytes a passage instead of 100 and then reading the full
// vectors of the few hundred best keeps the semantic source within the speed target at 100k.
import { DIMENSIONS } from './word-table.ts';

export const COARSE = 16;

/** `COARSE × DIMENSIONS` row-major projection, from up to `sample` rows of `matrix` (unit vectors). */
export function principalAxes(matrix: Float32Array, count: number, sample = 20_000): Float32Array {
  const moment = secondMoment(matrix, count, sample);
  const axes = new Float32Array(COARSE * DIMENSIONS);
  for (let a = 0; a < COARSE; a++) {
    let v: Float64Array = new Float64Array(DIMENSIONS).map((_, i) => Math.sin(1 + i * (a + 1)));
    for (let round = 0; round < 30; round++) {
      v = multiply(moment, v);
      for (let b = 0; b < a; b++) subtractProjection(v, axes.subarray(b * DIMENSIONS, (b + 1) * DIMENSIONS));
      normalise(v);
    }
    axes.set(v, a * DIMENSIONS);
  }
  return axes;
}

/** `axes · v` into `out` (length COARSE). */
export function project(axes: Float32Array, v: Float32Array, out: Float32Array): Float32Array {
  for (let a = 0; a < COARSE; a++) {
    let dot = 0;
    for (let i = 0; i < DIMENSIONS; i++) dot += axes[a * DIMENSIONS + i]! * v[i]!;
    out[a] = dot;
  }
  return out;
}

function secondMoment(matrix: Float32Array, count: number, sample: number): Float64Array {
  const m = new Float64Array(DIMENSIONS * DIMENSIONS);
  const step = Math.max(1, Math.floor(count / sample));
  for (let d = 0; d < count; d += step) {
    const base = d * DIMENSIONS;
    for (let i = 0; i < DIMENSIONS; i++) {
      const xi = matrix[base + i]!;
      if (xi === 0) continue;
      for (let j = 0; j < DIMENSIONS; j++) m[i * DIMENSIONS + j]! += xi * matrix[base + j]!;
    }
  }
  return m;
}

function multiply(m: Float64Array, v: Float64Array): Float64Array {
  const out = new Float64Array(DIMENSIONS);
  for (let i = 0; i < DIMENSIONS; i++) {
    let s = 0;
    for (let j = 0; j < DIMENSIONS; j++) s += m[i * DIMENSIONS + j]! * v[j]!;
    out[i] = s;
  }
  return out;
}

function subtractProjection(v: Float64Array, axis: Float32Array): void {
  let dot = 0;
  for (let i = 0; i < DIMENSIONS; i++) dot += v[i]! * axis[i]!;
  for (let i = 0; i < DIMENSIONS; i++) v[i]! -= dot * axis[i]!;
}

function normalise(v: Float64Array): void {
  let n = 0;
  for (let i = 0; i < DIMENSIONS; i++) n += v[i]! * v[i]!;
  const inv = n > 0 ? 1 / Math.sqrt(n) : 0;
  for (let i = 0; i < DIMENSIONS; i++) v[i]! *= inv;
}
