// /compare and /claims through the real discord.js and Bolt against the fake platforms: payloads within
// the limits, excerpts verbatim, outlets and dates shown, and the Export button's files delivered.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/index.ts';
import type { DiscordBody } from '../../src/adapters/discord/render.ts';
import type { SlackMessage } from '../../src/adapters/slack/render.ts';
import { startSlack } from '../../src/adapters/slack/start.ts';
import { readConfig } from '../../src/config.ts';
import type { CommandContext } from '../../src/core/command.ts';
import { createCore } from '../../src/core/create.ts';
import { CommandRouter } from '../../src/core/router.ts';
import { FakeDiscord } from '../discord/fake-discord.ts';
import { isCallbackFor, messageOf, startTestBot } from '../discord/harness.ts';
import { limitViolations } from '../discord/limits-check.ts';
import { ALICE, buttonClick, sentMessage, slashCommand } from '../discord/payloads.ts';
import { limitBreaches } from '../slack/limits-check.ts';
import { buttonBody, memoryLogger, postSigned, slashCommandBody, startFakeSlack } from '../slack/fake-slack.ts';
import { suiteArticles } from '../helpers/articles.ts';
import { FLOOD_ARTICLES } from './articles.ts';

const router = new CommandRouter(allCommands());
const dir = suiteArticles(FLOOD_ARTICLES);
let ctx: CommandContext;
const HERALD = 'The Rio Seco floods killed 65 people, according to the regional governor.';

beforeAll(async () => {
  ctx = { core: await createCore({ dataDir: dir, cacheDir: path.join(dir, '.cache') }) };
});

describe('on Discord', () => {
  it('/compare shows the outlets side by side as embed fields, and Export attaches CSV and Markdown', async () => {
    const fake = await FakeDiscord.start();
    const t = await startTestBot(fake, router, ctx);
    try {
      const asked = slashCommand('compare', [{ name: 'topic', type: 3, value: 'floods in Rio Seco' }]);
      fake.dispatch('INTERACTION_CREATE', asked);
      const body = messageOf(await fake.waitFor(isCallbackFor(asked))) as unknown as DiscordBody;
      expect(limitViolations(body)).toEqual([]);
      const fields = body.embeds.flatMap((e) => e.fields ?? []);
      expect(fields.map((f) => f.name).sort()).toEqual(['Reuters · 2025-03-04', 'The Gazette · 2025-03-06', 'The Herald · 2025-03-05']);
      const herald = fields.find((f) => f.name.includes('The Herald'))!;
      expect(herald.value).toContain('killed 65 people, according to the regional governor');
      expect(herald.value).toContain('`herald_20250305.txt:3`');
      expect(body.content).toContain('Not covered by: Harvest market opens (The Daily).');
      const exportButton = body.components.flatMap((r) => r.components).find((b) => b.label === 'Export CSV + Markdown')!;
      const click = buttonClick(exportButton.custom_id, sentMessage(body as unknown as Record<string, unknown>, ALICE, false), ALICE);
      fake.dispatch('INTERACTION_CREATE', click);
      const answer = await fake.waitFor(isCallbackFor(click));
      const uploaded = (answer.body as { uploaded?: { name: string; content: string }[] }).uploaded ?? [];
      expect(uploaded.map((f) => f.name)).toEqual(['compare-floods-in-rio-seco.csv', 'compare-floods-in-rio-seco.md']);
      expect(uploaded[0]!.content).toContain(`"${HERALD}","","The Herald","2025-03-05","https://herald.example/floods","Governor blames failed defences","herald_20250305.txt:3"`);
    } finally {
      await t.bot.stop();
      await fake.close();
    }
  });

  it('/claims quotes both tolls with their outlets, within the limits', async () => {
    const fake = await FakeDiscord.start();
    const t = await startTestBot(fake, router, ctx);
    try {
      const asked = slashCommand('claims', [{ name: 'topic', type: 3, value: 'flood deaths' }]);
      fake.dispatch('INTERACTION_CREATE', asked);
      const body = messageOf(await fake.waitFor(isCallbackFor(asked))) as unknown as DiscordBody;
      expect(limitViolations(body)).toEqual([]);
      const text = JSON.stringify(body.embeds);
      expect(text).toContain('**killed 65 people**');
      expect(text).toContain('**At least 40 people were killed**');
      expect(text).toContain('Reuters · 2025-03-04');
      expect(text).not.toContain('300 people');
    } finally {
      await t.bot.stop();
      await fake.close();
    }
  });
});

describe('on Slack', () => {
  it('/compare and /claims as sections with a context line; Export uploads the files to the asker', async () => {
    const fake = await startFakeSlack();
    const secret = 'test-signing-secret';
    const base = fake.apiUrl.replace(/\/api\/$/, '');
    fake.answers.set('/api/files.getUploadURLExternal', { ok: true, upload_url: `${base}/upload/F1`, file_id: 'F1' });
    fake.answers.set('/api/conversations.open', { ok: true, channel: { id: 'D1' } });
    fake.answers.set('/api/files.completeUploadExternal', { ok: true, files: [{ id: 'F1' }] });
    const config = { ...readConfig({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: secret, SLACK_API_URL: fake.apiUrl }), PORT: 0 };
    const slack = await startSlack({ config, mode: 'http', router, ctx, log: memoryLogger().log });
    const events = `http://127.0.0.1:${slack.port}/slack/events`;
    try {
      await postSigned(events, slashCommandBody('/compare', 'floods in Rio Seco', fake.responseUrl('c1')), 'form', { secret });
      const compared = (await fake.next('/respond/c1')).body as unknown as SlackMessage;
      expect(limitBreaches(compared)).toEqual([]);
      const blocks = JSON.stringify(compared.blocks);
      expect(blocks).toContain('killed 65 people, according to the regional governor');
      expect(blocks).toContain('"The Herald"');
      expect(blocks).toContain('"2025-03-05"');
      await postSigned(events, slashCommandBody('/claims', 'flood deaths', fake.responseUrl('c2')), 'form', { secret });
      const claimed = (await fake.next('/respond/c2')).body as unknown as SlackMessage;
      expect(limitBreaches(claimed)).toEqual([]);
      expect(JSON.stringify(claimed.blocks)).toContain('*At least 40 people were killed*');
      const elements = (compared.blocks as { elements?: { action_id?: string; value?: string }[] }[]).flatMap((b) => b.elements ?? []);
      const exportButton = elements.find((e) => e.action_id === 'run_export')!;
      await postSigned(events, buttonBody({ action_id: exportButton.action_id!, value: exportButton.value! }, fake.responseUrl('c3')), 'form', { secret });
      const completed = await fake.next('/api/files.completeUploadExternal');
      expect(completed.body['channel_id']).toBe('D1');
      const uploads = fake.received.filter((r) => r.path === '/upload/F1');
      expect(uploads).toHaveLength(2);
      expect((await fake.next('/api/conversations.open')).body['users']).toBe('U1');
    } finally {
      await slack.stop();
      await fake.close();
    }
  });
});
