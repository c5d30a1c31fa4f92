// Reads the corpus back from the database in the shape the loader gives (src/corpus/types.ts):
// every file's article as stored, then the loader's own cross-file step (`loader-parts.ts`).
import type pg from 'pg';
import type { Article, Corpus, Passage } from '../corpus/types.ts';
import { assembleCorpus, byFileName } from './loader-parts.ts';
import { corpusVersion } from './state.ts';

export interface StoredCorpus {
  corpus: Corpus;
  warnings: string[];
  /** The corpus version read (`store_state.corpus_version`). */
  version: number;
}

type ArticleRow = Omit<Article, 'passages'>;

/** One consistent snapshot (REPEATABLE READ) of articles, passages and skipped files. */
export async function readCorpus(pool: pg.Pool): Promise<StoredCorpus> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const version = await corpusVersion(client);
    const articles = (await client.query<ArticleRow>('SELECT source, title, outlet, url, date FROM articles')).rows;
    const passages = (await client.query<Passage>('SELECT source, line, heading, title, text FROM passages ORDER BY source, ordinal')).rows;
    const skipped = (await client.query<{ source: string; reason: string }>('SELECT source, reason FROM skipped_files')).rows;
    await client.query('COMMIT');
    const bySource = new Map<string, Passage[]>(articles.map((a) => [a.source, []]));
    for (const { source, line, heading, title, text } of passages) bySource.get(source)?.push({ source, line, heading, title, text });
    const parsed = articles.sort(byFileName).map((a) => ({ ...a, passages: bySource.get(a.source)! }));
    return { ...assembleCorpus(parsed, skipped.sort(byFileName)), version };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
