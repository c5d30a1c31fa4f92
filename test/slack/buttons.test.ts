// Slack buttons against hostile clicks, through the real Bolt app and a fake Slack on localhost: forged
// state, errors from a button, Context for awkward file names, and a person over their request budget.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/index.ts';
import { encodeButtonState } from '../../src/adapters/slack/action-value.ts';
import { startSlack, type SlackHandle } from '../../src/adapters/slack/start.ts';
import { readConfig } from '../../src/config.ts';
import { createCore } from '../../src/core/create.ts';
import { RateLimiter } from '../../src/core/rate-limit.ts';
import { CommandRouter } from '../../src/core/router.ts';
import { suiteArticles } from '../helpers/articles.ts';
import { buttonBody, memoryLogger, postSigned, slashCommandBody, startFakeSlack, type FakeSlack } from './fake-slack.ts';

const SECRET = 'buttons-secret';
const LONG = `${'regional-desk/'.repeat(9)}harbour-story.txt`;
const ARTICLES = {
  'weird:name.txt': 'Ferry notes\n\nThe harbour authority approved a new ferry terminal on Tuesday.\n',
  'council.txt': ['Council backs the harbour plan', '', ...[1, 2, 3, 4, 5, 6].flatMap((n) => [`"We will review the ferry plan part ${n} every month," said María López, the harbour director.`, ''])].join('\n'),
};

let fake: FakeSlack;
let slack: SlackHandle;
let events: string;
const dataDir = suiteArticles(ARTICLES);

beforeAll(async () => {
  fake = await startFakeSlack();
  await mkdir(path.join(dataDir, path.dirname(LONG)), { recursive: true });
  await writeFile(path.join(dataDir, LONG), 'Long path story\n\nThe slipway reopens to fishing boats in May.\n');
  const core = await createCore({ dataDir });
  const env = { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl, DATA_DIR: dataDir };
  const limiter = new RateLimiter({ user: { burst: 8, everyMs: 3_600_000 }, channel: { burst: 1000, everyMs: 1 } });
  slack = await startSlack({ config: { ...readConfig(env), PORT: 0 }, mode: 'http', router: new CommandRouter(allCommands()), ctx: { core }, log: memoryLogger().log, limiter });
  events = `http://127.0.0.1:${slack.port}/slack/events`;
});

afterAll(async () => {
  await slack?.stop();
  await fake?.close();
});

const click = (action: { action_id: string; value: string }, id: string, user = 'U1') =>
  postSigned(events, buttonBody(action, fake.responseUrl(id), user), 'form', { secret: SECRET });
const text = (body: Record<string, unknown>) => JSON.stringify(body);

describe('button state', () => {
  it('refuses a forged value privately, and never runs it', async () => {
    await click({ action_id: 'page_next', value: '{"c":"quote","a":{"speaker":"María López","page":2}}' }, 'forged', 'U2');
    const { body } = await fake.next('/respond/forged');
    expect(body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(text(body)).toContain('This button no longer works');
    expect(text(body)).not.toContain('said');
  });

  it('sends an error from a button to the presser alone, never over the public message', async () => {
    const value = encodeButtonState({ by: 'U3', run: { command: 'quote', args: { speaker: 'María López', page: 5000 } } })!;
    await click({ action_id: 'page_next', value }, 'page-error', 'U3');
    const { body } = await fake.next('/respond/page-error');
    expect(body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(text(body)).toContain('not understood');
  });
});

describe('Context buttons', () => {
  it('open the cited passage for a file name with a colon and for a long relative path', async () => {
    for (const [source, id] of [['weird:name.txt', 'colon'], [LONG, 'long']] as const) {
      await click({ action_id: 'context_0', value: `${source}:3` }, `ctx-${id}`, 'U4');
      const { body } = await fake.next(`/respond/ctx-${id}`);
      expect(body['response_type']).toBe('ephemeral');
      expect(text(body)).toContain(`Context of ${source}:3`);
    }
  });
});

describe('request budget', () => {
  it('tells a person over their budget, privately, to slow down, while others are answered', async () => {
    for (let n = 0; n < 8; n++) await postSigned(events, slashCommandBody('/help', '', fake.responseUrl(`busy-${n}`), 'U9'), 'form', { secret: SECRET });
    await postSigned(events, slashCommandBody('/help', '', fake.responseUrl('busy-over'), 'U9'), 'form', { secret: SECRET });
    const over = await fake.next('/respond/busy-over');
    expect(over.body['response_type']).toBe('ephemeral');
    expect(text(over.body)).toContain('Slow down a little');
    expect(text(over.body)).toMatch(/Try again in \d+ seconds?/);
    await postSigned(events, slashCommandBody('/help', '', fake.responseUrl('calm'), 'U10'), 'form', { secret: SECRET });
    expect(text((await fake.next('/respond/calm')).body)).toContain('/ask');
  });
});
