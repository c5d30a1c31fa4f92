// One Discord shard process, started by the manager in ./sharding.ts as this same `npm start` script:
// it loads the articles (or opens DATABASE_URL) like any `npm start`, and runs Discord alone with the
// client discord.js points at its shard. Why it cannot run goes to the manager, which says it once and
// stops every shard; a shard whose manager is gone stops too, rather than serving on unmanaged.
import type { Config } from '../../config.ts';
import type { Logger } from '../../log.ts';
import type { PlatformDeps } from '../platform.ts';
import { shardFatal } from './shard-env.ts';
import { startDiscord, type DiscordBot } from './start.ts';

export async function startShard(config: Config, deps: PlatformDeps): Promise<DiscordBot> {
  // The manager stops a shard by closing the IPC channel, which also closes when the manager ends
  // (even killed outright): stop as on SIGTERM, unless a signal came already (systemd and Ctrl-C
  // signal every process of the bot at once, and a second signal would cut the stop short).
  let signalled = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => (signalled = true));
  process.once('disconnect', () => {
    if (!signalled) process.kill(process.pid, 'SIGTERM');
  });
  // discord.js tells the manager of each ready or disconnect without a callback: once the manager is
  // gone that fails on `process`, which would otherwise end the shard as an unexpected exception.
  process.on('error', (err) => deps.log.debug({ err }, 'the shard manager could not be told'));
  let exiting: Promise<never> | undefined;
  try {
    return await startDiscord({ config, ...deps, onFatal: (message) => void (exiting ??= tellManager(message, deps.log)) });
  } catch (err) {
    // A refused login also rejects here: the manager has been told, and this process is ending.
    if (exiting) return exiting;
    throw err;
  }
}

/** Sends the reason to the manager, then exits 1 once it is written; never resolves. */
function tellManager(message: string, log: Logger): Promise<never> {
  log.debug({ message }, 'telling the shard manager why this shard cannot run');
  return new Promise<never>(() => {
    const manager = process.ppid;
    process.send?.(shardFatal(message), undefined, undefined, (err) => {
      // Not sent: the manager closed the channel because it is stopping every shard (another shard told it
      // first, or it was asked to stop), and it says why itself; only a manager that is gone cannot.
      if (err && !managerAlive(manager)) process.stderr.write(`${message}\n`);
      process.exit(1);
    });
  });
}

/** Whether the process that started this shard still runs (a shard outliving it is re-parented). */
function managerAlive(pid: number): boolean {
  if (process.ppid !== pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
