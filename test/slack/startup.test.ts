// Start-up that does not depend on Slack: an unreachable Web API or a rejected bot token still leaves
// slash commands answered and says so in the log; Socket Mode answers over a local fake socket,
// and a rejected app token is reported as fatal.
import { createServer } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { allCommands } from '../../commands/index.ts';
import { startSlack, type SlackHandle, type StartSlackOptions } from '../../src/adapters/slack/start.ts';
import { readConfig } from '../../src/config.ts';
import { createCore } from '../../src/core/create.ts';
import { CommandRouter } from '../../src/core/router.ts';
import { SAMPLE_ARTICLES, tempArticles } from '../helpers/articles.ts';
import { closeServer, listen, memoryLogger, postSigned, slashCommandBody, startFakeSlack, type FakeSlack } from './fake-slack.ts';

/** vi.waitFor's 1 s is too short on a loaded machine: waits for the event, not for a time. */
const WAIT = { timeout: 15_000 };

const SECRET = 'startup-secret';
const cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function boot(env: Record<string, string>, mode: 'http' | 'socket', extra: Partial<StartSlackOptions> = {}) {
  const dataDir = await tempArticles(SAMPLE_ARTICLES);
  const core = await createCore({ dataDir });
  const logs = memoryLogger();
  const config = { ...readConfig({ SLACK_BOT_TOKEN: 'xoxb-test', DATA_DIR: dataDir, ...env }), PORT: 0 };
  const slack: SlackHandle = await startSlack({ config, mode, router: new CommandRouter(allCommands()), ctx: { core }, log: logs.log, ...extra });
  cleanups.push(() => slack.stop());
  return { slack, logs, events: `http://127.0.0.1:${slack.port}/slack/events` };
}

async function fakeSlack(): Promise<FakeSlack> {
  const fake = await startFakeSlack();
  cleanups.push(() => fake.close());
  return fake;
}

/** A local address where nothing listens: Slack "unreachable". */
async function deadUrl(): Promise<string> {
  const server = createServer();
  const port = await listen(server);
  await closeServer(server);
  return `http://127.0.0.1:${port}/api/`;
}

const logged = (logs: ReturnType<typeof memoryLogger>, text: string) => logs.lines().some((l) => l.includes(text));

describe('HTTP mode start-up', () => {
  it('comes up and answers commands while Slack’s Web API cannot be reached, and says so in the log', async () => {
    const respondTo = await fakeSlack();
    const { events, logs } = await boot({ SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: await deadUrl() }, 'http');
    const res = await postSigned(events, slashCommandBody('/ask', 'ferry terminal', respondTo.responseUrl('a')), 'form', { secret: SECRET });
    expect(res.status).toBe(200);
    expect(JSON.stringify((await respondTo.next('/respond/a')).body)).toMatch(/harbour\.txt:\d+/);
    await vi.waitFor(() => expect(logged(logs, 'Slack could not be reached to check SLACK_BOT_TOKEN')).toBe(true), WAIT);
  });

  it('says plainly in the log and in /healthz when the bot token is rejected, and still answers commands', async () => {
    const fake = await fakeSlack();
    fake.answers.set('/api/auth.test', { ok: false, error: 'invalid_auth' });
    const { slack, events, logs } = await boot({ SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl }, 'http');
    await vi.waitFor(() => expect(logged(logs, 'Slack rejected SLACK_BOT_TOKEN (invalid_auth)')).toBe(true), WAIT);
    const health = await fetch(`http://127.0.0.1:${slack.port}/healthz`);
    expect(await health.json()).toMatchObject({ ok: true, slackToken: 'rejected' });
    await postSigned(events, slashCommandBody('/help', '', fake.responseUrl('h')), 'form', { secret: SECRET });
    expect(JSON.stringify((await fake.next('/respond/h')).body)).toContain('/ask');
  });

  it('logs a reply that Slack refuses at response_url instead of losing it silently', async () => {
    const fake = await fakeSlack();
    fake.respondStatus.set('/respond/gone', 404);
    const { events, logs } = await boot({ SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl }, 'http');
    await postSigned(events, slashCommandBody('/help', '', fake.responseUrl('gone')), 'form', { secret: SECRET });
    await vi.waitFor(() => expect(logged(logs, 'could not tell the Slack user about the failure')).toBe(true), WAIT);
    expect(logs.lines().find((l) => l.includes('command failed'))).toContain('404');
  });
});

describe('Socket Mode', () => {
  it('answers a slash command that arrives over the socket: acknowledged on the socket, answered at response_url', async () => {
    const fake = await fakeSlack();
    const sockets = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    cleanups.push(() => new Promise((resolve) => sockets.close(() => resolve())));
    const connected = new Promise<WebSocket>((resolve) => sockets.on('connection', (ws) => {
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' } }));
      resolve(ws);
    }));
    await new Promise((resolve) => sockets.once('listening', resolve));
    const wsPort = (sockets.address() as { port: number }).port;
    fake.answers.set('/api/apps.connections.open', { ok: true, url: `ws://127.0.0.1:${wsPort}/link` });
    const { logs } = await boot({ SLACK_APP_TOKEN: 'xapp-test', SLACK_API_URL: fake.apiUrl }, 'socket');
    const ws = await connected;
    await vi.waitFor(() => expect(logged(logs, 'Slack (Socket Mode) connected')).toBe(true), WAIT);

    const acks: unknown[] = [];
    ws.on('message', (data) => acks.push(JSON.parse(String(data))));
    const payload = Object.fromEntries(new URLSearchParams(slashCommandBody('/ask', 'library hours', fake.responseUrl('s'))));
    ws.send(JSON.stringify({ envelope_id: 'env-1', type: 'slash_commands', accepts_response_payload: true, payload }));
    const answer = await fake.next('/respond/s');
    expect(JSON.stringify(answer.body)).toMatch(/library\.txt:\d+/);
    expect(acks).toContainEqual(expect.objectContaining({ envelope_id: 'env-1' }));
  });

  it('reports a rejected app token as fatal, naming the variable', async () => {
    const fake = await fakeSlack();
    fake.answers.set('/api/apps.connections.open', { ok: false, error: 'invalid_auth' });
    const fatal: string[] = [];
    await boot({ SLACK_APP_TOKEN: 'xapp-test', SLACK_API_URL: fake.apiUrl }, 'socket', { onFatal: (m) => fatal.push(m) });
    await vi.waitFor(() => expect(fatal).toHaveLength(1), WAIT);
    expect(fatal[0]).toContain('Slack rejected SLACK_APP_TOKEN (invalid_auth)');
  });
});
