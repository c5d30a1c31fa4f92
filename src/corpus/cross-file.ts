// Text that several files share word for word: site chrome (the same lines at the top or bottom of
// many files of one site) is dropped; shared article text (agency copy carried by several outlets)
// is kept once, at its first place, and cited with every other place it appears (`also`).
//
// Kept up to date file by file (`SharedText`): a map from each paragraph's normalised text (its
// fingerprint) to the files that hold it, so that a file added, changed or removed is checked
// against the whole archive without reading any other file again. Loading a folder whole
// (`mergeSharedText`) goes through the same map, so both give exactly the same articles.
import type { Article, Passage, Place } from './types.ts';
import { plainPassage } from './plain-passage.ts';
import { normalizeSpace } from './shape.ts';
import { isChrome } from './chrome.ts';

export interface RepeatedPassage extends Place {
  text: string;
  /** `site-chrome`: dropped; `merged`: kept once elsewhere, this place listed in its `also`. */
  rule: 'site-chrome' | 'merged';
}

/** Articles (in file order) with chrome dropped and shared text kept once, plus every passage taken out of its file. */
export function mergeSharedText(articles: readonly Article[]): { articles: Article[]; removed: RepeatedPassage[] } {
  const shared = SharedText.of(articles);
  const merged = shared.merge(articles.map((a) => a.source));
  return { articles: articles.map((a) => merged.get(a.source)!.article), removed: [...merged.values()].flatMap((m) => m.removed) };
}

/** The first passage holding a text in one file. */
export interface Holder {
  source: string;
  passage: number;
}

/** One file after the cross-file step: what it keeps, what was taken out, whether other text cites it. */
export interface MergedFile {
  article: Article;
  removed: RepeatedPassage[];
  /** Some shared text kept in an earlier file lists a place of this one. */
  cited: boolean;
}

/** Per-change memos: a key's chrome verdict and a file's run labels do not change within one pass. */
interface Pass {
  chrome: Map<string, boolean>;
  sets: Map<string, string[]>;
}

export class SharedText {
  readonly #articles = new Map<string, Article>();
  readonly #keys = new Map<string, string[]>();
  /**
   * Fingerprint → the files holding it, each with its first passage there, in file order. Most
   * text is held by one file: then just that file's name (no object per passage).
   */
  readonly #holders = new Map<string, string | Holder[]>();
  /** Fingerprint → the files holding it joined ('' when one file does): a run of shared lines shares one label. */
  readonly #labels = new Map<string, string>();

  /** Every file, in file order. */
  static of(articles: readonly Article[]): SharedText {
    const shared = new SharedText();
    for (const a of articles) shared.#add(a, true);
    return shared;
  }

  /** The file as read (before this step). */
  article(source: string): Article | undefined {
    return this.#articles.get(source);
  }

  sources(): IterableIterator<string> {
    return this.#articles.keys();
  }

