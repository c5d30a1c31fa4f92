// Turns an unexpected error into a reply the user can act on, with a reference id that is in the log.
import { randomUUID } from 'node:crypto';
import type { Logger } from '../log.ts';
import { errorReply, type Reply } from '../reply/model.ts';
import { slowDownReply, type RateLimiter, type Requester } from './rate-limit.ts';

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

/** Whose request this is, for the per-user and per-channel budgets; no limiter: no limit (the console). */
export interface RequestBudget {
  limiter?: RateLimiter | undefined;
  who: Requester;
}

/**
 * The one failure wrapper every platform uses: runs `work`, and when it throws, logs the error with a
 * reference id and tells the user privately through `tell`. If even that fails (an expired
 * interaction, a refused post), the log is all that is left, and it says so. With a `budget`, a person
 * or channel over it is told privately to slow down, and `work` does not run.
 */
export async function runGuarded(
  log: Logger,
  about: Record<string, unknown>,
  work: () => Promise<unknown>,
  tell: (reply: Reply) => Promise<unknown>,
  whom = 'user',
  budget?: RequestBudget,
): Promise<void> {
  try {
    const wait = budget?.limiter?.take(budget.who) ?? 0;
    if (wait > 0) {
      log.info({ ...about, waitMs: wait }, 'over the request budget: told to slow down');
      await tell(slowDownReply(wait));
      return;
    }
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
