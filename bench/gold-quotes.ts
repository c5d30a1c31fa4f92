// Scores /quote against a hand-annotated gold set (PolNeAR's format: `{set: {articles_dir, quotes}}`)
// the way a user reaches quotes: through the CLI, `speakers --json`, then `quote --json` for every
// listed name. Recall: direct quotes with a named speaker that come back under the right speaker;
// precision: of the returned quotes that match a gold quote with a named speaker, the share under
// that speaker. Both are broken down by the attribution rule that fired.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldedWords } from '../src/quotes/fold.ts';
import { peerQuotes } from './quote-peer.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface GoldQuote {
  id: string;
  file: string;
  speaker: string | null;
  speaker_kind: string;
  kind: string;
  text: string;
  line: number;
}

interface GoldSet {
  articles_dir: string;
  quotes: GoldQuote[];
}

interface BotQuote {
  /** The name `speakers --json` listed and `quote --json` was asked for. */
  listed: string;
  speaker: string | null;
  text: string;
  source: string;
  also: { source: string }[];
  rule?: string;
}

interface Tally {
  found: number;
  /** Returned quotes that match a target quote (direct, named speaker), and those under its speaker. */
  returned: number;
  right: number;
  /** The same over every gold quote with a named or resolved speaker (partial quotes, `he said` too). */
  returnedAll: number;
  rightAll: number;
}

/** Runs the CLI on each set of the gold file and prints its scores, then a plain peer's on the same set. */
export async function scoreGoldFile(goldPath: string): Promise<void> {
  const sets = JSON.parse(await readFile(goldPath, 'utf8')) as Record<string, GoldSet>;
  for (const [name, set] of Object.entries(sets)) {
    const dir = path.resolve(path.dirname(goldPath), set.articles_dir);
    printGoldScore(`${name}: the bot through the CLI (speakers --json, then quote --json per name)`, set.quotes, await quotesThroughCli(dir));
    printGoldScore(`${name}: plain peer (bench/quote-peer.ts, “…,” X said / X said: “…”)`, set.quotes, await peerQuotes(dir));
  }
}

async function quotesThroughCli(dataDir: string): Promise<BotQuote[]> {
  const cache = await mkdtemp(path.join(tmpdir(), 'eval-quotes-'));
  try {
    const env = { DATA_DIR: dataDir, CACHE_DIR: cache };
    const speakers = JSON.parse(await cli(['speakers', '--json'], env)) as { speakers: { name: string }[] };
    const names = speakers.speakers.map((s) => s.name);
    const lines = (await cli(['quote', '--json'], env, names.join('\n') + '\n')).trim().split('\n');
    return lines.flatMap((line, i) => {
      const out = JSON.parse(line) as { quotes: Omit<BotQuote, 'listed'>[] };
      return out.quotes.map((q) => ({ ...q, listed: names[i]! }));
    });
  } finally {
    await rm(cache, { recursive: true, force: true });
  }
}

function cli(args: readonly string[], env: Record<string, string>, stdin = ''): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stdin.end(stdin);
  return new Promise((resolve, reject) => child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`cli ${args.join(' ')} exited ${code}`)))));
}

const TITLES = new Set('the mr mrs ms miss dr sen rep gov president senator representative'.split(' '));

/**
 * The gold name's surname is in the bot's name, and so is every other word of it (titles and
 * initials aside) unless the bot gave the surname alone (`Cruz` for `Ted Cruz`).
 */
export function sameSpeaker(gold: string, bot: string): boolean {
  const want = foldedWords(gold.replace(/\(.*?\)/g, '').split(',')[0]!).filter((w) => !TITLES.has(w));
  const have = foldedWords(bot);
  const surname = want[want.length - 1];
  if (surname === undefined || !have.includes(surname)) return false;
  return have.length === 1 || want.every((w) => have.includes(w) || w.length <= 2);
}

const joined = (text: string): string => ` ${foldedWords(text.replace(/[’‘]/g, "'")).join(' ')} `;

