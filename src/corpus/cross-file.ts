// Text that several files share word for word: site chrome (the same lines at the top or bottom of
// many files of one site) is dropped; shared article text (agency copy carried by several outlets)
// is kept once, at its first place, and cited with every other place it appears (`also`).
//
// Kept up to date file by file (`SharedText`): a map from each paragraph's normalised text (its
// fingerprint) to the files that hold it, so that a file added, changed or removed is checked
// against the whole archive without reading any other file again. Loading a folder whole
// (`mergeSharedText`) goes through the same map, so both give exactly the same articles.
// The map is keyed by a 53-bit hash of the text, checked against the text itself whenever a hash is
// already held (a text whose hash another text holds gets a key of its own): keyed by the texts
// themselves it held ~600 MB of heap at 1M passages.
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
  chrome: Map<Key, boolean>;
  sets: Map<string, string[]>;
}

export class SharedText {
  readonly #articles = new Map<string, Article>();
  /** Per file, the fingerprint of each passage. */
  readonly #keys = new Map<string, Float64Array>();
  /**
   * Fingerprint → the files holding it, each with its first passage there, in file order. Most
   * text is held by one file: then just that file's name (no object per passage).
   */
  readonly #holders = new Map<Key, string | Holder[]>();
  /** Fingerprint → the files holding it joined ('' when one file does): a run of shared lines shares one label. */
  readonly #labels = new Map<Key, string>();
  /** The few texts whose hash another text held when they came: their own keys (negative), by text. */
  readonly #ownKeys = new Map<string, Key>();
  #nextOwnKey = -1;
  readonly #hash: (text: string) => number;

  /** `hash`: a text's hash (tests pass a poor one to show that held hashes are checked against their texts). */
  constructor(hash: (text: string) => number = textHash) {
    this.#hash = hash;
  }

  /** Every file, in file order. */
  static of(articles: readonly Article[], hash?: (text: string) => number): SharedText {
    const shared = new SharedText(hash);
    for (const a of articles) shared.#add(a, true);
    return shared;
  }

  /**
   * `of`, letting waiting work run between batches of files: at 1M passages reading every text
   * into the map takes seconds, which a bot following its folder must not spend silent.
   */
  static async ofYielding(articles: readonly Article[], filesPerBatch = 100): Promise<SharedText> {
    const shared = new SharedText();
    for (let i = 0; i < articles.length; i++) {
      shared.#add(articles[i]!, true);
      if (i % filesPerBatch === filesPerBatch - 1) await new Promise((resolve) => setImmediate(resolve));
    }
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
    const touched = new Set<Key>();
    for (const source of [...removed, ...set.map((a) => a.source)]) for (const key of this.#remove(source)) touched.add(key);
    for (const a of set) for (const key of this.#add(a, false)) touched.add(key);
    const first = new Set(set.map((a) => a.source));
    for (const key of touched) for (const h of this.#shared(key)) first.add(h.source);
    const keys = new Set<Key>();
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

  #chrome(key: Key, pass: Pass): boolean {
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
      sets = Array.from(this.#keys.get(source)!, (key) => this.#label(key));
      pass.sets.set(source, sets);
    }
    return sets;
  }

  /** The holders of a text that more than one file holds; [] otherwise. */
  #shared(key: Key): readonly Holder[] {
    const held = this.#holders.get(key);
    return held === undefined || typeof held === 'string' ? [] : held;
  }

  #placeOf(h: Holder): Place {
    const p = this.#articles.get(h.source)!.passages[h.passage]!;
    return { source: p.source, line: p.line };
  }

  /** `last`: the file comes after every file held (a whole folder in file order), so no search is needed. */
  #add(article: Article, last: boolean): Key[] {
    // Filled passage by passage (NaN matches no key): a text met twice in one file finds its first place.
    const keys = new Float64Array(article.passages.length).fill(Number.NaN);
    this.#articles.set(article.source, article);
    this.#keys.set(article.source, keys);
    const mine: Key[] = [];
    article.passages.forEach((p, passage) => {
      const key = (keys[passage] = this.#keyOf(normalizeSpace(p.text)));
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

  /** The fingerprint of a normalised text: its hash, unless another text holds that hash. */
  #keyOf(text: string): Key {
    const own = this.#ownKeys.size === 0 ? undefined : this.#ownKeys.get(text);
    if (own !== undefined) return own;
    const hash = this.#hash(text);
    const held = this.#holders.get(hash);
    if (held === undefined || this.#heldText(held, hash) === text) return hash;
    this.#ownKeys.set(text, this.#nextOwnKey);
    return this.#nextOwnKey--;
  }

  /** The normalised text a held fingerprint stands for, read from its first holder. */
  #heldText(held: string | Holder[], key: Key): string {
    const source = typeof held === 'string' ? held : held[0]!.source;
    const passage = typeof held === 'string' ? this.#keys.get(held)!.indexOf(key) : held[0]!.passage;
    return normalizeSpace(this.#articles.get(source)!.passages[passage]!.text);
  }

  #remove(source: string): Key[] {
    const keys = this.#keys.get(source);
    if (!keys) return [];
    const mine: Key[] = [];
    for (const key of new Set(keys)) {
      const holders = this.#holders.get(key)!;
      if (typeof holders === 'string') this.#holders.delete(key);
      else holders.splice(holderAt(holders, source), 1);
      if (holders.length === 0) this.#holders.delete(key);
      if (key < 0 && !this.#holders.has(key)) this.#forgetOwnKey(key);
      this.#labels.delete(key);
      mine.push(key);
    }
    this.#articles.delete(source);
    this.#keys.delete(source);
    return mine;
  }

  #forgetOwnKey(key: Key): void {
    for (const [text, own] of this.#ownKeys) if (own === key) this.#ownKeys.delete(text);
  }

  /** Made when first asked for: a folder read whole would otherwise join a long list once per file. */
  #label(key: Key): string {
    let label = this.#labels.get(key);
    if (label === undefined) {
      const holders = this.#shared(key);
      label = holders.length > 1 ? holders.map((h) => h.source).join('\0') : '';
      this.#labels.set(key, label);
    }
    return label;
  }
}

/** A text's fingerprint: its 53-bit hash (`textHash`), or a negative key of its own when another text has its hash. */
type Key = number;

/**
 * A 53-bit hash of a text: two 32-bit multiply-xor hashes of its UTF-16 code units, each finished
 * with murmur3's mix. Not relied on alone: a hash already held is checked against the held text.
 */
function textHash(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  return (mix(a) >>> 0) * 0x200000 + (mix(b) >>> 11);
}

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
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
