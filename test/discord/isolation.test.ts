// `npm start` with Discord and Slack in one process: a gateway packet discord.js cannot read must not take
// Slack down with Discord. The real entry point in a child process, against fake Discord and Slack on localhost.
import { createServer } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_ARTICLES, suiteArticles } from '../helpers/articles.ts';
import { startEntry, type Running } from '../helpers/run.ts';
import { closeServer, listen, postSigned, slashCommandBody, startFakeSlack, type FakeSlack } from '../slack/fake-slack.ts';
import { FakeDiscord } from './fake-discord.ts';
import { isCallbackFor } from './harness.ts';
import { APP_ID, ALICE, buttonClick, sentMessage, slashCommand } from './payloads.ts';

const SECRET = 'isolation-secret';
let discord: FakeDiscord | undefined;
let slack: FakeSlack | undefined;
let bot: Running | undefined;
// Shared with the bot, which runs until the afterAll below: removed after it (afterAll hooks run last-registered first).
const dataDir = suiteArticles(SAMPLE_ARTICLES);

afterAll(async () => {
  bot?.child.kill('SIGTERM');
  await bot?.done;
  await discord?.close();
  await slack?.close();
});

async function freePort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await closeServer(server);
  return port;
}

describe('one platform’s fault', () => {
  it('a malformed Discord packet is logged and skipped: Slack and Discord keep answering', async () => {
    discord = await FakeDiscord.start();
    slack = await startFakeSlack();
    const port = await freePort();
    bot = startEntry('src/main.ts', [], {
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      DISCORD_TOKEN: 'test-token', DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: discord.apiUrl,
      SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, PORT: String(port),
    });
    await bot.waitForStderr('listening on port');
    // Platforms start at once and answer "still reading" until the articles are in: wait for them.
    await bot.waitForStderr('coverage loaded');

    const broken: Record<string, unknown> = buttonClick('share', sentMessage({ content: 'x' }, ALICE, true));
    delete broken['message'];
    discord.dispatch('INTERACTION_CREATE', broken);
    await bot.waitForStderr('skipped a Discord gateway packet that could not be read');

    const res = await postSigned(`http://127.0.0.1:${port}/slack/events`, slashCommandBody('/ask', 'ferry terminal', slack.responseUrl('after')), 'form', { secret: SECRET });
    expect(res.status).toBe(200);
    expect(JSON.stringify((await slack.next('/respond/after')).body)).toMatch(/harbour\.txt:\d+/);
    const help = slashCommand('help');
    discord.dispatch('INTERACTION_CREATE', help);
    await discord.waitFor(isCallbackFor(help));
    expect(bot.child.exitCode).toBeNull();
  }, 60_000);
});
