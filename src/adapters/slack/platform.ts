// Slack behind the platform seam: Socket Mode with SLACK_APP_TOKEN, HTTP with SLACK_SIGNING_SECRET.
import { platforms } from '../../config.ts';
import type { Platform } from '../platform.ts';

export const slackPlatform: Platform = {
  name: 'slack',
  configured: (config) => platforms(config).slack !== null,
  async start(config, deps) {
    const mode = platforms(config).slack ?? 'socket';
    const { startSlack } = await import('./start.ts');
    return startSlack({ config, mode, ...deps });
  },
};
