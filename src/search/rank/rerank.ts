// Second pass over the first pass's candidates: each passage is read sentence by sentence, and a
// passage whose matches sit together in one sentence (or two adjacent ones) gains over one whose
// matches are scattered. The best sentence window becomes the excerpt; question-word hints count
// there, and so does a sentence that opens with the question's subject. A word the article's
// opening defines as its subject (`rank/about.ts`) counts in each sentence of it.
import type { Passage } from '../../corpus/types.ts';
import type { Readings } from './readings.ts';
import type { SearchEngineOptions } from '../options.ts';
import type { QueryPlan } from '../query/plan.ts';
import type { SentenceSpan } from '../../text/sentences.ts';
import type { Token } from '../../text/tokens.ts';
import type { CandidateSet, Reached } from '../source.ts';
import { kindsIn } from './hints.ts';

export interface Ranked {
  passage: Passage;
  score: number;
  tokens: Token[];
  sentences: SentenceSpan[];
  /** The best sentences, as [first, last) indexes into `sentences`. */
  window: [number, number];
  /** Share (0–1) of the question's word weight the passage holds (`matchShare`). */
  match: number;
}

export type RerankOptions = Pick<SearchEngineOptions, 'sentenceWeight' | 'extraSentenceCost' | 'proximity' | 'hintWeight' | 'hintNear' | 'subjectWeight' | 'subjectSpan' | 'excerpt' | 'titleCredit' | 'hintKinds'>;

/** Reads each candidate from its text (`readings`), weighing matched words by the source's `rarity`. */
export function rerank({ candidates, reached, rarity: known }: CandidateSet, readings: Readings, plan: QueryPlan, options: RerankOptions): Ranked[] {
  const rarity = (term: string) => known.get(term) ?? 0;
  // What one matched word is worth, for the question-word hint: the same for every candidate.
  const wordWorth = meanIdf(plan, rarity);
  return candidates
    .map((c) => {
      const { passage, tokens, sentences, context } = readings.of(c.id);
      const about = options.titleCredit > 0 ? groupValues(context, reached, rarity) : null;
      const perSentence = sentences.map((s) => withContext(sentenceGroups(tokens, s, reached, rarity, plan, options.proximity), about, options.titleCredit));
      const { window, score } = bestWindow(perSentence, options.excerpt.maxSentences, options.extraSentenceCost);
      const from = sentences[window[0]]?.start ?? 0;
      const text = passage.text.slice(from, sentences[window[1] - 1]?.end ?? 0);
      const matchedAt = tokens.filter((t) => t.term && reached.has(t.term) && t.start >= from).map((t) => t.start - from);
      const found = kindsIn(text, plan.hints, matchedAt, options.hintNear);
      const hint = plan.hints.length === 0 ? 0 : (options.hintWeight * found.reduce((sum, k) => sum + (options.hintKinds[k] ?? 1), 0)) / plan.hints.length;
      const subject = subjectLeads(tokens, sentences.slice(window[0], window[1]), plan.subject, rarity, options.subjectSpan);
      const match = matchShare(groupValues(tokens, reached, rarity), plan, rarity);
      return { passage, tokens, sentences, window, match, score: c.score + options.sentenceWeight * score + hint * wordWorth + options.subjectWeight * subject };
    })
    .sort((a, b) => b.score - a.score);
}

/** The user's words' average weight in the index: what one matched word is worth. */
function meanIdf(plan: QueryPlan, idf: (term: string) => number): number {
  return plan.groups.reduce((sum, g) => sum + idf(g.terms[0]!.term), 0) / (plan.groups.length || 1);
}

/**
 * Per group matched in a sentence, the best weight × idf among its terms there; plus, under
 * negative keys, a share of it for each pair of the question's words that appear in the question's
 * order within a few words of each other (`cartels … fear` answers "are the cartels afraid",
 * `afraid of the cartels` less so).
 */
