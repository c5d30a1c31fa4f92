// A token Discord rejects, or intents it refuses, must stop the bot with a clear message and a
// non-zero exit, not the silent code 0 discord.js leaves behind on its own.
import { afterEach, describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/index.ts';
import { DiscordStartError } from '../../src/adapters/discord/start.ts';
import { createCore } from '../../src/core/create.ts';
import { CommandRouter } from '../../src/core/router.ts';
import { SAMPLE_ARTICLES, tempArticles } from '../helpers/articles.ts';
import { runEntry } from '../helpers/run.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { FakeDiscord } from './fake-discord.ts';
import { startTestBot } from './harness.ts';
import { APP_ID } from './payloads.ts';

let fake: FakeDiscord | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function startAgainst(f: FakeDiscord): Promise<{ error: unknown; fatal: string[] }> {
  const core = await createCore({ dataDir: await tempArticles(SAMPLE_ARTICLES) });
  const fatal: string[] = [];
  const error = await startTestBot(f, new CommandRouter(allCommands()), { core }, undefined, fatal).then(
    (t) => t.bot.stop(),
    (err: unknown) => err,
  );
  return { error, fatal };
}

describe('Discord login failures', () => {
  it('reports a rejected token (401) as fatal, naming DISCORD_TOKEN', async () => {
    fake = await FakeDiscord.start({ rejectToken: true });
    const { error, fatal } = await startAgainst(fake);
    expect(error).toBeInstanceOf(DiscordStartError);
    expect(fatal).toHaveLength(1);
    expect(fatal[0]).toMatch(/^Discord rejected DISCORD_TOKEN \(401 Unauthorized\)\. .*Reset Token/);
  });

  it('reports refused intents (close code 4014) as fatal', async () => {
    fake = await FakeDiscord.start({ closeOnIdentify: 4014 });
    const { error, fatal } = await startAgainst(fake);
    expect(error).toBeInstanceOf(DiscordStartError);
    expect(fatal).toHaveLength(1);
    expect(fatal[0]).toMatch(/^Discord refused the bot's gateway intents \(close code 4014, disallowed intents\)/);
  });

  it('reports a token refused at the gateway (close code 4004) as fatal', async () => {
    fake = await FakeDiscord.start({ closeOnIdentify: 4004 });
    const { fatal } = await startAgainst(fake);
    expect(fatal[0]).toMatch(/^Discord rejected DISCORD_TOKEN \(gateway close code 4004\)/);
  });

  it('makes npm start exit non-zero with the message when the token is rejected', async () => {
    fake = await FakeDiscord.start({ rejectToken: true });
    const dataDir = await tempArticles(SAMPLE_ARTICLES);
    const cacheDir = await tempDir('coverage-bot-cache-');
    const run = await runEntry('src/main.ts', [], {
      env: { DISCORD_TOKEN: 'not-a-token', DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: fake.apiUrl, DATA_DIR: dataDir, CACHE_DIR: cacheDir },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Discord rejected DISCORD_TOKEN (401 Unauthorized).');
    // A child process loading the core and discord.js is slow on a busy machine; nothing here is timed.
  }, 60_000);
});
