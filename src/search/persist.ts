// Keeps the built search index in the cache folder, so start-up restores it instead of re-indexing.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Corpus } from '../corpus/types.ts';
import { cachePath, prefetch, readCache, reason, writeCache, type ReadCacheFile, type Warn } from '../cache/cache-file.ts';
import { corpusContentHash } from '../cache/content-hash.ts';
import { codeVersion } from '../cache/fingerprint.ts';
import { createSearchEngine, restoreSearchEngine, type LocalSearchEngine } from './engine.ts';

/** Bump when the saved layout changes. Engine changes are caught by hashing its source (below). */
export const INDEX_FORMAT = 2;

const KIND = 'search index';
const HERE = fileURLToPath(import.meta.url);
const ENGINE_DIR = path.dirname(HERE);
/** The text kit the engine tokenizes and splits with: a change there changes the index. */
const TEXT_KIT_DIR = path.resolve(ENGINE_DIR, '../text');

/** How an engine is built and loaded back; tests pass their own to count builds. */
export interface EngineFactory {
  create(corpus: Corpus, onProgress?: (done: number) => void): LocalSearchEngine;
  restore(corpus: Corpus, saved: Uint8Array): LocalSearchEngine;
}

export interface OpenEngineOptions {
  /** The articles' folder: the cache file is named after it, so two folders never share one. */
  dataDir: string;
  /** Where the index is kept; no folder means build every time. */
  cacheDir?: string;
  warn?: Warn;
  /** `corpusContentHash(corpus)` when the caller already has it (the saved corpus keeps it). */
  contentHash?: string;
  factory?: EngineFactory;
  /** The saved index's read, started earlier (`prefetchIndex`) so that it overlaps with opening the corpus. */
  reading?: Promise<ReadCacheFile>;
  /** Told how the build goes when the index has to be built: passages done of the total, and once more at the end. */
  onBuild?: (done: number, total: number) => void;
}

export interface OpenedEngine {
  engine: LocalSearchEngine;
  /** `saved`: restored from the cache; `built`: indexed now (and saved when possible). */
  from: 'saved' | 'built';
}

const defaultFactory: EngineFactory = { create: (corpus, onProgress) => createSearchEngine(corpus, undefined, onProgress), restore: restoreSearchEngine };

/**
 * Restores the index saved for this exact corpus and engine, else builds it and saves it.
 * A cache that cannot be read or written is a warning, never a failure.
 */
export async function openSearchEngine(corpus: Corpus, options: OpenEngineOptions): Promise<OpenedEngine> {
  const factory = options.factory ?? defaultFactory;
  if (!options.cacheDir) return { engine: build(factory, corpus, options.onBuild), from: 'built' };
  const file = cacheFile(options.cacheDir, options.dataDir);
  const key = await indexFingerprint(corpus, options.contentHash);
  const saved = await readCache(file, KIND, key, options.warn, options.reading ?? prefetch(file));
  if (saved !== null) {
    try {
      return { engine: factory.restore(corpus, saved), from: 'saved' };
    } catch (err) {
      options.warn?.(`Saved ${KIND} ${file} is corrupt (${reason(err)}); rebuilding it.`);
    }
  }
  const engine = build(factory, corpus, options.onBuild);
  writeCache(file, KIND, key, engine.local.serializeParts(), options.warn);
  return { engine, from: 'built' };
}

function build(factory: EngineFactory, corpus: Corpus, onBuild?: (done: number, total: number) => void): LocalSearchEngine {
  const total = corpus.passages.length;
  const engine = factory.create(corpus, onBuild && ((done) => onBuild(done, total)));
  onBuild?.(total, total);
  return engine;
}

/** Starts reading the saved index of a data folder (on a worker), to be passed to `openSearchEngine`. */
export function prefetchIndex(cacheDir: string, dataDir: string): Promise<ReadCacheFile> {
  return prefetch(cacheFile(cacheDir, dataDir));
}

/** The index's cache file for a data folder. */
export function cacheFile(cacheDir: string, dataDir: string): string {
  return cachePath(cacheDir, dataDir, 'search-index');
}

/**
 * What the saved index depends on: the loaded corpus itself (so any change to a file, or to how
 * the loader reads it, is seen, while edits the loader ignores are not), the engine's code and
 * MiniSearch's version (so an old index is never loaded by a new engine), and the layout.
 */
export async function indexFingerprint(corpus: Corpus, contentHash = corpusContentHash(corpus)): Promise<string> {
  const engine = `${await codeVersion(ENGINE_DIR, HERE)} ${await codeVersion(TEXT_KIT_DIR, HERE)} minisearch ${miniSearchVersion()}`;
  return createHash('sha256').update(`format ${INDEX_FORMAT}\0${engine}\0${contentHash}`).digest('hex');
}

function miniSearchVersion(): string {
  try {
    // The package does not export its package.json; find it above its entry point.
    const require = createRequire(import.meta.url);
    let dir = path.dirname(require.resolve('minisearch'));
    while (path.basename(dir) !== 'minisearch' && path.dirname(dir) !== dir) dir = path.dirname(dir);
    const version: unknown = require(path.join(dir, 'package.json')).version;
    return typeof version === 'string' ? version : 'unknown';
  } catch {
    return 'unknown';
  }
}
