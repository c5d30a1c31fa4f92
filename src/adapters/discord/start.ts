// Runs the bot on Discord. (Placeholder until the Discord adapter lands.)
import type { Config } from '../../config.ts';
import type { CommandRouter } from '../../core/router.ts';
import type { CommandContext } from '../../core/command.ts';
import type { Logger } from '../../log.ts';

export interface StartDiscordOptions {
  config: Config;
  router: CommandRouter;
  ctx: CommandContext;
  log: Logger;
}

export async function startDiscord({ log }: StartDiscordOptions): Promise<void> {
  log.error('the Discord adapter is not built yet');
  process.exitCode = 1;
}
