// The real discord.js client, the real router, commands and core, against a fake Discord on localhost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allCommands } from '../../commands/index.ts';
import { defineCommand, type Command } from '../../src/core/command.ts';
import type { Core } from '../../src/core/core.ts';
import { createCore } from '../../src/core/create.ts';
import { CommandRouter } from '../../src/core/router.ts';
import type { Reply } from '../../src/reply/model.ts';
import { suiteArticles } from '../helpers/articles.ts';
import { FakeDiscord, type Recorded } from './fake-discord.ts';
import { callbackType, isCallbackFor, messageOf, startTestBot, type TestBot } from './harness.ts';
import { ALICE, BOB, autocomplete, buttonClick, sentMessage, slashCommand } from './payloads.ts';

const ARTICLES = {
  'harbour.txt': [
    'Harbour authority approves new ferry terminal',
    '',
    'The harbour authority approved a new ferry terminal on Tuesday after a two-year review of the western pier.',
    '',
    'Construction will begin in March and the terminal should open to passengers within eighteen months.',
    '',
    'A flyer pinned at the pier read: @everyone come to the slipway meeting, ask <@123> for **details**.',
  ].join('\n'),
  'library.txt': [
    'City library extends opening hours',
    '',
    'The central library will stay open until ten at night on weekdays from next month, the council announced.',
  ].join('\n'),
  // Seven quotes by one speaker: /quote shows five a page, so her quotes take two pages.
  'council.txt': [
    'Council backs the harbour plan',
    '',
    ...['ferry timetable', 'western pier', 'slipway access', 'summer season', 'passenger fares', 'construction budget', 'harbour lights'].flatMap((topic) => [
      `"We will keep the ${topic} under review every single month," said María López, the harbour director.`,
      '',
    ]),
    '"The fishermen were not consulted about the works," said Tom Reilly, who chairs the fishing cooperative.',
  ].join('\n'),
};

/** Test-only commands: one that fails, one that waits for the test to let it answer. */
function testCommands(gate: { open: Promise<void> }): Command[] {
  const boom = defineCommand({
    name: 'boom',
    description: 'Always fails',
    usage: '/boom',
    schema: z.object({}),
    run(): Reply {
      throw new Error('the index is on fire');
    },
  });
  const slow = defineCommand({
    name: 'slow',
    description: 'Answers once the test lets it',
    usage: '/slow',
    schema: z.object({}),
    async run(): Promise<Reply> {
      await gate.open;
      return { kind: 'info', title: 'Done at last', lines: [], items: [], notes: [] };
    },
  });
  return [boom, slow] as unknown as Command[];
}

let core: Core;
let router: CommandRouter;
let letSlowFinish: () => void = () => undefined;
const gate = { open: new Promise<void>((resolve) => (letSlowFinish = resolve)) };
const dataDir = suiteArticles(ARTICLES);

beforeAll(async () => {
  core = await createCore({ dataDir });
  router = new CommandRouter([...allCommands(), ...testCommands(gate)]);
});

/** Sends an interaction and waits for the bot's callback to it. */
async function send(fake: FakeDiscord, interaction: { id: string }): Promise<Recorded> {
  fake.dispatch('INTERACTION_CREATE', interaction);
  return fake.waitFor(isCallbackFor(interaction));
}

