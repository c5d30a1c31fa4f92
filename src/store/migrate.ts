// Schema migrations: the numbered SQL files in ./migrations, applied in order, each once and in its
// own transaction, recorded in `schema_migrations`. An advisory lock lets several replicas (and
// `npm run index`) start at once: one applies, the others wait and find nothing left to do.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';

const DIR = path.join(import.meta.dirname, 'migrations');
/** Any fixed number: the advisory lock every migrating process takes. */
const LOCK = 7_150_015;
const FILE = /^(\d{3})_[\w-]+\.sql$/u;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export async function migrations(dir = DIR): Promise<Migration[]> {
  const names = (await readdir(dir)).filter((n) => FILE.test(n)).sort();
  return Promise.all(names.map(async (name) => ({ version: Number(FILE.exec(name)![1]), name, sql: await readFile(path.join(dir, name), 'utf8') })));
}

/** Applies what is missing; returns the names applied now. */
export async function migrate(pool: pg.Pool, dir = DIR): Promise<string[]> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    const applied: string[] = [];
    for (const m of await migrations(dir)) {
      if (done.has(m.version)) continue;
      await inTransaction(client, async () => {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      });
      applied.push(m.name);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK]).catch(() => undefined);
    client.release();
  }
}

export async function inTransaction<T>(client: pg.PoolClient, f: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await f();
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}
