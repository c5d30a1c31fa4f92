// `npm run index`'s meaning step: every served passage gets its SIF word-vector embedding in
// `passage_vectors` (migration 007), made as the in-process engine makes it
// (`search/semantic/vector-index.ts`). Incremental: a rewritten file's rows went with their vectors,
// so only rows without one are embedded. The model (word table, first component, short-scan axes)
// is fitted once, on the served passages (every one up to 40k, else an even sample of ~20k, as
// in-process), and kept as a blob; a change of this code or of SIF's `a` refits it and re-embeds
// every passage. All in one transaction: a replica sees every vector of a version or none.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import type { Warn } from '../cache/cache-file.ts';
import { codeVersion } from '../cache/fingerprint.ts';
import { principalAxes } from '../search/semantic/coarse.ts';
import { firstComponent, removeAndNormalise } from '../search/semantic/sif.ts';
import { DIMENSIONS, openWordTable, type WordTable } from '../search/semantic/word-table.ts';
import { inTransaction } from './migrate.ts';
import { blobVersion, readInPieces, writeBlob } from './state.ts';
import { servedCount } from './serving.ts';
import { MODEL_BLOB, packModel, passageVector, rawVector, unpackModel, type VectorModel } from './vector-model.ts';

const SEMANTIC_DIR = path.resolve(import.meta.dirname, '../search/semantic');
/** This step's own code: a change of either file refits the model. */
const OWN_FILES = ['vector-model.ts', 'vectors-write.ts'].map((f) => path.join(import.meta.dirname, f));
/** Rows embedded and written per statement. */
const CHUNK = 5000;
/** Passages the model is fitted on at most (as `firstComponent` and `principalAxes` sample in-process). */
const SAMPLE = 20_000;

export interface VectorsReport {
  /** Passages embedded in this run. */
  written: number;
  /** Whether the model was fitted (again) in this run, every passage re-embedded. */
  refitted: boolean;
}

export async function writePassageVectors(pool: pg.Pool, { cacheDir, sifA, warn }: { cacheDir?: string; sifA: number; warn?: Warn }): Promise<VectorsReport> {
  const own = createHash('sha256');
  for (const f of OWN_FILES) own.update(await readFile(f).catch(() => Buffer.alloc(0)));
  const key = `${sifA} ${await codeVersion(SEMANTIC_DIR, OWN_FILES[0])} ${own.digest('hex')}`;
  const client = await pool.connect();
  try {
    return await inTransaction(client, async () => {
      // One indexer at a time writes vectors (a second waits here, then finds nothing left to do).
      await client.query('LOCK TABLE passage_vectors IN SHARE ROW EXCLUSIVE MODE');
      // The model (~10 MB) is read only when there is something to embed: its version says whether it is current.
      const saved = (await blobVersion(client, MODEL_BLOB)) === key;
      let model: VectorModel | null = null;
      if (!saved) {
        model = await fitModel(client, { table: await wordTable(cacheDir, warn), a: sifA });
        await client.query('DELETE FROM passage_vectors');
        await writeBlob(client, MODEL_BLOB, key, packModel(model));
      }
      const written = await embedMissing(client, async () => (model ??= unpackModel(await readInPieces(client, MODEL_BLOB))));
      return { written, refitted: !saved };
    });
  } finally {
    client.release();
  }
}

/** The word table, read (or extracted, seconds) once per process and cache folder: a process may index several stores. */
const tables = new Map<string, Promise<WordTable>>();
function wordTable(cacheDir: string | undefined, warn?: Warn): Promise<WordTable> {
  let table = tables.get(cacheDir ?? '');
  if (!table) tables.set(cacheDir ?? '', (table = openWordTable(cacheDir, warn)));
  return table;
}

/** The first component and the short-scan axes, from the served passages (an even sample of them past 2 × SAMPLE). */
async function fitModel(client: pg.PoolClient, { table, a }: Pick<VectorModel, 'table' | 'a'>): Promise<VectorModel> {
  const n = await servedCount(client);
  const step = Math.max(1, Math.floor(n / SAMPLE));
  const { rows } = await client.query<{ text: string }>(
    'SELECT text FROM (SELECT text, row_number() OVER (ORDER BY id) AS r FROM passages WHERE served) s WHERE (r - 1) % $1 = 0 ORDER BY r',
    [step],
  );
  const floats = new Float32Array(rows.length * DIMENSIONS);
  rows.forEach((r, i) => {
    const v = rawVector(r.text, table, a);
    if (v) floats.set(v, i * DIMENSIONS);
  });
  const pc = firstComponent(floats, rows.length);
  for (let i = 0; i < rows.length; i++) {
    const v = floats.subarray(i * DIMENSIONS, (i + 1) * DIMENSIONS);
    if (!removeAndNormalise(v, pc)) v.fill(0);
  }
  return { table, a, pc, axes: principalAxes(floats, rows.length) };
}

/** Embeds the served passages that have no vector, CHUNK at a time in id order; returns how many. */
async function embedMissing(client: pg.PoolClient, model: () => Promise<VectorModel>): Promise<number> {
  let after = '0';
  let written = 0;
  for (;;) {
    const { rows } = await client.query<{ id: string; text: string }>(
      `SELECT p.id, p.text FROM passages p WHERE p.served AND p.id > $1 AND NOT EXISTS (SELECT 1 FROM passage_vectors v WHERE v.id = p.id)
       ORDER BY p.id LIMIT ${CHUNK}`,
      [after],
    );
    if (rows.length === 0) return written;
    const m = await model();
    const made = rows.map((r) => passageVector(m, r.text));
    await client.query(
      `INSERT INTO passage_vectors (id, vector, scale, coarse, coarse_scale) SELECT * FROM unnest($1::bigint[], $2::bytea[], $3::real[], $4::bytea[], $5::real[])`,
      [rows.map((r) => r.id), made.map((v) => bytes(v.vector)), made.map((v) => v.scale), made.map((v) => bytes(v.coarse)), made.map((v) => v.coarseScale)],
    );
    written += rows.length;
    after = rows[rows.length - 1]!.id;
  }
}

const bytes = (v: Int8Array): Buffer => Buffer.from(v.buffer, v.byteOffset, v.byteLength);
