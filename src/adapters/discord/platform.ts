// Discord behind the platform seam: on when DISCORD_TOKEN and DISCORD_CLIENT_ID are set; past one
// shard (DISCORD_SHARDS) it runs apart, in shard processes that each run this platform alone.
import { platforms } from '../../config.ts';
import type { Platform } from '../platform.ts';
import { isDiscordShard } from './shard-env.ts';

export const discordPlatform: Platform = {
  name: 'discord',
  configured: (config) => platforms(config).discord,
  ownsProcess: () => isDiscordShard(),
  async startApart(config, log) {
    if (isDiscordShard() || config.DISCORD_SHARDS === 1) return null;
    const { startShardsIfNeeded } = await import('./sharding.ts');
    return startShardsIfNeeded({ config, log });
  },
  async start(config, deps) {
    if (isDiscordShard()) {
      const { startShard } = await import('./shard.ts');
      return startShard(config, deps);
    }
    const { startDiscord } = await import('./start.ts');
    return startDiscord({ config, ...deps });
  },
};
