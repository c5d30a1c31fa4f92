// pino logger on stderr: pretty on a terminal, JSON otherwise; tokens and secrets redacted, by field name
// and, in every line written at any level, by shape (capability URLs and tickets inside messages and errors).
import pino, { type DestinationStream, type Logger } from 'pino';
import { createRequire } from 'node:module';

// pino-pretty is loaded only on a terminal: it is a tenth of a second of start-up that a service never uses.
const pretty = (options: Parameters<typeof import('pino-pretty')>[0]) => (createRequire(import.meta.url)('pino-pretty') as typeof import('pino-pretty'))(options);

export type { Logger };

const REDACT = [
  'token', '*.token', 'config.DISCORD_TOKEN', 'config.SLACK_BOT_TOKEN', 'config.SLACK_APP_TOKEN',
  'config.SLACK_SIGNING_SECRET', 'config.BUTTON_SECRET', 'DISCORD_TOKEN', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET', 'BUTTON_SECRET', 'headers.authorization', '*.headers.authorization',
  'response_url', '*.response_url',
];

const HIDDEN = '[redacted]';

/**
 * What lets someone act as the bot, by shape: an interaction or webhook token in a Discord URL (15 minutes
 * of posting in that channel), a Slack response_url, a Socket Mode ticket, Slack tokens, and any value
 * under a `response_url`, `token` or `ticket` key inside a message (JSON, escaped JSON, inspect or form text).
 */
const SECRETS: readonly [RegExp, string][] = [
  [/(\/(?:interactions|webhooks)\/\d+\/)[^/\s"'\\?#]+/g, `$1${HIDDEN}`],
  [/(hooks\.slack\.com)(?:\\*\/)[^\s"'\\]*(?:\\+\/[^\s"'\\]*)*/g, `$1/${HIDDEN}`],
  [/([?&]ticket=)[^&\s"'\\]+/g, `$1${HIDDEN}`],
  [/\bx(?:ox[a-z]|app)-[A-Za-z0-9-]+/g, HIDDEN],
  [/((?<![A-Za-z])(?:response_url|token|ticket)\\*["']?\s*[:=]\s*\\*["']?)[^"'\s,&}]+?(?=\\*["'\s,&}]|$)/g, `$1${HIDDEN}`],
];

/** `line` with every capability token in it replaced by `[redacted]`. */
export function scrubSecrets(line: string): string {
  let out = line;
  for (const [pattern, replacement] of SECRETS) out = out.replace(pattern, replacement);
  return out;
}

/** `destination` is for tests (a stream they read back); the default is stderr. */
export function createLogger(level = 'info', usePretty = process.stderr.isTTY === true, destination?: DestinationStream): Logger {
  const options = { level, redact: { paths: REDACT, censor: HIDDEN }, hooks: { streamWrite: scrubSecrets } };
  if (destination) return pino(options, destination);
  // On a terminal, written in this thread and at once: a worker's late line would land on the
  // console chat's prompt.
  if (usePretty) return pino(options, pretty({ destination: 2, colorize: true, sync: true }));
  return pino(options, pino.destination(2));
}
