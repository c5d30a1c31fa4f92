// The loaded corpus, saved in the cache folder: at 100k passages reading and cleaning the articles
// takes far longer than anything else at start-up, so it is done again only when a file changes.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadResult } from '../corpus/load.ts';
import type { Article, Passage, Place } from '../corpus/types.ts';
import { cachePath, prefetch, readCache, reason, writeCache, type Warn } from './cache-file.ts';
import { corpusContentHash } from './content-hash.ts';
import { codeVersion, dataFilesState, type FilesState } from './fingerprint.ts';
import { dataFilesStateOffThread } from './walk-off-thread.ts';
import { SavedPassage, type PassageColumns } from './saved-passages.ts';
import { jsonSection, readJson, readUint32, sectionParts, unpackSections, viewUint32 } from './sections.ts';

/** Bump when the saved layout below changes. Loader changes are caught by hashing its source. */
const FORMAT = 5;
const KIND = 'corpus';
const HERE = fileURLToPath(import.meta.url);
const LOADER_DIR = path.resolve(path.dirname(HERE), '../corpus');
/** The text kit the loader splits sentences with. */
const TEXT_KIT_DIR = path.resolve(path.dirname(HERE), '../text');

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
  /** How old the newest file change must be for the corpus to be saved (default 2 s; 0: save at once). */
  settleMs?: number;
  /** `corpusContentHash` of what `load` gives, when the caller has it (a followed archive's corpus): not worked out again. */
  contentHash?: () => Promise<string>;
}

export interface OpenedCorpus extends LoadResult {
  /** `corpusContentHash` of the corpus, for keying what is built from it. */
  contentHash: string;
  from: 'saved' | 'loaded';
  /**
   * The data files' state (`dataFilesState(dataDir, cacheDir)`) taken before the corpus was read, when a
   * cache folder was given: a watch starts from it instead of walking the folder again (33k files: 0.7 s).
   */
  filesKey?: string;
}

/**
 * The saved corpus: a JSON head (articles without their passages, distinct headings, the few
 * passages whose file or title differ from their article's), every passage's text as UTF-8 in one
 * run of bytes (half the size of UTF-16 for most news text), and per passage its line, heading
 * number (0: none) and the byte where its text ends.
 */
interface Head {
  articles: (Omit<Article, 'passages'> & { count: number })[];
  headings: string[];
  /** [passage number, its own source, its own title]. */
  exceptions: [number, string, string][];
  /** [passage number, the other places its text appears]. */
  also: [number, Place[]][];
  warnings: string[];
  contentHash: string;
}

const SECTIONS = 5;
/** The head's JSON, the texts' UTF-8, then per passage its line, heading number and text end. */
type Sections = [Buffer, Buffer, Uint32Array, Uint32Array, Uint32Array];

interface Saved {
  corpus: LoadResult['corpus'];
  warnings: string[];
  contentHash: string;
}

/** The corpus saved for these exact files and this loader, else loaded now (and saved when settled). */
export async function openCorpus(dataDir: string, options: OpenCorpusOptions = {}): Promise<OpenedCorpus> {
  const load = options.load ?? loadArticles;
  if (!options.cacheDir) return loaded(await load(dataDir), await options.contentHash?.());
  const file = cachePath(options.cacheDir, dataDir, KIND);
  // Read (and its checksum worked out) on a worker while this thread checks the data files.
  const reading = prefetch(file);
  const before = (await walkedAhead(dataDir, options.cacheDir)) ?? filesState(dataDir, options.cacheDir);
  if (!before) return loaded(await load(dataDir), await options.contentHash?.());
  const key = await corpusKey(before);
  const saved = parseSaved(await readCache(file, KIND, key, options.warn, reading), file, options.warn);
  if (saved) return { ...saved, from: 'saved', filesKey: before.key };
  const startedMs = Date.now();
  const result = { ...loaded(await load(dataDir), await options.contentHash?.()), filesKey: before.key };
  const settleMs = options.settleMs ?? SETTLE_MS;
  // 0 takes the files as settled whatever their times say (a file system's clock may run ahead of ours).
  const settled = settleMs <= 0 || before.newestChangeMs < startedMs - settleMs;
  // Saved only if no file changed while it was read, and its passages are exactly its articles'.
  if (!passagesFollowArticles(result)) return result;
  const packed = pack(result);
  if (settled && filesState(dataDir, options.cacheDir)?.key === before.key) writeCache(file, KIND, key, sectionParts(packed), options.warn);
  // Served as a restart serves the saved corpus (texts left as UTF-8 bytes, outside the heap): the loaded
  // strings are let go. At 1M passages they held ~600 MB of heap that a restart never holds.
  return { ...result, ...fromSections(packed) };
}

/** The loader (and its decoders) is imported only when the saved corpus cannot be used: not on a normal start. */
async function loadArticles(dir: string): Promise<LoadResult> {
  const { loadCorpus } = await import('../corpus/load.ts');
  return loadCorpus(dir);
}

function loaded(result: LoadResult, contentHash = corpusContentHash(result.corpus)): OpenedCorpus {
  return { ...result, contentHash, from: 'loaded' };
}

/** Walks of the data files started at start-up (`walkAhead`), by folder and cache folder. */
const walks = new Map<string, Promise<FilesState | null>>();

