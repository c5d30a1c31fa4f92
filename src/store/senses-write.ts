// `npm run index`'s sentence-encoder step (`passage_senses`, migration 007): for an archive within
// the encoder's limit (`semantic.sentenceMaxPassages` served passages), each served passage's
// encoder vectors, one per window of a long passage (`search/semantic/windows.ts`), int8 with a
// scale each, as the in-process engine makes them (`search/semantic/sentences.ts`). Embedded on
// a pool of encoder threads (one a core, two at most), the shortest texts first, and committed
// chunk by chunk: a stopped run resumes where it stopped, and a rewritten file's rows (which went
// with their vectors) are all a later run embeds. Replicas use them once every served passage has
// them. A larger archive gets none (hours of encoding; the word vectors still serve it).
import type pg from 'pg';
import { ENCODER_DIMENSIONS, type SentenceEncoder } from '../search/semantic/encoder.ts';
import { quantise } from '../search/semantic/sentence-index.ts';
import { inChunks } from '../search/semantic/encoder-thread.ts';
import { SENTENCE_MODEL } from '../search/semantic/sentences.ts';
import { embeddedTexts } from '../search/semantic/windows.ts';
import { blobVersion, writeBlob } from './state.ts';
import { servedCount } from './serving.ts';

/**
 * The model's package, the words it reads and what it reads them after (a file's subject, a
 * heading: `windows.ts`): vectors made otherwise are dropped and made again.
 */
export const SENSE_MODEL = `${SENTENCE_MODEL} subjects headings`;
/** The vectors made before a passage was read under its heading: those of a passage with no heading are this model's. */
export const SENSE_MODEL_BEFORE_HEADINGS = `${SENTENCE_MODEL} subjects`;
export const SENSE_BLOB = 'passage-sense-model';
/** Passages embedded and committed at once. */
const CHUNK = 256;
const D = ENCODER_DIMENSIONS;

export type SensesReport = { on: true; written: number } | { on: false; reason: string };

export interface SenseRow {
  id: string | number;
  vectors: Int8Array;
  scales: Float32Array;
}

export async function writeSenses(
  pool: pg.Pool,
  { maxPassages, encoder, onProgress }: { maxPassages: number; encoder: () => SentenceEncoder; onProgress?: (done: number, total: number) => void },
): Promise<SensesReport> {
  const served = await servedCount(pool);
  if (served > maxPassages) return { on: false, reason: `${served} passages is more than the ${maxPassages} the sentence encoder is used for` };
  await useSenseModel(pool);
  // Every served passage of a file with one still to embed: what the encoder reads of a passage
  // depends on its file (its subject, `embeddedTexts`), as in-process.
  const { rows: all } = await pool.query<{ id: string; text: string; source: string; title: string; heading: string | null; missing: boolean }>(
    `SELECT p.id, p.text, p.source, p.title, p.heading, NOT EXISTS (SELECT 1 FROM passage_senses s WHERE s.id = p.id) AS missing
       FROM passages p
      WHERE p.served AND p.source IN (SELECT q.source FROM passages q WHERE q.served AND NOT EXISTS (SELECT 1 FROM passage_senses s WHERE s.id = q.id))
      ORDER BY p.source, p.ordinal`,
  );
  const { texts, firsts } = embeddedTexts(all);
  const rows = all.flatMap((r, d) => (r.missing ? [{ id: r.id, texts: texts.slice(firsts[d]!, firsts[d + 1]!) }] : []));
  const length = (r: { texts: string[] }) => r.texts.reduce((n, t) => n + t.length, 0);
  // Shortest first: a chunk holds texts of like length, which the encoder pads least.
  rows.sort((a, b) => length(a) - length(b) || Number(a.id) - Number(b.id));
  const built = rows.length > 0 ? encoder() : null;
  let done = 0;
  await inChunks(rows, CHUNK, built?.parallel ?? 1, async (chunk) => {
    const windows = chunk.map((r) => r.texts);
    const floats = await built!.embedAll(windows.flat());
    let w = 0;
    await insertSenses(pool, chunk.map((r, i) => senseRow(r.id, floats, (w += windows[i]!.length) - windows[i]!.length, windows[i]!.length)));
    done += chunk.length;
    onProgress?.(done, rows.length);
  });
  return { on: true, written: rows.length };
}

/**
 * Vectors made by another model are dropped (and made again); from the model before headings, only
 * those of passages under a heading. A caller that writes vectors itself says which model made them.
 */
export async function useSenseModel(pool: pg.Pool): Promise<void> {
  const made = await blobVersion(pool, SENSE_BLOB);
  if (made === SENSE_MODEL) return;
  await pool.query(
    made === SENSE_MODEL_BEFORE_HEADINGS
      ? 'DELETE FROM passage_senses s USING passages p WHERE p.id = s.id AND p.heading IS NOT NULL'
      : 'DELETE FROM passage_senses',
  );
  await writeBlob(pool, SENSE_BLOB, SENSE_MODEL, Buffer.from(SENSE_MODEL));
}

/** Rows `from … from + count` of `floats` (unit vectors) as one passage's stored vectors. */
export function senseRow(id: string | number, floats: Float32Array, from: number, count: number): SenseRow {
  const vectors = new Int8Array(count * D);
  const scales = new Float32Array(count);
  for (let i = 0; i < count; i++) scales[i] = quantise(floats, (from + i) * D, vectors, i * D);
  return { id, vectors, scales };
}

export async function insertSenses(db: Pick<pg.Pool, 'query'>, rows: readonly SenseRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.query(
    // A row already there (another indexer made it meanwhile) is kept.
    `INSERT INTO passage_senses (id, vectors, scales) SELECT r.id, r.v, string_to_array(r.s, ',')::real[] FROM unnest($1::bigint[], $2::bytea[], $3::text[]) AS r(id, v, s)
     ON CONFLICT (id) DO NOTHING`,
    [rows.map((r) => r.id), rows.map((r) => Buffer.from(r.vectors.buffer, r.vectors.byteOffset, r.vectors.byteLength)), rows.map((r) => Array.from(r.scales).join(','))],
  );
}
