// Says, in words a newcomer can act on, why Discord refused to let the bot connect.
import { DiscordAPIError, DiscordjsError, DiscordjsErrorCodes, GatewayCloseCodes } from 'discord.js';

const TOKEN_HELP = 'Copy the bot token again from the Developer Portal (your application > Bot > Reset Token) and set DISCORD_TOKEN in .env.';
const INTENTS_HELP = 'The bot asks only for the Guilds intent, which needs no approval; check that DISCORD_TOKEN is the token of this bot.';

export function loginFailureMessage(err: unknown): string {
  // The client's login says TokenInvalid; a plain REST call (the shard count asked before sharding) a 401.
  if ((err instanceof DiscordjsError && err.code === DiscordjsErrorCodes.TokenInvalid) || (err instanceof DiscordAPIError && err.status === 401)) {
    return `Discord rejected DISCORD_TOKEN (401 Unauthorized). ${TOKEN_HELP}`;
  }
  const text = err instanceof Error ? err.message : String(err);
  if (/authentication failed/i.test(text)) return closeCodeMessage(GatewayCloseCodes.AuthenticationFailed);
  if (/disallowed intents/i.test(text)) return closeCodeMessage(GatewayCloseCodes.DisallowedIntents);
  if (/invalid intents/i.test(text)) return closeCodeMessage(GatewayCloseCodes.InvalidIntents);
  return `Could not connect to Discord: ${text}. Check the network (and DISCORD_API_URL, if you set it).`;
}

export function closeCodeMessage(code: number): string {
  switch (code) {
    case GatewayCloseCodes.AuthenticationFailed:
      return `Discord rejected DISCORD_TOKEN (gateway close code ${code}). ${TOKEN_HELP}`;
    case GatewayCloseCodes.DisallowedIntents:
      return `Discord refused the bot's gateway intents (close code ${code}, disallowed intents). ${INTENTS_HELP}`;
    case GatewayCloseCodes.InvalidIntents:
      return `Discord refused the bot's gateway intents (close code ${code}, invalid intents). ${INTENTS_HELP}`;
    case GatewayCloseCodes.ShardingRequired:
      return `Discord asks for more shards (close code ${code}, sharding required). Set DISCORD_SHARDS=auto, or a larger number, in .env.`;
    default:
      return `Discord closed the connection for good (gateway close code ${code}: ${GatewayCloseCodes[code] ?? 'unknown'}). The bot has stopped.`;
  }
}
