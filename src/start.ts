// What `npm start` runs once its first reads are under way (src/main.ts): loads the articles, then
// starts every registered platform whose credentials are set (src/adapters/registry.ts), or the
// console chat when none are. Discord past one shard runs in shard processes of its own
// (src/adapters/discord/sharding.ts), each one this same script.
import { buttonKey, checkCredentials, ConfigError, readConfig, type Config } from './config.ts';
import { useButtonKey } from './reply/codec.ts';
import { createLogger, type Logger } from './log.ts';
import { guardProcess } from './lifecycle.ts';
import { loadAndFollow } from './core/follow.ts';
import { sentenceLine, type OpenedVectors, type SentenceEvent } from './search/semantic/open.ts';
import { RateLimiter } from './core/rate-limit.ts';
import { CommandRouter } from './core/router.ts';
import { allCommands } from '../commands/index.ts';
import { runConsole } from './adapters/console/console.ts';
import type { Platform, PlatformDeps } from './adapters/platform.ts';
import { PLATFORMS } from './adapters/registry.ts';
import { DataDirError } from './corpus/files.ts';
import { progressFactory, type Progress } from './progress.ts';
import { stopOnSignals, type Stoppable } from './shutdown.ts';

async function main(): Promise<void> {
  const config = readConfigOrExit();
  const log = createLogger(config.LOG_LEVEL);
  guardProcess(log);
  useButtonKey(buttonKey(config));
  const running: Stoppable[] = [];
  stopOnSignals({ log, running: () => running });
  const progress = progressFactory({ bar: process.stderr.isTTY === true, log });
  const onVectors = ({ from, ms }: OpenedVectors) => log.info(`Answers by meaning are on (passage vectors ${from} in ${Math.round(ms)} ms).`);
  const onSentences = (e: SentenceEvent) => log.info(sentenceLine(e));
  // A Discord shard runs Discord alone; Discord past one shard runs in shard processes of its own.
  const owner = PLATFORMS.find((p) => p.ownsProcess?.());
  const on = await startApart(owner ? [owner] : PLATFORMS.filter((p) => p.configured(config)), config, log, running);
  // Every platform runs in processes of its own, each loading the articles: nothing to load here.
  if (on.length === 0 && running.length > 0) return;
  const following = loadAndFollow({ dataDir: config.DATA_DIR, cacheDir: config.CACHE_DIR, log, progress, onVectors, onSentences, eagerQuotes: on.length > 0, databaseUrl: config.DATABASE_URL });
  running.push(following);
  const { core } = following;
  // A missing or unusable DATA_DIR: one line naming it, exit 1.
  const ready = following.ready.catch(exitOnDataDir);
  const deps: PlatformDeps = { router: new CommandRouter(allCommands()), ctx: { core }, log, limiter: new RateLimiter() };
  if (on.length === 0) {
    // The console reads its first line at once (piped questions too): it waits for the articles.
    await ready;
    log.info('no Discord or Slack credentials set: starting the console chat');
    process.exit(await runConsole(deps));
  }
  // Platforms connect at once and answer from what is ready, saying how far reading got.
  for (const platform of on) running.push(await platform.start(config, deps));
  await ready;
  // Discord autocomplete must answer within 3 s from memory: extract quotes now, not on the first
  // request (the console keeps it lazy, so it starts at once). On worker threads, with progress.
  const started = Date.now();
  let shown: Progress | undefined;
  await core.quotes.prepare?.((done, total) => ((shown ??= progress('extracting quotes', total, 'passages')).tick(done), done >= total && shown.finish()));
  log.info({ speakers: core.quotes.speakers().length, ms: Date.now() - started }, 'quotes extracted');
}

/** Starts the platforms that run in processes of their own; returns those to start in this one. */
async function startApart(platforms: readonly Platform[], config: Config, log: Logger, running: Stoppable[]): Promise<Platform[]> {
  const here: Platform[] = [];
  for (const platform of platforms) {
    const apart = await platform.startApart?.(config, log);
    if (apart) running.push(apart);
    else here.push(platform);
  }
  return here;
}

/** A configuration mistake (a bad value, half a credential pair) is one line naming the variable, and exit 1. */
function readConfigOrExit(): Config {
  try {
    const config = readConfig();
    checkCredentials(config);
    return config;
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}

/** A missing DATA_DIR, or one that is a file: one line saying what to set, not a stack trace. */
function exitOnDataDir(err: unknown): never {
  // A StoreError (unreachable DATABASE_URL) is matched by name: importing it would load `pg` for everyone.
  if (err instanceof DataDirError || (err instanceof Error && err.name === 'StoreError')) {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  throw err;
}

await main();
