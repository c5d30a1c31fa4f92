// Adding a command is one definition: a throwaway command, added to the list every surface builds from,
// shows on the console, in the CLI's JSON, in Discord's registration and the Slack manifest, and its own
// button works on Discord and Slack (real discord.js and Bolt against the fake servers).
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allCommands } from '../../commands/index.ts';
import { runConsole } from '../../src/adapters/console/console.ts';
import { slashCommands } from '../../src/adapters/discord/commands-json.ts';
import { slackManifest } from '../../src/adapters/slack/manifest.ts';
import { startSlack, type SlackHandle } from '../../src/adapters/slack/start.ts';
import { renderJson } from '../../src/cli/json.ts';
import { readConfig } from '../../src/config.ts';
import { defineCommand, type Command, type CommandContext } from '../../src/core/command.ts';
import { createCore } from '../../src/core/create.ts';
import { CommandRouter } from '../../src/core/router.ts';
import { SAMPLE_ARTICLES, suiteArticles } from '../helpers/articles.ts';
import { FakeDiscord } from '../discord/fake-discord.ts';
import { isCallbackFor, messageOf, startTestBot } from '../discord/harness.ts';
import { ALICE, BOB, buttonClick, sentMessage, slashCommand } from '../discord/payloads.ts';
import { buttonBody, memoryLogger, postSigned, slashCommandBody, startFakeSlack } from '../slack/fake-slack.ts';

/** The throwaway command: repeats the words, with a button of its own that repeats them louder, privately. */
const echo = defineCommand({
  name: 'echo',
  description: 'Repeats what you type',
  usage: '/echo <words>',
  schema: z.object({ words: z.string().trim().min(1).max(80).describe('What to repeat') }),
  run: ({ words }) => ({
    kind: 'info' as const,
    title: `Echo: ${words}`,
    lines: [],
    items: [],
    notes: [],
    actions: [
      { id: 'shout', label: 'Shout', run: { command: 'echo', args: { words: words.toUpperCase() } }, show: 'private' as const },
      { id: 'again', label: 'Again', run: { command: 'echo', args: { words } }, show: 'replace' as const, ownerOnly: true },
    ],
  }),
});

const commands = [...allCommands(), echo] as Command[];
const router = new CommandRouter(commands);
const logs = memoryLogger();
let ctx: CommandContext;
const dataDir = suiteArticles(SAMPLE_ARTICLES);

beforeAll(async () => {
  ctx = { core: await createCore({ dataDir }) };
});

describe('a new command, defined once', () => {
  it('answers on the console', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = '';
    output.on('data', (chunk: Buffer) => (shown += chunk.toString()));
    input.end('/echo hello there\n');
    await runConsole({ router, ctx, log: logs.log, input, output, interactive: false });
    expect(shown).toContain('Echo: hello there');
  });

  it('prints JSON in the CLI through the generic renderer', async () => {
    const json = JSON.parse(renderJson(await router.runText('echo', 'hello', ctx)));
    expect(json).toMatchObject({ kind: 'info', title: 'Echo: hello', items: [] });
  });

  it('is in Discord’s registration JSON and in the Slack manifest', () => {
    const slash = slashCommands(commands).find((c) => c.name === 'echo');
    expect(slash?.options?.map((o) => o.name)).toEqual(['words', 'private']);
    const manifest = slackManifest(commands) as { features: { slash_commands: { command: string; usage_hint: string }[] } };
    expect(manifest.features.slash_commands).toContainEqual(expect.objectContaining({ command: '/echo', usage_hint: '[private] <words>' }));
  });
});

describe('its own button', () => {
  it('works on Discord', async () => {
    const fake = await FakeDiscord.start();
    const t = await startTestBot(fake, router, ctx);
    try {
      const asked = slashCommand('echo', [{ name: 'words', type: 3, value: 'hello' }]);
      fake.dispatch('INTERACTION_CREATE', asked);
      const body = messageOf(await fake.waitFor(isCallbackFor(asked))) as { components: { components: { label: string; custom_id: string }[] }[] };
      const shout = body.components.flatMap((r) => r.components).find((b) => b.label === 'Shout')!;
      expect(shout.custom_id.length).toBeLessThanOrEqual(100);
      const click = buttonClick(shout.custom_id, sentMessage(body, ALICE, false), ALICE);
      fake.dispatch('INTERACTION_CREATE', click);
      const answer = messageOf(await fake.waitFor(isCallbackFor(click))) as { content: string; flags?: number };
      expect(answer.content).toContain('Echo: HELLO');
      expect(answer.flags).toBe(64); // private, as the action says
      const again = body.components.flatMap((r) => r.components).find((b) => b.label === 'Again')!;
      const stranger = buttonClick(again.custom_id, sentMessage(body, ALICE, false), BOB);
      fake.dispatch('INTERACTION_CREATE', stranger);
      expect((messageOf(await fake.waitFor(isCallbackFor(stranger))) as { content: string }).content).toContain('Only the person who asked');
    } finally {
      await t.bot.stop();
      await fake.close();
    }
  });

  it('works on Slack', async () => {
    const fake = await startFakeSlack();
    const secret = 'test-signing-secret';
    const config = { ...readConfig({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: secret, SLACK_API_URL: fake.apiUrl }), PORT: 0 };
    const slack: SlackHandle = await startSlack({ config, mode: 'http', router, ctx, log: logs.log });
    const events = `http://127.0.0.1:${slack.port}/slack/events`;
    try {
      await postSigned(events, slashCommandBody('/echo', 'hello', fake.responseUrl('echo-1')), 'form', { secret });
      const { body } = await fake.next('/respond/echo-1');
      const blocks = body['blocks'] as { elements?: { action_id?: string; value?: string }[] }[];
      const shout = blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'run_shout')!;
      await postSigned(events, buttonBody({ action_id: shout.action_id!, value: shout.value! }, fake.responseUrl('echo-2'), 'U2'), 'form', { secret });
      const pressed = (await fake.next('/respond/echo-2')).body;
      expect(JSON.stringify(pressed)).toContain('Echo: HELLO');
      expect(pressed['response_type']).toBe('ephemeral');
      const again = blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'run_again')!;
      await postSigned(events, buttonBody({ action_id: again.action_id!, value: again.value! }, fake.responseUrl('echo-3'), 'U2'), 'form', { secret });
      expect(String((await fake.next('/respond/echo-3')).body['text'])).toContain('Only the person who asked');
    } finally {
      await slack.stop();
      await fake.close();
    }
  });
});
