// Screens requests to POST /slack/events before Bolt reads them. Bolt would read up to 4 MB of any
// body before checking its signature, accepts timestamps from the future, and answers a signed
// request as often as it is sent. Here: bodies over a small limit are refused (by their declared
// length before a byte is read), timestamps more than five minutes either way are refused, and a
// signed request seen before is acknowledged without being answered again.
// https://docs.slack.dev/authentication/verifying-requests-from-slack
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Logger } from '../../log.ts';
import { RecentKeys } from './recent.ts';
import type { SeenKeys } from '../../store/seen.ts';

export const HTTP_LIMITS = {
  /** Slack's own payloads are a few kB; a block_actions payload carries one of our messages (well under this). */
  bodyBytes: 1024 * 1024,
  /** Open connections at once; past this Node closes new ones at once. */
  connections: 256,
  /** Slack sends a whole request at once: a client still sending headers or a body after this is cut off. */
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  /** How far a request's timestamp may be from our clock, either way (Slack's rule is five minutes). */
  clockSkewS: 300,
} as const;

export interface GuardOptions {
  signingSecret: string;
  log: Logger;
  /** Only requests to this path are screened (Bolt's default endpoint). */
  path?: string;
  now?: () => number;
  /** Signatures kept where every replica sees them (PostgreSQL with DATABASE_URL); else this process's memory. */
  shared?: SeenKeys;
}

/** `inner` behind the screen: refused requests never reach it. */
export function guardRequests(inner: RequestListener, options: GuardOptions): RequestListener {
  const { path = '/slack/events', now = Date.now } = options;
  // A replay is refused by its timestamp once five minutes old, so its signature need not be kept longer (both ways).
  const seen = new RecentKeys(2 * HTTP_LIMITS.clockSkewS * 1000, 50_000, now);
  return (req, res) => {
    if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://x').pathname !== path) return inner(req, res);
    screen(req, res, { ...options, now, seen }).then(
      (pass) => pass && inner(req, res),
      (err: unknown) => {
        options.log.warn({ err }, 'could not read a Slack request');
        refuse(res, 400);
      },
    );
  };
}

type Screen = GuardOptions & { now: () => number; seen: RecentKeys };

/** True when the request may go on to Bolt (its body then already read into `rawBody`). */
async function screen(req: IncomingMessage, res: ServerResponse, options: Screen): Promise<boolean> {
  const { log } = options;
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > HTTP_LIMITS.bodyBytes) {
    log.warn({ bytes: declared }, `refused a Slack request of ${declared} bytes (limit ${HTTP_LIMITS.bodyBytes})`);
    return refuse(res, 413);
  }
  const stamp = header(req, 'x-slack-request-timestamp');
  if (stamp !== undefined && !withinSkew(stamp, options.now())) {
    log.warn({ timestamp: stamp }, 'refused a Slack request whose timestamp is more than five minutes from now');
    return refuse(res, 401);
  }
  const body = await readLimited(req, HTTP_LIMITS.bodyBytes);
  if (body === null) {
    log.warn(`refused a Slack request over ${HTTP_LIMITS.bodyBytes} bytes`);
    return refuse(res, 413);
  }
  // Bolt reads `rawBody` when it is there instead of reading the (now consumed) stream.
  Object.assign(req, { rawBody: body });
  const signature = header(req, 'x-slack-signature');
  if (stamp === undefined || signature === undefined || !signedBy(options.signingSecret, stamp, body, signature)) return true; // Bolt refuses it
  const ttl = 2 * HTTP_LIMITS.clockSkewS * 1000;
  if (!(await (options.shared ? options.shared.claim(`signature:${signature}`, ttl) : options.seen.add(signature)))) {
    log.warn('ignored a signed Slack request sent again (a replay): acknowledged, not answered');
    res.writeHead(200).end();
    return false;
  }
  return true;
}

function withinSkew(stamp: string, nowMs: number): boolean {
  if (!/^\d{1,12}$/.test(stamp)) return false;
  return Math.abs(nowMs / 1000 - Number(stamp)) <= HTTP_LIMITS.clockSkewS;
}

function signedBy(secret: string, stamp: string, body: Buffer, signature: string): boolean {
  const expected = Buffer.from(`v0=${createHmac('sha256', secret).update(`v0:${stamp}:`).update(body).digest('hex')}`);
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The body, or null once it passes `limit` bytes (reading stops there). */
function readLimited(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData).pause();
        resolve(null);
      } else chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/** Answers with `status` and closes the connection: what is left of a refused body is never read. */
function refuse(res: ServerResponse, status: number): false {
  res.shouldKeepAlive = false;
  res.writeHead(status, { connection: 'close', 'content-type': 'text/plain' });
  const socket = res.socket;
  res.end(`${status === 413 ? 'Request body too large' : status === 401 ? 'Request refused' : 'Bad request'}\n`, () => socket?.destroy());
  return false;
}
