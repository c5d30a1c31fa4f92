// Named state in the store: the corpus version (bumped on every change and announced with
// NOTIFY, so replicas reload), and versioned blobs (the saved search index) that replicas share.
import type pg from 'pg';

/** The channel replicas LISTEN on; the payload is the new corpus version. */
export const CHANGES_CHANNEL = 'coverage_bot_changes';

type Queryable = Pick<pg.Pool, 'query'> | Pick<pg.PoolClient, 'query'>;

export async function corpusVersion(db: Queryable): Promise<number> {
  return Number((await readState(db, 'corpus_version')) ?? 0);
}

/** A named value (`quotes_version`, `roles_version`…), undefined when never written. */
export async function readState(db: Queryable, key: string): Promise<string | undefined> {
  return (await db.query<{ value: string }>('SELECT value FROM store_state WHERE key = $1', [key])).rows[0]?.value;
}

export async function writeState(db: Queryable, key: string, value: string): Promise<void> {
  await db.query('INSERT INTO store_state (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()', [key, value]);
}

/** Inside the writer's transaction: the next version (announced with NOTIFY, delivered at commit). */
export async function bumpVersion(client: pg.PoolClient): Promise<number> {
  const { rows } = await client.query<{ value: string }>("UPDATE store_state SET value = (value::bigint + 1)::text, updated_at = now() WHERE key = 'corpus_version' RETURNING value");
  return Number(rows[0]!.value);
}

/** Tells every listening replica that `version` is ready. */
export async function announce(db: Queryable, version: number): Promise<void> {
  await db.query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, String(version)]);
}

export async function readBlob(db: Queryable, key: string, version: string): Promise<Buffer | null> {
  const { rows } = await db.query<{ bytes: Buffer }>('SELECT bytes FROM blobs WHERE key = $1 AND version = $2', [key, version]);
  return rows[0]?.bytes ?? null;
}

export async function writeBlob(db: Queryable, key: string, version: string, bytes: Uint8Array): Promise<void> {
  await db.query(
    'INSERT INTO blobs (key, version, bytes) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET version = EXCLUDED.version, bytes = EXCLUDED.bytes, updated_at = now()',
    [key, version, Buffer.from(bytes)],
  );
}

/** A blob's version, without its bytes (undefined: no such blob). */
export async function blobVersion(db: Queryable, key: string): Promise<string | undefined> {
  return (await db.query<{ version: string }>('SELECT version FROM blobs WHERE key = $1', [key])).rows[0]?.version;
}

/** Bytes of a blob read per query: the whole (~10 MB) at once would go through a 20 MB hex string. */
const PIECE = 1 << 20;

/** A blob read a megabyte at a time into one buffer. */
export async function readInPieces(db: Queryable, key: string): Promise<Buffer> {
  const size = Number((await db.query<{ n: number }>('SELECT octet_length(bytes) AS n FROM blobs WHERE key = $1', [key])).rows[0]!.n);
  const out = Buffer.alloc(size);
  for (let at = 0; at < size; at += PIECE) {
    const { rows } = await db.query<{ b: Buffer }>('SELECT substring(bytes FROM $2::int FOR $3::int) AS b FROM blobs WHERE key = $1', [key, at + 1, PIECE]);
    rows[0]!.b.copy(out, at);
  }
  return out;
}
