// Sentence vectors from word vectors, after Arora, Liang and Ma, "A simple but tough-to-beat baseline
// for sentence embeddings" (ICLR 2017): a weighted mean of the words' vectors, each weighted
// a / (a + p(word)) so that common words count for little, then with the corpus's first principal
// component taken out (what every text shares, mostly syntax). p(word) comes from the word's GloVe
// frequency rank by Zipf's law, so a question's vector does not depend on the corpus it is asked of.
import { DIMENSIONS, type WordTable } from './word-table.ts';

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
/** Harmonic number of GloVe's 400k-word vocabulary: Zipf's p(rank) = 1 / (rank · H). */
const ZIPF_H = Math.log(400_000) + 0.5772;

/** The table's rows of a text's words (a hyphenated or possessive form falls back to its parts). */
export function rowsOf(text: string, table: WordTable): number[] {
  const rows: number[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const word = m[0].replace(/['’]s$/, '').replace(/’/g, "'");
    const row = table.rows.get(word);
    if (row !== undefined) rows.push(row);
    else if (/[-.]/.test(word)) for (const part of word.split(/[-.]/)) addKnown(rows, part, table);
  }
  return rows;
}

function addKnown(rows: number[], word: string, table: WordTable): void {
  const row = table.rows.get(word);
  if (row !== undefined) rows.push(row);
}

/** SIF weight of a word of frequency rank `row`. */
export function sifWeight(row: number, a: number): number {
  const p = 1 / ((row + 1) * ZIPF_H);
  return a / (a + p);
}

/** Weighted sum of the rows' vectors into `out` (length DIMENSIONS); false when there are none. */
export function embedRows(rows: readonly number[], table: WordTable, a: number, out: Float32Array): boolean {
  out.fill(0);
  for (const row of rows) {
    const w = sifWeight(row, a) * table.scales[row]!;
    const base = row * DIMENSIONS;
    for (let i = 0; i < DIMENSIONS; i++) out[i]! += w * table.vectors[base + i]!;
  }
  return rows.length > 0;
}

/** Takes the component along unit vector `pc` out of `v`, then scales `v` to unit length (false if nothing is left). */
export function removeAndNormalise(v: Float32Array, pc: Float32Array | null): boolean {
  if (pc) {
    let dot = 0;
    for (let i = 0; i < DIMENSIONS; i++) dot += v[i]! * pc[i]!;
    for (let i = 0; i < DIMENSIONS; i++) v[i]! -= dot * pc[i]!;
  }
  let norm = 0;
  for (let i = 0; i < DIMENSIONS; i++) norm += v[i]! * v[i]!;
  if (norm === 0) return false;
  const inv = 1 / Math.sqrt(norm);
  for (let i = 0; i < DIMENSIONS; i++) v[i]! *= inv;
  return true;
}

/**
 * A text's SIF unit vector into `out` (length DIMENSIONS): weighted word sum, scaled to unit length, then with
 * `pc` taken out; false (and `out` not a vector) when none of its words has a vector or nothing is left.
 */
export function sifVector(text: string, table: WordTable, a: number, pc: Float32Array | null, out: Float32Array): boolean {
  return embedRows(rowsOf(text, table), table, a, out) && removeAndNormalise(out, null) && removeAndNormalise(out, pc);
}

/** First principal component (uncentred, as in SIF) of up to `sample` rows of `matrix`, by power iteration. */
export function firstComponent(matrix: Float32Array, count: number, sample = 20_000, rounds = 12): Float32Array | null {
  if (count < 2) return null;
  const step = Math.max(1, Math.floor(count / sample));
  let v = new Float32Array(DIMENSIONS).fill(1 / Math.sqrt(DIMENSIONS));
  for (let r = 0; r < rounds; r++) {
    const next = new Float32Array(DIMENSIONS);
    for (let d = 0; d < count; d += step) {
      const base = d * DIMENSIONS;
      let dot = 0;
      for (let i = 0; i < DIMENSIONS; i++) dot += matrix[base + i]! * v[i]!;
      for (let i = 0; i < DIMENSIONS; i++) next[i]! += dot * matrix[base + i]!;
    }
    if (!removeAndNormalise(next, null)) return null;
    v = next;
  }
  return v;
}
