// `--render`: shows a reply as the console prints it, or as the exact body Discord or Slack would be sent.
import type { Reply } from '../reply/model.ts';
import { renderText } from '../reply/text.ts';
import type { CliArgs } from './args.ts';

export async function renderFor(target: CliArgs['render'], reply: Reply): Promise<string> {
  if (target === 'discord') {
    const { renderDiscord } = await import('../adapters/discord/render.ts');
    return JSON.stringify(renderDiscord(reply), null, 2);
  }
  if (target === 'slack') {
    const { renderSlack } = await import('../adapters/slack/render.ts');
    return JSON.stringify(renderSlack(reply), null, 2);
  }
  return renderText(reply);
}
