// `npm start`: loads the articles, then runs every platform whose credentials are set,
// or the console chat when none are.
import { ConfigError, platforms, readConfig, type Config } from './config.ts';
import { createLogger, type Logger } from './log.ts';
import { createCore } from './core/create.ts';
import { CommandRouter } from './core/router.ts';
import type { CommandContext } from './core/command.ts';
import { allCommands } from '../commands/index.ts';
import { runConsole } from './adapters/console/console.ts';

async function main(): Promise<void> {
  const config = readConfigOrExit();
  const log = createLogger(config.LOG_LEVEL);
  const core = await createCore({ dataDir: config.DATA_DIR, cacheDir: config.CACHE_DIR, warn: (m) => log.warn(m) });
  log.info({ articles: core.corpus.articles.length, passages: core.corpus.passages.length }, 'coverage loaded');
  const router = new CommandRouter(allCommands());
  const ctx: CommandContext = { core };
  const on = platforms(config);
  if (!on.discord && !on.slack) {
    log.info('no Discord or Slack credentials set: starting the console chat');
    await runConsole({ router, ctx, log });
    process.exit(0);
  }
  // Discord autocomplete must answer within 3 s from memory: extract quotes before connecting,
  // not on the first request (the console keeps it lazy, so it starts at once).
  const started = Date.now();
  log.info({ speakers: core.quotes.speakers().length, ms: Date.now() - started }, 'quotes extracted');
  await startPlatforms(config, on, { router, ctx, log });
}

async function startPlatforms(
  config: Config,
  on: ReturnType<typeof platforms>,
  deps: { router: CommandRouter; ctx: CommandContext; log: Logger },
): Promise<void> {
  // Imported only when switched on, so the console never loads the platform libraries.
  if (on.discord) {
    const { startDiscord } = await import('./adapters/discord/start.ts');
    await startDiscord({ config, ...deps });
  }
  if (on.slack) {
    const { startSlack } = await import('./adapters/slack/start.ts');
    await startSlack({ config, mode: on.slack, ...deps });
  }
}

function readConfigOrExit(): Config {
  try {
    return readConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}

await main();