  /**
   * Puts in (or replaces) files and takes out others; returns every file whose outcome may have
   * changed: those sharing text with the changed ones, and those sharing text with any of them
   * (a run of shared lines is judged by its neighbours, and its neighbours by their files).
   */
  update(set: readonly Article[], removed: readonly string[]): Set<string> {
    const touched = new Set<string>();
    for (const source of [...removed, ...set.map((a) => a.source)]) for (const key of this.#remove(source)) touched.add(key);
    for (const a of set) for (const key of this.#add(a, false)) touched.add(key);
    const first = new Set(set.map((a) => a.source));
    for (const key of touched) for (const h of this.#shared(key)) first.add(h.source);
    const keys = new Set<string>();
    for (const source of first) for (const key of this.#keys.get(source) ?? []) keys.add(key);
    const affected = new Set(first);
    for (const key of keys) for (const h of this.#shared(key)) affected.add(h.source);
    for (const source of removed) affected.delete(source);
    return affected;
  }

  /** The files' outcomes, each computed from the whole map. */
  merge(sources: Iterable<string>): Map<string, MergedFile> {
    const pass: Pass = { chrome: new Map(), sets: new Map() };
    const out = new Map<string, MergedFile>();
    for (const source of sources) out.set(source, this.#merged(source, pass));
    return out;
  }

  #merged(source: string, pass: Pass): MergedFile {
    const article = this.#articles.get(source)!;
    const keys = this.#keys.get(source)!;
    const removed: RepeatedPassage[] = [];
    let cited = false;
    const passages = article.passages.flatMap((p, j): Passage[] => {
      const holders = this.#shared(keys[j]!);
      if (holders.length < 2) return [p];
      const firstHere = holders[holderAt(holders, source)]!.passage === j;
      if (this.#chrome(keys[j]!, pass)) {
        if (firstHere) removed.push({ source: p.source, line: p.line, text: p.text, rule: 'site-chrome' });
        return firstHere ? [] : [p];
      }
      if (firstHere && holders[0]!.source !== source) {
        cited = true;
        removed.push({ source: p.source, line: p.line, text: p.text, rule: 'merged' });
        return [];
      }
      return [{ ...plainPassage(p), also: holders.slice(1).map((h) => this.#placeOf(h)) }];
    });
    const same = passages.length === article.passages.length && passages.every((p, j) => p === article.passages[j]);
    return { article: same ? article : { ...article, passages }, removed, cited };
  }

  #chrome(key: string, pass: Pass): boolean {
    let verdict = pass.chrome.get(key);
    if (verdict === undefined) {
      const holders = this.#shared(key);
      const at = holders.map((h) => ({ article: this.#articles.get(h.source)!, passage: h.passage, sets: () => this.#setsOf(h.source, pass) }));
      verdict = isChrome(at);
      pass.chrome.set(key, verdict);
    }
    return verdict;
  }

  /** Per passage of a file, the label of the files that share it ('' when none does). */
  #setsOf(source: string, pass: Pass): string[] {
    let sets = pass.sets.get(source);
    if (!sets) {
      sets = this.#keys.get(source)!.map((key) => this.#label(key));
      pass.sets.set(source, sets);
    }
    return sets;
  }

  /** The holders of a text that more than one file holds; [] otherwise. */
  #shared(key: string): readonly Holder[] {
    const held = this.#holders.get(key);
    return held === undefined || typeof held === 'string' ? [] : held;
  }

  #placeOf(h: Holder): Place {
    const p = this.#articles.get(h.source)!.passages[h.passage]!;
    return { source: p.source, line: p.line };
  }

  /** `last`: the file comes after every file held (a whole folder in file order), so no search is needed. */
  #add(article: Article, last: boolean): string[] {
    const keys = article.passages.map((p) => normalizeSpace(p.text));
    this.#articles.set(article.source, article);
    this.#keys.set(article.source, keys);
    const mine: string[] = [];
    keys.forEach((key, passage) => {
      const held = this.#holders.get(key);
      if (held === undefined) return void (this.#holders.set(key, article.source), mine.push(key));
      if (held === article.source) return;
      const holders = typeof held === 'string' ? [{ source: held, passage: this.#keys.get(held)!.indexOf(key) }] : held;
      this.#holders.set(key, holders);
      const at = last ? holders.length : insertionPoint(holders, article.source);
      if (holders[at - 1]?.source === article.source || holders[at]?.source === article.source) return;
      holders.splice(at, 0, { source: article.source, passage });
      this.#labels.delete(key);
      mine.push(key);
    });
    return mine;
  }

  #remove(source: string): string[] {
    const keys = this.#keys.get(source);
    if (!keys) return [];
    const mine: string[] = [];
    for (const key of new Set(keys)) {
      const holders = this.#holders.get(key)!;
      if (typeof holders === 'string') this.#holders.delete(key);
      else holders.splice(holderAt(holders, source), 1);
      if (holders.length === 0) this.#holders.delete(key);
      this.#labels.delete(key);
      mine.push(key);
    }
    this.#articles.delete(source);
    this.#keys.delete(source);
    return mine;
  }

  /** Made when first asked for: a folder read whole would otherwise join a long list once per file. */
  #label(key: string): string {
    let label = this.#labels.get(key);
    if (label === undefined) {
      const holders = this.#shared(key);
      label = holders.length > 1 ? holders.map((h) => h.source).join('\0') : '';
      this.#labels.set(key, label);
    }
    return label;
  }
}

/** Where `source` sits (or would sit) among holders in file order. */
function insertionPoint(holders: readonly Holder[], source: string): number {
  let lo = 0;
  let hi = holders.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holders[mid]!.source < source) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function holderAt(holders: readonly Holder[], source: string): number {
  const at = insertionPoint(holders, source);
  if (holders[at]?.source !== source) throw new Error(`corpus: ${source} is not listed under its own text`);
  return at;
}
