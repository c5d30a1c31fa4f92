// Keeps the built search index in the cache folder, so start-up restores it instead of re-indexing.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Corpus } from '../corpus/types.ts';
import { createSearchEngine, restoreSearchEngine } from './engine.ts';
import type { SearchEngine } from './types.ts';

/** Bump when the cache file's layout changes. Engine changes are caught by hashing its source (below). */
export const INDEX_FORMAT = 1;

const HEADER = 'coverage-bot search index';
const NOT_SAVED_YET = new Set(['ENOENT', 'ENOTDIR']);

/** How an engine is built and loaded back; tests pass their own to count builds. */
export interface EngineFactory {
  create(corpus: Corpus): SearchEngine;
  restore(corpus: Corpus, saved: string): SearchEngine;
}

export interface OpenEngineOptions {
  /** The articles' folder: the cache file is named after it, so two folders never share one. */
  dataDir: string;
  /** Where the index is kept; no folder means build every time. */
  cacheDir?: string;
  warn?: (message: string) => void;
  factory?: EngineFactory;
}

export interface OpenedEngine {
  engine: SearchEngine;
  /** `saved`: restored from the cache; `built`: indexed now (and saved when possible). */
  from: 'saved' | 'built';
}

const defaultFactory: EngineFactory = { create: createSearchEngine, restore: restoreSearchEngine };

/**
 * Restores the index saved for this exact corpus and engine, else builds it and saves it.
 * A cache that cannot be read or written is a warning, never a failure.
 */
export async function openSearchEngine(corpus: Corpus, options: OpenEngineOptions): Promise<OpenedEngine> {
  const factory = options.factory ?? defaultFactory;
  if (!options.cacheDir) return { engine: factory.create(corpus), from: 'built' };
  const file = cacheFile(options.cacheDir, options.dataDir);
  const fingerprint = await indexFingerprint(corpus);
  const saved = await restoreSaved(corpus, file, fingerprint, factory, options.warn);
  if (saved) return { engine: saved, from: 'saved' };
  const engine = factory.create(corpus);
  await saveIndex(file, fingerprint, engine, options.warn);
  return { engine, from: 'built' };
}

/** The cache file for a data folder: one per folder, named by a hash of its absolute path. */
export function cacheFile(cacheDir: string, dataDir: string): string {
  const key = createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 16);
  return path.join(cacheDir, `search-index-${key}.txt`);
}

async function restoreSaved(
  corpus: Corpus,
  file: string,
  fingerprint: string,
  factory: EngineFactory,
  warn: OpenEngineOptions['warn'],
): Promise<SearchEngine | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    // Nothing saved yet (no file, or no cache folder): a normal first build; saving will say if it fails.
    if (!NOT_SAVED_YET.has(errorCode(err) ?? '')) warn?.(`Saved search index ${file} could not be read (${reason(err)}); rebuilding it.`);
    return null;
  }
  const newline = text.indexOf('\n');
  // A different corpus or engine: a normal rebuild, nothing to warn about.
  if (newline < 0 || text.slice(0, newline) !== headerLine(fingerprint)) {
    if (!text.startsWith(`${HEADER}\t`)) warn?.(`Saved search index ${file} is not an index file; rebuilding it.`);
    return null;
  }
  try {
    return factory.restore(corpus, text.slice(newline + 1));
  } catch (err) {
    warn?.(`Saved search index ${file} is corrupt (${reason(err)}); rebuilding it.`);
    return null;
  }
}

/** Writes to a temporary file then renames it, so a crash never leaves half an index behind. */
async function saveIndex(file: string, fingerprint: string, engine: SearchEngine, warn: OpenEngineOptions['warn']): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(temporary, `${headerLine(fingerprint)}\n${engine.serialize()}`);
    await rename(temporary, file);
  } catch (err) {
    warn?.(`Could not save the search index to ${file} (${reason(err)}); it will be rebuilt at next start.`);
    await unlink(temporary).catch(() => undefined);
  }
}

function headerLine(fingerprint: string): string {
  return `${HEADER}\t${fingerprint}`;
}

/**
 * What the saved index depends on: the loaded corpus itself (so any change to a file, or to how
 * the loader reads it, is seen, while edits the loader ignores are not), the engine's code and
 * MiniSearch's version (so an old index is never loaded by a new engine), and the file format.
 */
export async function indexFingerprint(corpus: Corpus): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`format ${INDEX_FORMAT}\0${await engineVersion()}\0`);
  for (const a of corpus.articles) {
    hash.update(JSON.stringify([a.source, a.title, a.outlet, a.url, a.date]));
    // One update per article: hashing is cheap, the per-call overhead is what costs at 100k passages.
    hash.update(JSON.stringify(a.passages.map((p) => [p.source, p.line, p.heading, p.title, p.text])));
  }
  hash.update(`\0${corpus.passages.length}`);
  return hash.digest('hex');
}

let engineVersionMemo: Promise<string> | undefined;

/** A hash of every file of the search module plus MiniSearch's version: changes whenever the engine does. */
export function engineVersion(): Promise<string> {
  engineVersionMemo ??= computeEngineVersion();
  return engineVersionMemo;
}

async function computeEngineVersion(): Promise<string> {
  const hash = createHash('sha256').update(`minisearch ${miniSearchVersion()}\0`);
  const dir = path.dirname(fileURLToPath(import.meta.url));
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  for (const f of files) hash.update(`${path.relative(dir, f)}\0`).update(await readFile(f)).update('\0');
  return hash.digest('hex');
}

function miniSearchVersion(): string {
  try {
    // The package does not export its package.json; find it above its entry point.
    let dir = path.dirname(createRequire(import.meta.url).resolve('minisearch'));
    while (path.basename(dir) !== 'minisearch' && path.dirname(dir) !== dir) dir = path.dirname(dir);
    const version: unknown = createRequire(import.meta.url)(path.join(dir, 'package.json')).version;
    return typeof version === 'string' ? version : 'unknown';
  } catch {
    return 'unknown';
  }
}

function errorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : undefined;
}

function reason(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
