// Reads the environment once, validated with zod. A bad value stops start-up with one line naming the variable.
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { defaultButtonKey } from './reply/signing.ts';

const optionalText = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();

const optionalUrl = optionalText.pipe(z.url({ error: 'must be a URL such as http://127.0.0.1:8080' }).optional());

const schema = z.object({
  DATA_DIR: z.string().trim().min(1).default('./data'),
  CACHE_DIR: z.string().trim().min(1).default('./.cache'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DISCORD_TOKEN: optionalText,
  DISCORD_CLIENT_ID: optionalText.pipe(z.string().regex(/^\d{15,25}$/, { error: 'must be the application id (digits)' }).optional()),
  DISCORD_GUILD_ID: optionalText.pipe(z.string().regex(/^\d{15,25}$/, { error: 'must be a server id (digits)' }).optional()),
  DISCORD_API_URL: optionalUrl,
  // `auto`: one process while Discord recommends one shard, else a ShardingManager with a process per shard.
  DISCORD_SHARDS: optionalText
    .pipe(z.string().regex(/^(?:auto|[1-9]\d{0,4})$/i, { error: 'must be auto or a whole number of shards such as 2' }).optional())
    .transform((s): 'auto' | number => (s === undefined || s.toLowerCase() === 'auto' ? 'auto' : Number(s))),
  SLACK_BOT_TOKEN: optionalText.pipe(z.string().startsWith('xoxb-', { error: 'must start with xoxb-' }).optional()),
  SLACK_APP_TOKEN: optionalText.pipe(z.string().startsWith('xapp-', { error: 'must start with xapp-' }).optional()),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_API_URL: optionalUrl,
  SLACK_CLIENT_ID: optionalText,
  SLACK_CLIENT_SECRET: optionalText,
  SLACK_STATE_SECRET: optionalText,
  SLACK_OAUTH_URL: optionalUrl,
  DATABASE_URL: optionalText.pipe(z.string().regex(/^postgres(?:ql)?:\/\//u, { error: 'must be a PostgreSQL URL such as postgres://user@127.0.0.1:5432/coverage' }).optional()),
  PORT: z.coerce.number({ error: 'must be a port number' }).int().min(1).max(65535).default(3000),
  BUTTON_SECRET: optionalText.pipe(z.string().min(16, { error: 'must be at least 16 characters (e.g. openssl rand -hex 32)' }).optional()),
  HTTP_KEEP_ALIVE_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int().min(1000).max(3_600_000).default(65_000),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parses an environment (default: process.env, after loading ./.env when present). */
export function readConfig(env: NodeJS.ProcessEnv = loadDotEnv()): Config {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new ConfigError(`Configuration error: ${issue.path.join('.')} ${issue.message}. Fix it in .env or the environment.`);
}

/**
 * Credentials come in pairs: one half set is a mistake, not a wish for the console. Throws a
 * ConfigError naming the variable that is missing.
 */
export function checkCredentials(config: Config): void {
  const missing = (name: string, why: string) =>
    new ConfigError(`Configuration error: ${name} is not set; ${why}. Set it in .env or the environment.`);
  if (config.DISCORD_TOKEN && !config.DISCORD_CLIENT_ID) throw missing('DISCORD_CLIENT_ID', 'Discord needs the application id with DISCORD_TOKEN (or unset DISCORD_TOKEN)');
  if (config.DISCORD_CLIENT_ID && !config.DISCORD_TOKEN) throw missing('DISCORD_TOKEN', 'Discord needs the bot token with DISCORD_CLIENT_ID (or unset DISCORD_CLIENT_ID)');
  if (config.SLACK_BOT_TOKEN && !config.SLACK_APP_TOKEN && !config.SLACK_SIGNING_SECRET) {
    throw missing('SLACK_APP_TOKEN', 'Slack needs SLACK_APP_TOKEN (socket mode) or SLACK_SIGNING_SECRET (HTTP mode) with SLACK_BOT_TOKEN (or unset SLACK_BOT_TOKEN)');
  }
  if (!config.SLACK_BOT_TOKEN && (config.SLACK_APP_TOKEN || config.SLACK_SIGNING_SECRET)) {
    throw missing('SLACK_BOT_TOKEN', `Slack needs the bot token (xoxb-…) with ${config.SLACK_APP_TOKEN ? 'SLACK_APP_TOKEN' : 'SLACK_SIGNING_SECRET'}`);
  }
}

/** Which platforms the configuration switches on. */
export function platforms(config: Config): { discord: boolean; slack: 'socket' | 'http' | null } {
  const discord = Boolean(config.DISCORD_TOKEN && config.DISCORD_CLIENT_ID);
  let slack: 'socket' | 'http' | null = null;
  if (config.SLACK_BOT_TOKEN && config.SLACK_APP_TOKEN) slack = 'socket';
  else if (config.SLACK_SIGNING_SECRET && (config.SLACK_BOT_TOKEN || slackOAuth(config))) slack = 'http';
  return { discord, slack };
}

/** The key that signs button state: BUTTON_SECRET, else one derived from the platform secrets (see signing.ts). */
export function buttonKey(config: Config): string | Buffer {
  return config.BUTTON_SECRET ?? defaultButtonKey([config.DISCORD_TOKEN, config.SLACK_SIGNING_SECRET, config.SLACK_BOT_TOKEN, config.SLACK_APP_TOKEN]);
}

/** Slack's OAuth install flow (many workspaces, HTTP mode): the app's client id and secret. */
export function slackOAuth(config: Config): boolean {
  return Boolean(config.SLACK_CLIENT_ID && config.SLACK_CLIENT_SECRET);
}

function loadDotEnv(): NodeJS.ProcessEnv {
  if (existsSync('.env')) process.loadEnvFile('.env');
  return process.env;
}
