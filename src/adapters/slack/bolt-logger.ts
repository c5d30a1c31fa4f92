// Sends Bolt's own log lines (signature failures, connection state) to our pino logger, so one log holds everything.
import { inspect } from 'node:util';
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../log.ts';

type Level = 'debug' | 'info' | 'warn' | 'error';

export function boltLogger(log: Logger): BoltLogger {
  const child = log.child({ component: 'bolt' });
  const write = (level: Level) => (...parts: unknown[]) => {
    const err = parts.find((p) => p instanceof Error);
    const text = parts.filter((p) => !(p instanceof Error)).map((p) => (typeof p === 'string' ? p : inspect(p, { depth: 2 }))).join(' ');
    if (err) child[level]({ err }, text || err.message);
    else child[level](text);
  };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    // The level is pino's (LOG_LEVEL); Bolt asking for its default must not change it.
    setLevel: () => undefined,
    getLevel: () => boltLevel(child.level),
    setName: () => undefined,
  };
}

function boltLevel(level: string): LogLevel {
  if (level === 'trace' || level === 'debug') return LogLevel.DEBUG;
  if (level === 'info') return LogLevel.INFO;
  if (level === 'warn') return LogLevel.WARN;
  return LogLevel.ERROR;
}
