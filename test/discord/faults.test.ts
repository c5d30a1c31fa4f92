// Faults at the Discord boundary, through the real discord.js client against the fake Discord: an
// interaction whose token has expired, and a malformed gateway packet.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { allCommands } from '../../commands/index.ts';
import { createCore } from '../../src/core/create.ts';
import { CommandRouter } from '../../src/core/router.ts';
import { SAMPLE_ARTICLES, suiteArticles } from '../helpers/articles.ts';
import { FakeDiscord } from './fake-discord.ts';
import { isCallbackFor, startTestBot, type TestBot } from './harness.ts';
import { buttonClick, sentMessage, slashCommand, ALICE } from './payloads.ts';

/** vi.waitFor's 1 s is too short on a loaded machine: waits for the event, not for a time. */
const WAIT = { timeout: 15_000 };

let fake: FakeDiscord;
let t: TestBot;
const dataDir = suiteArticles(SAMPLE_ARTICLES);

beforeAll(async () => {
  const core = await createCore({ dataDir });
  fake = await FakeDiscord.start();
  t = await startTestBot(fake, new CommandRouter(allCommands()), { core });
});

afterAll(async () => {
  await t.bot.stop();
  await fake.close();
});

describe('log lines', () => {
  it('never carry an interaction token, even when Discord refuses the interaction (at debug level)', async () => {
    const interaction = slashCommand('ask', [{ name: 'question', type: 3, value: 'ferry terminal' }]);
    fake.expired.add(interaction.id);
    fake.dispatch('INTERACTION_CREATE', interaction);
    await vi.waitFor(() => expect(t.logs.some((l) => l.msg === 'could not tell the user about the failure')).toBe(true), WAIT);
    const text = JSON.stringify(t.logs);
    expect(text).toContain('/interactions/');
    expect(text).not.toContain(interaction.token);
  });
});

describe('a malformed gateway packet', () => {
  it('(a button click without its message) is logged and the bot keeps answering', async () => {
    const broken: Record<string, unknown> = buttonClick('share', sentMessage({ content: 'x' }, ALICE, true));
    delete broken['message'];
    fake.dispatch('INTERACTION_CREATE', broken);
    const next = slashCommand('help');
    fake.dispatch('INTERACTION_CREATE', next);
    await fake.waitFor(isCallbackFor(next));
    const skipped = t.logs.find((l) => l.msg === 'skipped a Discord gateway packet that could not be read');
    expect(skipped).toMatchObject({ ref: expect.stringMatching(/^[0-9a-f]{8}$/), packet: { t: 'INTERACTION_CREATE', id: broken['id'] } });
  });
});