/** Starts `dataFilesState(dataDir, cacheDir)` on a worker, for the next `openCorpus` of that folder. */
export function walkAhead(dataDir: string, cacheDir: string): void {
  const key = walkKey(dataDir, cacheDir);
  if (walks.has(key)) return;
  const walking = dataFilesStateOffThread(dataDir, cacheDir).catch(() => null);
  walks.set(key, walking);
  // Not picked up by then (the configuration named another folder): let go.
  setTimeout(() => walks.get(key) === walking && walks.delete(key), 60_000).unref();
}

async function walkedAhead(dataDir: string, cacheDir: string): Promise<FilesState | null> {
  const key = walkKey(dataDir, cacheDir);
  const walking = walks.get(key);
  walks.delete(key);
  return walking ? await walking : null;
}

function walkKey(dataDir: string, cacheDir: string): string {
  return `${path.resolve(dataDir)}\0${path.resolve(cacheDir)}`;
}

function filesState(dataDir: string, cacheDir: string): FilesState | null {
  try {
    return dataFilesState(dataDir, cacheDir);
  } catch {
    return null; // a missing or unreadable folder: the loader says what is wrong
  }
}

async function corpusKey(files: FilesState): Promise<string> {
  return createHash('sha256').update(`format ${FORMAT}\0${await codeVersion(LOADER_DIR, HERE)} ${await codeVersion(TEXT_KIT_DIR, HERE)}\0${files.key}`).digest('hex');
}

function parseSaved(payload: Buffer | null, file: string, warn: Warn | undefined): Saved | null {
  if (payload === null) return null;
  try {
    return unpack(payload);
  } catch (err) {
    warn?.(`Saved ${KIND} ${file} is corrupt (${reason(err)}); rebuilding it.`);
    return null;
  }
}

/** The saved corpus's sections: the head, every text as one run of UTF-8 bytes, lines, heading numbers, text ends. */
function pack({ corpus, warnings, contentHash }: Saved): Sections {
  const headings = new Map<string, number>();
  const exceptions: Head['exceptions'] = [];
  const also: Head['also'] = [];
  const n = corpus.passages.length;
  const [lines, headingIds, ends] = [new Uint32Array(n), new Uint32Array(n), new Uint32Array(n)];
  let bytes = 0;
  for (const p of corpus.passages) bytes += Buffer.byteLength(p.text, 'utf8');
  // Written straight into one buffer of the exact size: no joined string, no second encoding.
  const text = Buffer.allocUnsafe(bytes);
  let at = 0;
  let i = 0;
  for (const article of corpus.articles) {
    for (const p of article.passages) {
      if (p.source !== article.source || p.title !== article.title) exceptions.push([i, p.source, p.title]);
      if (p.also) also.push([i, p.also]);
      if (p.heading !== null && !headings.has(p.heading)) headings.set(p.heading, headings.size + 1);
      lines[i] = p.line;
      headingIds[i] = p.heading === null ? 0 : headings.get(p.heading)!;
      at += text.write(p.text, at, 'utf8');
      ends[i++] = at;
    }
  }
  const articles = corpus.articles.map(({ passages, ...a }) => ({ ...a, count: passages.length }));
  const head: Head = { articles, headings: [...headings.keys()], exceptions, also, warnings, contentHash };
  const json = jsonSection(head);
  return [Buffer.from(json.buffer, json.byteOffset, json.byteLength), text, lines, headingIds, ends];
}

function unpack(payload: Buffer): Saved {
  const [headBytes, text, lineBytes, headingBytes, endBytes] = unpackSections(payload, SECTIONS) as [Buffer, Buffer, Buffer, Buffer, Buffer];
  return fromSections([headBytes, text, readUint32(lineBytes), readUint32(headingBytes), viewUint32(endBytes)]);
}

/** The corpus served from its saved sections (read back, or just packed): passages decoded when read. */
function fromSections([headBytes, text, lines, headingIds, ends]: Sections): Saved {
  // The head goes through its JSON even when just packed: what is served is what a restart reads back.
  const head = readJson<Head>(headBytes);
  if (!Array.isArray(head.articles) || !Array.isArray(head.headings) || !Array.isArray(head.also) || !Array.isArray(head.warnings) || typeof head.contentHash !== 'string') throw new Error('unexpected layout');
  const total = head.articles.reduce((sum, a) => sum + a.count, 0);
  if (lines.length !== total || headingIds.length !== total || ends.length !== total || (total > 0 && ends[total - 1] !== text.length)) throw new Error('passages do not match their articles');
  const articleOf = new Uint32Array(total);
  let at = 0;
  head.articles.forEach((a, i) => articleOf.fill(i, at, (at += a.count)));
  const columns: PassageColumns = {
    bytes: text, ends, lines, headingIds, headings: head.headings, articleOf, articles: head.articles,
    exceptions: new Map(head.exceptions.map(([i, source, title]) => [i, { source, title }])),
    also: new Map(head.also),
  };
  const passages: Passage[] = new Array<Passage>(total);
  for (let i = 0; i < total; i++) passages[i] = new SavedPassage(columns, i);
  let from = 0;
  const articles = head.articles.map(({ count, ...rest }) => ({ ...rest, passages: passages.slice(from, (from += count)) }));
  return { corpus: { articles, passages }, warnings: head.warnings, contentHash: head.contentHash };
}

/** The saved form keeps only the articles; `passages` must be theirs, in order, to be rebuilt from them. */
function passagesFollowArticles({ corpus }: LoadResult): boolean {
  let i = 0;
  for (const a of corpus.articles) for (const p of a.passages) if (corpus.passages[i++] !== p) return false;
  return i === corpus.passages.length;
}
