// Autocomplete: the list a command declares for an option (`.meta({ autocomplete: 'speakers' })` in its
// schema, `autocomplete: { speakers: … }` beside it), held to Discord's choice limits.
import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import type { AutocompleteChoice, Command, CommandContext } from '../../core/command.ts';
import { commandOptions } from '../../core/options.ts';
import { clampText } from './clamp.ts';
import { LIMITS } from './limits.ts';

export type Choice = ApplicationCommandOptionChoiceData<string>;

/** Choices for `option` of `command`, narrowed by what the user has typed; empty when it has no list. */
export function autocompleteChoices(command: Command | undefined, option: string, typed: string, ctx: CommandContext): Choice[] {
  const list = command ? commandOptions(command).find((o) => o.name === option)?.autocomplete : undefined;
  const source = list !== undefined ? command?.autocomplete?.[list] : undefined;
  return source ? discordChoices(source(typed, ctx)) : [];
}

/** At most 25 choices, each name within 100 characters with its detail kept whole. */
export function discordChoices(choices: readonly AutocompleteChoice[]): Choice[] {
  return choices.slice(0, LIMITS.autocompleteChoices).map(({ name, detail, value }) => ({
    name: detail ? `${clampText(name, LIMITS.choiceName - detail.length - 1)} ${detail}` : clampText(name, LIMITS.choiceName),
    value: clampText(value, LIMITS.choiceValue),
  }));
}
