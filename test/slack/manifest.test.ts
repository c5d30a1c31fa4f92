// slack/manifest.yml lists exactly the commands the code handles, with the scopes and events the handlers need.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { allCommands } from '../../commands/index.ts';
import { MANIFEST_PATH, manifestYaml } from '../../src/adapters/slack/write-manifest.ts';

interface Manifest {
  features: { slash_commands: Array<{ command: string; url?: string; description: string; usage_hint: string }> };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[]; request_url?: string };
    interactivity: { is_enabled: boolean; request_url?: string };
    socket_mode_enabled: boolean;
  };
}

const committed = readFileSync(MANIFEST_PATH, 'utf8');
const manifest = parse(committed) as Manifest;

describe('slack/manifest.yml', () => {
  it('declares exactly the slash commands in commands/', () => {
    const declared = manifest.features.slash_commands.map((c) => c.command).sort();
    expect(declared).toEqual(allCommands().map((c) => `/${c.name}`).sort());
  });

  it('is what the generator writes today (regenerate with: npx tsx src/adapters/slack/write-manifest.ts --write)', () => {
    expect(committed).toBe(manifestYaml());
  });

  it('asks for the scopes and events the bot uses, with Socket Mode and buttons switched on', () => {
    expect(manifest.oauth_config.scopes.bot).toEqual(expect.arrayContaining(['commands', 'chat:write', 'app_mentions:read', 'im:history']));
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(expect.arrayContaining(['app_mention', 'message.im']));
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    for (const c of manifest.features.slash_commands) expect(c.description.length).toBeGreaterThan(0);
  });

  it('points every request at one public URL in the HTTP-mode variant', () => {
    const url = 'https://bot.example.com/slack/events';
    const http = parse(manifestYaml(url)) as Manifest;
    expect(http.settings.socket_mode_enabled).toBe(false);
    expect(http.settings.event_subscriptions.request_url).toBe(url);
    expect(http.settings.interactivity.request_url).toBe(url);
    expect(new Set(http.features.slash_commands.map((c) => c.url))).toEqual(new Set([url]));
  });
});
