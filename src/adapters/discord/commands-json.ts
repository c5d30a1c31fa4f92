// The slash commands, built from the definitions in commands/ (never a second list by hand),
// each with a `private` option that makes its reply visible only to the person who asked.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type APIApplicationCommandBasicOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Command } from '../../core/command.ts';
import { commandOptions, type OptionSpec } from '../../core/options.ts';

export type SlashCommandJson = RESTPostAPIChatInputApplicationCommandsJSONBody;

export const PRIVATE_OPTION = {
  type: ApplicationCommandOptionType.Boolean,
  name: 'private',
  description: 'Show the answer only to you',
  required: false,
} as const satisfies APIApplicationCommandBasicOption;

const TYPES = {
  string: ApplicationCommandOptionType.String,
  integer: ApplicationCommandOptionType.Integer,
  number: ApplicationCommandOptionType.Number,
  boolean: ApplicationCommandOptionType.Boolean,
} as const;

export function slashCommands(commands: readonly Command[]): SlashCommandJson[] {
  return commands.map((c) => ({
    type: ApplicationCommandType.ChatInput,
    name: c.name,
    description: c.description,
    options: [...commandOptions(c).map(optionJson), PRIVATE_OPTION],
  }));
}

function optionJson(spec: OptionSpec): APIApplicationCommandBasicOption {
  const base = { name: spec.name, description: spec.description, required: spec.required };
  switch (spec.type) {
    case 'string':
      return {
        ...base,
        type: TYPES.string,
        ...(spec.minLength !== undefined && { min_length: spec.minLength }),
        ...(spec.maxLength !== undefined && { max_length: spec.maxLength }),
        ...(spec.autocomplete !== undefined && { autocomplete: true }),
      };
    case 'integer':
      return { ...base, type: TYPES.integer, ...numberRange(spec) };
    case 'number':
      return { ...base, type: TYPES.number, ...numberRange(spec) };
    case 'boolean':
      return { ...base, type: TYPES.boolean };
  }
}

function numberRange(spec: OptionSpec): { min_value?: number; max_value?: number } {
  return {
    ...(spec.min !== undefined && { min_value: spec.min }),
    ...(spec.max !== undefined && { max_value: spec.max }),
  };
}
