// First pass: BM25 over the index's postings for every term group of the query, into flat score
// arrays, keeping only the best `candidates` passages. A group scores a passage by its best member
// (the user's word, a typo or prefix variant, or an expansion at its lower weight), so synonyms
// never add up to more than the word itself.
import type { SearchEngineOptions } from '../options.ts';
import { FIELDS, type PassageIndex } from '../passage-index.ts';
import type { QueryPlan, TermGroup } from '../query/plan.ts';
import type { Scratch } from './scratch.ts';
import { idf } from './idf.ts';
import { topK } from './top-k.ts';
import type { Candidate, Reached } from '../source.ts';

type Options = Pick<SearchEngineOptions, 'fieldWeights' | 'bm25' | 'fuzzy' | 'family' | 'prefix' | 'candidates' | 'common' | 'commonExpansion' | 'coordination'>;

/** Scores the plan's groups into `scratch` (reset it first). */
export function scoreGroups(index: PassageIndex, norms: Float32Array[], plan: QueryPlan, options: Options, scratch: Scratch, reached: Reached): void {
  // Rarest words first, so that common ones can be read only where the rare ones already matched.
  const order = plan.groups.map((group, g) => ({ group, g, df: rarest(index, group) }));
  order.sort((a, b) => a.df - b.df);
  for (const { group, g } of order) {
    for (const [term, termId, weight, exact] of capped(index, group, variants(index, group, options))) {
      addPostings(index, norms, termId, weight, options, scratch);
      scratch.closeVariant(weight);
      const known = reached.get(term);
      if (!known || known.weight < weight) reached.set(term, { group: g, weight, exact });
    }
    scratch.closeGroup();
  }
}

function rarest(index: PassageIndex, group: TermGroup): number {
  const own = index.documentFrequency(group.terms[0]!.term);
  return own > 0 ? own : Math.min(...group.terms.map((t) => index.documentFrequency(t.term) || Infinity));
}

/** The best `options.candidates` passages scored so far, best first. */
export function selectCandidates(plan: QueryPlan, options: Options, scratch: Scratch): Candidate[] {
  const words = plan.groups.length;
  const best = topK(scratch.touched(), (d) => coordinated(scratch.total[d]!, scratch.coverage[d]!, words, options.coordination), options.candidates);
  return best.map(([id, score]) => ({ id, score, coverage: scratch.coverage[id]! }));
}

/** Passages matching more of a short question's words rank higher, as in MiniSearch's own `score × terms` (`options.coordination`). */
export function coordinated(score: number, coverage: number, words: number, coordination: SearchEngineOptions['coordination']): number {
  if (words === 0 || words > coordination.maxWords) return score;
  return score * (1 + coverage) / (1 + words);
}

/** An expansion found in a large share of a big corpus says little and costs a long walk (`options.commonExpansion`). */
function tooCommon(index: PassageIndex, term: string, { passages, share }: Options['commonExpansion']): boolean {
  const df = index.documentFrequency(term);
  return df > passages && df > index.documentCount * share;
}

type Variant = [term: string, termId: number, weight: number, exact: boolean];

/** The index terms a group reaches, at their weights: what the first pass reads (also used by the PostgreSQL source over a vocabulary). */
export function groupVariants(index: PassageIndex, group: TermGroup, options: Options): Variant[] {
  return [...capped(index, group, variants(index, group, options))];
}

/**
 * A stand-in for a word the passages do use (a synonym, another form of the word) is worth no more
 * than that word: its weight shrinks so that weight × its rarity stays within the word's own
 * rarity. Without this a rare synonym (`start` → `commence`) outscores the common word the user
 * typed and the passages that use it.
 * A stand-in for a word the corpus lacks keeps its own rarity: it is the only way in.
 */
