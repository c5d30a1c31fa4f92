// `npm run index`: writes DATA_DIR into the database at DATABASE_URL (see the README, "PostgreSQL").
// Progress goes to stderr; stdout gets one JSON summary. Exits 2 on a configuration error.
// `--no-sentences`: without the sentence encoder's vectors (made by default within its passage limit).
import { ConfigError, readConfig } from '../config.ts';
import { openPool, checkReachable, StoreError } from './db.ts';
import { indexDataDir } from './index-run.ts';

async function main(): Promise<number> {
  const config = readConfig();
  if (!config.DATABASE_URL) throw new ConfigError('Configuration error: DATABASE_URL is not set; npm run index writes the articles into that database. Set it in .env or the environment.');
  const pool = openPool(config.DATABASE_URL);
  try {
    await checkReachable(pool);
    const started = Date.now();
    const report = await indexDataDir(pool, config.DATA_DIR, { cacheDir: config.CACHE_DIR, sentences: !process.argv.includes('--no-sentences'), log: (m) => process.stderr.write(`index: ${m}\n`) });
    for (const s of report.skipped) process.stderr.write(`index: ${s}\n`);
    const { added, changed, removed, unchanged, version, passages, quotes, vectors } = report;
    process.stdout.write(`${JSON.stringify({ added: added.length, changed: changed.length, removed: removed.length, unchanged, version, passages, quotes, vectors, ms: Date.now() - started })}\n`);
    return 0;
  } finally {
    await pool.end();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    const known = err instanceof ConfigError || err instanceof StoreError;
    process.stderr.write(`${known ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(err instanceof ConfigError ? 2 : 1);
  },
);
