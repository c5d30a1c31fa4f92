// The connection pool to the shared store, from DATABASE_URL; errors name the variable to fix.
import pg from 'pg';

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export interface PoolOptions {
  /** Connections at most (default 4: a replica answers few questions at once). */
  max?: number;
}

/** A pool on `url`; nothing connects until the first query. */
export function openPool(url: string, { max = 4 }: PoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 10_000 });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  return pool;
}

/** Checks the database answers, with an error saying which variable points at it. */
export async function checkReachable(pool: pg.Pool): Promise<void> {
  try {
    await pool.query('SELECT 1');
  } catch (err) {
    throw new StoreError(`Cannot reach the database at DATABASE_URL (${err instanceof Error ? err.message : String(err)}). Check DATABASE_URL and that PostgreSQL is running.`, { cause: err });
  }
}
