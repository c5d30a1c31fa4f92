// The lexicon of a replica serving from PostgreSQL: questions are planned against the store's term
// table (`search_terms`: each index term, its first written form and its passages per field), read
// once per corpus version into a vocabulary-only `PassageIndex` (no postings), so planning stays
// synchronous and the same as in-process (`planQuestion`) without the corpus or its postings in memory;
// offices reach their holders through the ones `npm run index` stored (`store/roles-read.ts`).
import type pg from 'pg';
import { planQuestion } from '../in-process.ts';
import type { SearchEngineOptions } from '../options.ts';
import { PassageIndex } from '../passage-index.ts';
import type { QueryPlan } from '../query/plan.ts';
import type { RoleHolders } from '../query/roles.ts';
import type { Lexicon } from '../source.ts';
import { suggestTerms } from '../suggest.ts';
import { groupVariants } from '../rank/first-pass.ts';
import type { TermCounts, Variant } from './postgres-plan.ts';

type Options = Pick<SearchEngineOptions, 'expansion' | 'wordnet'>;
type Queryable = Pick<pg.Pool, 'query'> | Pick<pg.PoolClient, 'query'>;

export class StoreLexicon implements Lexicon {
  private constructor(
    private readonly index: PassageIndex,
    private readonly options: Options,
    private readonly roles: RoleHolders | undefined,
  ) {}

  /** The vocabulary of the passages served now (`documentCount` of them); `roles`: the holders of offices stored with them. */
  static async open(db: Queryable, documentCount: number, options: Options, roles?: RoleHolders): Promise<StoreLexicon> {
    const { rows } = await db.query<{ term: string; df: number; head_df: number; title_df: number; surface: string | null }>(
      'SELECT term, df, head_df, title_df, surface FROM search_terms WHERE df > 0 OR head_df > 0 OR title_df > 0',
    );
    const frequencies = [0, 1, 2].map(() => new Uint32Array(rows.length));
    rows.forEach((r, i) => {
      frequencies[0]![i] = r.df;
      frequencies[1]![i] = r.head_df;
      frequencies[2]![i] = r.title_df;
    });
    const terms = rows.map((r) => r.term);
    const surface = rows.map((r) => r.surface ?? '');
    return new StoreLexicon(PassageIndex.vocabulary(documentCount, terms, surface, frequencies), options, roles);
  }

  /** Every index term a group of the plan reaches, at its weight, as the in-process first pass finds them (typo, family and prefix variants too). */
  variants(plan: QueryPlan, options: Parameters<typeof groupVariants>[2]): Variant[] {
    return plan.groups.flatMap((group, g) => groupVariants(this.index, group, options).map(([term, , weight, exact]) => ({ term, group: g, weight, exact })));
  }

  /** Per term, its passages per field (text, heading, title), for the terms the vocabulary holds. */
  counts(terms: readonly string[]): TermCounts {
    const out = new Map<string, [number, number, number]>();
    for (const term of terms) {
      const id = this.index.termId(term);
      if (id !== undefined) out.set(term, [this.index.fieldFrequency(id, 0), this.index.fieldFrequency(id, 1), this.index.fieldFrequency(id, 2)]);
    }
    return out;
  }

  understand(query: string): QueryPlan {
    return planQuestion(query, this.index, this.options, this.roles);
  }

  suggest(query: string, max: number): Promise<string[]> {
    return Promise.resolve(suggestTerms(this.index, query, max));
  }
}
