// pino logger on stderr: pretty on a terminal, JSON otherwise; tokens and secrets redacted.
import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

const REDACT = [
  'token', '*.token', 'config.DISCORD_TOKEN', 'config.SLACK_BOT_TOKEN', 'config.SLACK_APP_TOKEN',
  'config.SLACK_SIGNING_SECRET', 'DISCORD_TOKEN', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET',
  'headers.authorization', '*.headers.authorization',
];

export function createLogger(level = 'info', usePretty = process.stderr.isTTY === true): Logger {
  const options = { level, redact: { paths: REDACT, censor: '[redacted]' } };
  // On a terminal, written in this thread and at once: a worker's late line would land on the
  // console chat's prompt.
  if (usePretty) return pino(options, pretty({ destination: 2, colorize: true, sync: true }));
  return pino(options, pino.destination(2));
}
