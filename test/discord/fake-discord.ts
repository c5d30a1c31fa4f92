// A fake Discord on localhost for driving the real discord.js client: a REST API that records what
// the bot sends (interaction callbacks, webhook edits and follow-ups, command registration) and a
// WebSocket gateway that says HELLO, accepts IDENTIFY, sends READY and then the dispatches a test asks for.
// Sharded as Discord is: each connection identifies as shard [id, count] and gets the events of the
// guilds whose `(guild_id >> 22) % count` is its id.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { APP_ID, BOT_USER, webhookMessage } from './payloads.ts';

export interface Recorded {
  method: string;
  /** Path after `/api/v10`, e.g. `/interactions/123/tok/callback`. */
  path: string;
  query: URLSearchParams;
  body: unknown;
  auth: string | undefined;
}

export interface FakeOptions {
  /** Answer 401 to `GET /gateway/bot`, as Discord does for a bad token. */
  rejectToken?: boolean;
  /** Close the gateway with this code on IDENTIFY (4014: disallowed intents). */
  closeOnIdentify?: number;
  /** The shard count `GET /gateway/bot` recommends (default 1). */
  shards?: number;
  /** How many shards may identify at once, as `GET /gateway/bot` says (default 1). */
  maxConcurrency?: number;
}

export interface Identify {
  intents?: number;
  token?: string;
  shard?: [number, number];
}

type Waiter = { match: (r: Recorded) => boolean; resolve: (r: Recorded) => void };

export class FakeDiscord {
  readonly requests: Recorded[] = [];
  identify: Identify | null = null;
  /** Every IDENTIFY received, in order. */
  readonly identifies: Identify[] = [];
  /** The shards that were sent READY, in order. */
  readonly sessions: [number, number][] = [];
  /** The close code of each identified connection that ended (1000: the client stopped cleanly), by shard. */
  readonly closes: { shard: [number, number]; code: number }[] = [];
  /** Interaction ids whose callbacks and webhooks answer 404 Unknown interaction, as for an expired token. */
  readonly expired = new Set<string>();
  readonly #waiters: Waiter[] = [];
  readonly #sockets = new Set<WebSocket>();
  readonly #shardOf = new Map<WebSocket, [number, number]>();
  readonly #sessionWaiters: { count: number; resolve: () => void }[] = [];
  #seq = 0;
  #messageIds = 0;

  private constructor(
    private readonly http: Server,
    private readonly gateway: WebSocketServer,
    private readonly options: FakeOptions,
  ) {}

