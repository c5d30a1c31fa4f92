// `npm run cli -- <command> …`: the bot's commands for scripts. stdout carries only the output;
// logs go to stderr; a usage error exits 2. See the README for the JSON shapes.
import { ConfigError, readConfig } from './config.ts';
import { createLogger } from './log.ts';
import { createCore, type CreateCoreOptions } from './core/create.ts';
import { sentenceLine, type SentenceEvent } from './search/semantic/open.ts';
import type { Core } from './core/core.ts';
import { CommandRouter } from './core/router.ts';
import { allCommands } from '../commands/index.ts';
import { parseCliArgs, UsageError, type CliArgs } from './cli/args.ts';
import { passagesJson, renderJson } from './cli/json.ts';
import { renderFor } from './cli/render.ts';
import { droppedJson, droppedText } from './cli/dropped.ts';
import { stdinLines, writeOut } from './cli/output.ts';
import { DataDirError } from './corpus/files.ts';

const USAGE = `Usage: npm run cli -- <command> [words…] [--json] [--limit N] [--render text|discord|slack] [--format csv|md]
  compare "<topic>"    the best passage of each article on a topic, side by side (--format csv|md: export)
  claims "<topic>"     figures the sources disagree on
  ask "<question>"     best passages (no question: one question a line from stdin)
  passages --json      every indexed passage
  dropped [--json]     every line left out of the index, with the rule that dropped it
  sources              the articles, with passage counts
  quote "<speaker>"    that speaker's quotes (no speaker: one speaker a line from stdin)
  speakers             everyone quoted, with quote counts
  help                 what the bot's commands do
Any other bot command runs too, e.g. npm run cli -- quote sheinbaum`;

async function main(argv: readonly string[]): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.help || args.command === undefined) {
    process.stdout.write(`${USAGE}\n`);
    return args.help ? 0 : 2;
  }
  const config = readConfig();
  if (args.command === 'dropped') {
    const audit = await droppedJson(config.DATA_DIR);
    await writeOut(`${args.json ? JSON.stringify(audit) : droppedText(audit)}\n`);
    return 0;
  }
  const log = createLogger(process.env.LOG_LEVEL ? config.LOG_LEVEL : 'warn', false);
  // Commands that search wait for the answers by meaning (word vectors, and the sentence encoder's on an
  // archive small enough for it), so a script gets the chat bot's answers, not words alone.
  const meaning = MEANING.has(args.command) ? meaningFirst() : {};
  const core = await createCore({ dataDir: config.DATA_DIR, cacheDir: config.CACHE_DIR, databaseUrl: config.DATABASE_URL, warn: (m) => log.warn(m), ...meaning });
  const router = new CommandRouter(allCommands());
  if (!router.get(args.command) && !JSON_ONLY.has(args.command)) throw new UsageError(`Unknown command "${args.command}".\n${USAGE}`);
  const batch = args.words.length === 0 && BATCH.has(args.command);
  const inputs = batch ? await stdinLines() : [args.words.join(' ')];
  let failed = false;
  for (const input of inputs) {
    const { text, ok } = batch && input === '' ? await blankLine(args, core, router) : await runOne(args.command, args, input, core, router);
    // Waited on: a slow reader must get all of it before the process exits.
    await writeOut(`${text}\n`);
    failed ||= !ok;
  }
  return failed && inputs.length === 1 ? 1 : 0;
}

/** Commands that read one input a line from stdin when given no words. */
const BATCH = new Set(['ask', 'quote']);
const JSON_ONLY = new Set(['passages']);
const MEANING = new Set(['ask', 'claims', 'compare']);

/** createCore's options to wait for the vectors; the sentence encoder's progress on a terminal's stderr. */
function meaningFirst(): Pick<CreateCoreOptions, 'onVectors' | 'onSentences' | 'meaningFirst'> {
  const onSentences = (e: SentenceEvent) => {
    if (!process.stderr.isTTY || e.kind === 'off') return;
    const line = e.kind === 'progress' ? `Sentence vectors: ${e.done} of ${e.total} texts embedded (once: they are saved in CACHE_DIR).` : sentenceLine(e);
    process.stderr.write(`${line}\n`);
  };
  return { onVectors: () => undefined, onSentences, meaningFirst: true };
}

const BLANK = 'An empty line: nothing to look up.';

/** A blank line of a batch still gets its line of output, as an error, so line N answers line N. */
async function blankLine(args: CliArgs, core: Core, router: CommandRouter): Promise<{ text: string; ok: boolean }> {
  if (!args.json) return { text: BLANK, ok: false };
  const { text } = await runOne(args.command!, args, '', core, router);
  const value: unknown = JSON.parse(text);
  const shaped = typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
  return { text: JSON.stringify({ error: BLANK, ...shaped }), ok: false };
}

async function runOne(command: string, args: CliArgs, input: string, core: Core, router: CommandRouter): Promise<{ text: string; ok: boolean }> {
  if (args.json && JSON_ONLY.has(command)) {
    await core.prepare?.('corpus');
    return { text: JSON.stringify(passagesJson(core)), ok: true };
  }
  if (args.format) return exportText(command, args.format, input, core, router);
  if (args.json) {
    // The words are the command's text (no `private` flag); --limit is given apart, as it always was.
    const reply = await router.runText(command, input, { core }, args.limit ? { limit: args.limit } : {});
    return { text: renderJson(reply), ok: reply.kind !== 'error' };
  }
  const line = `/${command} ${input}${args.limit ? ` limit:${args.limit}` : ''}`;
  const { reply } = await router.runLine(line, { core });
  return { text: await renderFor(args.render, reply), ok: reply.kind !== 'error' };
}

/** The answer's export file in `format`, for commands that export (quote, compare). */
async function exportText(command: string, format: 'csv' | 'md', input: string, core: Core, router: CommandRouter): Promise<{ text: string; ok: boolean }> {
  const reply = await router.runText(command, input, { core }, { export: true });
  const file = reply.files?.find((f) => f.name.endsWith(`.${format}`));
  if (file) return { text: file.content.replace(/\r?\n$/, ''), ok: true };
  if (reply.kind === 'error' || reply.items.length === 0) return { text: await renderFor('text', reply), ok: false };
  throw new UsageError(`${command} has no --format export (quote and compare do).`);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof UsageError || err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    if (err instanceof DataDirError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
