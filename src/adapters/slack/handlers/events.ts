// Mentions and direct messages. Slash commands do not work inside threads, so `@coverage-bot <question>`
// answers in a thread, and a direct message is answered like /ask (or runs `/command …` when it starts with one).
import type { App, webApi } from '@slack/bolt';
import { lineFromMessage } from '../incoming-text.ts';
import { renderSlack, type SlackMessage } from '../render.ts';
import type { SlackDeps } from './deps.ts';
import { guarded } from './deliver.ts';

type Client = webApi.WebClient;

/** Where a message-born answer goes: a channel, optionally a thread, and who asked. */
interface Place {
  client: Client;
  channel: string;
  user: string;
  threadTs?: string;
  /** A direct message is private already; a mention in a channel is answered privately on request. */
  dm: boolean;
}

export function registerEvents(app: App, deps: SlackDeps): void {
  app.event('app_mention', async ({ event, client }) => {
    if (!event.user) return;
    const place = { client, channel: event.channel, user: event.user, threadTs: event.thread_ts ?? event.ts, dm: false };
    await answerMessage(deps, place, event.text);
  });
  app.message(async ({ message, client }) => {
    // Only people's own new messages in a DM: no edits, joins or bot posts (our own replies included).
    if (message.channel_type !== 'im' || message.subtype !== undefined || message.bot_id || !message.user) return;
    const place = { client, channel: message.channel, user: message.user, dm: true, ...(message.thread_ts && { threadTs: message.thread_ts }) };
    await answerMessage(deps, place, message.text ?? '');
  });
}

async function answerMessage(deps: SlackDeps, place: Place, text: string): Promise<void> {
  const line = lineFromMessage(text);
  const about = { user: place.user, channel: place.channel, line: line.split(' ')[0] };
  await guarded({ deps, about, sendPrivately: (m) => post(place, m, true), who: { user: place.user, channel: place.channel } }, async () => {
    const { reply, private: asked } = await deps.router.runLine(line, deps.ctx);
    const ephemeral = !place.dm && (asked || reply.kind === 'error');
    await post(place, renderSlack(reply, { owner: place.user, private: ephemeral, rerun: { line } }), ephemeral);
  });
}

function post(place: Place, message: SlackMessage, ephemeral: boolean): Promise<unknown> {
  const where = { channel: place.channel, ...(place.threadTs && { thread_ts: place.threadTs }) };
  if (ephemeral && !place.dm) return place.client.chat.postEphemeral({ ...where, user: place.user, ...message });
  return place.client.chat.postMessage({ ...where, ...message });
}
