// Pseudo-relevance feedback: the terms that weigh most in the first results (and are not the
// question's own) are added as weak, free-standing groups, so passages saying the same thing in
// the first results' words move up.
import type { Passage } from '../../corpus/types.ts';
import type { PassageIndex } from '../passage-index.ts';
import type { Candidate, Reached } from '../source.ts';
import { termsOf } from '../text/tokens.ts';
import type { QueryPlan } from './plan.ts';

const FEEDBACK_DOCS = 3;
const FEEDBACK_TERMS = 5;

export function addFeedback(plan: QueryPlan, top: Candidate[], passages: readonly Passage[], index: PassageIndex, reached: Reached, weight: number): void {
  if (weight === 0 || top.length < 2) return;
  const n = index.documentCount;
  const scores = new Map<string, number>();
  for (const c of top.slice(0, FEEDBACK_DOCS)) {
    const terms = termsOf(passages[c.id]!.text);
    for (const t of new Set(terms)) {
      if (reached.has(t) || /^\p{N}/u.test(t)) continue;
      const df = index.documentFrequency(t);
      // A term in one passage only tells nothing about the others.
      if (df < 2) continue;
      const tf = terms.filter((x) => x === t).length / terms.length;
      scores.set(t, (scores.get(t) ?? 0) + tf * Math.log(1 + n / df));
    }
  }
  const best = [...scores].filter(([t]) => (scores.get(t) ?? 0) > 0).sort((a, b) => b[1] - a[1]).slice(0, FEEDBACK_TERMS);
  const max = best[0]?.[1] ?? 1;
  for (const [term, s] of best) {
    plan.groups.push({ source: term, own: false, terms: [{ term, weight: (weight * s) / max, kind: 'feedback', label: term }], fuzzy: false, prefix: false });
  }
}
