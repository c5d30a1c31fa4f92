// What every Slack handler needs: the router that runs commands, their context, and the log.
import type { PlatformDeps } from '../../platform.ts';

export type SlackDeps = PlatformDeps;
