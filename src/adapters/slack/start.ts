// Runs the bot on Slack. (Placeholder until the Slack adapter lands.)
import type { Config } from '../../config.ts';
import type { CommandRouter } from '../../core/router.ts';
import type { CommandContext } from '../../core/command.ts';
import type { Logger } from '../../log.ts';

export interface StartSlackOptions {
  config: Config;
  mode: 'socket' | 'http';
  router: CommandRouter;
  ctx: CommandContext;
  log: Logger;
}

export async function startSlack({ log }: StartSlackOptions): Promise<void> {
  log.error('the Slack adapter is not built yet');
  process.exitCode = 1;
}
