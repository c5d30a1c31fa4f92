// The real Bolt app in HTTP mode on a local port, driven by requests signed as Slack signs them,
// answering through a fake Slack (response_url and Web API) on localhost; the real core over literal articles.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { allCommands } from '../../commands/index.ts';
import { startSlack, type SlackHandle } from '../../src/adapters/slack/start.ts';
import { readConfig } from '../../src/config.ts';
import { defineCommand, type Command } from '../../src/core/command.ts';
import { createCore } from '../../src/core/create.ts';
import { CommandRouter } from '../../src/core/router.ts';
import { SAMPLE_ARTICLES, suiteArticles } from '../helpers/articles.ts';
import {
  buttonBody, eventBody, memoryLogger, postSigned, slashCommandBody, startFakeSlack, type FakeSlack,
} from './fake-slack.ts';

/** vi.waitFor's 1 s is too short on a loaded machine: waits for the event, not for a time. */
const WAIT = { timeout: 15_000 };

const SECRET = 'test-signing-secret';

/** A command that pages, so a button click has pages to turn (none of the shipped commands pages yet). */
const LETTERS = ['alpha', 'bravo', 'charlie'];
const letters = defineCommand({
  name: 'letters',
  description: 'Pages through three letters',
  usage: '/letters',
  schema: z.object({ page: z.number().int().min(1).max(LETTERS.length).default(1) }),
  run: ({ page }) => ({
    kind: 'info' as const,
    title: `Letter ${page}`,
    lines: [LETTERS[page - 1]!],
    items: [],
    notes: [],
    page: { command: 'letters', args: {}, index: page - 1, count: LETTERS.length },
  }),
});

/** A command that fails unexpectedly, as a bug or a full disk would. */
const broken = defineCommand({
  name: 'broken',
  description: 'Always fails',
  usage: '/broken',
  schema: z.object({}),
  run: () => {
    throw new Error('the index file is unreadable');
  },
});

const NOTICE = 'Readers wrote to <!channel> and <@U123> about the ferry timetable, see <https://evil.example|this page> & more.';

let fake: FakeSlack;
let slack: SlackHandle;
let events: string;
const logs = memoryLogger();
const dataDir = suiteArticles({ ...SAMPLE_ARTICLES, 'notice.txt': `Letters page\n\n${NOTICE}\n` });

beforeAll(async () => {
  fake = await startFakeSlack();
  const core = await createCore({ dataDir });
  const router = new CommandRouter([...allCommands(), letters, broken] as Command[]);
  const env = { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl, DATA_DIR: dataDir };
  const config = { ...readConfig(env), PORT: 0 };
  slack = await startSlack({ config, mode: 'http', router, ctx: { core }, log: logs.log });
  events = `http://127.0.0.1:${slack.port}/slack/events`;
});

afterAll(async () => {
  await slack?.stop();
  await fake?.close();
});

const command = (name: string, text: string, id: string, user = 'U1') =>
  postSigned(events, slashCommandBody(name, text, fake.responseUrl(id), user), 'form', { secret: SECRET });

const click = (action: { action_id: string; value: string }, id: string, user = 'U1', ephemeral = false) =>
  postSigned(events, buttonBody(action, fake.responseUrl(id), user, ephemeral), 'form', { secret: SECRET });

interface SlackButton {
  action_id: string;
  value: string;
}

/** Every button in a message, from section accessories and actions blocks. */
function buttons(body: Record<string, unknown>): SlackButton[] {
  const blocks = body['blocks'] as Array<{ accessory?: SlackButton; elements?: SlackButton[] }>;
  return blocks.flatMap((b) => [...(b.accessory ? [b.accessory] : []), ...(b.elements ?? []).filter((e) => 'action_id' in e)]);
}

const allText = (body: Record<string, unknown>): string => JSON.stringify(body);

