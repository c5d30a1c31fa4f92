// Passages written to the store in large batches, for `npm run index` (`write-corpus.ts`): rows of
// many files gathered and sent as one INSERT of parallel arrays (one round trip per BATCH rows,
// not per file), each passage's term lists as array literals cast on the server (no JSON
// per row to take apart), the next batch parsed while the database writes the last one. When most
// of the archive is written at once (a first load), the GIN indexes on the term lists are dropped
// first and built once after the rows are in (`BulkIndexes`): one sorted build instead of a
// million incremental inserts into three inverted indexes.
import type pg from 'pg';
import type { Article, Passage, Place } from '../corpus/types.ts';
import { passageTerms, type PassageTerms } from '../search/sources/postgres-terms.ts';

/** Passages per INSERT. */
const BATCH = 5000;

/** One passage as stored: where it is, its text and its index terms, and the cross-file marks when known. */
export interface PassageRow {
  passage: Passage;
  ordinal: number;
  served?: boolean;
  also?: readonly Place[] | null;
}

/** Per term of the rows written: passages holding it per field, and its first written form. */
export interface TermTally {
  counts: Map<string, [number, number, number]>;
  surfaces: Map<string, string>;
}

/** `{"a","b"}`: a PostgreSQL array literal, every element quoted (terms may hold any character). */
function textArray(items: readonly string[]): string {
  return `{${items.map((s) => `"${s.replace(/[\\"]/gu, '\\$&')}"`).join(',')}}`;
}

const intArray = (items: readonly number[]): string => `{${items.join(',')}}`;

type ArticleRow = Omit<Article, 'passages'> & { hash: string };

export class PassageWriter {
  private articles: ArticleRow[] = [];
  private rows: { row: PassageRow; terms: PassageTerms }[] = [];
  /** The INSERT in flight (one at a time: the connection runs them in order anyway). */
  private writing: Promise<unknown> = Promise.resolve();
  readonly tally: TermTally = { counts: new Map(), surfaces: new Map() };
  written = 0;

  constructor(private readonly client: pg.PoolClient) {}

  /** Adds one article (its file's hash) and its passages; writes a batch once BATCH rows are waiting. */
  async add({ source, title, outlet, url, date }: Omit<Article, 'passages'>, hash: string, rows: readonly PassageRow[]): Promise<void> {
    this.articles.push({ source, title, outlet, url, date, hash });
    const { counts, surfaces } = this.tally;
    const seen = (term: string, written: string) => void (surfaces.has(term) || surfaces.set(term, written.toLowerCase()));
    for (const row of rows) {
      const terms = passageTerms(row.passage, seen);
      [terms.text, terms.heading, terms.title].forEach((field, f) => {
        for (const term of field.terms) {
          const c = counts.get(term);
          if (c) c[f]!++;
          else counts.set(term, f === 0 ? [1, 0, 0] : f === 1 ? [0, 1, 0] : [0, 0, 1]);
        }
      });
      this.rows.push({ row, terms });
    }
    if (this.rows.length >= BATCH) await this.flush(false);
  }

  /** Writes what is waiting; with `wait`, also waits for every write to finish (and reports its error). */
  async flush(wait = true): Promise<void> {
    const [articles, batch] = [this.articles, this.rows];
    [this.articles, this.rows] = [[], []];
    // The previous batch must have gone in (its error surfaces here) before the next is sent.
    await this.writing;
    if (articles.length + batch.length > 0) {
      this.written += batch.length;
      // Not awaited: the next files are parsed meanwhile. The articles go first (the passages refer to them).
      this.writing = Promise.all([this.insertArticles(articles), this.insert(batch)]);
      // Handled when awaited (next flush); until then a failure must not count as unhandled.
      this.writing.catch(() => undefined);
    }
    if (wait) await this.writing;
  }

