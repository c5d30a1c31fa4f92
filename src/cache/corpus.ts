// The loaded corpus, saved in the cache folder: at 100k passages reading and cleaning the articles
// takes far longer than anything else at start-up, so it is done again only when a file changes.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus, type LoadResult } from '../corpus/load.ts';
import type { Article } from '../corpus/types.ts';
import { cachePath, readCache, reason, writeCache, type Warn } from './cache-file.ts';
import { corpusContentHash } from './content-hash.ts';
import { codeVersion, dataFilesState, type FilesState } from './fingerprint.ts';

/** Bump when the saved layout below changes. Loader changes are caught by hashing its source. */
const FORMAT = 1;
const KIND = 'corpus';
const LOADER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../corpus');

/**
 * Files changed this recently are not vouched for by their times: on a file system with coarse
 * timestamps (FAT: 2 s) a second edit in the same tick would leave them unchanged. Such a corpus
 * is used but not saved; the next start saves it.
 */
const SETTLE_MS = 2000;

export interface OpenCorpusOptions {
  cacheDir?: string;
  warn?: Warn;
  /** The loader; tests pass their own to count loads. */
  load?: (dir: string) => Promise<LoadResult>;
  settleMs?: number;
}

export interface OpenedCorpus extends LoadResult {
  /** `corpusContentHash` of the corpus, for keying what is built from it. */
  contentHash: string;
  from: 'saved' | 'loaded';
}

interface Saved {
  articles: Article[];
  warnings: string[];
  contentHash: string;
}

/** The corpus saved for these exact files and this loader, else loaded now (and saved when settled). */
export async function openCorpus(dataDir: string, options: OpenCorpusOptions = {}): Promise<OpenedCorpus> {
  const load = options.load ?? loadCorpus;
  const before = options.cacheDir ? filesState(dataDir, options.cacheDir) : null;
  if (!options.cacheDir || !before) return loaded(await load(dataDir));
  const file = cachePath(options.cacheDir, dataDir, KIND);
  const key = await corpusKey(before);
  const saved = parseSaved(await readCache(file, KIND, key, options.warn), file, options.warn);
  if (saved) return { corpus: { articles: saved.articles, passages: saved.articles.flatMap((a) => a.passages) }, warnings: saved.warnings, contentHash: saved.contentHash, from: 'saved' };
  const startedMs = Date.now();
  const result = loaded(await load(dataDir));
  const settled = before.newestChangeMs < startedMs - (options.settleMs ?? SETTLE_MS);
  // Saved only if no file changed while it was read, and its passages are exactly its articles'.
  if (settled && filesState(dataDir, options.cacheDir)?.key === before.key && passagesFollowArticles(result)) {
    const { corpus, warnings, contentHash } = result;
    await writeCache(file, KIND, key, JSON.stringify({ articles: corpus.articles, warnings, contentHash } satisfies Saved), options.warn);
  }
  return result;
}

function loaded(result: LoadResult): OpenedCorpus {
  return { ...result, contentHash: corpusContentHash(result.corpus), from: 'loaded' };
}

function filesState(dataDir: string, cacheDir: string): FilesState | null {
  try {
    return dataFilesState(dataDir, cacheDir);
  } catch {
    return null; // a missing or unreadable folder: the loader says what is wrong
  }
}

async function corpusKey(files: FilesState): Promise<string> {
  return createHash('sha256').update(`format ${FORMAT}\0${await codeVersion(LOADER_DIR)}\0${files.key}`).digest('hex');
}

function parseSaved(payload: string | null, file: string, warn: Warn | undefined): Saved | null {
  if (payload === null) return null;
  try {
    const saved = JSON.parse(payload) as Saved;
    if (!Array.isArray(saved.articles) || !Array.isArray(saved.warnings) || typeof saved.contentHash !== 'string') throw new Error('unexpected layout');
    if (!saved.articles.every((a) => Array.isArray(a.passages))) throw new Error('an article without passages');
    return saved;
  } catch (err) {
    warn?.(`Saved ${KIND} ${file} is corrupt (${reason(err)}); rebuilding it.`);
    return null;
  }
}

/** The saved form keeps only the articles; `passages` must be theirs, in order, to be rebuilt from them. */
function passagesFollowArticles({ corpus }: LoadResult): boolean {
  let i = 0;
  for (const a of corpus.articles) for (const p of a.passages) if (corpus.passages[i++] !== p) return false;
  return i === corpus.passages.length;
}
