// Adds to each of the user's words the corpus terms most associated with it, at a low weight.
import type { ExpansionWeights } from '../options.ts';
import type { Cooccurrence } from './cooccurrence.ts';
import { addTerm, type QueryPlan } from './plan.ts';

const PER_WORD = 3;

export function expandWithCooccurrence(plan: QueryPlan, associations: Cooccurrence, weights: ExpansionWeights): void {
  if (weights.cooccurrence === 0) return;
  const own = new Set(plan.groups.flatMap((g) => g.terms.map((t) => t.term)));
  for (const group of plan.groups.filter((g) => g.own)) {
    for (const a of associations.of(group.terms[0]!.term, PER_WORD)) {
      if (own.has(a.term)) continue;
      addTerm(group, { term: a.term, weight: weights.cooccurrence * a.strength, kind: 'cooccurrence', label: a.term });
    }
  }
}
