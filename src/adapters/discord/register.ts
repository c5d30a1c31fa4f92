// `npm run register [-- --dry-run]`: builds the slash commands from commands/, checks them against
// Discord's rules, and publishes them (or, with --dry-run, prints the JSON it would send).
import { allCommands } from '../../../commands/index.ts';
import { ConfigError, readConfig } from '../../config.ts';
import { slashCommands } from './commands-json.ts';
import { inviteUrl } from './invite.ts';
import { PublishError, publishCommands } from './publish.ts';
import { validateCommands } from './validate-commands.ts';

async function main(argv: readonly string[]): Promise<number> {
  const unknown = argv.filter((a) => a !== '--dry-run');
  if (unknown.length > 0) return usage(`Unknown argument ${unknown[0]}. Usage: npm run register [-- --dry-run]`);
  const commands = slashCommands(allCommands());
  const problems = validateCommands(commands);
  if (problems.length > 0) return usage(`The commands break Discord's rules:\n${problems.map((p) => `  ${p}`).join('\n')}`, 1);
  if (argv.includes('--dry-run')) {
    process.stdout.write(`${JSON.stringify(commands, null, 2)}\n`);
    // On stderr, so stdout stays the JSON alone.
    process.stderr.write(`Invite the bot with: ${inviteUrl(clientIdOrPlaceholder())}\n`);
    return 0;
  }
  const config = readConfig();
  const { scope, count } = await publishCommands(config, commands);
  const where = scope === 'guild' ? `server ${config.DISCORD_GUILD_ID} (available now)` : 'every server (Discord may take up to an hour to show changes)';
  process.stdout.write(`Registered ${count} commands to ${where}.\nInvite the bot with: ${inviteUrl(config.DISCORD_CLIENT_ID!)}\n`);
  return 0;
}

/** DISCORD_CLIENT_ID when it is set, else the placeholder the README uses. */
function clientIdOrPlaceholder(): string {
  try {
    return readConfig().DISCORD_CLIENT_ID ?? 'APPLICATION_ID';
  } catch {
    return 'APPLICATION_ID';
  }
}

function usage(message: string, code = 2): number {
  process.stderr.write(`${message}\n`);
  return code;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof PublishError || err instanceof ConfigError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
