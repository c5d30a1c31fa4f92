// The PostgreSQL candidate source (the search seam's `CandidateSource`, `../source.ts`): bounded
// queries over the served passages' stored index terms (`terms && <the rarest query terms>`, a GIN
// index), then BM25 over the three fields in JavaScript from the stored term counts, as the
// in-process first pass scores them; the best candidates' passages are then fetched by id and handed
// to the reader with them (`CandidateSet.passages`), so no passage text is kept in memory.
// Candidate ids are the rows' ids (`passages.id`).
// Measured in issue 15: any-word `ts_rank_cd` over every match is slow on a large archive; a query
// bounded by its rarest terms stays fast.
import type pg from 'pg';
import type { Passage, Place } from '../../corpus/types.ts';
import type { SearchEngineOptions } from '../options.ts';
import type { QueryPlan } from '../query/plan.ts';
import { coordinated } from '../rank/first-pass.ts';
import { idf } from '../rank/idf.ts';
import { topK } from '../rank/top-k.ts';
import type { Candidate, CandidateSet, CandidateSource, Reached } from '../source.ts';
import { boundingTerms, together, variantsOf, type TermCounts, type Variant } from './postgres-plan.ts';

/** At most this many passages are read per question (the rows the bounding terms may match). */
export const DEFAULT_ROW_BUDGET = 400;

type Options = Pick<SearchEngineOptions, 'fieldWeights' | 'bm25' | 'fuzzy' | 'family' | 'prefix' | 'candidates' | 'common' | 'commonExpansion' | 'coordination'>;
type Row = { id: number; len: number; head_len: number; title_len: number; m: [Record<string, number>, Record<string, number>, Record<string, number>] };

interface Stats {
  n: number;
  /** Average length of text, heading, title. */
  averages: [number, number, number];
}

interface OpenOptions {
  /** Rows read per question at most (default DEFAULT_ROW_BUDGET). */
  budget?: number;
  /** Where the statistics are read at open (a transaction's client), default the pool. */
  db?: Pick<pg.PoolClient, 'query'>;
  /** The vocabulary in memory (`StoreLexicon`): term counts without a query, and typo, family and prefix variants. */
  vocabulary?: Vocabulary;
}

/** What the source asks of a vocabulary held in memory. */
export interface Vocabulary {
  counts(terms: readonly string[]): TermCounts;
  variants(plan: QueryPlan, options: Options): Variant[];
}

/** `['term 2', …]` (a term and its count in a field) as a record. */
function byTerm(pairs: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const pair of pairs) {
    const at = pair.lastIndexOf(' ');
    out[pair.slice(0, at)] = Number(pair.slice(at + 1));
  }
  return out;
}

export class PostgresSource implements CandidateSource {
  readonly name = 'postgres';

  private constructor(
    private readonly pool: pg.Pool,
    private readonly stats: Stats,
    private readonly options: Options,
    private readonly budget: number,
    /** Term counts and variants from the vocabulary in memory (`StoreLexicon`), else counts read per question and no variants. */
    private readonly vocabulary?: Vocabulary,
  ) {}

  /** A source over the passages served now (their count and average field lengths are read once). */
  static async open(pool: pg.Pool, options: Options, { budget = DEFAULT_ROW_BUDGET, db = pool, vocabulary }: OpenOptions = {}): Promise<PostgresSource> {
    type Counts = { n: string | number; a0: number | null; a1: number | null; a2: number | null };
    // Worked out by `npm run index` for the version served (`store/serving.ts`), else counted here (a scan of every row).
    const state = new Map((await db.query<{ key: string; value: string }>("SELECT key, value FROM store_state WHERE key IN ('corpus_version', 'passage_stats')")).rows.map((r) => [r.key, r.value]));
    const saved = state.has('passage_stats') ? (JSON.parse(state.get('passage_stats')!) as Counts & { version: number }) : null;
    const r: Counts =
      saved && String(saved.version) === state.get('corpus_version')
        ? saved
        : (await db.query<Counts>('SELECT count(*) AS n, avg(len)::float8 AS a0, avg(head_len)::float8 AS a1, avg(title_len)::float8 AS a2 FROM passages WHERE served')).rows[0]!;
    return new PostgresSource(pool, { n: Number(r.n), averages: [r.a0 || 1, r.a1 || 1, r.a2 || 1] }, options, budget, vocabulary);
  }

  /** How many passages are served. */
  get passageCount(): number {
    return this.stats.n;
  }

  async candidates(plan: QueryPlan, k: number): Promise<CandidateSet> {
    const wanted = [...new Set([...plan.groups.flatMap((g) => g.terms.map((t) => t.term)), ...plan.subject])];
    const planned = this.vocabulary?.variants(plan, this.options);
    const counts = await this.termCounts([...new Set([...wanted, ...(planned ?? []).map((v) => v.term)])]);
    const variants = planned ?? variantsOf(plan, counts, this.stats.n, this.options);
    const reached: Reached = new Map();
    for (const v of variants) {
      const known = reached.get(v.term);
      if (!known || known.weight < v.weight) reached.set(v.term, { group: v.group, weight: v.weight, exact: v.exact });
    }
    const own = variants.filter((v) => v.exact).map((v) => v.term);
    const rows = await this.fetch(boundingTerms(variants, counts, this.budget), together(own, counts, this.stats.n), [...new Set(variants.map((v) => v.term))]);
    const scored: Candidate[] = rows.map((row) => ({ id: row.id, ...this.score(row, variants, counts, plan.groups.length) }));
    const best = topK(Int32Array.from(scored.keys()), (i) => scored[i]!.score, k).map(([i]) => scored[i]!);
    return { candidates: best, reached, rarity: this.rarity(wanted, counts), passages: await this.passages(best.map((c) => c.id)) };
  }

