// Checks the bot token in the background. Bolt would call auth.test while the App is built and hold
// every request until Slack answered; checking here instead means start-up never waits for Slack,
// commands are acknowledged even when Slack's Web API is unreachable, and a rejected token is said plainly.
import { webApi } from '@slack/bolt';
import type { Logger } from '../../log.ts';

/** `per-workspace`: many workspaces through OAuth, each with its own token (none to check at start). */
export type TokenStatus = 'checking' | 'accepted' | 'rejected' | 'per-workspace';

/** What the check learnt; Bolt's ignoreSelf uses the ids to skip the bot's own messages. */
export interface BotIdentity {
  status: TokenStatus;
  botUserId?: string;
  botId?: string;
}

export interface TokenCheckOptions {
  token: string;
  slackApiUrl?: string;
  identity: BotIdentity;
  log: Logger;
  /** First wait before trying again when Slack cannot be reached; doubles up to five minutes. */
  retryMs?: number;
}

/** Starts the check; returns a function that stops further attempts. */
export function checkBotToken({ token, slackApiUrl, identity, log, retryMs = 5_000 }: TokenCheckOptions): () => void {
  const client = new webApi.WebClient(token, {
    ...(slackApiUrl && { slackApiUrl }),
    retryConfig: { retries: 0 },
    timeout: 10_000,
    logLevel: webApi.LogLevel.ERROR,
  });
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const attempt = async (wait: number): Promise<void> => {
    const outcome = await testToken(client, identity, log);
    if (typeof outcome === 'string' || stopped) return;
    log.warn(
      { reason: outcome.unreachable },
      `Slack could not be reached to check SLACK_BOT_TOKEN; trying again in ${Math.round(wait / 1000)} s. Commands are still acknowledged.`,
    );
    timer = setTimeout(() => void attempt(Math.min(wait * 2, 300_000)), wait).unref();
  };
  void attempt(retryMs);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

/** The token's status, or why Slack could not be asked. */
async function testToken(client: webApi.WebClient, identity: BotIdentity, log: Logger): Promise<TokenStatus | { unreachable: string }> {
  try {
    const result = await client.auth.test();
    Object.assign(identity, { status: 'accepted', botUserId: result.user_id, botId: result.bot_id });
    log.info({ team: result.team, bot: result.user }, 'Slack accepted SLACK_BOT_TOKEN');
    return 'accepted';
  } catch (err) {
    const code = rejectionCode(err);
    if (!code) return { unreachable: err instanceof Error ? err.message : String(err) };
    identity.status = 'rejected';
    log.error(
      `Slack rejected SLACK_BOT_TOKEN (${code}). Replies posted through the Web API (mentions, direct messages) will fail; ` +
        'copy the Bot User OAuth Token (xoxb-…) from your app’s OAuth & Permissions page and restart.',
    );
    return 'rejected';
  }
}

/** Slack's error code when Slack answered and refused (invalid_auth, token_revoked, …); undefined when it never answered. */
export function rejectionCode(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null || !('code' in err)) return undefined;
  if (err.code !== webApi.ErrorCode.PlatformError) return undefined;
  const data = (err as { data?: { error?: unknown } }).data;
  return typeof data?.error === 'string' ? data.error : 'unknown error';
}
