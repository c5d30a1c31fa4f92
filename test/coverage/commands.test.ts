// /compare, /claims and the coverage fields of /quote, on the console and the CLI, over four made-up
// outlets (test/coverage/articles.ts).
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/index.ts';
import { runConsole } from '../../src/adapters/console/console.ts';
import { slashCommands } from '../../src/adapters/discord/commands-json.ts';
import { slackManifest } from '../../src/adapters/slack/manifest.ts';
import type { CommandContext } from '../../src/core/command.ts';
import { createCore } from '../../src/core/create.ts';
import { CommandRouter } from '../../src/core/router.ts';
import { runEntry } from '../helpers/run.ts';
import { memoryLogger } from '../slack/fake-slack.ts';
import { suiteArticles } from '../helpers/articles.ts';
import { FLOOD_ARTICLES } from './articles.ts';

const router = new CommandRouter(allCommands());
const dir = suiteArticles(FLOOD_ARTICLES);
let ctx: CommandContext;

beforeAll(async () => {
  ctx = { core: await createCore({ dataDir: dir, cacheDir: path.join(dir, '.cache') }) };
});

async function consoleSays(line: string): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = '';
  output.on('data', (chunk: Buffer) => (shown += chunk.toString()));
  input.end(`${line}\n`);
  await runConsole({ router, ctx, log: memoryLogger().log, input, output, interactive: false });
  return shown;
}

describe('on the console', () => {
  it('/compare shows each outlet with its date and names the one that is silent', async () => {
    const shown = await consoleSays('/compare floods in Rio Seco');
    expect(shown).toContain('3 articles address it');
    expect(shown).toMatch(/wire\/2025-03-04-floods\.txt:\d+ · Floods kill dozens in Rio Seco valley · Reuters · 2025-03-04/);
    expect(shown).toMatch(/herald_20250305\.txt:3 · Governor blames failed defences · The Herald · 2025-03-05/);
    expect(shown).toContain('Not covered by: Harvest market opens (The Daily).');
  });

  it('/claims opposes the two tolls, each quoted verbatim, and not the decade', async () => {
    const shown = await consoleSays('/claims flood deaths');
    expect(shown).toContain('deaths, no period given: 40 (wire/2025-03-04-floods.txt:5) vs 65 (herald_20250305.txt:3)');
    expect(shown).toContain('“At least 40 people were killed in the floods, officials said, and 12 people remain missing.”');
    expect(shown).not.toContain('300');
  });

  it('/quote says who reported a quote first, and an outlet filter narrows it', async () => {
    const shown = await consoleSays('/quote Maria Lopez');
    expect(shown).toContain('first reported by Reuters, 2025-03-04 (wire/2025-03-04-floods.txt:9)');
    const herald = await consoleSays('/quote Maria Lopez outlet:Gazette');
    expect(herald).toContain('No quotes by Maria Lopez (outlet: Gazette)');
  });
});

describe('from commands/ alone', () => {
  it('Discord registration, the Slack manifest and /help list /compare and /claims', async () => {
    const names = slashCommands(allCommands()).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['compare', 'claims']));
    const manifest = slackManifest(allCommands()) as { features: { slash_commands: { command: string }[] } };
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(expect.arrayContaining(['/compare', '/claims']));
    const help = await consoleSays('/help');
    expect(help).toContain('/compare <topic>');
    expect(help).toContain('/claims <topic>');
  });
});

