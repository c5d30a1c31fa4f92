// Runs one piece of work for a Slack user and makes sure they hear back: an unexpected error becomes a
// private message with a reference id that is also in the log, and a reply Slack refuses is logged, never lost silently.
import type { RespondArguments, RespondFn } from '@slack/bolt';
import { runGuarded } from '../../../core/failure.ts';
import type { Reply } from '../../../reply/model.ts';
import { renderSlack } from '../render.ts';
import type { SlackDeps } from './deps.ts';

/** Who to tell, and how, when `work` throws: `sendPrivately` delivers a rendered message to the asker alone. */
export interface Guard {
  deps: SlackDeps;
  /** Logged with any failure: who asked and what. */
  about: Record<string, unknown>;
  sendPrivately: (message: ReturnType<typeof renderSlack>) => Promise<unknown>;
  /** Slack's user and channel ids, for the request budgets. */
  who: { user: string; channel?: string | undefined };
}

export function guarded(guard: Guard, work: () => Promise<unknown>): Promise<void> {
  const { user, channel } = guard.who;
  const who = { user: `slack:${user}`, ...(channel && { channel: `slack:${channel}` }) };
  const tell = (reply: Reply) => guard.sendPrivately(renderSlack(reply));
  return runGuarded(guard.deps.log, { platform: 'slack', ...guard.about }, work, tell, 'Slack user', { limiter: guard.deps.limiter, who });
}

/** Slack's response_url, private: used for notices and failures. */
export const respondPrivately = (respond: RespondFn) => (message: RespondArguments) =>
  respond({ ...message, response_type: 'ephemeral', replace_original: false });
