// What `npm start` does about process-wide events (SIGTERM and Ctrl-C: src/shutdown.ts, which stops
// the platforms first and exits 0 or 130), a promise nobody awaited is logged with a reference and the bot keeps serving (one platform's
// fault must not end the others), and an exception nothing caught is logged before the process exits
// with code 1 for a supervisor to restart it (its state can no longer be trusted).
import { randomUUID } from 'node:crypto';
import type { Logger } from './log.ts';

export const INTERRUPTED_EXIT_CODE = 130;

export function guardProcess(log: Logger): void {
  process.on('unhandledRejection', (reason) => {
    log.error({ err: reason, ref: ref() }, 'an unexpected failure was caught; the bot keeps serving');
  });
  process.on('uncaughtException', (err) => {
    log.fatal({ err, ref: ref() }, 'an unexpected exception ended the bot; restart it (a supervisor does this)');
    process.exit(1);
  });
}

const ref = (): string => randomUUID().slice(0, 8);
