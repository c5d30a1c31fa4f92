// Slash commands: acknowledge at once (Slack allows 3 s), then answer through response_url,
// in the channel unless the user asked for private. Errors in the request are answered privately.
import type { App } from '@slack/bolt';
import { plainFromSlack } from '../incoming-text.ts';
import { renderSlack } from '../render.ts';
import type { SlackDeps } from './deps.ts';
import { guarded, respondPrivately } from './deliver.ts';
import { uploadFiles } from './files.ts';

export function registerCommands(app: App, deps: SlackDeps): void {
  // One listener for every command, so a command missing from an older manifest still gets a clear answer.
  app.command(/^\/.+/, async ({ command, ack, respond, client }) => {
    await ack();
    const line = `${command.command} ${plainFromSlack(command.text)}`.trim();
    const about = { user: command.user_id, command: command.command };
    await guarded({ deps, about, sendPrivately: respondPrivately(respond), who: { user: command.user_id, channel: command.channel_id } }, async () => {
      const { reply, private: isPrivate } = await deps.router.runLine(line, deps.ctx);
      const ephemeral = isPrivate || reply.kind === 'error';
      const message = renderSlack(reply, { owner: command.user_id, private: ephemeral, rerun: { line } });
      await respond({ ...message, response_type: ephemeral ? 'ephemeral' : 'in_channel' });
      await uploadFiles(client, { user: command.user_id, channel: command.channel_id, private: ephemeral }, reply);
    });
  });
}