  static async start(options: FakeOptions = {}): Promise<FakeDiscord> {
    const http = createServer();
    const gateway = new WebSocketServer({ server: http, path: '/gateway' });
    const fake = new FakeDiscord(http, gateway, options);
    http.on('request', (req, res) => void fake.#onRequest(req, res));
    gateway.on('connection', (ws) => fake.#onGateway(ws));
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get port(): number {
    return (this.http.address() as AddressInfo).port;
  }

  /** What DISCORD_API_URL is set to. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /**
   * Sends a gateway dispatch (`INTERACTION_CREATE`, …) to every connected client, or a guild's event
   * to the shard that has the guild only; returns the shards it went to.
   */
  dispatch(t: string, d: unknown): [number, number][] {
    const packet = JSON.stringify({ op: 0, t, s: ++this.#seq, d });
    const guild = (d as { guild_id?: unknown } | null)?.guild_id;
    const sent: [number, number][] = [];
    for (const ws of this.#sockets) {
      const shard = this.#shardOf.get(ws) ?? [0, 1];
      if (typeof guild === 'string' && shardOfGuild(guild, shard[1]) !== shard[0]) continue;
      ws.send(packet);
      sent.push(shard);
    }
    return sent;
  }

  /** Resolves once `count` gateway sessions have been sent READY. */
  sessionsReady(count: number): Promise<void> {
    if (this.sessions.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.#sessionWaiters.push({ count, resolve }));
  }

  /** The first recorded request matching, now or when it arrives. */
  waitFor(match: (r: Recorded) => boolean, timeoutMs = 5000): Promise<Recorded> {
    const seen = this.requests.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the bot sent no matching request')), timeoutMs);
      this.#waiters.push({ match, resolve: (r) => (clearTimeout(timer), resolve(r)) });
    });
  }

  /** Requests about one interaction (its callback, and its webhook edits and follow-ups), in order. */
  about(interaction: { id: string; token: string }): Recorded[] {
    return this.requests.filter((r) => r.path.includes(`/${interaction.id}/`) || r.path.includes(`/${interaction.token}`));
  }

  async close(): Promise<void> {
    for (const ws of this.#sockets) ws.terminate();
    await new Promise<void>((resolve) => this.gateway.close(() => resolve()));
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  async #onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const raw = await readBody(req);
    const record: Recorded = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname).replace(/^\/api\/v10/, ''),
      query: url.searchParams,
      body: raw ? await parseBody(raw, req.headers['content-type'] ?? '') : undefined,
      auth: req.headers.authorization,
    };
    this.requests.push(record);
    const [status, body] = this.#route(record);
    // A 204 has no body and, as from Discord, no content type (discord.js would try to parse it).
    res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
    res.end(body === undefined ? undefined : JSON.stringify(body));
    for (const w of this.#waiters.filter((w) => w.match(record))) {
      this.#waiters.splice(this.#waiters.indexOf(w), 1);
      w.resolve(record);
    }
  }

  #route(r: Recorded): [number, unknown] {
    const { method, path } = r;
    if (method === 'GET' && path === '/gateway/bot') {
      if (this.options.rejectToken) return [401, { message: '401: Unauthorized', code: 0 }];
      const limit = { total: 1000, remaining: 999, reset_after: 0, max_concurrency: this.options.maxConcurrency ?? 1 };
      return [200, { url: `ws://127.0.0.1:${this.port}/gateway`, shards: this.options.shards ?? 1, session_start_limit: limit }];
    }
    if ([...this.expired].some((id) => path.includes(`/${id}/`) || path.includes(`/token-${id}`))) return [404, { message: 'Unknown interaction', code: 10062 }];
    if (method === 'POST' && /^\/interactions\/[^/]+\/[^/]+\/callback$/.test(path)) return [204, undefined];
    if (/^\/webhooks\/[^/]+\/[^/]+\/messages\/@original$/.test(path)) {
      return method === 'DELETE' ? [204, undefined] : [200, this.#message(r.body)];
    }
    if (method === 'POST' && /^\/webhooks\/[^/]+\/[^/]+$/.test(path)) return [200, this.#message(r.body)];
    if (method === 'PUT' && /^\/applications\/[^/]+(\/guilds\/[^/]+)?\/commands$/.test(path)) {
      return [200, (r.body as object[]).map((c, i) => ({ ...c, id: `90000000000000000${i}`, application_id: APP_ID, version: '1' }))];
    }
    return [404, { message: 'Unknown route (fake Discord)', code: 0 }];
  }

  /** The message object Discord returns for a webhook send or edit. */
  #message(body: unknown): unknown {
    const b = (body ?? {}) as Record<string, unknown>;
    return webhookMessage(b, `80000000000000${String(++this.#messageIds).padStart(4, '0')}`, b.flags ?? 0);
  }


  #onGateway(ws: WebSocket): void {
    this.#sockets.add(ws);
    ws.on('close', (code) => {
      const shard = this.#shardOf.get(ws);
      if (shard) this.closes.push({ shard, code });
      this.#sockets.delete(ws);
      this.#shardOf.delete(ws);
    });
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 }, s: null, t: null }));
    ws.on('message', (data) => {
      const packet = JSON.parse(String(data)) as { op: number; d: unknown };
      if (packet.op === 1) ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      if (packet.op === 2) this.#onIdentify(ws, packet.d as Identify);
    });
  }

  #onIdentify(ws: WebSocket, d: Identify): void {
    this.identify = d;
    this.identifies.push(d);
    if (this.options.closeOnIdentify) return ws.close(this.options.closeOnIdentify, 'refused by fake Discord');
    const shard = d.shard ?? [0, 1];
    this.#shardOf.set(ws, shard);
    const ready = {
      v: 10,
      user: BOT_USER,
      guilds: [],
      session_id: `fake-session-${shard[0]}`,
      resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`,
      shard,
      application: { id: APP_ID, flags: 0 },
    };
    ws.send(JSON.stringify({ op: 0, t: 'READY', s: ++this.#seq, d: ready }));
    this.sessions.push(shard);
    for (const w of this.#sessionWaiters.filter((w) => this.sessions.length >= w.count)) {
      this.#sessionWaiters.splice(this.#sessionWaiters.indexOf(w), 1);
      w.resolve();
    }
  }
}

/** The shard that gets a guild's events, by Discord's rule: `(guild_id >> 22) % shard_count`. */
export function shardOfGuild(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

/** JSON, or discord.js's multipart upload: its `payload_json` with the attached files as `uploaded: [{ name, content }]`. */
async function parseBody(raw: string, contentType: string): Promise<unknown> {
  if (!contentType.startsWith('multipart/')) return JSON.parse(raw) as unknown;
  const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  const payload = JSON.parse(String(form.get('payload_json') ?? '{}')) as Record<string, unknown>;
  const uploaded: { name: string; content: string }[] = [];
  for (const [key, value] of form.entries()) {
    if (key !== 'payload_json' && typeof value !== 'string') uploaded.push({ name: value.name, content: await value.text() });
  }
  return { ...payload, uploaded };
}
