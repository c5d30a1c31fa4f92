// Autocomplete: the focused option's list (named by the command's schema), filtered by what is typed.
import type { AutocompleteInteraction } from 'discord.js';
import type { Command } from '../../../core/command.ts';
import { commandOptions, type OptionSpec } from '../../../core/options.ts';
import { autocompleteChoices } from '../autocomplete-sources.ts';
import type { HandlerDeps } from './deps.ts';

// Deriving options walks the schema; each keystroke asks again, so remember them per command.
const optionCache = new WeakMap<Command, OptionSpec[]>();

export async function handleAutocomplete(i: AutocompleteInteraction, deps: HandlerDeps): Promise<void> {
  const focused = i.options.getFocused(true);
  const command = deps.router.get(i.commandName);
  const source = command ? optionsOf(command).find((o) => o.name === focused.name)?.autocomplete : undefined;
  await i.respond(source ? autocompleteChoices(source, deps.ctx.core, String(focused.value)) : []);
}

function optionsOf(command: Command): OptionSpec[] {
  let options = optionCache.get(command);
  if (!options) optionCache.set(command, (options = commandOptions(command)));
  return options;
}
