// Renders a reply as a Discord message body. (Placeholder until the Discord adapter lands.)
import type { Reply } from '../../reply/model.ts';

export function renderDiscord(reply: Reply): unknown {
  return { content: reply.title, allowed_mentions: { parse: [] } };
}
