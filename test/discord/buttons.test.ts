// Discord buttons against hostile clicks, through the real discord.js client and a fake Discord on localhost:
// forged state, Context for awkward file names, and a person over their request budget.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/index.ts';
import { createCore } from '../../src/core/create.ts';
import { RateLimiter } from '../../src/core/rate-limit.ts';
import { CommandRouter } from '../../src/core/router.ts';
import { suiteArticles } from '../helpers/articles.ts';
import { FakeDiscord, type Recorded } from './fake-discord.ts';
import { isCallbackFor, messageOf, startTestBot, type TestBot } from './harness.ts';
import { ALICE, BOB, buttonClick, sentMessage, slashCommand, type FakeUser } from './payloads.ts';

const LONG = `${'regional-desk/'.repeat(9)}harbour-story.txt`;
const CAROL: FakeUser = { id: '200000000000000003', username: 'carol', discriminator: '0', global_name: 'Carol', avatar: null };

let fake: FakeDiscord;
let t: TestBot;
const dataDir = suiteArticles({
  'weird:name.txt': 'Ferry notes\n\nThe harbour authority approved a new ferry terminal on Tuesday.\n',
  'other.txt': 'Other news\n\nThe library extends its opening hours on weekdays.\n',
});

beforeAll(async () => {
  await mkdir(path.join(dataDir, path.dirname(LONG)), { recursive: true });
  await writeFile(path.join(dataDir, LONG), 'Long path story\n\nThe ferry slipway reopens to fishing boats in May.\n');
  const core = await createCore({ dataDir });
  fake = await FakeDiscord.start();
  const limiter = new RateLimiter({ user: { burst: 6, everyMs: 3_600_000 }, channel: { burst: 1000, everyMs: 1 } });
  t = await startTestBot(fake, new CommandRouter(allCommands()), { core }, undefined, [], limiter);
});

afterAll(async () => {
  await t.bot.stop();
  await fake.close();
});

async function send(interaction: { id: string }): Promise<Recorded> {
  fake.dispatch('INTERACTION_CREATE', interaction);
  return fake.waitFor(isCallbackFor(interaction));
}

type Body = { content: string; flags?: number; components: { components: { custom_id: string }[] }[] };

describe('Context buttons', () => {
  it('open the right passage for a file name with a colon and for a relative path over 115 characters', async () => {
    const asked = messageOf(await send(slashCommand('ask', [{ name: 'question', type: 3, value: 'ferry terminal slipway' }, { name: 'limit', type: 4, value: 3 }]))) as Body;
    const ids = asked.components.flatMap((row) => row.components.map((c) => c.custom_id)).filter((id) => id.startsWith('cx'));
    expect(ids.length).toBeGreaterThanOrEqual(2);
    const shown: string[] = [];
    for (const id of ids) {
      const r = await send(buttonClick(id, sentMessage(asked, ALICE, false), BOB));
      const body = messageOf(r) as Body;
      expect(body.flags).toBe(64);
      shown.push(body.content);
    }
    expect(shown).toEqual(expect.arrayContaining([expect.stringContaining('Context of weird:name.txt:3'), expect.stringContaining(`Context of ${LONG}:3`)]));
  });
});

describe('button state', () => {
  it('refuses a forged state privately, and never runs it', async () => {
    const forged = 'st:{"c":"ask","a":{"question":"ferry"},"s":"c"}';
    const asked = messageOf(await send(slashCommand('help'))) as Body;
    const body = messageOf(await send(buttonClick(forged, sentMessage(asked, ALICE, false), ALICE))) as Body;
    expect(body.flags).toBe(64);
    expect(body.content).toContain('This button no longer works');
  });
});

describe('request budget', () => {
  it('tells a person over their budget, privately, to slow down', async () => {
    for (let n = 0; n < 6; n++) await send(slashCommand('help', [], CAROL));
    const body = messageOf(await send(slashCommand('help', [], CAROL))) as Body;
    expect(body.flags).toBe(64);
    expect(body.content).toContain('Slow down a little');
    expect((messageOf(await send(slashCommand('help', [], BOB))) as Body).content).not.toContain('Slow down');
  });
});
