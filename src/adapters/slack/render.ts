// Renders a reply as a Slack message body. (Placeholder until the Slack adapter lands.)
import type { Reply } from '../../reply/model.ts';

export function renderSlack(reply: Reply): unknown {
  return { text: reply.title, blocks: [] };
}
