// Publishes the slash commands: to one server when DISCORD_GUILD_ID is set (instant, for development),
// to every server otherwise (Discord may take up to an hour to show changes).
import { DiscordAPIError, REST, Routes } from 'discord.js';
import type { Config } from '../../config.ts';
import type { SlashCommandJson } from './commands-json.ts';
import { inviteUrl } from './invite.ts';

export class PublishError extends Error {
  override readonly name = 'PublishError';
}

export interface Published {
  scope: 'guild' | 'global';
  count: number;
}

export async function publishCommands(config: Config, commands: readonly SlashCommandJson[]): Promise<Published> {
  const token = config.DISCORD_TOKEN;
  const app = config.DISCORD_CLIENT_ID;
  if (!token || !app) throw new PublishError('Set DISCORD_TOKEN and DISCORD_CLIENT_ID in .env to register the commands (or use --dry-run).');
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(token);
  const guild = config.DISCORD_GUILD_ID;
  const route = guild ? Routes.applicationGuildCommands(app, guild) : Routes.applicationCommands(app);
  try {
    const saved = (await rest.put(route, { body: commands })) as unknown[];
    return { scope: guild ? 'guild' : 'global', count: saved.length };
  } catch (err) {
    throw new PublishError(explain(err, config), { cause: err });
  }
}

function explain(err: unknown, config: Config): string {
  if (!(err instanceof DiscordAPIError)) return `Could not reach Discord: ${err instanceof Error ? err.message : String(err)}`;
  if (err.status === 401) return 'Discord rejected DISCORD_TOKEN (401). Copy the bot token again from the Developer Portal > Bot > Reset Token.';
  if (err.status === 403 || err.code === 50001) {
    return `Discord refused access to ${config.DISCORD_GUILD_ID ? `server ${config.DISCORD_GUILD_ID}` : 'the application'} (${err.status}). ` +
      `Check DISCORD_CLIENT_ID matches the token's application and that the bot was added with the applications.commands scope: ${inviteUrl(config.DISCORD_CLIENT_ID!)}`;
  }
  if (err.status === 404) return `Discord does not know application ${config.DISCORD_CLIENT_ID}${config.DISCORD_GUILD_ID ? ` or server ${config.DISCORD_GUILD_ID}` : ''} (404). Check DISCORD_CLIENT_ID and DISCORD_GUILD_ID.`;
  return `Discord refused the commands (${err.status} ${err.message}).`;
}
