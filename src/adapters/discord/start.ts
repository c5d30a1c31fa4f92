// Runs the bot on Discord: a discord.js client with the Guilds intent only, every interaction routed
// through one handler, and a clear non-zero exit when Discord refuses the token or the intents
// (discord.js on its own would just stop, and the process would end with code 0).
import { makeRequest } from './uploads.ts';
import { once } from 'node:events';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Config } from '../../config.ts';
import type { Logger } from '../../log.ts';
import type { PlatformDeps } from '../platform.ts';
import { DeferPolicy } from './deadline.ts';
import { closeCodeMessage, loginFailureMessage } from './fatal.ts';
import { createInteractionHandler } from './interactions.ts';
import { isolatePackets } from './packets.ts';

export interface StartDiscordOptions extends PlatformDeps {
  config: Config;
  /** Told why the bot cannot run; the default prints it and exits with code 1. */
  onFatal?: (message: string) => void;
  /** How long a command may run before its reply is deferred (≤ 0: always defer). */
  deferAfterMs?: number;
}

export interface DiscordBot {
  client: Client<true>;
  stop(): Promise<void>;
}

export class DiscordStartError extends Error {
  override readonly name = 'DiscordStartError';
}

export async function startDiscord(opts: StartDiscordOptions): Promise<DiscordBot> {
  const { config, log } = opts;
  const onFatal = reportOnce(opts.onFatal ?? exitWith(log));
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    rest: { makeRequest, ...(config.DISCORD_API_URL && { api: config.DISCORD_API_URL }) },
  });
  const handle = createInteractionHandler({
    router: opts.router,
    ctx: opts.ctx,
    log,
    policy: new DeferPolicy(opts.deferAfterMs),
    ...(opts.limiter && { limiter: opts.limiter }),
  });
  isolatePackets(client, log);
  client.on(Events.InteractionCreate, (i) => void handle(i));
  client.on(Events.Error, (err) => log.error({ err }, 'Discord client error'));
  // Emitted only for close codes discord.js will not recover from (bad token, refused intents, …).
  client.on(Events.ShardDisconnect, (event) => onFatal(closeCodeMessage(event.code)));
  const ready = once(client, Events.ClientReady);
  try {
    await client.login(config.DISCORD_TOKEN);
    await ready;
  } catch (err) {
    const message = loginFailureMessage(err);
    log.debug({ err }, 'Discord login failed');
    onFatal(message);
    throw new DiscordStartError(message, { cause: err });
  }
  const bot = client as Client<true>;
  log.info({ user: bot.user.tag, application: bot.application.id }, 'connected to Discord');
  return { client: bot, stop: () => client.destroy() };
}

/** A refused login is reported both by the shard closing and by login() rejecting: say it once. */
function reportOnce(report: (message: string) => void): (message: string) => void {
  let told = false;
  return (message) => {
    if (!told) report(message);
    told = true;
  };
}

/** Why the bot cannot run, told the way a newcomer reads it: one line on stderr (and in the log), exit 1. */
export function exitWith(log: Logger): (message: string) => void {
  return (message) => {
    log.fatal(message);
    process.stderr.write(`${message}\n`);
    process.exit(1);
  };
}
