// Expansions from the data tables: a capital or seat of government stands for its country (and its
// demonym: `Caracas` → Venezuela, Venezuelan), a country for its demonym and back (`Mexican` ↔
// Mexico), and a news category for its well-known members (`TV channel` → CNN, Fox News).
import type { ExpansionWeights } from '../options.ts';
import type { PassageIndex } from '../passage-index.ts';
import { abbreviationsIn } from '../../text/phrases.ts';
import { termsOf, type Token } from '../../text/tokens.ts';
import { namesIn, type NameMatch } from './names.ts';
import { addTerm, mergePhrase, type QueryPlan, type TermGroup, type TermKind } from './plan.ts';
import { categoryTable, placeTable, type PlaceEntry } from './tables.ts';

/** `tokens`: the question's (`tokenize`). */
export function expandWithTables(plan: QueryPlan, tokens: readonly Token[], index: PassageIndex, weights: ExpansionWeights): void {
  if (weights.place > 0) {
    for (const m of namesIn(tokens, placeTable())) {
      addNames(plan, phraseOf(tokens, m), m.value.flatMap(placeNames), index, weights.place, 'place');
    }
  }
  if (weights.vocabulary > 0) {
    for (const m of namesIn(tokens, categoryTable())) {
      // `Which TV channel…` asks for a member by name: a member is the answer, not a loose match.
      const weight = asksForMember(tokens, m.at) ? Math.max(weights.vocabulary, weights.abbreviation) : weights.vocabulary;
      addNames(plan, phraseOf(tokens, m), m.value.flatMap((c) => c.members), index, weight, 'vocabulary');
    }
  }
}

/** True when the name right after `which`/`what` is the thing the question asks to be named. */
function asksForMember(tokens: readonly Token[], at: number): boolean {
  return /^(which|what)$/i.test(tokens[at - 1]?.text ?? '');
}

/** The names a place's mention also reaches: a seat reaches its country and people, a country its people, a people its country. */
function placeNames({ place, role }: PlaceEntry): string[] {
  if (role === 'seat') return [...place.countries, ...place.demonyms];
  if (role === 'country') return place.demonyms;
  return place.countries;
}

const phraseOf = (tokens: readonly Token[], m: NameMatch<unknown>): Token[] => tokens.slice(m.at, m.at + m.length);

/**
 * Makes a phrase of the question (`run`) one group and adds to it each name's distinctive term at
 * `weight`: the phrase now also reaches passages that write only one of the names.
 */
export function addNames(plan: QueryPlan, run: readonly Token[], names: readonly string[], index: PassageIndex, weight: number, kind: TermKind): void {
  const host = hostGroup(plan, run);
  if (!host) return;
  mergePhrase(plan, host, run.flatMap((t) => (t.term ? [t.term] : [])));
  for (const name of new Set(names)) {
    const term = distinctiveTerm(name, index);
    if (term) addTerm(host, { term, weight, kind, label: name });
  }
}

/** The group of a phrase's first word the plan keeps (the phrase's other words merge into it). */
function hostGroup(plan: QueryPlan, run: readonly Token[]): TermGroup | undefined {
  const terms = run.map((t) => t.term).filter((t): t is string => t !== null);
  return plan.groups.find((g) => terms.includes(g.terms[0]!.term));
}

/** The one index term that best stands for a name: its abbreviation, else its rarest indexed word. */
function distinctiveTerm(name: string, index: PassageIndex): string | undefined {
  const terms = termsOf(name);
  const abbreviation = abbreviationsIn(terms)[0]?.abbreviation;
  if (abbreviation && index.documentFrequency(abbreviation) > 0) return abbreviation;
  // A name can only occur where all its words do (`Al Jazeera` is not `al`).
  if (terms.length === 0 || terms.some((t) => index.documentFrequency(t) === 0)) return undefined;
  return rarest(terms, index);
}

/** The term fewest passages hold. */
export function rarest(terms: readonly string[], index: { documentFrequency(term: string): number }): string | undefined {
  return [...terms].sort((a, b) => index.documentFrequency(a) - index.documentFrequency(b))[0];
}
