// Turns an unexpected error into a reply the user can act on, with a reference id that is in the log.
import { randomUUID } from 'node:crypto';
import type { Logger } from '../log.ts';
import { errorReply, type Reply } from '../reply/model.ts';

export function failureReply(log: Logger, err: unknown, context: Record<string, unknown> = {}): { reply: Reply; ref: string } {
  const ref = randomUUID().slice(0, 8);
  log.error({ err, ref, ...context }, 'command failed');
  return {
    ref,
    reply: errorReply(`Something went wrong while answering (reference ${ref}).`, [
      'Try again in a moment; if it keeps failing, give the reference to whoever runs the bot.',
    ]),
  };
}