describe('the CLI', () => {
  const cli = (...args: string[]) => runEntry('src/cli.ts', args, { env: { DATA_DIR: dir } });

  it('compare --json gives sources with outlet, date and verbatim text, and who is missing', async () => {
    const { stdout, code } = await cli('compare', 'floods in Rio Seco', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { topic: string; sources: Record<string, unknown>[]; missing: unknown[] };
    expect(json.topic).toBe('floods in Rio Seco');
    expect(json.missing).toEqual([{ source: 'daily/market.txt', title: 'Harvest market opens', outlet: 'The Daily' }]);
    const herald = json.sources.find((s) => s['source'] === 'herald_20250305.txt')!;
    expect(herald).toMatchObject({ line: 3, outlet: 'The Herald', date: '2025-03-05', url: 'https://herald.example/floods', title: 'Governor blames failed defences' });
    expect(Object.keys(herald).sort()).toEqual(['date', 'excerpt', 'line', 'outlet', 'source', 'text', 'title', 'url']);
    for (const s of json.sources) expect(FLOOD_ARTICLES[String(s['source'])]).toContain(String(s['text']));
  });

  it('claims --json gives each side with its value, verbatim text and file:line', async () => {
    const { stdout } = await cli('claims', 'flood deaths', '--json');
    const json = JSON.parse(stdout) as { topic: string; disagreements: { about: string; values: Record<string, unknown>[] }[] };
    expect(json.disagreements).toHaveLength(1);
    expect(json.disagreements[0]!.values.map((v) => [v['value'], v['source'], v['line'], v['outlet']])).toEqual([
      [40, 'wire/2025-03-04-floods.txt', 5, 'Reuters'],
      [65, 'herald_20250305.txt', 3, 'The Herald'],
    ]);
    expect(json.disagreements[0]!.values[1]!['text']).toBe('The Rio Seco floods killed 65 people, according to the regional governor.');
  });

  it('quote --json carries outlet, date, url and the first report; --format csv exports every place', async () => {
    const { stdout } = await cli('quote', 'Maria Lopez', '--json');
    const q = (JSON.parse(stdout) as { quotes: Record<string, unknown>[] }).quotes[0]!;
    expect(q).toMatchObject({ source: 'herald_20250305.txt', outlet: 'The Herald', date: '2025-03-05', url: 'https://herald.example/floods' });
    expect(q['first']).toEqual({ source: 'wire/2025-03-04-floods.txt', line: 9, outlet: 'Reuters', date: '2025-03-04', url: null });
    const csv = (await cli('quote', 'Maria Lopez', '--format', 'csv')).stdout.split(/\r?\n/);
    expect(csv[0]).toBe('"text","speaker","outlet","date","url","title","citation"');
    expect(csv).toContain('"We lost everything in one night","Maria Lopez","Reuters","2025-03-04","","Floods kill dozens in Rio Seco valley","wire/2025-03-04-floods.txt:9"');
  });

  it('compare --format md is a Markdown table of the passages', async () => {
    const { stdout } = await cli('compare', 'floods in Rio Seco', '--format', 'md');
    expect(stdout).toContain('# Coverage of "floods in Rio Seco"');
    expect(stdout).toContain('| The Rio Seco floods killed 65 people, according to the regional governor. |  | The Herald | 2025-03-05 | https://herald.example/floods | Governor blames failed defences | herald_20250305.txt:3 |');
  });
});

describe('/ask across outlets', () => {
  it('gives outlet, date and url in its JSON and keeps to the outlet and dates asked for', async () => {
    const all = (await router.runText('ask', 'how many people were killed in the floods', ctx)).data as { results: Record<string, unknown>[] };
    expect(all.results[0]).toHaveProperty('outlet');
    expect(all.results[0]).toHaveProperty('date');
    expect(all.results[0]).toHaveProperty('url');
    const herald = (await router.runText('ask', 'how many people were killed in the floods outlet:herald', ctx)).data as { results: Record<string, unknown>[] };
    expect(herald.results.length).toBeGreaterThan(0);
    expect(herald.results.every((r) => r['outlet'] === 'The Herald' && r['url'] === 'https://herald.example/floods')).toBe(true);
    const later = (await router.runText('ask', 'how many people were killed in the floods since:2025-03-06', ctx)).data as { results: Record<string, unknown>[] };
    expect(new Set(later.results.map((r) => r['source']))).toEqual(new Set(['gazette.md']));
    const bad = await router.runText('ask', 'floods since:someday', ctx);
    expect(bad.kind).toBe('error');
    expect(bad.notes.join(' ')).toContain('Write since as 2025, 2025-03 or 2025-03-04.');
  });
});
