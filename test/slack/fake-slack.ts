// A fake Slack on localhost: the Web API methods the bot calls (auth.test, chat.postMessage, chat.postEphemeral)
// and response_url endpoints, recording everything the bot sends; plus requests signed as Slack signs them.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { SlackMessage } from '../../src/adapters/slack/render.ts';
import type { Logger } from '../../src/log.ts';
import { limitBreaches } from './limits-check.ts';
import { createLogger } from '../../src/log.ts';

export interface Received {
  path: string;
  body: Record<string, unknown>;
  authorization: string | undefined;
}

export interface FakeSlack {
  /** Base for SLACK_API_URL (`http://127.0.0.1:port/api/`). */
  apiUrl: string;
  /** A response_url whose posts are recorded under `/respond/<id>`; `status` makes it refuse them. */
  responseUrl(id: string): string;
  received: Received[];
  /** Resolves with the first recorded request on `path` (now or later). */
  next(path: string): Promise<Received>;
  /** What a Web API method answers instead of the default (`/api/auth.test` → `{ ok: false, error: 'invalid_auth' }`). */
  answers: Map<string, Record<string, unknown>>;
  /** HTTP status each response_url answers with (200 unless set). */
  respondStatus: Map<string, number>;
  close(): Promise<void>;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const received: Received[] = [];
  const waiters: Array<{ path: string; resolve: (r: Received) => void }> = [];
  const fake = { received, answers: new Map<string, Record<string, unknown>>(), respondStatus: new Map<string, number>() };
  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const record = { path, body, authorization: req.headers.authorization };
      received.push(record);
      for (const w of waiters.filter((w) => w.path === path)) w.resolve(record);
      // As Slack does, a message over its limits is refused: 400 at a response_url, ok:false from the Web API.
      if (Array.isArray(body['blocks']) && limitBreaches(body as unknown as SlackMessage).length > 0) {
        res.writeHead(path.startsWith('/api/') ? 200 : 400, { 'content-type': 'application/json' });
        return void res.end(JSON.stringify({ ok: false, error: 'invalid_blocks' }));
      }
      res.writeHead(fake.respondStatus.get(path) ?? 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(fake.answers.get(path) ?? answerFor(path)));
    });
  });
  const port = await listen(server);
  const base = `http://127.0.0.1:${port}`;
  return Object.assign(fake, {
    apiUrl: `${base}/api/`,
    responseUrl: (id: string) => `${base}/respond/${id}`,
    next: (path: string) =>
      new Promise<Received>((resolve) => {
        const done = received.find((r) => r.path === path);
        if (done) resolve(done);
        else waiters.push({ path, resolve });
      }),
    close: () => closeServer(server),
  });
}

function answerFor(path: string): Record<string, unknown> {
  if (path === '/api/auth.test') return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team: 'Newsroom', user: 'coverage-bot' };
  if (path.startsWith('/api/chat.')) return { ok: true, channel: 'C1', ts: '1700000001.000200' };
  return { ok: true };
}

/** JSON bodies as they are; the Web API client's form bodies with their JSON fields (blocks) parsed. */
async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return {};
  if ((req.headers['content-type'] ?? '').includes('json')) return JSON.parse(text) as Record<string, unknown>;
  const form: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) form[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  return form;
}

export function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

/** `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{body}`, as Slack signs requests. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignedPost {
  secret: string;
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  /** Override the signature (to send a wrong one). */
  signature?: string;
}

/** POSTs a body to the bot as Slack would: form-encoded (commands, buttons) or JSON (events). */
export function postSigned(url: string, body: string, contentType: 'form' | 'json', opts: SignedPost): Promise<Response> {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType === 'form' ? 'application/x-www-form-urlencoded' : 'application/json',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': opts.signature ?? slackSignature(opts.secret, timestamp, body),
    },
    body,
  });
}

export function slashCommandBody(command: string, text: string, responseUrl: string, user = 'U1'): string {
  return new URLSearchParams({
    token: 'legacy-token', team_id: 'T1', team_domain: 'newsroom', channel_id: 'C1', channel_name: 'general',
    user_id: user, user_name: user.toLowerCase(), command, text, api_app_id: 'A1', is_enterprise_install: 'false',
    response_url: responseUrl, trigger_id: '1.2.3',
  }).toString();
}

export function buttonBody(action: { action_id: string; value: string }, responseUrl: string, user = 'U1', ephemeral = false): string {
  const payload = {
    type: 'block_actions', api_app_id: 'A1', token: 'legacy-token', trigger_id: '1.2.3', response_url: responseUrl,
    user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: 'T1' },
    team: { id: 'T1', domain: 'newsroom' }, channel: { id: 'C1', name: 'general' },
    container: { type: 'message', message_ts: '1700000000.000100', channel_id: 'C1', is_ephemeral: ephemeral },
    actions: [{ type: 'button', block_id: 'b1', action_ts: '1700000002.0', text: { type: 'plain_text', text: 'x' }, ...action }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export function eventBody(event: Record<string, unknown>): string {
  return JSON.stringify({
    token: 'legacy-token', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: `Ev${Math.random()}`,
    event_time: Math.floor(Date.now() / 1000), authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }], event,
  });
}

/** The real logger (its redaction included) at `level`, its lines kept in memory to check what the log says. */
export function memoryLogger(level = 'debug'): { log: Logger; lines: () => string[] } {
  const lines: string[] = [];
  const stream = new Writable({ write: (chunk: Buffer, _enc, done) => (lines.push(chunk.toString()), done()) });
  return { log: createLogger(level, false, stream), lines: () => lines };
}
