// Slack delivers an event again (with X-Slack-Retry-Num, or retry_attempt in Socket Mode) when it did not
// see our acknowledgement in time: each event_id is answered once, whichever delivery arrives first.
// https://docs.slack.dev/apis/events-api/#retries
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../../log.ts';
import { RecentKeys } from './recent.ts';
import type { SeenKeys } from '../../store/seen.ts';

/** Slack retries an event three times (at once, after a minute, after five minutes): an hour covers them all. */
const EVENT_MEMORY_MS = 60 * 60 * 1000;

/** `shared`: ids kept where every replica sees them (PostgreSQL with DATABASE_URL); else this process's memory. */
export function onceEachEvent(log: Logger, shared?: SeenKeys): Middleware<AnyMiddlewareArgs> {
  const seen = new RecentKeys(EVENT_MEMORY_MS);
  const first = (id: string) => (shared ? shared.claim(`event:${id}`, EVENT_MEMORY_MS) : Promise.resolve(seen.add(id)));
  return async ({ body, next }) => {
    const id = 'event_id' in body && typeof body.event_id === 'string' ? body.event_id : undefined;
    if (id !== undefined && !(await first(id))) {
      log.info({ event: id }, 'ignored a Slack event delivered again (already answered)');
      return;
    }
    await next();
  };
}