/** The bot's quote and the gold quote are the same words (one holds the other, or a `…` piece of the gold). */
export function sameQuote(bot: Pick<BotQuote, 'text' | 'source' | 'also'>, gold: GoldQuote): boolean {
  if (bot.source !== gold.file && !bot.also.some((a) => a.source === gold.file)) return false;
  const b = joined(bot.text);
  const g = joined(gold.text);
  if (b.trim() === '' || g.trim() === '') return false;
  if (g.includes(b) || b.includes(g)) return true;
  return gold.text.split(/…|\.\.\./).some((piece) => foldedWords(piece).length >= 4 && b.includes(joined(piece)));
}

const named = (g: GoldQuote): boolean => g.speaker !== null && (g.speaker_kind === 'named' || g.speaker_kind === 'coref');

function printGoldScore(name: string, gold: readonly GoldQuote[], bot: readonly BotQuote[]): void {
  const target = gold.filter((g) => g.kind === 'direct' && g.speaker_kind === 'named');
  const byRule = new Map<string, Tally>();
  const tally = (rule: string | undefined) => {
    const key = rule ?? '(no rule field)';
    const t = byRule.get(key) ?? { found: 0, returned: 0, right: 0, returnedAll: 0, rightAll: 0 };
    byRule.set(key, t);
    return t;
  };
  const missed: GoldQuote[] = [];
  for (const g of target) {
    const hit = bot.find((q) => sameQuote(q, g) && sameSpeaker(g.speaker!, q.listed));
    if (hit) tally(hit.rule).found++;
    else missed.push(g);
  }
  const wrong: string[] = [];
  for (const q of bot) {
    const golds = gold.filter((g) => named(g) && sameQuote(q, g));
    if (golds.length === 0) continue;
    const t = tally(q.rule);
    const right = golds.some((g) => sameSpeaker(g.speaker!, q.listed));
    t.returnedAll++;
    if (right) t.rightAll++;
    const targets = golds.filter((g) => target.includes(g));
    if (!right) wrong.push(`${targets.length > 0 ? '*' : ' '} ${q.listed} ≠ ${golds[0]!.speaker} (${q.rule ?? '-'}): ${q.text.slice(0, 90)}  ${q.source}`);
    if (targets.length === 0) continue;
    t.returned++;
    if (targets.some((g) => sameSpeaker(g.speaker!, q.listed))) t.right++;
  }
  const sum = (f: (t: Tally) => number) => [...byRule.values()].reduce((n, t) => n + f(t), 0);
  const pct = (a: number, b: number) => (b === 0 ? '  n/a' : `${((100 * a) / b).toFixed(1)}%`);
  const out = (s: string) => process.stdout.write(`${s}\n`);
  out(`${name} — direct quotes with a named speaker`);
  const ratio = (a: number, b: number) => `${a}/${b} = ${pct(a, b)}`.padEnd(16);
  out(`  recall ${ratio(sum((t) => t.found), target.length)} precision ${ratio(sum((t) => t.right), sum((t) => t.returned))} (on every named gold quote: ${ratio(sum((t) => t.rightAll), sum((t) => t.returnedAll))})`);
  out(`  ${'per rule'.padEnd(20)} ${'found'.padStart(5)}   ${'precision'.padEnd(16)} on every named gold quote`);
  for (const [rule, t] of [...byRule].sort((a, b) => b[1].returnedAll - a[1].returnedAll)) {
    out(`    ${rule.padEnd(18)} ${String(t.found).padStart(5)}   ${ratio(t.right, t.returned)} ${ratio(t.rightAll, t.returnedAll)}`);
  }
  if (process.env.EVAL_VERBOSE) {
    for (const w of wrong) out(`  wrong: ${w}`);
    for (const g of missed) out(`  missed: [${g.speaker}] ${g.text.slice(0, 100)}  ${g.file}:${g.line}`);
  }
}
