// Capability tokens never reach the log, at any level: Socket Mode's WSS ticket and the response_url of
// every request (anyone holding one can post as the bot for 30 minutes), also when a reply fails.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { allCommands } from '../../commands/index.ts';
import { startSlack } from '../../src/adapters/slack/start.ts';
import { readConfig } from '../../src/config.ts';
import { createCore } from '../../src/core/create.ts';
import { CommandRouter } from '../../src/core/router.ts';
import { SAMPLE_ARTICLES, tempArticles } from '../helpers/articles.ts';
import { memoryLogger, postSigned, slashCommandBody, startFakeSlack } from './fake-slack.ts';

/** vi.waitFor's 1 s is too short on a loaded machine: waits for the event, not for a time. */
const WAIT = { timeout: 15_000 };

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function boot(env: Record<string, string>, mode: 'http' | 'socket') {
  const fake = await startFakeSlack();
  cleanups.push(() => fake.close());
  const dataDir = await tempArticles(SAMPLE_ARTICLES);
  const logs = memoryLogger('trace');
  const config = { ...readConfig({ SLACK_BOT_TOKEN: 'xoxb-test-secret', SLACK_API_URL: fake.apiUrl, DATA_DIR: dataDir, ...env }), PORT: 0 };
  const slack = await startSlack({ config, mode, router: new CommandRouter(allCommands()), ctx: { core: await createCore({ dataDir }) }, log: logs.log });
  cleanups.push(() => slack.stop());
  return { fake, logs, slack };
}

describe('Slack log lines', () => {
  it('carry no WSS ticket and no response_url in Socket Mode, at trace level', async () => {
    const sockets = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    cleanups.push(() => new Promise((resolve) => sockets.close(resolve)));
    const connected = new Promise<WebSocket>((resolve) => sockets.on('connection', (ws) => {
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' } }));
      resolve(ws);
    }));
    await new Promise((resolve) => sockets.once('listening', resolve));
    const wsUrl = `ws://127.0.0.1:${(sockets.address() as { port: number }).port}/link/?ticket=TICKET-s3cr3t-42&app_id=A1`;
    const fake = await startFakeSlack();
    cleanups.push(() => fake.close());
    fake.answers.set('/api/apps.connections.open', { ok: true, url: wsUrl });
    const dataDir = await tempArticles(SAMPLE_ARTICLES);
    const logs = memoryLogger('trace');
    const config = { ...readConfig({ SLACK_BOT_TOKEN: 'xoxb-test-secret', SLACK_APP_TOKEN: 'xapp-test-secret', SLACK_API_URL: fake.apiUrl, DATA_DIR: dataDir }), PORT: 0 };
    const slack = await startSlack({ config, mode: 'socket', router: new CommandRouter(allCommands()), ctx: { core: await createCore({ dataDir }) }, log: logs.log });
    cleanups.push(() => slack.stop());
    const ws = await connected;
    const responseUrl = fake.responseUrl('socket-secret-hook');
    const payload = Object.fromEntries(new URLSearchParams(slashCommandBody('/ask', 'library hours', responseUrl)));
    ws.send(JSON.stringify({ envelope_id: 'env-1', type: 'slash_commands', accepts_response_payload: true, payload }));
    await fake.next('/respond/socket-secret-hook');
    await vi.waitFor(() => expect(logs.lines().join('')).toContain('env-1'), WAIT);
    const text = logs.lines().join('');
    expect(text).toContain('ticket=[redacted]');
    for (const secret of ['TICKET-s3cr3t-42', 'socket-secret-hook', 'xoxb-test-secret', 'xapp-test-secret']) expect(text).not.toContain(secret);
  });

  it('carry no response_url in HTTP mode when a reply to it fails, at trace level', async () => {
    const { fake, logs, slack } = await boot({ SLACK_SIGNING_SECRET: 'redaction-secret' }, 'http');
    fake.respondStatus.set('/respond/http-secret-hook', 404);
    const events = `http://127.0.0.1:${slack.port}/slack/events`;
    await postSigned(events, slashCommandBody('/help', '', fake.responseUrl('http-secret-hook')), 'form', { secret: 'redaction-secret' });
    await vi.waitFor(() => expect(logs.lines().join('')).toContain('could not tell the Slack user about the failure'), WAIT);
    expect(logs.lines().join('')).not.toContain('http-secret-hook');
  });
});
