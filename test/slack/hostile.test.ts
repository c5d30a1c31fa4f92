// Hostile and repeated requests against the real Bolt app in HTTP mode on a local port: replays, retries,
// timestamps from the future, oversized bodies, and how long idle connections are kept. Every request goes
// to 127.0.0.1 only, in bounded numbers.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/index.ts';
import { startSlack, type SlackHandle } from '../../src/adapters/slack/start.ts';
import type { SlackMessage } from '../../src/adapters/slack/render.ts';
import { readConfig } from '../../src/config.ts';
import { createCore } from '../../src/core/create.ts';
import { CommandRouter } from '../../src/core/router.ts';
import { SAMPLE_ARTICLES, suiteArticles } from '../helpers/articles.ts';
import { eventBody, memoryLogger, postSigned, slackSignature, slashCommandBody, startFakeSlack, type FakeSlack } from './fake-slack.ts';
import { limitBreaches } from './limits-check.ts';

const SECRET = 'test-signing-secret';

let fake: FakeSlack;
let slack: SlackHandle;
let events: string;
const logs = memoryLogger();
const dataDir = suiteArticles(SAMPLE_ARTICLES);

beforeAll(async () => {
  fake = await startFakeSlack();
  const core = await createCore({ dataDir });
  const env = { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl, DATA_DIR: dataDir };
  slack = await startSlack({ config: { ...readConfig(env), PORT: 0 }, mode: 'http', router: new CommandRouter(allCommands()), ctx: { core }, log: logs.log });
  events = `http://127.0.0.1:${slack.port}/slack/events`;
});

afterAll(async () => {
  await slack?.stop();
  await fake?.close();
});

const now = () => Math.floor(Date.now() / 1000);
const answersAt = (path: string) => fake.received.filter((r) => r.path === path).length;

/** Sends a command and waits for its answer: anything sent before it has been answered by then. */
async function marker(id: string): Promise<void> {
  await postSigned(events, slashCommandBody('/ask', 'ferry terminal', fake.responseUrl(id)), 'form', { secret: SECRET });
  await fake.next(`/respond/${id}`);
}

describe('requests sent again', () => {
  it('answers a signed command once, however often the same request is replayed', async () => {
    const body = slashCommandBody('/ask', 'ferry terminal', fake.responseUrl('replayed'));
    const timestamp = now();
    const first = await postSigned(events, body, 'form', { secret: SECRET, timestamp });
    await fake.next('/respond/replayed');
    const again = await postSigned(events, body, 'form', { secret: SECRET, timestamp });
    const third = await postSigned(events, body, 'form', { secret: SECRET, timestamp });
    await marker('after-replay');
    expect([first.status, again.status, third.status]).toEqual([200, 200, 200]);
    expect(answersAt('/respond/replayed')).toBe(1);
  });

  it('answers an event once when Slack retries it (X-Slack-Retry-Num), by its event_id', async () => {
    const event = { type: 'app_mention', user: 'U1', text: '<@UBOT> ferry terminal', ts: '1700000100.000100', channel: 'CRETRY', event_ts: '1700000100.000100' };
    const body = eventBody(event);
    expect((await postSigned(events, body, 'json', { secret: SECRET })).status).toBe(200);
    // A retry is signed afresh (a new timestamp), with the same body and event_id.
    const timestamp = now() + 1;
    const retry = await fetch(events, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': slackSignature(SECRET, timestamp, body),
        'x-slack-retry-num': '1',
        'x-slack-retry-reason': 'http_timeout',
      },
      body,
    });
    expect(retry.status).toBe(200);
    await marker('after-retry');
    const posted = fake.received.filter((r) => r.path === '/api/chat.postMessage' && r.body['channel'] === 'CRETRY');
    expect(posted).toHaveLength(1);
  });
});

describe('hostile text', () => {
  it('answers /context with 1,000 "<" within Slack’s limits, measured after escaping', async () => {
    await postSigned(events, slashCommandBody('/context', `${'<'.repeat(1000)}:1`, fake.responseUrl('angles')), 'form', { secret: SECRET });
    const { body } = await fake.next('/respond/angles');
    expect(limitBreaches(body as unknown as SlackMessage)).toEqual([]);
    expect(JSON.stringify(body)).toContain('No passage starts at');
  });
});

describe('timestamps', () => {
  it('refuses requests signed more than five minutes in the future (6 minutes, a year) with 401', async () => {
    for (const [id, ahead] of [['future-6m', 6 * 60], ['future-1y', 365 * 24 * 3600]] as const) {
      const body = slashCommandBody('/ask', 'ferry', fake.responseUrl(id));
      const res = await postSigned(events, body, 'form', { secret: SECRET, timestamp: now() + ahead });
      expect(res.status).toBe(401);
    }
    const near = await postSigned(events, slashCommandBody('/help', '', fake.responseUrl('near-future')), 'form', { secret: SECRET, timestamp: now() + 60 });
    expect(near.status).toBe(200);
    await fake.next('/respond/near-future');
    await marker('after-future');
    expect(answersAt('/respond/future-6m') + answersAt('/respond/future-1y')).toBe(0);
  });
});

/** POSTs headers declaring `declared` bytes, sends `send` of them, and resolves with the status the bot answers. */
function oversized(port: number, declared: number | 'chunked', send: number): Promise<number | 'no answer'> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => (req.destroy(), resolve('no answer')), 8000);
    const headers = {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(now()),
      'x-slack-signature': 'v0=0000',
      ...(declared !== 'chunked' && { 'content-length': String(declared) }),
    };
    const req = request({ host: '127.0.0.1', port, path: '/slack/events', method: 'POST', headers, agent: false }, (res) => {
      clearTimeout(timer);
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => undefined); // the bot closes the connection while we are still sending: expected
    const chunk = Buffer.alloc(64 * 1024, 'a');
    for (let sent = 0; sent < send; sent += chunk.length) req.write(chunk);
  });
}

describe('oversized bodies', () => {
  it('refuses 150 concurrent 4 MB unsigned bodies with 413 before reading them, and still acks a real command', async () => {
    const hostile = Array.from({ length: 150 }, () => oversized(slack.port!, 4 * 1024 * 1024 - 1, 64 * 1024));
    const real = postSigned(events, slashCommandBody('/ask', 'ferry terminal', fake.responseUrl('under-load')), 'form', { secret: SECRET });
    expect((await real).status).toBe(200);
    expect(await Promise.all(hostile)).toEqual(Array(150).fill(413));
    await fake.next('/respond/under-load');
  });

  it('refuses a chunked body once it passes the limit', async () => {
    expect(await oversized(slack.port!, 'chunked', 2 * 1024 * 1024)).toBe(413);
  });
});

describe('idle connections', () => {
  it('keeps an idle connection open longer than common proxies do (65 s by default, not Node’s 5 s)', async () => {
    const res = await fetch(`http://127.0.0.1:${slack.port}/healthz`);
    await res.text();
    expect(res.headers.get('keep-alive')).toBe('timeout=65');
  });

  it('takes the keep-alive timeout from HTTP_KEEP_ALIVE_MS', () => {
    expect(readConfig({ HTTP_KEEP_ALIVE_MS: '120000' }).HTTP_KEEP_ALIVE_MS).toBe(120_000);
    expect(() => readConfig({ HTTP_KEEP_ALIVE_MS: 'soon' })).toThrow(/HTTP_KEEP_ALIVE_MS/);
  });
});
