// The archive followed file by file (issue 17). A change of files costs in proportion to the files
// changed, not to the archive: only they are read; the cross-file step is re-checked through its
// fingerprint map (`corpus/cross-file.ts`) for the files sharing text with them; the search index
// takes the change as a delta segment merged into the main one (`search/segments.ts`); the passage
// vectors keep theirs and embed the new passages (refitted in the background once enough changed);
// the quote book reads again only the articles not already extracted (`quotes/persist.ts`).
// Every step gives what loading the folder whole gives, and a test says so.
import { SharedText, type MergedFile } from '../corpus/cross-file.ts';
import { plainPassage } from '../corpus/plain-passage.ts';
import { ContentHash } from '../cache/content-hash.ts';
import type { OpenedCorpus } from '../cache/corpus.ts';
import type { TakenOut } from '../corpus/load.ts';
import type { Article, Corpus } from '../corpus/types.ts';
import { readSourceRules, SOURCES_FILE, withSourceMeta, type SourceRule } from '../coverage/sources-file.ts';
import { updateSearchEngine, type LocalSearchEngine } from '../search/engine.ts';
import { mapPassages } from '../search/segments.ts';
import type { VectorIndex } from '../search/semantic/vector-index.ts';
import { changedFiles, filesAsRead, readFiles, readTakenOut, saveTakenOut, somethingChanged, stampFiles, warmReader, type Stamps, type Walked } from './archive-files.ts';
import { fileWarnings, quotesFor } from './archive-parts.ts';
import type { Core } from './core.ts';

export interface ArchiveOptions {
  dataDir: string;
  cacheDir?: string;
  warn?: (message: string) => void;
}

/** What the first load of the folder gave, for following it from there. */
export interface FirstLoad {
  opened: OpenedCorpus;
  engine: LocalSearchEngine;
  /** The files' stamps, taken after the load was served. */
  stamps: Stamps;
  /** When the load began (ms since the epoch): a file changed since may not be what was loaded, and is read again. */
  loadedAtMs: number;
  /** The corpus the core serves (with outlets and dates). */
  served: Corpus;
}

/** One applied change: the core to serve, the files read, and how long each step took. */
export interface Applied {
  core: Core;
  read: string[];
  removed: string[];
  ms: { read: number; crossFile: number; index: number; total: number };
}

export class Archive {
  readonly #options: ArchiveOptions;
  readonly #shared: SharedText;
  /** Per file read, what the cross-file step made of it (usable or not). */
  readonly #merged = new Map<string, MergedFile>();
  readonly #warnings = new Map<string, string[]>();
  #listingWarnings: string[] = [];
  #stamps: Stamps;
  #rules: SourceRule[] = [];
  #engine: LocalSearchEngine;
  #corpus: Corpus;
  /** `#corpus`'s hash, worked out once for everything keyed on it. */
  #hash: ContentHash;
  #served: Corpus;
  #vectors: VectorIndex | undefined;
  /** Passages embedded against an older fit since the vectors were last built whole. */
  #sinceFit = 0;
  #busy = false;

  private constructor(options: ArchiveOptions, shared: SharedText, first: FirstLoad, taken: TakenOut) {
    this.#options = options;
    this.#shared = shared;
    this.#stamps = first.stamps;
    this.#engine = first.engine;
    this.#corpus = first.opened.corpus;
    this.#hash = new ContentHash(this.#corpus, first.opened.contentHash);
    this.#served = first.served;
    const removed = new Map<string, MergedFile['removed']>();
    for (const p of taken.passages) removed.set(p.source, [...(removed.get(p.source) ?? []), { source: p.source, line: p.line, text: p.text, rule: p.rule }]);
    for (const a of first.opened.corpus.articles) this.#merged.set(a.source, { article: a, removed: removed.get(a.source) ?? [], cited: a.passages.length === 0 });
    for (const a of taken.files) this.#merged.set(a.source, { article: { ...a, passages: [] }, removed: removed.get(a.source) ?? [], cited: false });
    // The loader's warnings start with the file they are about; others (a folder skipped) are the listing's.
    for (const w of first.opened.warnings) {
      const source = w.slice(0, Math.max(0, w.indexOf(': ')));
      if (first.stamps.has(source)) this.#warnings.set(source, [...(this.#warnings.get(source) ?? []), w]);
      else this.#listingWarnings.push(w);
    }
    this.#stamps = uncertain(first.stamps, this.#merged, first.loadedAtMs);
  }

