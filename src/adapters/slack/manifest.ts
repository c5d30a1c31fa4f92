// The Slack app manifest, built from the command list so slack/manifest.yml can never drift from the code.
// https://docs.slack.dev/reference/app-manifest
import type { Command } from '../../core/command.ts';

export interface ManifestOptions {
  /**
   * HTTP mode: the public https URL of /slack/events (commands, buttons and events all go there).
   * Without it the manifest is for Socket Mode, which needs no public URL.
   */
  requestUrl?: string;
}

/** What the bot needs: slash commands, replies, mentions, and direct messages. */
// files:write uploads exports (/quote … export, /compare … export); im:write opens the DM a private export goes to.
export const BOT_SCOPES = ['app_mentions:read', 'chat:write', 'commands', 'files:write', 'im:history', 'im:write'] as const;

export const BOT_EVENTS = ['app_mention', 'message.im'] as const;

export function slackManifest(commands: readonly Command[], { requestUrl }: ManifestOptions = {}): Record<string, unknown> {
  const url = requestUrl ? { url: requestUrl } : {};
  return {
    display_information: {
      name: 'coverage-bot',
      description: 'Answers questions about the coverage with verbatim, cited passages.',
      background_color: '#1d3557',
    },
    features: {
      app_home: { home_tab_enabled: false, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: 'coverage-bot', always_online: true },
      slash_commands: commands.map((c) => ({ command: `/${c.name}`, ...url, description: c.description, usage_hint: usageHint(c), should_escape: false })),
    },
    oauth_config: { scopes: { bot: [...BOT_SCOPES] } },
    settings: {
      event_subscriptions: { ...(requestUrl && { request_url: requestUrl }), bot_events: [...BOT_EVENTS] },
      interactivity: { is_enabled: true, ...(requestUrl && { request_url: requestUrl }) },
      org_deploy_enabled: false,
      socket_mode_enabled: !requestUrl,
      token_rotation_enabled: false,
    },
  };
}

/** `/ask <question> [limit:1-10]` → `[private] <question> [limit:1-10]` ("private" counts as the first word). */
function usageHint(command: Command): string {
  const args = command.usage.replace(new RegExp(`^/${command.name}\\s*`), '');
  return `[private] ${args}`.trim();
}