describe('Discord bot answering directly', () => {
  let fake: FakeDiscord;
  let t: TestBot;

  beforeAll(async () => {
    fake = await FakeDiscord.start();
    t = await startTestBot(fake, router, { core });
  });

  afterAll(async () => {
    await t.bot.stop();
    await fake.close();
  });

  it('connects with the Guilds intent only', () => {
    expect(fake.identify?.intents).toBe(1);
  });

  it('answers /ask with the passage quoted and cited as file:line', async () => {
    const r = await send(fake, slashCommand('ask', [{ name: 'question', type: 3, value: 'ferry terminal approved' }]));
    expect(callbackType(r)).toBe(4);
    const body = messageOf(r) as { content: string; embeds: { description: string }[]; flags?: number };
    expect(body.content).toContain('ferry terminal approved');
    expect(body.embeds[0]!.description).toMatch(/^> .*ferry/m);
    expect(body.embeds.map((e) => e.description).join('\n')).toContain('— `harbour.txt:3`');
    expect((body.flags ?? 0) & 64).toBe(0);
  });

  it('answers privately, with a Share button, when private is set', async () => {
    const r = await send(fake, slashCommand('sources', [{ name: 'private', type: 5, value: true }]));
    const body = messageOf(r) as { flags?: number; components: { components: { custom_id: string }[] }[] };
    expect(body.flags).toBe(64);
    expect(body.components.flatMap((row) => row.components.map((c) => c.custom_id))).toContain('share');
  });

  it('pings no one when a passage or a question contains @everyone or <@123>', async () => {
    const r = await send(fake, slashCommand('ask', [{ name: 'question', type: 3, value: '@everyone slipway meeting <@123>' }]));
    const body = messageOf(r) as { allowed_mentions: unknown; embeds: { description: string }[] };
    expect(body.allowed_mentions).toEqual({ parse: [] });
    const text = body.embeds.map((e) => e.description).join('\n');
    expect(text).toContain('@');
    expect(text).toContain('\\*\\*details\\*\\*');
    expect((messageOf(r) as { content: string }).content).toContain('@everyone');
  });

  it('turns a failure into a private message whose reference is in the log', async () => {
    const r = await send(fake, slashCommand('boom'));
    const body = messageOf(r) as { content: string; flags?: number; components: unknown[] };
    expect(body.flags).toBe(64);
    const ref = /reference ([0-9a-f]{8})/.exec(body.content)?.[1];
    expect(ref).toBeDefined();
    expect(t.logs.some((l) => l.ref === ref && l.msg === 'command failed')).toBe(true);
    expect(body.components).toEqual([]);
  });

  it('answers a request the command rejects privately, with the usage', async () => {
    const r = await send(fake, slashCommand('context', [{ name: 'citation', type: 3, value: 'nowhere' }]));
    const body = messageOf(r) as { content: string; flags?: number };
    expect(body.flags).toBe(64);
    expect(body.content).toContain('Usage: /context');
  });

  it('pages the same message with ▶ for the asker, and refuses others privately', async () => {
    const first = messageOf(await send(fake, slashCommand('quote', [{ name: 'speaker', type: 3, value: 'López' }]))) as { embeds: { footer?: { text: string } }[] };
    expect(first.embeds.at(-1)!.footer!.text).toBe('Page 1 of 2 · /quote speaker:"María López"');
    const message = sentMessage(first, ALICE, false);
    const next = await send(fake, buttonClick('pg:1', message, ALICE));
    expect(callbackType(next)).toBe(7);
    expect((messageOf(next) as { embeds: { footer?: { text: string } }[] }).embeds.at(-1)!.footer!.text).toMatch(/^Page 2 of 2/);
    const refused = await send(fake, buttonClick('pg:1', message, BOB));
    expect(callbackType(refused)).toBe(4);
    const note = messageOf(refused) as { content: string; flags?: number };
    expect(note.flags).toBe(64);
    expect(note.content).toContain('Only the person who asked');
  });

  it('pages a private reply in place, keeping it private', async () => {
    const first = messageOf(await send(fake, slashCommand('quote', [{ name: 'speaker', type: 3, value: 'María López' }, { name: 'private', type: 5, value: true }])));
    const next = await send(fake, buttonClick('pg:1', sentMessage(first, ALICE, true), ALICE));
    expect(callbackType(next)).toBe(7);
    const body = messageOf(next) as { flags?: number; components: { components: { custom_id: string }[] }[] };
    // An update keeps the message's flags; it must not try to change them.
    expect(body.flags).toBeUndefined();
    expect(body.components.flatMap((row) => row.components.map((c) => c.custom_id))).toContain('share');
  });

  it('shows the cited paragraph with its neighbours, privately, on Context', async () => {
    const asked = messageOf(await send(fake, slashCommand('ask', [{ name: 'question', type: 3, value: 'construction March' }])));
    const r = await send(fake, buttonClick('cx:harbour.txt:5', sentMessage(asked, ALICE, false), BOB));
    expect(callbackType(r)).toBe(4);
    const body = messageOf(r) as { content: string; flags?: number; embeds: { description: string }[] };
    expect(body.flags).toBe(64);
    expect(body.content).toContain('Context of harbour.txt:5');
    expect(body.embeds.map((e) => e.description).join('\n')).toContain('harbour.txt:3');
  });

  it('posts a private reply to the channel on Share, without the Share button', async () => {
    const asked = messageOf(await send(fake, slashCommand('ask', [{ name: 'question', type: 3, value: 'library hours' }, { name: 'private', type: 5, value: true }])));
    const r = await send(fake, buttonClick('share', sentMessage(asked, ALICE, true), ALICE));
    expect(callbackType(r)).toBe(4);
    const body = messageOf(r) as { content: string; flags?: number; embeds: unknown[]; components: { components: { custom_id: string }[] }[] };
    expect((body.flags ?? 0) & 64).toBe(0);
    expect(body.content).toBe((asked as { content: string }).content);
    expect(body.embeds).toHaveLength((asked as { embeds: unknown[] }).embeds.length);
    expect(body.components.flatMap((row) => row.components.map((c) => c.custom_id))).not.toContain('share');
  });

  it('sets allowed_mentions to none in every message it sent', () => {
    const messages = fake.requests.filter((r) => (r.path.endsWith('/callback') ? [4, 7].includes(callbackType(r) ?? 0) : r.path.startsWith('/webhooks/')));
    expect(messages.length).toBeGreaterThan(5);
    for (const r of messages) expect(messageOf(r).allowed_mentions).toEqual({ parse: [] });
  });
});

