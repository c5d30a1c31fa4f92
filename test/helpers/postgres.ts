// A fresh database per test file on the server the global setup found (test/helpers/pg-setup.ts),
// dropped afterwards; `null` (and the reason, for `describe.skipIf`) when no server is reachable.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** Why PostgreSQL tests skip, or '' when a server is there. */
export function pgSkipReason(): string {
  return inject('pgUrl') ? '' : `PostgreSQL tests skipped: ${inject('pgUnavailable')}`;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const server = inject('pgUrl');
  if (!server) throw new Error(pgSkipReason());
  const name = `cb_test_${randomBytes(6).toString('hex')}`;
  await withClient(server, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withClient(server, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

async function withClient<T>(url: string, f: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await f(client);
  } finally {
    await client.end();
  }
}
