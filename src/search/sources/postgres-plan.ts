// Which of a plan's terms the PostgreSQL source reads, at what weight, and which few rare ones
// bound the query. The weighting follows the in-process first pass (`rank/first-pass.ts`): an
// expansion too common to tell passages apart is dropped, and a stand-in rarer than the user's own
// word is worth no more than that word. Typo, family and prefix variants are the in-process
// lexicon's (they need the whole vocabulary) and are not looked for here.
import type { SearchEngineOptions } from '../options.ts';
import type { QueryPlan } from '../query/plan.ts';
import { idf } from '../rank/idf.ts';

/** Per term, in how many passages it is in the text, the heading and the title. */
export type TermCounts = ReadonlyMap<string, [text: number, heading: number, title: number]>;

export interface Variant {
  term: string;
  group: number;
  weight: number;
  exact: boolean;
}

type Options = Pick<SearchEngineOptions, 'commonExpansion'>;

/** Every term of the plan the store holds, with its group and weight. */
export function variantsOf(plan: QueryPlan, counts: TermCounts, n: number, options: Options): Variant[] {
  const df = (term: string) => counts.get(term)?.[0] ?? 0;
  const known = (term: string) => counts.get(term)?.some((c) => c > 0) ?? false;
  const out: Variant[] = [];
  plan.groups.forEach((group, g) => {
    const ownDf = df(group.terms[0]!.term);
    // A name's other forms name the same thing, and another spelling is no stand-in either.
    const uncapped = ownDf === 0 || /^\p{Lu}/u.test(group.source);
    const own = idf(n, ownDf);
    const spellings = new Set(group.terms.filter((t) => t.kind === 'abbreviation').map((t) => t.term));
    for (const t of group.terms) {
      if (!known(t.term)) continue;
      const exact = t.kind === 'word';
      if (!exact && df(t.term) > options.commonExpansion.passages && df(t.term) > n * options.commonExpansion.share) continue;
      const its = idf(n, df(t.term));
      const weight = uncapped || exact || spellings.has(t.term) || its <= own ? t.weight : (t.weight * own) / its;
      out.push({ term: t.term, group: g, weight, exact });
    }
  });
  return out;
}

/**
 * The terms whose passages are fetched (a match in any field): the rarest first, while their
 * passages add up to no more than `budget` (at least one term). Any-word ranking over every match reads too many rows on a
 * large archive; a passage holding only common words would not reach the first results anyway.
 */
export function boundingTerms(variants: readonly Variant[], counts: TermCounts, budget: number): string[] {
  // The user's own words bound the query; expansions only add to the score of what they find
  // (a question's synonyms and relations are many, and would each add their passages).
  const own = variants.filter((v) => v.exact);
  const byRarity = [...new Set((own.length > 0 ? own : variants).map((v) => v.term))]
    .map((term) => ({ term, df: (counts.get(term) ?? [0, 0, 0]).reduce((a, b) => a + b, 0) }))
    .filter((x) => x.df > 0)
    .sort((a, b) => a.df - b.df);
  const chosen: string[] = [];
  let rows = 0;
  for (const { term, df } of byRarity) {
    if (chosen.length > 0 && rows + df > budget) break;
    chosen.push(term);
    rows += df;
  }
  return chosen;
}

/** Words held by more than this share of passages are left out of the all-words query. */
const TOGETHER_MAX_SHARE = 0.05;
/** The all-words query asks for at most this many (the rarest). */
const TOGETHER_MAX = 6;

/**
 * The user's own words whose passages holding all of them are fetched first (a GIN intersection:
 * few rows, and the ones that answer best): the rarest few, leaving out words most passages hold.
 * Empty when fewer than two are left (the bounding terms alone then find the candidates).
 */
export function together(own: readonly string[], counts: TermCounts, n: number): string[] {
  const df = (t: string) => counts.get(t)?.[0] ?? 0;
  const rare = [...new Set(own)].filter((t) => df(t) > 0 && df(t) <= Math.max(1, n * TOGETHER_MAX_SHARE)).sort((a, b) => df(a) - df(b));
  return rare.length < 2 ? [] : rare.slice(0, TOGETHER_MAX);
}