describe('slash commands over HTTP', () => {
  it('acknowledges a signed /ask at once and answers in the channel through response_url', async () => {
    const started = Date.now();
    const res = await command('/ask', 'ferry terminal', 'ask-1');
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3000); // Slack's acknowledgement deadline
    const { body } = await fake.next('/respond/ask-1');
    expect(body['response_type']).toBe('in_channel');
    expect(allText(body)).toMatch(/harbour\.txt:\d+/);
    expect(allText(body).replace(/\*/g, '')).toContain('ferry terminal');
    expect(String(body['text'])).toContain('ferry');
  });

  it('answers privately when asked, with a Share button that posts the answer to the channel', async () => {
    await command('/ask', 'private ferry terminal', 'private-1');
    const { body } = await fake.next('/respond/private-1');
    expect(body['response_type']).toBe('ephemeral');
    const share = buttons(body).find((b) => b.action_id === 'share');
    expect(share).toBeDefined();
    expect((await click(share!, 'share-1', 'U1', true)).status).toBe(200);
    const shared = await fake.next('/respond/share-1');
    expect(shared.body['response_type']).toBe('in_channel');
    expect(shared.body['replace_original']).toBe(false);
    expect(allText(shared.body)).toMatch(/harbour\.txt:\d+/);
    expect(buttons(shared.body).some((b) => b.action_id === 'share')).toBe(false);
  });

  it('refuses a bad signature and a five-minute-old request with 401, and never answers them', async () => {
    const forged = slashCommandBody('/ask', 'ferry', fake.responseUrl('forged'));
    const bad = await postSigned(events, forged, 'form', { secret: SECRET, signature: 'v0=deadbeef' });
    expect(bad.status).toBe(401);
    const stale = slashCommandBody('/ask', 'ferry', fake.responseUrl('stale'));
    const old = await postSigned(events, stale, 'form', { secret: SECRET, timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(old.status).toBe(401);
    await command('/help', '', 'after-401');
    await fake.next('/respond/after-401');
    expect(fake.received.map((r) => r.path)).not.toContain('/respond/forged');
    expect(fake.received.map((r) => r.path)).not.toContain('/respond/stale');
  });

  it('keeps Slack markup in passages and questions from mentioning or linking anyone', async () => {
    await command('/ask', '&lt;!channel&gt; readers wrote about the ferry timetable', 'hostile-1');
    const { body } = await fake.next('/respond/hostile-1');
    const text = allText(body);
    expect(text).toContain('&lt;!channel&gt;');
    expect(text).not.toMatch(/<!channel>|<@U123>|<https:\/\/evil/);
    const blocks = body['blocks'] as Array<{ text?: { type: string; verbatim?: boolean } }>;
    for (const b of blocks.filter((b) => b.text?.type === 'mrkdwn')) expect(b.text?.verbatim).toBe(true);
  });

  it('turns an unexpected failure into a private message whose reference id is in the log', async () => {
    await command('/broken', '', 'broken-1');
    const { body } = await fake.next('/respond/broken-1');
    expect(body['response_type']).toBe('ephemeral');
    const ref = /reference ([0-9a-f]{8})/.exec(allText(body))?.[1];
    expect(ref).toBeDefined();
    const logged = logs.lines().find((l) => l.includes(ref!));
    expect(logged).toContain('the index file is unreadable');
  });
});

describe('buttons', () => {
  it('pages for the asker, replacing the message, and tells anyone else privately to run it themselves', async () => {
    await command('/letters', '', 'letters-1');
    const first = await fake.next('/respond/letters-1');
    expect(allText(first.body)).toContain('Letter 1');
    const next = buttons(first.body).find((b) => b.action_id === 'page_next')!;
    expect(buttons(first.body).some((b) => b.action_id === 'page_previous')).toBe(false);

    await click(next, 'letters-other', 'U2');
    const refused = await fake.next('/respond/letters-other');
    expect(refused.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(String(refused.body['text'])).toContain('Only the person who asked');

    await click(next, 'letters-2', 'U1');
    const second = await fake.next('/respond/letters-2');
    expect(second.body['replace_original']).toBe(true);
    expect(allText(second.body)).toContain('Letter 2');
    expect(allText(second.body)).toContain('Page 2 of 3');
    expect(buttons(second.body).map((b) => b.action_id)).toEqual(['page_previous', 'page_next']);
  });

  it('shows the cited paragraph with its neighbours privately on Context', async () => {
    await command('/ask', 'ferry terminal', 'ask-ctx');
    const { body } = await fake.next('/respond/ask-ctx');
    const contextButton = buttons(body).find((b) => b.action_id.startsWith('context_'))!;
    expect(contextButton.value).toMatch(/^[\w.]+:\d+$/);
    await click(contextButton, 'ctx-1', 'U2');
    const shown = await fake.next('/respond/ctx-1');
    expect(shown.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(allText(shown.body)).toContain(`Context of ${contextButton.value}`);
  });
});

describe('mentions and direct messages', () => {
  it('answers @coverage-bot in a thread through chat.postMessage with the bot token', async () => {
    const event = { type: 'app_mention', user: 'U1', text: '<@UBOT> ferry terminal', ts: '1700000000.000100', channel: 'C9', event_ts: '1700000000.000100' };
    const res = await postSigned(events, eventBody(event), 'json', { secret: SECRET });
    expect(res.status).toBe(200);
    const posted = await fake.next('/api/chat.postMessage');
    expect(posted.authorization).toBe('Bearer xoxb-test');
    expect(posted.body).toMatchObject({ channel: 'C9', thread_ts: '1700000000.000100' });
    expect(allText(posted.body)).toMatch(/harbour\.txt:\d+/);
  });

  it('answers a direct message like /ask', async () => {
    const event = { type: 'message', channel_type: 'im', user: 'U1', text: 'library opening hours', ts: '1700000003.000100', channel: 'D1', event_ts: '1700000003.000100' };
    await postSigned(events, eventBody(event), 'json', { secret: SECRET });
    const posted = await vi.waitFor(() => {
      const found = fake.received.find((r) => r.path === '/api/chat.postMessage' && r.body['channel'] === 'D1');
      if (!found) throw new Error('no reply in the DM yet');
      return found;
    }, WAIT);
    expect(posted.body['thread_ts']).toBeUndefined();
    expect(allText(posted.body)).toMatch(/library\.txt:\d+/);
  });
});

describe('health and start-up', () => {
  it('serves GET /healthz and has checked the bot token in the background', async () => {
    const res = await fetch(`http://127.0.0.1:${slack.port}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, slackToken: 'accepted', articles: 3 });
    expect(fake.received.some((r) => r.path === '/api/auth.test')).toBe(true);
  });
});

