// "Answered once" across replicas: a record of keys (a signed Slack request's signature, an event
// id) each claimed by the first process that sees it. In memory by default (one process); in
// PostgreSQL with DATABASE_URL, where a retry that reaches another replica is still answered once.
import type pg from 'pg';
import { openPool } from './db.ts';
import { migrate } from './migrate.ts';

export interface SeenKeys {
  /** Claims `key` for `ttlMs`; true for the first claim, false while an earlier claim holds. */
  claim(key: string, ttlMs: number): Promise<boolean>;
}

/** One process's memory, oldest keys dropped past `max`. */
export class MemorySeenKeys implements SeenKeys {
  readonly #expiry = new Map<string, number>();

  constructor(
    private readonly max = 50_000,
    private readonly now: () => number = Date.now,
  ) {}

  claim(key: string, ttlMs: number): Promise<boolean> {
    const now = this.now();
    for (const [k, until] of this.#expiry) {
      if (until > now && this.#expiry.size <= this.max) break;
      this.#expiry.delete(k);
    }
    const until = this.#expiry.get(key);
    if (until !== undefined && until > now) return Promise.resolve(false);
    this.#expiry.delete(key); // re-inserted at the end: the map stays roughly in expiry order
    this.#expiry.set(key, now + ttlMs);
    return Promise.resolve(true);
  }
}

/** Shared by every replica on the database: one INSERT decides who claimed first. */
export class PostgresSeenKeys implements SeenKeys {
  private claims = 0;

  constructor(private readonly pool: pg.Pool) {}

  async claim(key: string, ttlMs: number): Promise<boolean> {
    // An expired claim is taken over in the same statement; a live one leaves the row untouched.
    const { rowCount } = await this.pool.query(
      `INSERT INTO seen_keys (key, expires_at) VALUES ($1, now() + $2 * interval '1 millisecond')
       ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE seen_keys.expires_at <= now()`,
      [key, ttlMs],
    );
    if (++this.claims % 1000 === 0) await this.pool.query('DELETE FROM seen_keys WHERE expires_at <= now()');
    return rowCount === 1;
  }
}

/** The shared keys of the database at `url` (its own small pool), and how to let go of them. */
export async function openSharedSeenKeys(url: string): Promise<{ seen: SeenKeys; close(): Promise<void> }> {
  const pool = openPool(url, { max: 2 });
  await migrate(pool);
  let closing: Promise<void> | undefined;
  return { seen: new PostgresSeenKeys(pool), close: () => (closing ??= pool.end()) };
}