  /** The passages with these ids, as the loader gives them. */
  async passages(ids: readonly number[]): Promise<Map<number, Passage>> {
    if (ids.length === 0) return new Map();
    const { rows } = await this.pool.query<Omit<Passage, 'also'> & { id: string; also: Place[] | null }>(
      'SELECT id, source, line, heading, title, text, also FROM passages WHERE id = ANY($1::bigint[])',
      [ids],
    );
    return new Map(rows.map(({ id, also, ...p }) => [Number(id), also ? { ...p, also } : p]));
  }

  private async termCounts(terms: string[]): Promise<TermCounts> {
    if (terms.length === 0) return new Map();
    if (this.vocabulary) return this.vocabulary.counts(terms);
    const { rows } = await this.pool.query<{ term: string; df: number; head_df: number; title_df: number }>(
      'SELECT term, df, head_df, title_df FROM search_terms WHERE term = ANY($1)',
      [terms],
    );
    return new Map(rows.map((r) => [r.term, [r.df, r.head_df, r.title_df]]));
  }

  /**
   * The passages holding all of `together` (the question's rarer words: the best rows, and few),
   * up to three quarters of the row budget, then those holding any of `bounding` (its rarest words)
   * up to the budget; each with its counts of the query's `terms` per field, every row's stored
   * terms read once against a hashed list.
   */
  private async fetch(bounding: string[], together: string[], terms: string[]): Promise<Row[]> {
    if (bounding.length === 0) return [];
    const matches = (t: string, f: string) => `ARRAY(SELECT u.t || ' ' || u.f FROM unnest(p.${t}, p.${f}) AS u(t, f) WHERE u.t = ANY($5::text[]))`;
    const columns = `p.id, p.len, p.head_len, p.title_len, ${matches('terms', 'tfs')} AS m0, ${matches('head_terms', 'head_tfs')} AS m1, ${matches('title_terms', 'title_tfs')} AS m2`;
    const all = 'cardinality($2::text[]) > 1 AND p.terms @> $2';
    const { rows } = await this.pool.query<Omit<Row, 'm' | 'id'> & { id: string; m0: string[]; m1: string[]; m2: string[] }>(
      `WITH a AS (SELECT ${columns} FROM passages p WHERE ${all} AND p.served LIMIT $3),
            b AS (SELECT ${columns} FROM passages p WHERE (p.terms && $1 OR p.head_terms && $1 OR p.title_terms && $1) AND p.served AND NOT (${all})
                  LIMIT $4::int - (SELECT count(*) FROM a))
       SELECT * FROM a UNION ALL SELECT * FROM b`,
      [bounding, together, Math.ceil((this.budget * 3) / 4), this.budget, terms],
    );
    return rows.map(({ id, m0, m1, m2, ...r }) => ({ ...r, id: Number(id), m: [byTerm(m0), byTerm(m1), byTerm(m2)] }));
  }

  /** BM25 per field; a group scores its best term; coordinated by how many groups matched, as the first pass does. */
  private score(row: Row, variants: readonly Variant[], counts: TermCounts, groups: number): { score: number; coverage: number } {
    const { k, b, d, minIdf } = this.options.bm25;
    const weights = [this.options.fieldWeights.text, this.options.fieldWeights.heading, this.options.fieldWeights.title];
    const lengths = [row.len, row.head_len, row.title_len];
    const best = new Map<number, { score: number; weight: number }>();
    for (const v of variants) {
      let s = 0;
      for (let f = 0; f < 3; f++) {
        const tf = row.m[f]![v.term];
        const rarity = idf(this.stats.n, counts.get(v.term)?.[f] ?? 0);
        if (!tf || weights[f] === 0 || rarity < minIdf) continue;
        const norm = k * (1 - b + (b * lengths[f]!) / this.stats.averages[f]!);
        s += weights[f]! * v.weight * rarity * (d + (tf * (k + 1)) / (tf + norm));
      }
      if (s === 0) continue;
      const known = best.get(v.group);
      best.set(v.group, { score: Math.max(known?.score ?? 0, s), weight: Math.max(known?.weight ?? 0, v.weight) });
    }
    let total = 0;
    let coverage = 0;
    for (const g of best.values()) {
      total += g.score;
      coverage += g.weight;
    }
    return { score: coordinated(total, coverage, groups, this.options.coordination), coverage };
  }

  private rarity(terms: readonly string[], counts: TermCounts): Map<string, number> {
    return new Map(terms.map((t) => [t, idf(this.stats.n, counts.get(t)?.[0] ?? 0)]));
  }
}
