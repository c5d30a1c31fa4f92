// `npx tsx bench/qa/roles.ts [rtqa|wikiqa|squad2|path/to/questions.json] [--examples N]`: how many
// questions of a set name an office (`the defence secretary`, `the Mexican president`) and how many
// of those the corpus resolves to a holder (`query/roles.ts`), with the first N resolutions and
// whether the gold passage names the holder the question was given (right) or not, and the time spent
// reading holders (each office is read once per corpus).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../../src/core/create.ts';
import { CorpusRoleHolders } from '../../src/search/query/role-holders.ts';
import { rolePostings } from '../../src/search/query/role-postings.ts';
import { resolveRoles, rolesIn } from '../../src/search/query/roles.ts';
import { fold } from '../../src/text/fold.ts';
import { tokenize } from '../../src/text/tokens.ts';
import { articlesDirOf, isGold, openSet } from './set.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function main(argv: readonly string[]): Promise<number> {
  const at = argv.indexOf('--examples');
  const examples = at >= 0 ? Number(argv[at + 1]) : 12;
  const arg = argv.find((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1)) ?? path.resolve(ROOT, '../shared/eval/dev-qa.json');
  const set = await openSet(arg, ROOT);
  const core = await createCore({ dataDir: articlesDirOf(set, ROOT), cacheDir: path.resolve(ROOT, process.env.CACHE_DIR ?? '.cache'), warn: () => {} });
  const passages = core.corpus.passages;
  // The postings of office and country words only, as `npm run index` reads them (`roles-index-time.ts` checks both agree).
  const roles = new CorpusRoleHolders(rolePostings(passages), passages);
  let named = 0;
  let resolved = 0;
  let goldNames = 0;
  const lines: string[] = [];
  let ms = 0;
  for (const item of set.items) {
    const tokens = tokenize(item.q);
    if (rolesIn(tokens).length === 0) continue;
    named++;
    const t0 = performance.now();
    const found = resolveRoles(tokens, roles);
    ms += performance.now() - t0;
    if (found.length === 0) continue;
    resolved++;
    const gold = passages.filter((p) => isGold(item, p)).map((p) => fold(p.text)).join(' ');
    const right = found.some((f) => f.holders.some((h) => gold.includes(fold(h.surname))));
    if (right) goldNames++;
    if (lines.length < examples) {
      const what = found.map((f) => `${f.mention.office.name}${f.mention.country ? ` (${f.mention.country.countries[0]})` : ''} → ${f.holders.map((h) => `${h.name} ×${h.count}`).join(', ')}`).join('; ');
      lines.push(`${right ? 'gold names it' : 'gold does not'} | ${item.q} | ${what}`);
    }
  }
  process.stdout.write(`${set.name}: ${set.items.length} questions, ${named} name an office, ${resolved} resolved to a holder, ${goldNames} of those with the holder in the gold passage; ${ms.toFixed(0)} ms resolving over ${passages.length} passages\n${lines.join('\n')}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
