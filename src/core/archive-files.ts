// The files side of following the archive file by file: which article files changed since they
// were last read (by size, times and inode, as the cache's fingerprint sees them), reading only
// those, and the small saved record of what the cross-file step took out, with which the files as
// read are put back together at the next start without reading them.
import { createHash } from 'node:crypto';
import { plainPassage } from '../corpus/plain-passage.ts';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { cachePath, readCache, reason, writeCache, type Warn } from '../cache/cache-file.ts';
import type { OpenedCorpus } from '../cache/corpus.ts';
import { listArticleFiles } from '../corpus/files.ts';
import type { FileResult, TakenOut } from '../corpus/load.ts';
import type { parseHtmlArticle } from '../corpus/html.ts';
import { SOURCES_FILE } from '../coverage/sources-file.ts';
import type { Article, Corpus, Passage } from '../corpus/types.ts';

const HTML = /\.html?$/iu;
const KIND = 'shared text';
const FORMAT = 1;
/** Files stat'ed at once. */
const BATCH = 256;

/** Per article file (and `sources.yml`), what its size, times and inode were when read. */
export type Stamps = Map<string, string>;

/** The folder as walked once: every article file's stamp, and what the listing warned of. */
export interface Walked {
  stamps: Stamps;
  listingWarnings: string[];
}

/** What a walk found changed since the stamps before it (`changedFiles`); `stamps` are the walk's. */
export interface FileChanges extends Walked {
  added: string[];
  changed: string[];
  removed: string[];
  /** `sources.yml` changed: outlets and dates are applied again. */
  sourcesFile: boolean;
}

/** Whether any article file (or `sources.yml`) was added, changed or removed. */
export function somethingChanged(files: FileChanges): boolean {
  return files.sourcesFile || files.added.length + files.changed.length + files.removed.length > 0;
}

export async function stampFiles(dataDir: string): Promise<Walked> {
  const listing = await listArticleFiles(dataDir);
  const stamps: Stamps = new Map();
  const names = [...listing.files, SOURCES_FILE];
  for (let i = 0; i < names.length; i += BATCH) {
    const batch = names.slice(i, i + BATCH);
    const stats = await Promise.all(batch.map((name) => stat(path.join(dataDir, name), { bigint: true }).catch(() => null)));
    stats.forEach((s, k) => s && stamps.set(batch[k]!, `${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}`));
  }
  return { stamps, listingWarnings: listing.warnings };
}

/** What changed since `before` in the folder as walked (`stampFiles`). */
export function changedFiles({ stamps, listingWarnings }: Walked, before: Stamps): FileChanges {
  const changes: FileChanges = { added: [], changed: [], removed: [], sourcesFile: stamps.get(SOURCES_FILE) !== before.get(SOURCES_FILE), stamps, listingWarnings };
  for (const [name, stamp] of stamps) {
    if (name === SOURCES_FILE) continue;
    const was = before.get(name);
    if (was === undefined) changes.added.push(name);
    else if (was !== stamp) changes.changed.push(name);
  }
  for (const name of before.keys()) if (name !== SOURCES_FILE && !stamps.has(name)) changes.removed.push(name);
  return changes;
}

/** Reads the named files (the web-page parser only when one is a web page). */
export async function readFiles(dataDir: string, names: readonly string[]): Promise<FileResult[]> {
  // Imported here, not at start-up: a start from the saved corpus never loads the decoders.
  const { readArticleFile } = await import('../corpus/load.ts');
  const html: typeof parseHtmlArticle | null = names.some((n) => HTML.test(n)) ? (await import('../corpus/html.ts')).parseHtmlArticle : null;
  return names.map((name) => readArticleFile(dataDir, name, html));
}

/** Loads the reader's code ahead of the first change, so that change does not wait for it. */
export function warmReader(): void {
  void import('../corpus/load.ts').catch(() => undefined);
}

/** The files as read, in file order: the loaded corpus's articles with what the cross-file step took out put back. */
export function filesAsRead(corpus: Corpus, taken: TakenOut): Article[] {
  const out = new Map<string, Passage[]>();
  const withoutAlso = (p: Passage): Passage => {
    const { also: _also, ...rest } = plainPassage(p);
    return rest;
  };
  const articles = new Map<string, Article>();
  for (const a of corpus.articles) articles.set(a.source, a);
  for (const a of taken.files) articles.set(a.source, a);
  for (const p of taken.passages) {
    const { rule: _rule, ...passage } = p;
    const list = out.get(p.source) ?? [];
    list.push(passage);
    out.set(p.source, list);
  }
  return [...articles.keys()].sort().map((source) => {
    const a = articles.get(source)!;
    const back = out.get(source);
    const own = a.passages.map((p) => (p.also ? withoutAlso(p) : p));
    if (!back) return own.every((p, i) => p === a.passages[i]) ? a : { ...a, passages: own };
    return { ...a, passages: [...own, ...back].sort((x, y) => x.line - y.line) };
  });
}

function sidecar(cacheDir: string, dataDir: string, contentHash: string): { file: string; key: string } {
  return { file: cachePath(cacheDir, dataDir, 'shared-text'), key: createHash('sha256').update(`format ${FORMAT}\0${contentHash}`).digest('hex') };
}

/** Keeps what the cross-file step took out of the corpus with this content hash. */
export function saveTakenOut(cacheDir: string, dataDir: string, contentHash: string, taken: TakenOut, warn?: Warn): boolean {
  const { file, key } = sidecar(cacheDir, dataDir, contentHash);
  return writeCache(file, KIND, key, Buffer.from(JSON.stringify(taken)), warn);
}

/**
 * Saves what the cross-file step took out of a fresh load, then lets it go (its texts are strings
 * on the heap): the archive reads it back when first opened, as after a restart, so a bot whose
 * files never change does not hold it. Kept when it could not be saved.
 */
export function setAsideTakenOut(opened: OpenedCorpus, cacheDir: string, dataDir: string, warn?: Warn): void {
  if (opened.shared && saveTakenOut(cacheDir, dataDir, opened.contentHash, opened.shared, warn)) opened.shared = undefined;
}

/** What was saved for this corpus, or null (never saved, made for another corpus, or damaged). */
export async function readTakenOut(cacheDir: string, dataDir: string, contentHash: string, warn?: Warn): Promise<TakenOut | null> {
  const { file, key } = sidecar(cacheDir, dataDir, contentHash);
  const saved = await readCache(file, KIND, key, warn);
  if (!saved) return null;
  try {
    const taken = JSON.parse(saved.toString('utf8')) as TakenOut;
    if (!Array.isArray(taken.passages) || !Array.isArray(taken.files)) throw new Error('unexpected layout');
    return taken;
  } catch (err) {
    warn?.(`Saved ${KIND} ${file} is corrupt (${reason(err)}); the next change reads the folder whole.`);
    return null;
  }
}
