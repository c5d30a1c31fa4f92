// What `npm start` reads first, started before the rest of its code loads (src/main.ts): the saved
// corpus and index and the data files' state, each on a worker thread, while the modules load.
// `openCorpus` and `openSearchEngine` pick them up when they open the same files; when the
// configuration names other folders, they read as they would have anyway.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';
import { cachePath, readAhead as readFileAhead } from './cache-file.ts';
import { walkAhead } from './corpus.ts';
import { codeVersion } from './fingerprint.ts';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Starts the reads for DATA_DIR and CACHE_DIR as `readConfig` will resolve them (the environment, then `.env`, then the defaults). */
export function readAhead(env: NodeJS.ProcessEnv = process.env): void {
  let dotEnv: Record<string, string | undefined> = {};
  try {
    if (existsSync('.env')) dotEnv = parseEnv(readFileSync('.env', 'utf8'));
  } catch {
    return; // readConfig says what is wrong with it
  }
  const setting = (name: string): string | undefined => (env[name] ?? dotEnv[name])?.trim() || undefined;
  // Served from PostgreSQL, or Discord in shards (the manager loads nothing; its shards start as they
  // did before, each reading at its own pace): nothing is read ahead.
  if (setting('DATABASE_URL')) return;
  const shards = setting('DISCORD_SHARDS');
  if ((shards && shards !== '1') || env['SHARDING_MANAGER'] === 'true') return;
  const dataDir = setting('DATA_DIR') ?? './data';
  const cacheDir = setting('CACHE_DIR') ?? './.cache';
  readFileAhead(cachePath(cacheDir, dataDir, 'corpus'));
  readFileAhead(cachePath(cacheDir, dataDir, 'search-index'));
  walkAhead(dataDir, cacheDir);
  // The hashes of the code the saved files are keyed on (the loader, the text kit, the engine, quotes), remembered by folder.
  // Only folders that are there: a missing one (bundled code) is hashed by its users' fallback.
  for (const folder of ['corpus', 'text', 'search', 'quotes'].map((f) => path.join(SRC, f))) if (existsSync(folder)) void codeVersion(folder).catch(() => undefined);
}
