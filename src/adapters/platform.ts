// The platform seam: what every chat platform offers main.ts (a name, whether its credentials are set,
// start, stop), and the one set of dependencies every platform's handlers share.
import type { Config } from '../config.ts';
import type { CommandContext } from '../core/command.ts';
import type { CommandRouter } from '../core/router.ts';
import type { Logger } from '../log.ts';
import type { RateLimiter } from '../core/rate-limit.ts';

/** What every platform's handlers need: the router that runs commands, their context, and the log. */
export interface PlatformDeps {
  router: CommandRouter;
  ctx: CommandContext;
  log: Logger;
  /** The per-user and per-channel budgets, shared by every platform (none: no limit). */
  limiter?: RateLimiter;
}

/** A running platform. */
export interface RunningPlatform {
  stop(): Promise<void>;
}

/**
 * A chat platform. `start` should import the platform's library lazily, so a bot that does not use
 * a platform never loads it. Register a new one in ./registry.ts.
 */
export interface Platform {
  /** Lower-case, as in the logs (`discord`). */
  name: string;
  /** Whether the configuration holds what this platform needs to start. */
  configured(config: Config): boolean;
  start(config: Config, deps: PlatformDeps): Promise<RunningPlatform>;
  /**
   * Optional: starts the platform in processes of its own when it needs them (Discord past one shard),
   * which load the articles themselves. Null, or no such method: `start` runs it in this process.
   */
  startApart?(config: Config, log: Logger): Promise<RunningPlatform | null>;
  /** Optional: whether this process was started by the platform to run it alone (a Discord shard). */
  ownsProcess?(): boolean;
}
