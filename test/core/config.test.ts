import { describe, expect, it } from 'vitest';
import { checkCredentials, ConfigError, platforms, readConfig } from '../../src/config.ts';

describe('readConfig', () => {
  it('defaults to the bundled data folder and the console', () => {
    const config = readConfig({});
    expect(config.DATA_DIR).toBe('./data');
    expect(config.PORT).toBe(3000);
    expect(platforms(config)).toEqual({ discord: false, slack: null });
  });

  it('treats empty values as unset, as a copied .env.example leaves them', () => {
    const config = readConfig({ DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '  ', DISCORD_API_URL: '' });
    expect(platforms(config)).toEqual({ discord: false, slack: null });
  });

  it('switches platforms on from their credentials', () => {
    const discord = readConfig({ DISCORD_TOKEN: 'abc', DISCORD_CLIENT_ID: '123456789012345678' });
    expect(platforms(discord).discord).toBe(true);
    const socket = readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });
    expect(platforms(socket).slack).toBe('socket');
    const http = readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'shh' });
    expect(platforms(http).slack).toBe('http');
  });

  it.each([
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ SLACK_BOT_TOKEN: 'xapp-wrong' }, 'SLACK_BOT_TOKEN'],
    [{ DISCORD_CLIENT_ID: 'my-bot' }, 'DISCORD_CLIENT_ID'],
    [{ DISCORD_API_URL: 'not a url' }, 'DISCORD_API_URL'],
  ])('names the variable when %o is wrong', (env, name) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
    expect(() => readConfig(env)).toThrow(new RegExp(`^Configuration error: ${name} `));
  });
});

describe('checkCredentials', () => {
  it.each([
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_APP_TOKEN'],
    [{ SLACK_SIGNING_SECRET: 'abc' }, 'SLACK_BOT_TOKEN'],
    [{ DISCORD_TOKEN: 'token' }, 'DISCORD_CLIENT_ID'],
    [{ DISCORD_CLIENT_ID: '123456789012345678' }, 'DISCORD_TOKEN'],
  ])('names the missing half of %o', (env, name) => {
    expect(() => checkCredentials(readConfig(env))).toThrow(ConfigError);
    expect(() => checkCredentials(readConfig(env))).toThrow(new RegExp(`^Configuration error: ${name} is not set; .*\\. Set it in \\.env or the environment\\.$`, 'u'));
  });

  it('accepts no credentials, and whole pairs', () => {
    expect(() => checkCredentials(readConfig({}))).not.toThrow();
    expect(() => checkCredentials(readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', DISCORD_TOKEN: 't', DISCORD_CLIENT_ID: '123456789012345678' }))).not.toThrow();
  });
});
