// Checks slash command JSON against Discord's rules before it is sent, so a bad definition in
// commands/ is reported by name here rather than as a 400 from Discord.
// https://discord.com/developers/docs/interactions/application-commands#application-command-object
import type { APIApplicationCommandOption } from 'discord.js';
import type { SlashCommandJson } from './commands-json.ts';
import { LIMITS } from './limits.ts';

const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const MAX_STRING_LENGTH = 6000;

/** Every rule broken, one line each naming the command and option; empty when all is well. */
export function validateCommands(commands: readonly SlashCommandJson[]): string[] {
  const problems: string[] = [];
  if (commands.length > LIMITS.commands) problems.push(`${commands.length} commands: Discord allows ${LIMITS.commands}.`);
  problems.push(...duplicates(commands.map((c) => c.name)).map((n) => `/${n} is defined twice.`));
  for (const c of commands) problems.push(...commandProblems(c));
  return problems;
}

function commandProblems(c: SlashCommandJson): string[] {
  const at = `/${c.name}`;
  const options = c.options ?? [];
  const problems = [...nameProblems(at, c.name), ...descriptionProblems(at, c.description, LIMITS.commandDescription)];
  if (options.length > LIMITS.options) problems.push(`${at}: ${options.length} options, Discord allows ${LIMITS.options}.`);
  problems.push(...duplicates(options.map((o) => o.name)).map((n) => `${at}: option "${n}" is defined twice.`));
  const firstOptional = options.findIndex((o) => !('required' in o && o.required));
  if (firstOptional !== -1 && options.slice(firstOptional).some((o) => 'required' in o && o.required)) {
    problems.push(`${at}: required options must come before optional ones.`);
  }
  for (const o of options) problems.push(...optionProblems(`${at} ${o.name}`, o));
  const total = textLength(c);
  if (total > LIMITS.commandTotalText) problems.push(`${at}: ${total} characters of names and descriptions, Discord allows ${LIMITS.commandTotalText}.`);
  return problems;
}

function optionProblems(at: string, o: APIApplicationCommandOption): string[] {
  const problems = [...nameProblems(at, o.name), ...descriptionProblems(at, o.description, LIMITS.optionDescription)];
  const range = o as { min_length?: number; max_length?: number; min_value?: number; max_value?: number };
  if (range.min_length !== undefined && (range.min_length < 0 || range.min_length > MAX_STRING_LENGTH)) problems.push(`${at}: min_length must be 0-${MAX_STRING_LENGTH}.`);
  if (range.max_length !== undefined && (range.max_length < 1 || range.max_length > MAX_STRING_LENGTH)) problems.push(`${at}: max_length must be 1-${MAX_STRING_LENGTH}.`);
  if ((range.min_length ?? 0) > (range.max_length ?? MAX_STRING_LENGTH)) problems.push(`${at}: min_length is above max_length.`);
  if ((range.min_value ?? -Infinity) > (range.max_value ?? Infinity)) problems.push(`${at}: min_value is above max_value.`);
  const choices = 'choices' in o ? (o.choices ?? []) : [];
  if (choices.length > LIMITS.autocompleteChoices) problems.push(`${at}: ${choices.length} choices, Discord allows ${LIMITS.autocompleteChoices}.`);
  if (choices.length > 0 && 'autocomplete' in o && o.autocomplete) problems.push(`${at}: autocomplete cannot be combined with choices.`);
  return problems;
}

function nameProblems(at: string, name: string): string[] {
  if (!NAME.test(name)) return [`${at}: the name "${name}" must be 1-32 letters, digits, - or _.`];
  return name === name.toLowerCase() ? [] : [`${at}: the name "${name}" must be lower case.`];
}

function descriptionProblems(at: string, description: string, max: number): string[] {
  if (description.length === 0) return [`${at}: the description is empty.`];
  return description.length > max ? [`${at}: the description has ${description.length} characters, Discord allows ${max}.`] : [];
}

function textLength(c: SlashCommandJson): number {
  const options = (c.options ?? []).map((o) => {
    const choices = 'choices' in o ? (o.choices ?? []) : [];
    return o.name.length + o.description.length + choices.reduce((n, ch) => n + ch.name.length + String(ch.value).length, 0);
  });
  return c.name.length + c.description.length + options.reduce((a, b) => a + b, 0);
}

function duplicates(names: readonly string[]): string[] {
  return [...new Set(names.filter((n, i) => names.indexOf(n) !== i))];
}