function sentenceGroups(tokens: Token[], s: SentenceSpan, reached: Reached, idf: (t: string) => number, plan: QueryPlan, proximity: SearchEngineOptions['proximity']): Map<number, number> {
  const groups = new Map<number, number>();
  const seen: { group: number; at: number; value: number }[] = [];
  tokens.forEach((t, at) => {
    if (t.start < s.start || t.end > s.end || !t.term) return;
    const r = reached.get(t.term);
    if (!r) return;
    const value = r.weight * idf(t.term);
    if (value > (groups.get(r.group) ?? 0)) groups.set(r.group, value);
    seen.push({ group: r.group, at, value });
  });
  if (proximity.weight > 0) addOrderedPairs(groups, seen, proximity);
  return groups;
}

function addOrderedPairs(groups: Map<number, number>, seen: { group: number; at: number; value: number }[], proximity: SearchEngineOptions['proximity']): void {
  for (let i = 0; i < seen.length; i++) {
    for (let j = i + 1; j < seen.length && seen[j]!.at - seen[i]!.at <= proximity.distance; j++) {
      const [a, b] = [seen[i]!, seen[j]!];
      if (a.group >= b.group) continue;
      const key = -1 - (a.group * 256 + b.group);
      const value = proximity.weight * Math.min(a.value, b.value);
      if (value > (groups.get(key) ?? 0)) groups.set(key, value);
    }
  }
}

/**
 * A question word naming the subject the article's title defines (`about.ts`, `Readings.context`)
 * counts in each of the passage's sentences at `credit` × its value, unless the sentence holds it itself: "He returned to London, where he
 * died" answers "how did Benedict Arnold die" in an article titled with his name, as well as a
 * sentence that names him but not his death.
 */
function withContext(groups: Map<number, number>, about: Map<number, number> | null, credit: number): Map<number, number> {
  if (!about) return groups;
  for (const [g, v] of about) if (credit * v > (groups.get(g) ?? 0)) groups.set(g, credit * v);
  return groups;
}

/** The best run of up to `max` adjacent sentences; a longer run must add a matched group to win. */
function bestWindow(perSentence: Map<number, number>[], max: number, extraCost: number): { window: [number, number]; score: number } {
  let best = { window: [0, Math.min(1, perSentence.length)] as [number, number], score: 0 };
  for (let i = 0; i < perSentence.length; i++) {
    const merged = new Map<number, number>();
    for (let j = i; j < Math.min(perSentence.length, i + max); j++) {
      for (const [g, v] of perSentence[j]!) if (v > (merged.get(g) ?? 0)) merged.set(g, v);
      const score = sum(merged) * (1 - extraCost * (j - i));
      if (score > best.score) best = { window: [i, j + 1], score };
    }
  }
  return best;
}

function sum(m: Map<number, number>): number {
  let s = 0;
  for (const v of m.values()) s += v;
  return s;
}

/** The rarity of the question's subject word that opens one of the sentences, if any does. */
function subjectLeads(tokens: Token[], sentences: SentenceSpan[], subject: readonly string[], idf: (t: string) => number, span: number): number {
  if (subject.length === 0) return 0;
  let best = 0;
  for (const s of sentences) {
    let seen = 0;
    for (const t of tokens) {
      if (t.start < s.start || !t.term) continue;
      if (t.end > s.end || ++seen > span) break;
      if (subject.includes(t.term)) best = Math.max(best, idf(t.term));
    }
  }
  return best;
}

/** Per group of the plan found among `tokens`, the best weight × rarity of its terms there. */
function groupValues(tokens: readonly Token[], reached: Reached, idf: (t: string) => number): Map<number, number> {
  const groups = new Map<number, number>();
  for (const t of tokens) {
    const r = t.term ? reached.get(t.term) : undefined;
    if (!r) continue;
    const value = r.weight * idf(t.term!);
    if (value > (groups.get(r.group) ?? 0)) groups.set(r.group, value);
  }
  return groups;
}

/**
 * How much of the question the passage holds: per user word the best weight × rarity among the
 * terms it reached there, over the sum of the words' own rarities. A word the corpus lacks counts
 * at the rarity of a word in no passage, so a question about something absent scores low.
 */
function matchShare(found: Map<number, number>, plan: QueryPlan, rarity: (term: string) => number): number {
  let asked = 0;
  let held = 0;
  plan.groups.forEach((g, i) => {
    const own = rarity(g.terms[0]!.term);
    asked += own;
    held += Math.min(own, found.get(i) ?? 0);
  });
  return asked === 0 ? 0 : held / asked;
}
