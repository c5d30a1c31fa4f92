// Slack delivers an event again (with X-Slack-Retry-Num, or retry_attempt in Socket Mode) when it did not
// see our acknowledgement in time: each event_id is answered once, whichever delivery arrives first.
// https://docs.slack.dev/apis/events-api/#retries
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../../log.ts';
import { RecentKeys } from './recent.ts';

/** Slack retries an event three times (at once, after a minute, after five minutes): an hour covers them all. */
const EVENT_MEMORY_MS = 60 * 60 * 1000;

export function onceEachEvent(log: Logger): Middleware<AnyMiddlewareArgs> {
  const seen = new RecentKeys(EVENT_MEMORY_MS);
  return async ({ body, next }) => {
    const id = 'event_id' in body && typeof body.event_id === 'string' ? body.event_id : undefined;
    if (id !== undefined && !seen.add(id)) {
      log.info({ event: id }, 'ignored a Slack event delivered again (already answered)');
      return;
    }
    await next();
  };
}
