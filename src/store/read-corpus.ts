// Reads the corpus back from the database in the shape the loader gives (src/corpus/types.ts):
// articles in file order, each with its passages in line order, without the lines the
// repeated-line rule drops; an article left with no passage is skipped with the loader's warning.
import type pg from 'pg';
import type { Article, Corpus, Passage } from '../corpus/types.ts';

export interface StoredCorpus {
  corpus: Corpus;
  warnings: string[];
}

type ArticleRow = { source: string; title: string; outlet: string | null; url: string | null; date: string | null };
type PassageRow = { source: string; line: number; heading: string | null; title: string; text: string };

/** One consistent snapshot (REPEATABLE READ) of articles, passages and skipped files. */
export async function readCorpus(pool: pg.Pool): Promise<StoredCorpus & { version: number }> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const version = Number((await client.query<{ value: string }>("SELECT value FROM store_state WHERE key = 'corpus_version'")).rows[0]?.value ?? 0);
    const articles = (await client.query<ArticleRow>('SELECT source, title, outlet, url, date FROM articles')).rows;
    const passages = (await client.query<PassageRow>('SELECT source, line, heading, title, text FROM passages WHERE NOT repeated ORDER BY source, ordinal')).rows;
    const skipped = (await client.query<{ source: string; reason: string }>('SELECT source, reason FROM skipped_files')).rows;
    await client.query('COMMIT');
    return { ...assemble(articles, passages, skipped), version };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

function assemble(articleRows: ArticleRow[], passageRows: PassageRow[], skipped: { source: string; reason: string }[]): StoredCorpus {
  const bySource = new Map<string, Passage[]>();
  for (const { source, line, heading, title, text } of passageRows) {
    let own = bySource.get(source);
    if (!own) bySource.set(source, (own = []));
    own.push({ source, line, heading, title, text });
  }
  // The loader's order: file names sorted as JavaScript sorts strings (not the database's collation).
  const ordered = [...articleRows].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  const warnings = [...skipped].sort((a, b) => (a.source < b.source ? -1 : 1)).map((s) => `${s.source}: skipped, ${s.reason}`);
  const articles: Article[] = [];
  for (const row of ordered) {
    const passages = bySource.get(row.source) ?? [];
    if (passages.length === 0) warnings.push(`${row.source}: skipped, no article text was found in it`);
    else articles.push({ ...row, passages });
  }
  return { corpus: { articles, passages: articles.flatMap((a) => a.passages) }, warnings };
}
