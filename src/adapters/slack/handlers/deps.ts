// What every Slack handler needs: the router that runs commands, their context, and the log.
import type { CommandContext } from '../../../core/command.ts';
import type { CommandRouter } from '../../../core/router.ts';
import type { Logger } from '../../../log.ts';

export interface SlackDeps {
  router: CommandRouter;
  ctx: CommandContext;
  log: Logger;
}
