// Parses the CLI's argv: a subcommand, free words, and a few flags.

export interface CliArgs {
  command: string | undefined;
  words: string[];
  json: boolean;
  limit: number | undefined;
  render: 'text' | 'discord' | 'slack';
  /** `--format csv|md`: print the answer's export file instead (commands that export: quote, compare). */
  format: 'csv' | 'md' | undefined;
  help: boolean;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const RENDERS = ['text', 'discord', 'slack'] as const;

export function parseCliArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { command: undefined, words: [], json: false, limit: undefined, render: 'text', format: undefined, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith('--') ? splitFlag(a) : [undefined, undefined];
    const value = () => inline ?? argv[++i] ?? missing(flag!);
    if (flag === '--json') args.json = true;
    else if (flag === '--help' || a === '-h') args.help = true;
    else if (flag === '--limit') args.limit = parseLimit(value());
    else if (flag === '--render') args.render = parseRender(value());
    else if (flag === '--format') args.format = parseFormat(value());
    else if (flag !== undefined) throw new UsageError(`Unknown option ${flag}. Run: npm run cli -- --help`);
    else if (args.command === undefined) args.command = a.replace(/^\//, '').toLowerCase();
    else args.words.push(a);
  }
  return args;
}

function splitFlag(a: string): [string, string | undefined] {
  const eq = a.indexOf('=');
  return eq === -1 ? [a, undefined] : [a.slice(0, eq), a.slice(eq + 1)];
}

function missing(flag: string): never {
  throw new UsageError(`${flag} needs a value.`);
}

function parseLimit(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 10) throw new UsageError(`--limit must be a whole number from 1 to 10 (got "${v}").`);
  return n;
}

function parseFormat(v: string): CliArgs['format'] {
  if (v === 'csv' || v === 'md') return v;
  throw new UsageError(`--format must be csv or md (got "${v}").`);
}

function parseRender(v: string): CliArgs['render'] {
  const r = RENDERS.find((x) => x === v);
  if (!r) throw new UsageError(`--render must be one of ${RENDERS.join(', ')} (got "${v}").`);
  return r;
}