describe('Discord bot across a restart', () => {
  it('pages a reply sent before the restart: the state is in the message', async () => {
    const fake = await FakeDiscord.start();
    try {
      const before = await startTestBot(fake, router, { core });
      const first = messageOf(await send(fake, slashCommand('quote', [{ name: 'speaker', type: 3, value: 'Lopez' }])));
      await before.bot.stop();
      const after = await startTestBot(fake, new CommandRouter([...allCommands(), ...testCommands(gate)]), { core });
      const next = await send(fake, buttonClick('pg:1', sentMessage(first, ALICE, false), ALICE));
      expect(callbackType(next)).toBe(7);
      expect((messageOf(next) as { embeds: { footer?: { text: string } }[] }).embeds.at(-1)!.footer!.text).toMatch(/^Page 2 of 2/);
      await after.bot.stop();
    } finally {
      await fake.close();
    }
  });
});

describe('Discord bot deferring', () => {
  let fake: FakeDiscord;
  let t: TestBot;

  beforeAll(async () => {
    fake = await FakeDiscord.start();
    t = await startTestBot(fake, router, { core }, 0);
  });

  afterAll(async () => {
    await t.bot.stop();
    await fake.close();
  });

  it('defers, then edits the deferred reply with the answer', async () => {
    const i = slashCommand('ask', [{ name: 'question', type: 3, value: 'library open until ten' }]);
    const r = await send(fake, i);
    expect(callbackType(r)).toBe(5);
    const edit = await fake.waitFor((x) => x.method === 'PATCH' && x.path.endsWith(`/${i.token}/messages/@original`));
    expect(JSON.stringify(messageOf(edit))).toContain('library.txt:3');
    expect(messageOf(edit).allowed_mentions).toEqual({ parse: [] });
  });

  it('replaces a public deferral by a private message when the command fails', async () => {
    const i = slashCommand('boom');
    expect(callbackType(await send(fake, i))).toBe(5);
    const followUp = await fake.waitFor((x) => x.method === 'POST' && x.path.endsWith(`/${i.token}`));
    expect(fake.about(i).map((x) => x.method)).toEqual(['POST', 'DELETE', 'POST']);
    const body = messageOf(followUp) as { content: string; flags?: number };
    expect(body.flags).toBe(64);
    expect(body.content).toMatch(/reference [0-9a-f]{8}/);
  });
});

describe('Discord bot with slow work', () => {
  it('defers when a command is still working, then edits in its answer', async () => {
    const fake = await FakeDiscord.start();
    const t = await startTestBot(fake, router, { core }, 50);
    try {
      const i = slashCommand('slow');
      expect(callbackType(await send(fake, i))).toBe(5);
      letSlowFinish();
      const edit = await fake.waitFor((x) => x.method === 'PATCH' && x.path.endsWith(`/${i.token}/messages/@original`));
      expect((messageOf(edit) as { content: string }).content).toContain('Done at last');
    } finally {
      await t.bot.stop();
      await fake.close();
    }
  });
});

describe('Discord autocomplete', () => {
  let fake: FakeDiscord;
  let t: TestBot;
  type Choices = { type: number; data: { choices: { name: string; value: string }[] } };
  const complete = async (value: string) =>
    (await send(fake, autocomplete('quote', [{ name: 'speaker', type: 3, value, focused: true }]))).body as Choices;

  beforeAll(async () => {
    fake = await FakeDiscord.start();
    t = await startTestBot(fake, router, { core });
  });

  afterAll(async () => {
    await t.bot.stop();
    await fake.close();
  });

  it('offers the quoted speakers, most quoted first, with their quote counts', async () => {
    const all = await complete('');
    expect(all.type).toBe(8);
    expect(all.data.choices).toEqual([
      { name: 'María López (7 quotes)', value: 'María López' },
      { name: 'Tom Reilly (1 quote)', value: 'Tom Reilly' },
    ]);
  });

  it('narrows by what is typed, without needing the accents', async () => {
    expect((await complete('lop')).data.choices).toEqual([{ name: 'María López (7 quotes)', value: 'María López' }]);
  });

  it('offers the closest names for a misspelt one', async () => {
    expect((await complete('Lopes')).data.choices.map((c) => c.value)).toContain('María López');
  });

  it('still searches when a typed name is not one of the choices', async () => {
    const r = await send(fake, slashCommand('quote', [{ name: 'speaker', type: 3, value: 'reilly' }]));
    expect(JSON.stringify(messageOf(r))).toContain('The fishermen were not consulted');
  });
});
