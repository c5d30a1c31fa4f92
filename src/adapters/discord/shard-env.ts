// What a Discord shard process and its manager (./sharding.ts) agree on: how a process knows it is a
// shard (the variables discord.js's ShardingManager sets, which its Client reads to identify as
// shard [SHARDS, SHARD_COUNT]), and the message a shard sends before exiting for a reason that no
// restart would cure (a refused token or intents), so the manager can say it once and stop.
// No discord.js here: main.ts asks `isDiscordShard` before anything Discord is loaded.

/** Whether this process is a shard started by discord.js's ShardingManager. */
export function isDiscordShard(env: NodeJS.ProcessEnv = process.env): boolean {
  return env['SHARDING_MANAGER'] === 'true' && env['SHARDS'] !== undefined && typeof process.send === 'function';
}

/** The IPC message a shard sends its manager before it exits with code 1. */
export interface ShardFatal {
  coverageBotFatal: string;
}

export function shardFatal(message: string): ShardFatal {
  return { coverageBotFatal: message };
}

export function isShardFatal(message: unknown): message is ShardFatal {
  return typeof message === 'object' && message !== null && typeof (message as Partial<ShardFatal>).coverageBotFatal === 'string';
}
