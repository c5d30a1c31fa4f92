// Discord past one shard (DISCORD_SHARDS): discord.js's ShardingManager runs each shard in a process
// of its own, this same `npm start` script with the same environment (./shard.ts is what it runs
// there), while this process only manages them. `auto` asks Discord how many shards it recommends
// and stays in one process when that is one; a number forces that many. Shards start in Discord's
// identify buckets (max_concurrency at once, then a 5 s wait), a log line says when each is ready,
// a shard that crashes after being ready is started again, and one that cannot run (a refused token
// or intents) stops them all with its reason on one line and exit code 1.
import { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { DiscordjsError, DiscordjsErrorCodes, REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult, type Shard } from 'discord.js';
import type { Config } from '../../config.ts';
import type { Logger } from '../../log.ts';
import type { RunningPlatform } from '../platform.ts';
import { loginFailureMessage } from './fatal.ts';
import { isShardFatal } from './shard-env.ts';
import { exitWith } from './start.ts';
import { makeRequest } from './uploads.ts';

/** Discord lets `max_concurrency` shards identify per 5 s window (developer docs, "Sharding for Large Bots"). */
const IDENTIFY_WINDOW_MS = 5_000;
/** How long the manager waits for a shard's first ready before starting the next bucket anyway. */
const READY_WAIT_MS = 60_000;

export interface ShardPlan {
  /** Shards in all (SHARD_COUNT). */
  count: number;
  /** How many may identify at once (Discord's `session_start_limit.max_concurrency`). */
  concurrency: number;
}

export interface StartShardsOptions {
  config: Config;
  log: Logger;
  /** Told why the shards cannot run, once they are all stopped; the default prints it and exits 1. */
  onFatal?: (message: string) => void;
}

/** Discord's ShardingManager with its shards starting; null when Discord runs in this process. */
export async function startShardsIfNeeded({ config, log, onFatal = exitWith(log) }: StartShardsOptions): Promise<RunningPlatform | null> {
  let plan: ShardPlan | null;
  try {
    plan = await planShards(config, log);
  } catch (err) {
    log.debug({ err }, 'asking Discord for the shard count failed');
    onFatal(loginFailureMessage(err));
    return { stop: () => Promise.resolve() };
  }
  return plan && startShards(plan, { config, log, onFatal });
}

/** How many shards to run; null: one, in this process (DISCORD_SHARDS=1, or `auto` when Discord recommends one). */
export async function planShards(config: Config, log: Logger): Promise<ShardPlan | null> {
  const wanted = config.DISCORD_SHARDS;
  if (wanted === 1) return null;
  // Asked for a forced count too: a rejected token is then told once, here, before any shard starts.
  const rest = new REST({ makeRequest, ...(config.DISCORD_API_URL && { api: config.DISCORD_API_URL }) }).setToken(config.DISCORD_TOKEN ?? '');
  const gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  const recommended = Math.max(1, gateway.shards);
  const concurrency = Math.max(1, gateway.session_start_limit.max_concurrency);
  if (wanted === 'auto' && recommended === 1) {
    log.info({ recommended }, 'Discord recommends one shard: running it in this process');
    return null;
  }
  const count = wanted === 'auto' ? recommended : wanted;
  if (count < recommended) log.warn({ shards: count, recommended }, 'DISCORD_SHARDS is below the shard count Discord recommends');
  log.info({ shards: count, recommended, max_concurrency: concurrency }, `starting ${count} Discord shards, a process each`);
  return { count, concurrency };
}

/** Spawns the shards in the background; the returned platform stops them all. */
export function startShards(plan: ShardPlan, { config, log, onFatal = exitWith(log) }: StartShardsOptions): RunningPlatform {
  const ids = Array.from({ length: plan.count }, (_, i) => i);
  const manager = new ShardingManager(process.argv[1]!, {
    totalShards: plan.count,
    shardList: ids,
    mode: 'process',
    // Restarts are decided here: a shard that never got ready is not started again and again.
    respawn: false,
    shardArgs: process.argv.slice(2),
    execArgv: process.execArgv,
    ...(config.DISCORD_TOKEN && { token: config.DISCORD_TOKEN }),
  });
  const aborted = new AbortController();
  let stopping = false;
  let fatal: string | undefined;

  const stop = async (): Promise<void> => {
    stopping = true;
    aborted.abort();
    await Promise.all([...manager.shards.values()].map(killShard));
  };
  const fail = (message: string): void => {
    if (stopping) return;
    void stop().finally(() => onFatal(message));
  };

  const spawn = (shard: Shard): Promise<void> => {
    if (stopping) return Promise.resolve();
    return shard.spawn(READY_WAIT_MS).then(
      () => undefined,
      (err: unknown) => {
        // A shard that died or disconnected before ready is dealt with when its process closes.
        if (err instanceof DiscordjsError && err.code === DiscordjsErrorCodes.ShardingReadyTimeout) log.warn({ shard: shard.id, wait_ms: READY_WAIT_MS }, 'a Discord shard is not ready yet; starting the next ones anyway');
      },
    );
  };

  const watch = (shard: Shard): Shard => {
    let ready = false;
    shard.on('spawn', (child) => {
      if (!(child instanceof ChildProcess)) return; // mode 'process': always a child process
      ready = false;
      log.info({ shard: shard.id, shards: plan.count, shard_pid: child.pid }, 'Discord shard process started');
      // 'close', not 'exit': it comes after the last IPC message (the reason a shard could not run).
      child.once('close', (code, signal) => {
        if (stopping) return;
        if (fatal !== undefined) return fail(fatal);
        if (!ready) return fail(`Discord shard ${shard.id} stopped before it was ready (${code ?? signal}); the lines above say why.`);
        log.warn({ shard: shard.id, code, signal }, 'a Discord shard stopped; starting it again');
        void spawn(shard);
      });
    });
    shard.on('ready', () => {
      ready = true;
      log.info({ shard: shard.id, shards: plan.count, shard_pid: shard.process?.pid }, 'Discord shard ready');
    });
    shard.on('message', (message: unknown) => {
      if (isShardFatal(message)) fatal ??= message.coverageBotFatal;
    });
    shard.on('error', (err: unknown) => log.warn({ err, shard: shard.id }, 'Discord shard error'));
    return shard;
  };

  const spawnAll = async (): Promise<void> => {
    for (let first = 0; first < plan.count; first += plan.concurrency) {
      if (first > 0) await sleep(IDENTIFY_WINDOW_MS, undefined, { signal: aborted.signal }).catch(() => undefined);
      if (stopping) return;
      const bucket = ids.slice(first, first + plan.concurrency).map((id) => watch(manager.createShard(id)));
      await Promise.all(bucket.map(spawn));
    }
  };
  void spawnAll();
  return { stop };
}

/** Ends a shard's process (SIGTERM: it stops its client, as `npm start` does) and waits until it is gone. */
async function killShard(shard: Shard): Promise<void> {
  const child = shard.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const closed = once(child, 'close');
  shard.kill();
  await closed;
}
