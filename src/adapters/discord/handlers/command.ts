// Slash commands: the options as Discord typed them go to the router; `private` makes the reply ephemeral.
import type { ChatInputCommandInteraction } from 'discord.js';
import { PRIVATE_OPTION } from '../commands-json.ts';
import { replyWithin } from '../respond.ts';
import type { HandlerDeps } from './deps.ts';

export async function handleCommand(i: ChatInputCommandInteraction, deps: HandlerDeps): Promise<void> {
  const ephemeral = i.options.getBoolean(PRIVATE_OPTION.name) ?? false;
  const raw: Record<string, unknown> = {};
  for (const option of i.options.data) if (option.name !== PRIVATE_OPTION.name) raw[option.name] = option.value;
  await replyWithin(i, { key: i.commandName, policy: deps.policy }, ephemeral, () =>
    deps.router.run(i.commandName, raw, deps.ctx),
  );
}
