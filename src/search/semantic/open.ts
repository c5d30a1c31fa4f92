// The passage vectors of a corpus, read back from the cache folder or built (and saved) in the
// background: start-up and the first answers never wait for them, and the engine uses them from
// the moment they are attached. Keyed on the corpus's content, this folder's code and SIF's `a`.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Corpus } from '../../corpus/types.ts';
import { cachePath, readCache, reason, writeCache, type Warn } from '../../cache/cache-file.ts';
import { corpusContentHash } from '../../cache/content-hash.ts';
import { codeVersion } from '../../cache/fingerprint.ts';
import { VectorIndex } from './vector-index.ts';
import { openWordTable } from './word-table.ts';

const KIND = 'passage vectors';
const HERE = fileURLToPath(import.meta.url);

export interface OpenVectorsOptions {
  dataDir: string;
  cacheDir?: string;
  /** SIF's `a` (`semantic.sifA` of the engine's options). */
  sifA: number;
  contentHash?: string;
  warn?: Warn;
}

/** What one opening cost, for the benchmark. */
export interface OpenedVectors {
  vectors: VectorIndex;
  from: 'saved' | 'built';
  ms: number;
}

export async function openVectors(corpus: Corpus, options: OpenVectorsOptions): Promise<OpenedVectors> {
  const started = performance.now();
  const table = await openWordTable(options.cacheDir, options.warn);
  const file = options.cacheDir ? cachePath(options.cacheDir, options.dataDir, 'passage-vectors') : null;
  const key = createHash('sha256')
    .update(`${await codeVersion(path.dirname(HERE), HERE)}\0${options.sifA}\0${options.contentHash ?? corpusContentHash(corpus)}`)
    .digest('hex');
  const saved = file ? await readCache(file, KIND, key, options.warn) : null;
  if (saved) {
    try {
      return { vectors: VectorIndex.restore(saved, table), from: 'saved', ms: performance.now() - started };
    } catch (err) {
      options.warn?.(`Saved ${KIND} ${file} is corrupt (${reason(err)}); rebuilding them.`);
    }
  }
  const vectors = await VectorIndex.build(corpus.passages, table, options.sifA);
  if (file) writeCache(file, KIND, key, vectors.serialize(), options.warn);
  return { vectors, from: 'built', ms: performance.now() - started };
}
