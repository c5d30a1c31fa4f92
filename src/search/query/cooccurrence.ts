// Associations learned from the corpus itself: terms that turn up in the passages holding a word
// far more often than elsewhere (`president` → the president's name in this coverage). Read from a
// sample of the word's passages (their terms, from the index) at first use and kept per engine.
import type { PassageIndex } from '../passage-index.ts';

/** Passages read per word: enough to see what keeps it company, few enough to stay fast. */
const SAMPLE = 60;
const MIN_SHARE = 0.25;
const MIN_LIFT = 3;
const CACHE_LIMIT = 5000;

export interface Association {
  term: string;
  /** 0..1: how strongly the term keeps the word company. */
  strength: number;
}

export class Cooccurrence {
  private cache = new Map<string, Association[]>();

  constructor(private readonly index: PassageIndex) {}

  /** The `max` terms most associated with `term`, strongest first. */
  of(term: string, max: number): Association[] {
    let found = this.cache.get(term);
    if (!found) {
      found = this.compute(term);
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(term, found);
    }
    return found.slice(0, max);
  }

  private compute(term: string): Association[] {
    const id = this.index.termId(term);
    const docs = id === undefined ? [] : this.index.postings(id, 0).docs;
    if (docs.length < 3) return [];
    const step = Math.max(1, Math.floor(docs.length / SAMPLE));
    const counts = new Map<number, number>();
    let sampled = 0;
    for (let i = 0; i < docs.length && sampled < SAMPLE; i += step, sampled++) {
      for (const t of this.index.termsOfPassage(docs[i]!)) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    counts.delete(id!);
    return this.rank(counts, sampled);
  }

  private rank(counts: Map<number, number>, sampled: number): Association[] {
    const n = this.index.documentCount;
    const out: Association[] = [];
    for (const [t, c] of counts) {
      const share = c / sampled;
      const lift = share / (this.index.fieldFrequency(t, 0) / n);
      if (share >= MIN_SHARE && lift >= MIN_LIFT) out.push({ term: this.index.termOfId(t), strength: share });
    }
    return out.sort((a, b) => b.strength - a.strength);
  }
}
