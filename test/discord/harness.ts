// Starts the real bot (startDiscord) against a FakeDiscord, with a log captured in memory.
import { Writable } from 'node:stream';
import { readConfig } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';
import type { CommandContext } from '../../src/core/command.ts';
import type { RateLimiter } from '../../src/core/rate-limit.ts';
import type { CommandRouter } from '../../src/core/router.ts';
import { startDiscord, type DiscordBot } from '../../src/adapters/discord/start.ts';
import type { FakeDiscord, Recorded } from './fake-discord.ts';
import { APP_ID } from './payloads.ts';

export interface TestBot {
  bot: DiscordBot;
  /** Every log line, parsed. */
  logs: Record<string, unknown>[];
  fatal: string[];
}

export async function startTestBot(
  fake: FakeDiscord,
  router: CommandRouter,
  ctx: CommandContext,
  deferAfterMs?: number,
  fatal: string[] = [],
  limiter?: RateLimiter,
): Promise<TestBot> {
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n')) if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const config = readConfig({ DISCORD_TOKEN: 'test-token', DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: fake.apiUrl });
  const bot = await startDiscord({
    config,
    router,
    ctx,
    // The real logger (its redaction included), at debug, into memory.
    log: createLogger('debug', false, sink),
    onFatal: (m) => fatal.push(m),
    ...(deferAfterMs !== undefined && { deferAfterMs }),
    ...(limiter && { limiter }),
  });
  return { bot, logs, fatal };
}

/** The `data` of an interaction callback, or the body of a webhook edit or follow-up. */
export function messageOf(r: Recorded): Record<string, unknown> {
  const body = r.body as { type?: number; data?: Record<string, unknown> } & Record<string, unknown>;
  return r.path.endsWith('/callback') ? (body.data ?? {}) : body;
}

export function callbackType(r: Recorded): number | undefined {
  return (r.body as { type?: number }).type;
}

export const isCallbackFor = (i: { id: string }) => (r: Recorded) => r.path === `/interactions/${i.id}/${`token-${i.id}`}/callback`;