  /**
   * Follows the folder from its first load. Null when what the cross-file step took out is not
   * known (a corpus saved by an older version): the next change then reloads the folder whole.
   */
  static async open(options: ArchiveOptions, first: FirstLoad): Promise<Archive | null> {
    const { dataDir, cacheDir, warn } = options;
    const { opened } = first;
    let taken = opened.shared ?? null;
    if (taken && cacheDir) saveTakenOut(cacheDir, dataDir, opened.contentHash, taken, warn);
    if (!taken && cacheDir) taken = await readTakenOut(cacheDir, dataDir, opened.contentHash, warn);
    if (!taken) return null;
    const archive = new Archive(options, await SharedText.ofYielding(filesAsRead(opened.corpus, taken)), first, taken);
    archive.#rules = await readSourceRules(dataDir, warn);
    warmReader();
    return archive;
  }

  /** The corpus as loaded (before `sources.yml`), what the cross-file step took out, and the warnings: what is saved for the next start. */
  saved(): { corpus: Corpus; hash: ContentHash; taken: TakenOut; warnings: string[]; engine: LocalSearchEngine; served: Corpus } {
    const taken: TakenOut = { passages: [], files: [] };
    for (const [source, m] of this.#merged) {
      const read = this.#shared.article(source);
      if (!read) continue;
      for (const r of m.removed) {
        const p = read.passages.find((q) => q.line === r.line && q.text === r.text);
        if (p) taken.passages.push({ ...plainPassage(p), rule: r.rule });
      }
      if (!usable(m)) taken.files.push(read);
    }
    return { corpus: this.#corpus, hash: this.#hash, taken, warnings: this.#allWarnings(), engine: this.#engine, served: this.#served };
  }

  /** The hash of the corpus as loaded, and the corpus as served now. */
  current(): { hash: ContentHash; served: Corpus } {
    return { hash: this.#hash, served: this.#served };
  }

  /** Passage vectors made for `passages` (an earlier corpus, or this one): used from now on, carried over to the current passages. */
  attachVectors(vectors: VectorIndex, passages: Corpus['passages']): void {
    const current = this.#served.passages;
    const mapping = mapPassages(passages, current);
    const same = mapping.added.length === 0 && mapping.newOf.every((to, from) => to === from);
    this.#vectors = same ? vectors : vectors.withChanges(current, mapping);
    if (same) this.#sinceFit = 0;
    this.#engine.attachVectors?.(this.#vectors);
  }

  /** Passages embedded since the vectors were last fitted to the whole corpus. */
  get sinceFit(): number {
    return this.#sinceFit;
  }

  /** A change is being applied (its steps let questions through): what `saved()` would give is half made. */
  get busy(): boolean {
    return this.#busy;
  }

  /**
   * Reads what changed in the folder and returns the core that serves it; null when nothing did. One
   * at a time. `walked`: the folder as walked just now (the first change's check), not walked again.
   */
  async apply(walked?: Walked): Promise<Applied | null> {
    this.#busy = true;
    try {
      return await this.#apply(walked);
    } finally {
      this.#busy = false;
    }
  }

  async #apply(walked: Walked | undefined): Promise<Applied | null> {
    const started = performance.now();
    const { dataDir, cacheDir, warn } = this.#options;
    const files = changedFiles(walked ?? (await stampFiles(dataDir)), this.#stamps);
    const names = [...files.added, ...files.changed];
    if (!somethingChanged(files)) {
      this.#stamps = files.stamps;
      return null;
    }
    const results = await readFiles(dataDir, names);
    const readMs = performance.now() - started;
    await breather();
    const set = results.flatMap((r) => (r.ok ? [r.article] : []));
    const gone = [...files.removed, ...results.flatMap((r) => (r.ok ? [] : [r.name]))];
    const affected = this.#shared.update(set, gone);
    for (const source of gone) this.#merged.delete(source);
    for (const [source, m] of this.#shared.merge(affected)) this.#merged.set(source, m);
    for (const name of [...names, ...files.removed]) this.#warnings.delete(name);
    for (const r of results) this.#warnings.set(r.name, fileWarnings(r, this.#merged.get(r.name)));
    this.#listingWarnings = files.listingWarnings;
    if (files.sourcesFile) this.#rules = await readSourceRules(dataDir, warn);
    const crossMs = performance.now() - started - readMs;
    await breather();
    const before = this.#served;
    const reuse = files.sourcesFile ? new Map<string, Article>() : new Map(before.articles.map((a) => [a.source, a]));
    this.#corpus = this.#assemble();
    this.#hash = new ContentHash(this.#corpus);
    this.#served = this.#withMeta(this.#corpus, reuse);
    const mapping = mapPassages(before.passages, this.#served.passages);
    this.#engine = updateSearchEngine(this.#engine, this.#served, mapping);
    if (this.#vectors) {
      this.#vectors = this.#vectors.withChanges(this.#served.passages, mapping);
      this.#sinceFit += mapping.added.length;
      this.#engine.attachVectors?.(this.#vectors);
    }
    const indexMs = performance.now() - started - readMs - crossMs;
    this.#stamps = files.stamps;
    const served = this.#served;
    const articles = new Map(served.articles.map((a) => [a.source, a]));
    const core: Core = { corpus: served, search: this.#engine, quotes: await quotesFor(served, this.#hash, { dataDir, cacheDir, warn }), articleOf: (s) => articles.get(s) };
    for (const w of names.flatMap((n) => this.#warnings.get(n) ?? [])) warn?.(w);
    return { core, read: names, removed: files.removed, ms: { read: readMs, crossFile: crossMs, index: indexMs, total: performance.now() - started } };
  }

  /** Every usable file's article, in file order. */
  #assemble(): Corpus {
    const articles = [...this.#merged.keys()].sort().flatMap((s) => {
      const m = this.#merged.get(s)!;
      return usable(m) ? [m.article] : [];
    });
    return { articles, passages: articles.flatMap((a) => a.passages) };
  }

  /** Outlets and dates from `sources.yml` and file names; an article that did not change keeps its object (and its passages theirs). */
  #withMeta(corpus: Corpus, reuse: ReadonlyMap<string, Article>): Corpus {
    const articles = corpus.articles.map((a) => {
      const known = reuse.get(a.source);
      return known && known.passages === a.passages && known.title === a.title ? known : withSourceMeta(a, this.#rules);
    });
    return { articles, passages: articles.flatMap((a) => a.passages) };
  }

  #allWarnings(): string[] {
    return [...this.#listingWarnings, ...[...this.#warnings.values()].flat()];
  }
}

/** Lets waiting questions be answered between two steps of a change. */
function breather(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Coarse file times (FAT: 2 s) cannot tell an edit just before the load from one just after it. */
export const CLOCK_SLACK_MS = 2000;

/** The stamps, with those of files the load may not have seen as they are now blanked: the first change reads them again. */
function uncertain(stamps: Stamps, loaded: ReadonlyMap<string, MergedFile>, loadedAtMs: number): Stamps {
  const out: Stamps = new Map();
  for (const [name, stamp] of stamps) {
    const known = loaded.has(name) || name === SOURCES_FILE;
    out.set(name, known && settledBefore(stamp, loadedAtMs) ? stamp : '');
  }
  return out;
}

/** Whether a file may have changed after a load that began at `loadedAtMs` (its stamp cannot vouch for what was read). */
export function changedNear(stamps: Stamps, loadedAtMs: number): boolean {
  for (const stamp of stamps.values()) if (!settledBefore(stamp, loadedAtMs)) return true;
  return false;
}

function settledBefore(stamp: string, loadedAtMs: number): boolean {
  const [, mtimeNs = '0', ctimeNs = '0'] = stamp.split(':');
  const [m, c] = [BigInt(mtimeNs), BigInt(ctimeNs)];
  return Number((m > c ? m : c) / 1_000_000n) < loadedAtMs - CLOCK_SLACK_MS;
}

function usable(m: MergedFile): boolean {
  return m.article.passages.length > 0 || m.cited;
}