function* capped(index: PassageIndex, group: TermGroup, found: Iterable<Variant>): Iterable<Variant> {
  const ownDf = index.documentFrequency(group.terms[0]!.term);
  // A name's other forms (`America`, `U.S.` for American) name the same thing: no stand-ins.
  if (ownDf === 0 || /^\p{Lu}/u.test(group.source)) return yield* found;
  const own = idf(index.documentCount, ownDf);
  // Another spelling of the same word (`US` for united states) is no stand-in either.
  const spellings = new Set(group.terms.filter((t) => t.kind === 'abbreviation').map((t) => t.term));
  for (const [term, id, weight, exact] of found) {
    const its = idf(index.documentCount, index.documentFrequency(term));
    yield [term, id, exact || spellings.has(term) || its <= own ? weight : (weight * own) / its, exact];
  }
}


function* variants(index: PassageIndex, group: TermGroup, options: Options): Iterable<Variant> {
  for (const t of group.terms) {
    const id = index.termId(t.term);
    if (id !== undefined && (t.kind === 'word' || !tooCommon(index, t.term, options.commonExpansion))) yield [t.term, id, t.weight, t.kind === 'word'];
  }
  const own = group.terms[0]!;
  if (group.fuzzy && index.termId(own.term) === undefined && own.term.length >= options.fuzzy.minLength) {
    const distance = Math.min(options.fuzzy.maxDistance, own.term.length >= options.fuzzy.twoEditsFrom ? 2 : 1);
    for (const [term, id, d] of index.near(own.term, distance)) {
      if (d > 0) yield [term, id, (options.fuzzy.weight * term.length) / (term.length + d), false];
    }
  }
  yield* familyVariants(index, own.term, group, options);
  if (group.prefix) yield* prefixVariants(index, group, options);
}

function* familyVariants(index: PassageIndex, term: string, group: TermGroup, options: Options): Iterable<Variant> {
  const { minLength, maxSuffix, weight } = options.family;
  if (term.length < minLength || /\p{N}/u.test(term)) return;
  const seen = (t: string) => group.terms.some((x) => x.term === t);
  for (let cut = 1; cut <= maxSuffix && term.length - cut >= minLength; cut++) {
    const shorter = term.slice(0, -cut);
    const id = index.termId(shorter);
    // Only a shorter word of its own (`threat` for `threaten`), not a stem of others (`physic`, from physical).
    if (id !== undefined && !seen(shorter) && index.surfaceOf(id).length <= shorter.length + 1) yield [shorter, id, weight, false];
  }
  for (const [longer, id] of index.withPrefix(term)) {
    if (longer.length > term.length && longer.length <= term.length + maxSuffix && !seen(longer)) yield [longer, id, weight, false];
  }
}

function* prefixVariants(index: PassageIndex, group: TermGroup, options: Options): Iterable<Variant> {
  const prefix = group.source.toLowerCase();
  if (prefix.length < options.prefix.minLength) return;
  let n = 0;
  for (const [term, id] of index.withPrefix(prefix)) {
    if (group.terms.some((t) => t.term === term)) continue;
    if (++n > options.prefix.maxTerms) return;
    yield [term, id, (options.prefix.weight * prefix.length) / (prefix.length + options.prefix.decay * (term.length - prefix.length)), false];
  }
}

function addPostings(index: PassageIndex, norms: Float32Array[], termId: number, weight: number, options: Options, scratch: Scratch): void {
  const { k, d } = options.bm25;
  const n = index.documentCount;
  FIELDS.forEach((field, f) => {
    const boost = options.fieldWeights[field] * weight;
    const { docs, tfs } = index.postings(termId, f);
    if (docs.length === 0 || boost === 0) return;
    const rarity = idf(n, docs.length);
    if (rarity < options.bm25.minIdf) return;
    const scale = boost * rarity;
    const matched = scratch.touched();
    const { passages, ratio } = options.common;
    if (docs.length > passages && matched.length >= options.candidates && docs.length > ratio * matched.length) {
      scratch.addMatchedPostings(docs, tfs, norms[f]!, scale, k, d, matched);
    } else {
      scratch.addPostings(docs, tfs, norms[f]!, scale, k, d);
    }
  });
}
