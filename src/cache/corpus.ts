// The loaded corpus, saved in the cache folder: at 100k passages reading and cleaning the articles
// takes far longer than anything else at start-up, so it is done again only when a file changes.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadResult } from '../corpus/load.ts';
import type { Article, Passage } from '../corpus/types.ts';
import { cachePath, readCache, reason, writeCache, type Warn } from './cache-file.ts';
import { corpusContentHash } from './content-hash.ts';
import { codeVersion, dataFilesState, type FilesState } from './fingerprint.ts';

/** Bump when the saved layout below changes. Loader changes are caught by hashing its source. */
const FORMAT = 2;
const KIND = 'corpus';
const HERE = fileURLToPath(import.meta.url);
const LOADER_DIR = path.resolve(path.dirname(HERE), '../corpus');

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
  /** Articles whose passages leave out `source` and `title` when they are the article's. */
  articles: (Omit<Article, 'passages'> & { passages: Partial<Passage>[] })[];
  warnings: string[];
  contentHash: string;
}

/** The corpus saved for these exact files and this loader, else loaded now (and saved when settled). */
export async function openCorpus(dataDir: string, options: OpenCorpusOptions = {}): Promise<OpenedCorpus> {
  const load = options.load ?? loadArticles;
  const before = options.cacheDir ? filesState(dataDir, options.cacheDir) : null;
  if (!options.cacheDir || !before) return loaded(await load(dataDir));
  const file = cachePath(options.cacheDir, dataDir, KIND);
  const key = await corpusKey(before);
  const saved = parseSaved(await readCache(file, KIND, key, options.warn), file, options.warn);
  if (saved) {
    const articles = saved.articles.map(expand);
    return { corpus: { articles, passages: articles.flatMap((a) => a.passages) }, warnings: saved.warnings, contentHash: saved.contentHash, from: 'saved' };
  }
  const startedMs = Date.now();
  const result = loaded(await load(dataDir));
  const settled = before.newestChangeMs < startedMs - (options.settleMs ?? SETTLE_MS);
  // Saved only if no file changed while it was read, and its passages are exactly its articles'.
  if (settled && filesState(dataDir, options.cacheDir)?.key === before.key && passagesFollowArticles(result)) {
    const { corpus, warnings, contentHash } = result;
    await writeCache(file, KIND, key, asciiJson({ articles: corpus.articles.map(compact), warnings, contentHash } satisfies Saved), options.warn);
  }
  return result;
}

/** The loader (and its decoders) is imported only when the saved corpus cannot be used: not on a normal start. */
async function loadArticles(dir: string): Promise<LoadResult> {
  const { loadCorpus } = await import('../corpus/load.ts');
  return loadCorpus(dir);
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
  return createHash('sha256').update(`format ${FORMAT}\0${await codeVersion(LOADER_DIR, HERE)}\0${files.key}`).digest('hex');
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

/** Every passage repeats its article's file and title: saved once per article, a quarter less to read. */
function compact(article: Article): Saved['articles'][number] {
  const passages = article.passages.map(({ source, title, ...rest }) => ({
    ...(source === article.source ? {} : { source }),
    ...(title === article.title ? {} : { title }),
    ...rest,
  }));
  return { ...article, passages };
}

function expand(article: Saved['articles'][number]): Article {
  return { ...article, passages: article.passages.map((p) => ({ source: article.source, title: article.title, ...p }) as Passage) };
}

/**
 * JSON with every non-ASCII character escaped: reading a file of pure ASCII skips UTF-8 decoding,
 * which at 100k passages of curly quotes and dashes costs more than parsing it.
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The saved form keeps only the articles; `passages` must be theirs, in order, to be rebuilt from them. */
function passagesFollowArticles({ corpus }: LoadResult): boolean {
  let i = 0;
  for (const a of corpus.articles) for (const p of a.passages) if (corpus.passages[i++] !== p) return false;
  return i === corpus.passages.length;
}
