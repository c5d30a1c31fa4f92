// The quote book in the database: what extraction found (src/quotes/book.ts QuoteData), written
// after each change of the corpus and read back by every replica, so none extracts it again.
// Extraction weighs the whole corpus (who is who across articles), so it is redone whole.
import type pg from 'pg';
import type { Corpus } from '../corpus/types.ts';
import { extractQuoteData, type QuoteData } from '../quotes/book.ts';
import type { Quote, Speaker } from '../quotes/types.ts';
import { inTransaction } from './migrate.ts';
import { readState, writeState } from './state.ts';

const BATCH = 5000;

/** Extracts the quotes of `corpus` and stores them as the book of corpus `version`. */
export async function writeQuoteBook(pool: pg.Pool, corpus: Corpus, version: number): Promise<QuoteData> {
  const data = extractQuoteData(corpus);
  const client = await pool.connect();
  try {
    await inTransaction(client, async () => {
      await client.query('TRUNCATE quotes, speakers');
      const s = data.speakers;
      await client.query(
        'INSERT INTO speakers (rank, key, speaker) SELECT * FROM unnest($1::int[], $2::text[], $3::jsonb[])',
        [s.map((_, i) => i), s.map((x) => x.key), s.map(({ key: _key, ...speaker }) => JSON.stringify(speaker))],
      );
      for (let from = 0; from < data.quotes.length; from += BATCH) {
        const q = data.quotes.slice(from, from + BATCH);
        await client.query('INSERT INTO quotes (rank, speaker_key, quote) SELECT * FROM unnest($1::int[], $2::text[], $3::jsonb[])', [
          q.map((_, i) => from + i),
          q.map((x) => x.key),
          q.map(({ key: _key, ...quote }) => JSON.stringify(quote)),
        ]);
      }
      await writeState(client, 'quotes_version', String(version));
    });
  } finally {
    client.release();
  }
  return data;
}

/** The stored book when it was made for corpus `version`, else null. */
export async function readQuoteBook(pool: pg.Pool, version: number): Promise<QuoteData | null> {
  const made = await readState(pool, 'quotes_version');
  if (made !== String(version)) return null;
  const speakers = (await pool.query<{ key: string; speaker: Speaker }>('SELECT key, speaker FROM speakers ORDER BY rank')).rows;
  const quotes = (await pool.query<{ speaker_key: string | null; quote: Quote }>('SELECT speaker_key, quote FROM quotes ORDER BY rank')).rows;
  return {
    speakers: speakers.map(({ key, speaker }) => ({ ...speaker, key })),
    quotes: quotes.map(({ speaker_key, quote }) => ({ ...quote, key: speaker_key })),
  };
}
