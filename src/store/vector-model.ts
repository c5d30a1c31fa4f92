// What the passage vectors in the store were made with, shared by `npm run index` and every replica:
// the word table (the same bytes the in-process cache keeps), SIF's `a`, the first principal component
// taken out of every vector, and the short scan's axes (`search/semantic/coarse.ts`). Kept as one
// blob, 'passage-vector-model', so a replica embeds questions exactly as the passages were embedded.
import { jsonSection, packSections, readJson, readUint32, unpackSections } from '../cache/sections.ts';
import { COARSE, project } from '../search/semantic/coarse.ts';
import { embedRows, removeAndNormalise, rowsOf, sifVector } from '../search/semantic/sif.ts';
import { quantise } from '../search/semantic/vector-index.ts';
import { DIMENSIONS, restoreWordTable, serializeWordTable, type WordTable } from '../search/semantic/word-table.ts';

export const MODEL_BLOB = 'passage-vector-model';
const FORMAT = 'coverage-bot/store-vector-model@1';

export interface VectorModel {
  table: WordTable;
  a: number;
  pc: Float32Array | null;
  axes: Float32Array;
}

/** One passage's vectors as stored: int8 components and scale, full and short. */
export interface StoredVector {
  vector: Int8Array;
  scale: number;
  coarse: Int8Array;
  coarseScale: number;
}

export function packModel({ table, a, pc, axes }: VectorModel): Buffer {
  const words = serializeWordTable(table);
  const pcs = pc ?? new Float32Array(0);
  return packSections([jsonSection({ format: FORMAT, a, hasPc: pc !== null }), new Uint32Array(pcs.buffer, pcs.byteOffset, pcs.length), new Uint32Array(axes.buffer, axes.byteOffset, axes.length), words]);
}

export function unpackModel(bytes: Uint8Array): VectorModel {
  const [head, pcBytes, axesBytes, words] = unpackSections(bytes, 4) as [Buffer, Buffer, Buffer, Buffer];
  const { format, a, hasPc } = readJson<{ format: string; a: number; hasPc: boolean }>(head);
  if (format !== FORMAT) throw new Error('store: the passage vectors were made by another version; run npm run index');
  const axes = new Float32Array(readUint32(axesBytes).buffer);
  if (axes.length !== COARSE * DIMENSIONS) throw new Error('store: the passage vector model is damaged; run npm run index');
  return { table: restoreWordTable(words), a, pc: hasPc ? new Float32Array(readUint32(pcBytes).buffer) : null, axes };
}

/** A text's unit vector before the first component is taken out (null: none of its words has a vector). */
export function rawVector(text: string, table: WordTable, a: number): Float32Array | null {
  const v = new Float32Array(DIMENSIONS);
  return embedRows(rowsOf(text, table), table, a, v) && removeAndNormalise(v, null) ? v : null;
}

/** A question's unit vector, as `VectorIndex.embed` makes it. */
export function questionVector(model: VectorModel, text: string): Float32Array | null {
  const v = new Float32Array(DIMENSIONS);
  return sifVector(text, model.table, model.a, model.pc, v) ? v : null;
}

/** A passage's stored vectors, as `VectorIndex.build` quantises them (a passage without known words: zeros, scale 0). */
export function passageVector(model: VectorModel, text: string): StoredVector {
  const v = new Float32Array(DIMENSIONS);
  const vector = new Int8Array(DIMENSIONS);
  const ok = sifVector(text, model.table, model.a, model.pc, v);
  const scale = ok ? quantise(v, vector, 0) : 0;
  if (!ok) v.fill(0);
  const coarse = new Int8Array(COARSE);
  const coarseScale = quantise(project(model.axes, v, new Float32Array(COARSE)), coarse, 0, COARSE);
  return { vector, scale, coarse, coarseScale };
}
