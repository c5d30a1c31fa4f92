// Why a passage matched: the user's words found in it, and the words reached through expansion,
// typo tolerance or prefix, each with the user's word that led there (`fear ← afraid`).
import type { MatchedTerm } from '../text/spans.ts';
import type { QueryPlan } from './query/plan.ts';
import type { Reached } from './source.ts';
import type { Token } from '../text/tokens.ts';

export function matchedTerms(tokens: readonly Token[], reached: Reached, plan: QueryPlan): MatchedTerm[] {
  const out = new Map<string, MatchedTerm>();
  for (const t of tokens) {
    const r = t.term ? reached.get(t.term) : undefined;
    if (!r) continue;
    const source = plan.groups[r.group]!.source.toLowerCase();
    const term = r.exact ? source : t.text.toLowerCase();
    if (out.has(term)) continue;
    out.set(term, r.exact || term === source ? { term } : { term, via: source });
  }
  return [...out.values()];
}
