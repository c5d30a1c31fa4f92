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

/**
 * The one failure wrapper every platform uses: runs `work`, and when it throws, logs the error with a
 * reference id and tells the user privately through `tell`. If even that fails (an expired
 * interaction, a refused post), the log is all that is left, and it says so.
 */
export async function runGuarded(
  log: Logger,
  about: Record<string, unknown>,
  work: () => Promise<unknown>,
  tell: (reply: Reply) => Promise<unknown>,
  whom = 'user',
): Promise<void> {
  try {
    await work();
  } catch (err) {
    const { reply, ref } = failureReply(log, err, about);
    try {
      await tell(reply);
    } catch (sendErr) {
      log.error({ err: sendErr, ref, ...about }, `could not tell the ${whom} about the failure`);
    }
  }
}
