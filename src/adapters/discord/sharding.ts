// Discord past one shard (DISCORD_SHARDS): discord.js's ShardingManager runs each shard in a process
// of its own, this same `npm start` script with the same environment (./shard.ts is what it runs
// there), while this process only manages them. `auto` asks Discord how many shards it recommends
// and stays in one process when that is one; a number forces that many. Shards start in Discord's
// identify buckets (max_concurrency at once, then a 5 s wait), a log line says when each is ready,
// a shard that crashes after being ready is started again (at most 3 times in 10 minutes), and one
// that cannot run (a refused token or intents) stops them all with its reason on one line, exit 1.
import { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { DiscordjsError, DiscordjsErrorCodes, REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult, type Shard } from 'discord.js';
import type { Config } from '../../config.ts';
import { checkDataDir, DataDirError } from '../../corpus/files.ts';
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
/** A shard that keeps stopping (an unreadable DATA_DIR, a crash on start) is not restarted forever, as systemd's StartLimitBurst. */
const RESTARTS = { most: 3, withinMs: 10 * 60_000 } as const;
/** How long a shard may take to stop before it is killed: inside `npm start`'s own 5 s grace (src/shutdown.ts). */
const STOP_WAIT_MS = 4_500;

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
    // The shards read the articles, this process does not: a DATA_DIR they cannot read is said here, once.
    if (plan && !config.DATABASE_URL) await checkDataDir(config.DATA_DIR);
  } catch (err) {
    log.debug({ err }, 'Discord shards cannot start');
    onFatal(err instanceof DataDirError ? err.message : loginFailureMessage(err));
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
  const manager = new ShardingManager(process.argv[1]!, {
    totalShards: plan.count,
    shardList: Array.from({ length: plan.count }, (_, i) => i),
    mode: 'process',
    // Restarts are decided here (ShardFleet#closed): not again and again for a shard that cannot run.
    respawn: false,
    shardArgs: process.argv.slice(2),
    execArgv: process.execArgv,
    ...(config.DISCORD_TOKEN && { token: config.DISCORD_TOKEN }),
  });
  const fleet = new ShardFleet(manager, plan, log, onFatal);
  void fleet.spawnAll();
  return { stop: () => fleet.stop() };
}

/** The shards of one manager: started in identify buckets, watched, restarted, stopped. */
class ShardFleet {
  readonly #aborted = new AbortController();
  #stopping = false;
  /** Why a shard said it cannot run; the first one told is the one reported. */
  #fatal: string | undefined;
  /** When each shard was restarted lately, for RESTARTS.within. */
  readonly #restarts = new Map<number, number[]>();

  constructor(
    private readonly manager: ShardingManager,
    private readonly plan: ShardPlan,
    private readonly log: Logger,
    private readonly onFatal: (message: string) => void,
  ) {}

  async spawnAll(): Promise<void> {
    const { count, concurrency } = this.plan;
    for (let first = 0; first < count; first += concurrency) {
      if (first > 0) await sleep(IDENTIFY_WINDOW_MS, undefined, { signal: this.#aborted.signal }).catch(() => undefined);
      if (this.#stopping) return;
      const ids = Array.from({ length: Math.min(concurrency, count - first) }, (_, i) => first + i);
      await Promise.all(ids.map((id) => this.#spawn(this.#watch(this.manager.createShard(id)))));
    }
  }

  async stop(): Promise<void> {
    this.#stopping = true;
    this.#aborted.abort();
    await Promise.all([...this.manager.shards.values()].map(stopShard));
  }

  #fail(message: string): void {
    if (this.#stopping) return;
    void this.stop().finally(() => this.onFatal(message));
  }

  /** Starts a shard's process and waits (a while) for its first ready. */
  #spawn(shard: Shard): Promise<void> {
    if (this.#stopping) return Promise.resolve();
    return shard.spawn(READY_WAIT_MS).then(
      () => undefined,
      (err: unknown) => {
        // A shard that died or disconnected before ready is dealt with when its process closes.
        if (err instanceof DiscordjsError && err.code === DiscordjsErrorCodes.ShardingReadyTimeout) {
          this.log.warn({ shard: shard.id, wait_ms: READY_WAIT_MS }, 'a Discord shard is not ready yet; starting the next ones anyway');
        }
      },
    );
  }

  #watch(shard: Shard): Shard {
    let ready = false;
    shard.on('spawn', (child) => {
      if (!(child instanceof ChildProcess)) return; // mode 'process': always a child process
      ready = false;
      this.log.info({ shard: shard.id, shards: this.plan.count, shard_pid: child.pid }, 'Discord shard process started');
      // 'close', not 'exit': it comes after the last IPC message (the reason a shard could not run).
      child.once('close', (code, signal) => this.#closed(shard, ready, code ?? signal));
    });
    shard.on('ready', () => {
      ready = true;
      this.log.info({ shard: shard.id, shards: this.plan.count, shard_pid: shard.process?.pid }, 'Discord shard ready');
    });
    shard.on('message', (message: unknown) => {
      if (isShardFatal(message)) this.#fatal ??= message.coverageBotFatal;
    });
    shard.on('error', (err: unknown) => this.log.warn({ err, shard: shard.id }, 'Discord shard error'));
    return shard;
  }

  /** A shard's process ended without being asked to: say why and stop, or start it again. */
  #closed(shard: Shard, wasReady: boolean, how: number | string | null): void {
    if (this.#stopping) return;
    if (this.#fatal !== undefined) return this.#fail(this.#fatal);
    if (!wasReady) return this.#fail(`Discord shard ${shard.id} stopped before it was ready (${how}); the lines above say why. The bot has stopped.`);
    const now = Date.now();
    const recent = (this.#restarts.get(shard.id) ?? []).filter((at) => now - at < RESTARTS.withinMs);
    if (recent.length >= RESTARTS.most) {
      return this.#fail(`Discord shard ${shard.id} stopped ${recent.length + 1} times within ${RESTARTS.withinMs / 60_000} minutes (last: ${how}); the lines above say why. The bot has stopped.`);
    }
    this.#restarts.set(shard.id, [...recent, now]);
    this.log.warn({ shard: shard.id, exit: how }, 'a Discord shard stopped; starting it again');
    void this.#spawn(shard);
  }
}

/**
 * Asks a shard to stop by closing its IPC channel (it then stops as on SIGTERM, see ./shard.ts; a
 * signal here would be a second one when systemd or Ctrl-C signalled every process already), and
 * kills it if it has not ended within STOP_WAIT_MS.
 */
async function stopShard(shard: Shard): Promise<void> {
  const child = shard.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  // 'exit', not 'close': Node emits no 'close' for a child whose IPC channel the parent disconnected.
  const exited = once(child, 'exit');
  if (child.connected) child.disconnect();
  else child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_WAIT_MS);
  await exited;
  clearTimeout(timer);
}
