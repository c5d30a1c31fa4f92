// Autocomplete: the focused option's list (the one its command declares), filtered by what is typed.
import type { AutocompleteInteraction } from 'discord.js';
import { autocompleteChoices } from '../autocomplete-sources.ts';
import type { HandlerDeps } from './deps.ts';

export async function handleAutocomplete(i: AutocompleteInteraction, deps: HandlerDeps): Promise<void> {
  const focused = i.options.getFocused(true);
  await i.respond(autocompleteChoices(deps.router.get(i.commandName), focused.name, String(focused.value), deps.ctx));
}
