// The slash commands come from commands/ with a `private` option each, pass Discord's rules, and
// `npm run register` publishes them to a server (guild) or globally, or prints them with --dry-run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allCommands } from '../../commands/index.ts';
import { slashCommands, type SlashCommandJson } from '../../src/adapters/discord/commands-json.ts';
import { PublishError, publishCommands } from '../../src/adapters/discord/publish.ts';
import { validateCommands } from '../../src/adapters/discord/validate-commands.ts';
import { readConfig } from '../../src/config.ts';
import { defineCommand, type Command } from '../../src/core/command.ts';
import { infoReply } from '../../src/reply/model.ts';
import { runEntry } from '../helpers/run.ts';
import { FakeDiscord } from './fake-discord.ts';
import { APP_ID } from './payloads.ts';

const GUILD = '400000000000000009';

describe('slash command definitions', () => {
  it('has one command per definition in commands/, each with a private option last', () => {
    const json = slashCommands(allCommands());
    expect(json.map((c) => c.name)).toEqual(allCommands().map((c) => c.name));
    for (const c of json) expect(c.options?.at(-1)).toMatchObject({ name: 'private', type: 5, required: false });
  });

  it('carries the option types and ranges of the schemas', () => {
    const ask = slashCommands(allCommands()).find((c) => c.name === 'ask')!;
    expect(ask.options?.[0]).toMatchObject({ name: 'question', type: 3, required: true, max_length: 1000 });
    expect(ask.options?.find((o) => o.name === 'limit')).toMatchObject({ type: 4, required: false, min_value: 1, max_value: 10 });
  });

  it("passes Discord's rules", () => {
    expect(validateCommands(slashCommands(allCommands()))).toEqual([]);
  });

  it('marks an option autocompletable when its schema asks for a list', () => {
    const who = defineCommand({
      name: 'who',
      description: 'Quotes by a speaker',
      usage: '/who <speaker>',
      schema: z.object({ speaker: z.string().describe('Who said it').meta({ autocomplete: 'speakers' }) }),
      run: () => infoReply('x'),
    });
    expect(slashCommands([who as unknown as Command])[0]!.options?.[0]).toMatchObject({ name: 'speaker', autocomplete: true });
  });

  it('names each broken rule', () => {
    const bad: SlashCommandJson[] = [
      { name: 'Ask', description: 'x'.repeat(101), options: [] },
      {
        name: 'ok',
        description: 'fine',
        options: [
          { type: 3, name: 'later', description: 'optional', required: false },
          { type: 3, name: 'first', description: '', required: true },
        ],
      },
      { name: 'many', description: 'too many options', options: Array.from({ length: 26 }, (_, i) => ({ type: 5, name: `o${i}`, description: 'd' })) },
      { name: 'ok', description: 'again' },
    ];
    expect(validateCommands(bad)).toEqual([
      '/ok is defined twice.',
      '/Ask: the name "Ask" must be lower case.',
      '/Ask: the description has 101 characters, Discord allows 100.',
      '/ok: required options must come before optional ones.',
      '/ok first: the description is empty.',
      '/many: 26 options, Discord allows 25.',
    ]);
  });
});

describe('publishing the commands', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(() => fake.close());

  const config = (env: Record<string, string>) =>
    readConfig({ DISCORD_TOKEN: 'test-token', DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: fake.apiUrl, ...env });

  it('publishes to one server when DISCORD_GUILD_ID is set', async () => {
    const commands = slashCommands(allCommands());
    const result = await publishCommands(config({ DISCORD_GUILD_ID: GUILD }), commands);
    expect(result).toEqual({ scope: 'guild', count: commands.length });
    const put = await fake.waitFor((r) => r.method === 'PUT' && r.path === `/applications/${APP_ID}/guilds/${GUILD}/commands`);
    expect(put.body).toEqual(commands);
    expect(put.auth).toBe('Bot test-token');
  });

  it('publishes globally otherwise', async () => {
    const result = await publishCommands(config({}), slashCommands(allCommands()));
    expect(result.scope).toBe('global');
    await fake.waitFor((r) => r.method === 'PUT' && r.path === `/applications/${APP_ID}/commands`);
  });

  it('asks for the variables when they are missing', async () => {
    await expect(publishCommands(readConfig({}), [])).rejects.toThrow(new PublishError('Set DISCORD_TOKEN and DISCORD_CLIENT_ID in .env to register the commands (or use --dry-run).'));
  });
});

describe('npm run register -- --dry-run', () => {
  it('prints the command JSON without any credentials', async () => {
    const run = await runEntry('src/adapters/discord/register.ts', ['--dry-run']);
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as SlashCommandJson[];
    expect(printed).toEqual(slashCommands(allCommands()));
    expect(run.stderr).toContain('Invite the bot with: https://discord.com/oauth2/authorize?client_id=APPLICATION_ID&scope=bot+applications.commands&permissions=19456');
  }, 60_000);
});
