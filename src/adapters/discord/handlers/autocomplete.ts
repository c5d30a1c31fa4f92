// Autocomplete: the focused option's list (named by the command's schema), filtered by what is typed.
import type { AutocompleteInteraction } from 'discord.js';
import { commandOptions } from '../../../core/options.ts';
import { autocompleteChoices } from '../autocomplete-sources.ts';
import type { HandlerDeps } from './deps.ts';

export async function handleAutocomplete(i: AutocompleteInteraction, deps: HandlerDeps): Promise<void> {
  const focused = i.options.getFocused(true);
  const command = deps.router.get(i.commandName);
  const source = command ? commandOptions(command).find((o) => o.name === focused.name)?.autocomplete : undefined;
  await i.respond(source ? autocompleteChoices(source, deps.ctx.core, String(focused.value)) : []);
}
