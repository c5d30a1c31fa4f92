// What every interaction handler needs: the shared router and core, the log, and the deferral policy.
import type { CommandContext } from '../../../core/command.ts';
import type { CommandRouter } from '../../../core/router.ts';
import type { Logger } from '../../../log.ts';
import type { DeferPolicy } from '../deadline.ts';

export interface HandlerDeps {
  router: CommandRouter;
  ctx: CommandContext;
  log: Logger;
  policy: DeferPolicy;
}
