// Discord behind the platform seam: on when DISCORD_TOKEN and DISCORD_CLIENT_ID are set.
import { platforms } from '../../config.ts';
import type { Platform } from '../platform.ts';

export const discordPlatform: Platform = {
  name: 'discord',
  configured: (config) => platforms(config).discord,
  async start(config, deps) {
    const { startDiscord } = await import('./start.ts');
    return startDiscord({ config, ...deps });
  },
};
