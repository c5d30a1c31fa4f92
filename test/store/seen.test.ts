// "Answered once": the memory store for one process, the PostgreSQL store across replicas.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { openPool } from '../../src/store/db.ts';
import { migrate } from '../../src/store/migrate.ts';
import { MemorySeenKeys, PostgresSeenKeys } from '../../src/store/seen.ts';
import { createTestDatabase, pgSkipReason, type TestDatabase } from '../helpers/postgres.ts';

describe('MemorySeenKeys', () => {
  it('claims a key once until it expires', async () => {
    let now = 1_000;
    const seen = new MemorySeenKeys(10, () => now);
    expect(await seen.claim('sig-a', 500)).toBe(true);
    expect(await seen.claim('sig-a', 500)).toBe(false);
    expect(await seen.claim('sig-b', 500)).toBe(true);
    now += 600;
    expect(await seen.claim('sig-a', 500)).toBe(true);
  });
});

const skip = pgSkipReason();
describe.skipIf(skip !== '')('PostgresSeenKeys', () => {
  let db: TestDatabase;
  let pools: pg.Pool[];
  beforeAll(async () => {
    db = await createTestDatabase();
    pools = [openPool(db.url), openPool(db.url)];
    await migrate(pools[0]!);
  });
  afterAll(async () => {
    for (const p of pools ?? []) await p.end();
    await db?.drop();
  });

  it('two replicas racing for the same key: exactly one claims it', async () => {
    const [a, b] = pools.map((p) => new PostgresSeenKeys(p)) as [PostgresSeenKeys, PostgresSeenKeys];
    const keys = Array.from({ length: 20 }, (_, i) => `event-${i}`);
    const results = await Promise.all(keys.flatMap((k) => [a.claim(k, 60_000), b.claim(k, 60_000)]));
    for (let i = 0; i < keys.length; i++) expect([results[2 * i], results[2 * i + 1]].filter(Boolean)).toHaveLength(1);
    expect(await a.claim('event-0', 60_000)).toBe(false);
  });

  it('an expired claim can be claimed again', async () => {
    const seen = new PostgresSeenKeys(pools[0]!);
    expect(await seen.claim('short', 60_000)).toBe(true);
    expect(await seen.claim('short', 60_000)).toBe(false);
    await pools[0]!.query("UPDATE seen_keys SET expires_at = now() - interval '1 second' WHERE key = 'short'");
    expect(await seen.claim('short', 60_000)).toBe(true);
    expect(await seen.claim('short', 60_000)).toBe(false);
  });
});
