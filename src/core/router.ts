// Routes a command by name: coerces raw arguments to the option types, validates once with
// the command's schema, runs it, and turns any failure into a reply the user can act on.
import type { z } from 'zod';
import type { Reply } from '../reply/model.ts';
import { errorReply } from '../reply/model.ts';
import type { Command, CommandContext } from './command.ts';
import { commandOptions, type OptionSpec } from './options.ts';
import { parseCommandText } from './text-args.ts';

export class CommandRouter {
  readonly #commands = new Map<string, Command>();

  constructor(commands: readonly Command[]) {
    for (const c of commands) this.#commands.set(c.name, c);
  }

  list(): Command[] {
    return [...this.#commands.values()];
  }

  get(name: string): Command | undefined {
    return this.#commands.get(name.toLowerCase());
  }

  /** Runs `name` with raw arguments (strings from text, typed values from a platform). */
  async run(name: string, raw: Record<string, unknown>, ctx: CommandContext): Promise<Reply> {
    const command = this.get(name);
    if (!command) return unknownCommand(name, this.list());
    const args = coerce(raw, commandOptions(command));
    const parsed = command.schema.safeParse(args);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => problemText(i, args, commandOptions(command)));
      const refused = errorReply(`That /${command.name} request was not understood.`, [...problems, `Usage: ${command.usage}`]);
      const data = command.refusedData?.(raw, parsed.error.issues[0]?.message ?? 'not understood');
      return data === undefined ? refused : { ...refused, data };
    }
    await ctx.core.prepare?.(command.reads ?? 'corpus');
    return withLoadingNote(await command.run(parsed.data, ctx), ctx);
  }

  /** Runs a typed line such as `/ask who launched it? limit:5`. */
  async runLine(line: string, ctx: CommandContext): Promise<{ reply: Reply; private: boolean }> {
    const parsed = parseCommandText(line);
    if (!parsed) {
      return { reply: errorReply('Type a command such as /ask <question>, or /help for the list.'), private: false };
    }
    return { reply: await this.runText(parsed.name, parsed.rest, ctx), private: parsed.private };
  }

  /** Runs `name` with the text typed after it (no `private` flag), plus arguments given apart (`extra`). */
  async runText(name: string, text: string, ctx: CommandContext, extra: Record<string, unknown> = {}): Promise<Reply> {
    const command = this.get(name);
    if (!command) return unknownCommand(name, this.list());
    const raw = command.parseText ? command.parseText(text, ctx) : defaultTextArgs(text, commandOptions(command));
    return this.run(command.name, { ...raw, ...extra }, ctx);
  }
}

/** `name:value` and `--name value` set options; the remaining words go to the first string option. */
export function defaultTextArgs(text: string, options: readonly OptionSpec[]): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  const names = new Set(options.map((o) => o.name));
  const rest: string[] = [];
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const pair = /^(?:--)?([a-z]+):(.+)$/i.exec(word);
    const flag = /^--([a-z]+)$/i.exec(word);
    if (pair && names.has(pair[1]!.toLowerCase())) raw[pair[1]!.toLowerCase()] = pair[2];
    else if (flag && names.has(flag[1]!.toLowerCase()) && words[i + 1] !== undefined) raw[flag[1]!.toLowerCase()] = words[++i];
    else rest.push(word);
  }
  const free = options.find((o) => o.type === 'string' && raw[o.name] === undefined);
  if (free && rest.length > 0) raw[free.name] = rest.join(' ');
  return raw;
}

function coerce(raw: Record<string, unknown>, options: readonly OptionSpec[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined || value === null || value === '') continue;
    const spec = options.find((o) => o.name === key);
    out[key] = spec && typeof value === 'string' ? coerceString(value, spec.type) : value;
  }
  return out;
}

function coerceString(value: string, type: OptionSpec['type']): unknown {
  if (type === 'integer' || type === 'number') {
    const n = Number(value.trim());
    return Number.isFinite(n) ? n : value;
  }
  if (type === 'boolean') return /^(true|yes|1|on)$/i.test(value.trim());
  return value;
}

/**
 * One line per problem, in words a newcomer can act on: a missing option is named with its description;
 * a message of our own (a sentence, ending in `.`) is shown as written; zod's own get the option's name.
 */
function problemText(issue: z.core.$ZodIssue, args: Record<string, unknown>, options: readonly OptionSpec[]): string {
  const name = String(issue.path[0] ?? '');
  if (/\.$/.test(issue.message)) return issue.message;
  const spec = options.find((o) => o.name === name);
  if (spec && args[name] === undefined) return `Missing ${name}: ${spec.description}.`;
  return `${issue.path.join('.') || 'input'}: ${issue.message}`;
}

function unknownCommand(name: string, commands: readonly Command[]): Reply {
  const near = closestCommand(name, commands);
  return errorReply(`There is no /${name} command.${near ? ` Did you mean /${near}?` : ''}`, [
    `Commands: ${commands.map((c) => `/${c.name}`).join(', ')}. Type /help for details.`,
  ]);
}

/** The command a typo most likely meant: one that starts with what was typed, or within two edits of it. */
function closestCommand(typed: string, commands: readonly Command[]): string | undefined {
  const t = typed.toLowerCase();
  const scored = commands.map((c) => ({ name: c.name, d: c.name.startsWith(t) && t.length >= 2 ? 0 : editDistance(t, c.name) }));
  const best = scored.filter((s) => s.d <= Math.min(2, Math.floor(t.length / 2))).sort((a, b) => a.d - b.d)[0];
  return best?.name;
}

/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** While the articles are still being read, an answer may be incomplete: it says so. */
function withLoadingNote(reply: Reply, { core }: CommandContext): Reply {
  const loading = core.loading?.();
  if (!loading) return reply;
  const far = loading.total > 0 ? `Still reading ${loading.done} of ${loading.total} articles` : 'Still reading the articles';
  return { ...reply, notes: [...reply.notes, `${far}: this answer may be incomplete.`] };
}
