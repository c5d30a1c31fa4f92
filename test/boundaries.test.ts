// The house's shape as data: which folder of src/ may import which. A folder in the table may
// import its own files, the packages, and only the folders or files of ours listed for it; an
// engine never reaches into another engine's files (their `types.ts` data models aside) and the
// text kit imports nothing of ours. Add a row to hold a new layer to its boundary.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Folder of src/ → the folders (`text`) or files (`corpus/types.ts`) of src/ it may import. */
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  text: [],
  corpus: ['text'],
  search: ['text', 'cache', 'corpus/types.ts'],
  quotes: ['text', 'cache', 'corpus/types.ts'],
  // The reply model is platform-neutral and engine-free: it builds on the text kit alone.
  reply: ['text'],
  coverage: ['text', 'corpus/types.ts', 'search/types.ts'],
  // The PostgreSQL store builds on the engines and hands the core a `Core`; no platform, no reply.
  store: ['cache', 'corpus', 'search', 'quotes', 'core/core.ts', 'config.ts'],
};

const SRC = path.resolve(import.meta.dirname, '../src');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

/** Relative specifiers a module imports or re-exports. */
function importsOf(code: string): string[] {
  return [...code.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3]!).filter((s) => s.startsWith('.'));
}

/** Why importing `target` (a path relative to src/) from folder `from` breaks the table, or null when it may. */
function breach(from: string, target: string): string | null {
  const allowed = MAY_IMPORT[from];
  const folder = target.split('/')[0]!;
  if (!allowed || folder === from) return null;
  if (allowed.includes(folder) || allowed.includes(target)) return null;
  return `src/${from}/ may not import src/${target} (it may import: ${allowed.join(', ') || 'nothing of ours'})`;
}

function breaches(folder: string): string[] {
  const dir = path.join(SRC, folder);
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  return files.flatMap((file) => {
    const full = path.join(dir, file);
    return importsOf(readFileSync(full, 'utf8')).flatMap((spec) => {
      const target = path.relative(SRC, path.resolve(path.dirname(full), spec)).split(path.sep).join('/');
      const why = target.startsWith('..') ? `src/${folder}/ may not import ${spec} (outside src/)` : breach(folder, target);
      return why ? [`src/${folder}/${file}: ${why}`] : [];
    });
  });
}

describe('import boundaries', () => {
  for (const folder of Object.keys(MAY_IMPORT)) {
    it(`src/${folder}/ imports only what the table allows`, () => {
      expect(breaches(folder)).toEqual([]);
    });
  }

  it('catches an engine importing another engine, and the kit importing anything of ours', () => {
    expect(breach('quotes', 'search/text/fold.ts')).toMatch(/src\/quotes\/ may not import src\/search\/text\/fold\.ts/);
    expect(breach('search', 'corpus/shape.ts')).not.toBeNull();
    expect(breach('text', 'corpus/types.ts')).toMatch(/nothing of ours/);
    expect(breach('quotes', 'corpus/types.ts')).toBeNull();
    expect(breach('quotes', 'text/vocabulary.ts')).toBeNull();
  });

  it('reads imports, re-exports and dynamic imports', () => {
    const code = "import { a } from '../x.ts';\nimport type { B } from './b.ts';\nexport { c } from '../c.ts';\nconst d = await import('../d.ts');\nimport 'zod';";
    expect(importsOf(code)).toEqual(['../x.ts', './b.ts', '../c.ts', '../d.ts']);
  });
});
