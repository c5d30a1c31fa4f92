// The short scan behind `VectorIndex.nearest`: every passage's 16-byte projection against the
// question's, keeping the best `m` in a min-heap (the worst kept at its root). It runs over every
// passage on every question, so it is written for speed: the dot product unrolled over the 16
// bytes with the question's bytes in locals, most passages ruled out on their first bytes by a
// bound, and a heap instead of a sorted buffer (a sorted insert shifts up to `m` slots each time a
// passage enters the shortlist). The shortlist is the same as a full scan's with a sorted buffer:
// higher value first, the lower passage id first among equal values.

type Sixteen = [number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number];

/** Ids of the `m` passages with the highest `dot(query, vectors[d]) · scales[d]`, best first (ties: lower id first). */
export function shortlist(query: Int8Array, vectors: Int8Array, scales: Float32Array, m: number): Int32Array {
  const n = scales.length;
  const size = Math.min(m, n);
  const ids = new Int32Array(size);
  const values = new Float64Array(size);
  if (size === 0) return ids;
  const width = query.length;
  if (width !== 16 || vectors.length !== n * 16) throw new Error('search: the short scan expects 16 bytes a passage');
  const [q0, q1, q2, q3, q4, q5, q6, q7, q8, q9, q10, q11, q12, q13, q14, q15] = Array.from(query) as Sixteen;
  const v = vectors;
  // Once the shortlist is full, a passage is skipped on its first `LEAD` bytes when even the
  // largest the other bytes could add (Cauchy–Schwarz: |q_rest|·|v_rest|) leaves it at or below
  // the floor: most passages, as the directions are in order of variance. Those it reads in full
  // get the same value as before, so the shortlist is the same.
  const rest = restNorms(vectors);
  let qRest = 0;
  for (let i = LEAD; i < 16; i++) qRest += query[i]! * query[i]!;
  qRest = Math.sqrt(qRest);
  let count = 0;
  let floor = -Infinity;
  for (let d = 0, b = 0; d < n; d++, b += 16) {
    const lead = q0 * v[b]! + q1 * v[b + 1]! + q2 * v[b + 2]! + q3 * v[b + 3]! + q4 * v[b + 4]! + q5 * v[b + 5]! + q6 * v[b + 6]! + q7 * v[b + 7]!;
    if (count === size && (lead + qRest * rest[d]! + MARGIN) * scales[d]! <= floor) continue;
    const dot = lead + q8 * v[b + 8]! + q9 * v[b + 9]! + q10 * v[b + 10]! + q11 * v[b + 11]! + q12 * v[b + 12]! + q13 * v[b + 13]! + q14 * v[b + 14]! + q15 * v[b + 15]!;
    const c = dot * scales[d]!;
    if (count < size) {
      ids[count] = d;
      values[count] = c;
      up(ids, values, count++);
      if (count === size) floor = values[0]!;
    } else if (c > floor) {
      // A later passage with an equal value ranks after every kept one: only a higher value enters.
      ids[0] = d;
      values[0] = c;
      down(ids, values, size);
      floor = values[0]!;
    }
  }
  return bestFirst(ids, values);
}

/** Bytes read before the bound is tried. */
const LEAD = 8;
/** Above any rounding of the bound's square roots (the dot products themselves are exact integers). */
const MARGIN = 1e-3;
const restOf = new WeakMap<Int8Array, Float64Array>();

/** Per passage, the length of its bytes after the first `LEAD`: computed once per set of vectors. */
function restNorms(vectors: Int8Array): Float64Array {
  let out = restOf.get(vectors);
  if (!out) {
    out = new Float64Array(vectors.length / 16);
    for (let d = 0, b = 0; d < out.length; d++, b += 16) {
      let sum = 0;
      for (let i = LEAD; i < 16; i++) sum += vectors[b + i]! * vectors[b + i]!;
      out[d] = Math.sqrt(sum);
    }
    restOf.set(vectors, out);
  }
  return out;
}

/** Is slot `a` worse than slot `b`: a lower value, or an equal value from a later passage. */
function worse(ids: Int32Array, values: Float64Array, a: number, b: number): boolean {
  return values[a]! < values[b]! || (values[a] === values[b] && ids[a]! > ids[b]!);
}

function swap(ids: Int32Array, values: Float64Array, a: number, b: number): void {
  const id = ids[a]!;
  ids[a] = ids[b]!;
  ids[b] = id;
  const value = values[a]!;
  values[a] = values[b]!;
  values[b] = value;
}

function up(ids: Int32Array, values: Float64Array, i: number): void {
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!worse(ids, values, i, parent)) return;
    swap(ids, values, i, parent);
    i = parent;
  }
}

function down(ids: Int32Array, values: Float64Array, size: number): void {
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < size && worse(ids, values, l, m)) m = l;
    if (r < size && worse(ids, values, r, m)) m = r;
    if (m === i) return;
    swap(ids, values, m, i);
    i = m;
  }
}

function bestFirst(ids: Int32Array, values: Float64Array): Int32Array {
  const order = Array.from(ids.keys()).sort((a, b) => values[b]! - values[a]! || ids[a]! - ids[b]!);
  return Int32Array.from(order, (i) => ids[i]!);
}
