// pino logger on stderr: pretty on a terminal, JSON otherwise; tokens and secrets redacted.
import pino, { type Logger } from 'pino';

export type { Logger };

const REDACT = [
  'token', '*.token', 'config.DISCORD_TOKEN', 'config.SLACK_BOT_TOKEN', 'config.SLACK_APP_TOKEN',
  'config.SLACK_SIGNING_SECRET', 'DISCORD_TOKEN', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET',
  'headers.authorization', '*.headers.authorization',
];

export function createLogger(level = 'info', pretty = process.stderr.isTTY === true): Logger {
  const options = { level, redact: { paths: REDACT, censor: '[redacted]' } };
  if (pretty) {
    return pino(options, pino.transport({ target: 'pino-pretty', options: { destination: 2, colorize: true } }));
  }
  return pino(options, pino.destination(2));
}