  private insertArticles(articles: ArticleRow[]): Promise<unknown> {
    if (articles.length === 0) return Promise.resolve();
    const col = <T>(f: (a: ArticleRow) => T): T[] => articles.map(f);
    return this.client.query('INSERT INTO articles (source, content_hash, title, outlet, url, date) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])', [
      col((a) => a.source), col((a) => a.hash), col((a) => a.title), col((a) => a.outlet), col((a) => a.url), col((a) => a.date),
    ]);
  }

  private insert(batch: { row: PassageRow; terms: PassageTerms }[]): Promise<unknown> {
    if (batch.length === 0) return Promise.resolve();
    const col = <T>(f: (x: { row: PassageRow; terms: PassageTerms }) => T): T[] => batch.map(f);
    return this.client.query(
      `INSERT INTO passages (source, ordinal, line, heading, title, text, terms, tfs, len, head_terms, head_tfs, head_len, title_terms, title_tfs, title_len, served, also)
       SELECT s, o, l, h, ti, tx, a::text[], b::int2[], n, c::text[], d::int2[], hn, e::text[], f::int2[], tn, sv, al::jsonb
       FROM unnest($1::text[], $2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int2[], $10::text[], $11::text[], $12::int2[],
                   $13::text[], $14::text[], $15::int2[], $16::boolean[], $17::text[])
         AS r(s, o, l, h, ti, tx, a, b, n, c, d, hn, e, f, tn, sv, al)`,
      [
        col((x) => x.row.passage.source), col((x) => x.row.ordinal), col((x) => x.row.passage.line), col((x) => x.row.passage.heading), col((x) => x.row.passage.title), col((x) => x.row.passage.text),
        col((x) => textArray(x.terms.text.terms)), col((x) => intArray(x.terms.text.tfs)), col((x) => x.terms.text.len),
        col((x) => textArray(x.terms.heading.terms)), col((x) => intArray(x.terms.heading.tfs)), col((x) => x.terms.heading.len),
        col((x) => textArray(x.terms.title.terms)), col((x) => intArray(x.terms.title.tfs)), col((x) => x.terms.title.len),
        col((x) => x.row.served ?? true), col((x) => (x.row.also ? JSON.stringify(x.row.also) : null)),
      ],
    );
  }
}

/** The GIN indexes a bulk load drops before writing and builds after (as `002_search_terms.sql` makes them). */
const GIN = [
  ['passages_terms', 'terms'],
  ['passages_head_terms', 'head_terms'],
  ['passages_title_terms', 'title_terms'],
] as const;

/** Inside the writer's transaction: drops the term indexes (their rebuild is one pass over the rows). */
export async function dropTermIndexes(client: pg.PoolClient): Promise<void> {
  await client.query(`DROP INDEX IF EXISTS ${GIN.map(([name]) => name).join(', ')}`);
}

/** Builds the term indexes again, with memory enough to sort each in one go. */
export async function buildTermIndexes(client: pg.PoolClient): Promise<void> {
  await client.query("SET LOCAL maintenance_work_mem = '256MB'");
  for (const [name, column] of GIN) await client.query(`CREATE INDEX IF NOT EXISTS ${name} ON passages USING gin (${column})`);
}

/** Adds the written passages to each term's document frequencies, in chunks (a first load has hundreds of thousands of terms). */
export async function addTermCounts(client: pg.PoolClient, { counts, surfaces }: TermTally): Promise<void> {
  const rows = [...counts];
  for (let from = 0; from < rows.length; from += 50_000) {
    const chunk = rows.slice(from, from + 50_000);
    await client.query(
      `INSERT INTO search_terms (term, df, head_df, title_df, surface) SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::int[], $5::text[])
       ON CONFLICT (term) DO UPDATE SET df = search_terms.df + EXCLUDED.df, head_df = search_terms.head_df + EXCLUDED.head_df, title_df = search_terms.title_df + EXCLUDED.title_df,
         surface = coalesce(search_terms.surface, EXCLUDED.surface)`,
      [chunk.map(([t]) => t), chunk.map(([, c]) => c[0]), chunk.map(([, c]) => c[1]), chunk.map(([, c]) => c[2]), chunk.map(([t]) => surfaces.get(t) ?? null)],
    );
  }
}
