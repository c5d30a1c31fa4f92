// The shape of a command in commands/: a zod schema for its arguments and a platform-neutral run.
import type { z } from 'zod';
import type { Reply } from '../reply/model.ts';
import type { Core, CoreScope } from './core.ts';

export interface CommandContext {
  core: Core;
}

export interface Command<S extends z.ZodObject = z.ZodObject> {
  /** Lower-case, as typed after the slash (`ask`). */
  name: string;
  /** One line, at most 100 characters (Discord's limit). */
  description: string;
  /** Usage shown by /help, e.g. `/ask <question> [limit:N]`. */
  usage: string;
  /**
   * The arguments. Each field carries `.describe()` text; fields are listed required first.
   * `.meta({ autocomplete: 'speakers' })` marks a field a platform may autocomplete.
   */
  schema: S;
  /**
   * Turns free text typed after the command (console, Slack) into raw arguments.
   * Default: `name:value` pairs set those options and the rest goes to the first string field.
   */
  parseText?: (text: string, ctx: CommandContext) => Record<string, unknown>;
  run(args: z.infer<S>, ctx: CommandContext): Reply | Promise<Reply>;
  /** What of the core `run` reads (default `corpus`): `search` when only search hits and the articles they cite. */
  reads?: CoreScope;
  /**
   * The reply's `data` (what the CLI's --json prints) when the schema refuses the arguments:
   * `raw` as given, `problem` the first thing wrong. Default: the generic JSON of the error reply.
   */
  refusedData?: (raw: Record<string, unknown>, problem: string) => unknown;
  /** Autocomplete lists for options marked `.meta({ autocomplete: 'name' })`, answered from memory. */
  autocomplete?: Record<string, (typed: string, ctx: CommandContext) => AutocompleteChoice[]>;
}

/**
 * One autocomplete suggestion: `name` is shown, followed by `detail` (kept whole when a platform
 * clamps the name); `value` is what the option is set to. Best first; platforms keep as many as they can show.
 */
export interface AutocompleteChoice {
  name: string;
  detail?: string;
  value: string;
}

/** Identity helper that lets TypeScript infer `args` from the schema. */
export function defineCommand<S extends z.ZodObject>(command: Command<S>): Command<S> {
  return command;
}
