// The stored office holders are read again when, and only when, the code that reads them changes:
// `ROLE_CODE` must be exactly the files `role-holders.ts` and `role-postings.ts` import for their
// value, and what those import (a file left out would leave holders stale after it changes, as
// `index-builder.ts` once was; one added would re-read the archive, ~100 s at 1M, for nothing).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROLE_CODE } from '../../src/store/roles-write.ts';

const SRC = path.resolve(import.meta.dirname, '../../src');

/** The `src/` files `entries` import for their value, transitively (type-only imports and packages aside). */
function valueImports(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (rel: string): void => {
    if (seen.has(rel)) return;
    seen.add(rel);
    const file = ts.createSourceFile(rel, readFileSync(path.join(SRC, rel), 'utf8'), ts.ScriptTarget.Latest);
    for (const node of file.statements) {
      const from =
        (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) || (ts.isExportDeclaration(node) && !node.isTypeOnly)
          ? node.moduleSpecifier
          : undefined;
      if (from && ts.isStringLiteral(from) && from.text.startsWith('.')) visit(path.relative(SRC, path.resolve(SRC, path.dirname(rel), from.text)));
    }
  };
  entries.forEach(visit);
  return [...seen].sort();
}

describe('the code the stored office holders are keyed on', () => {
  it('is what the reading and its postings import, no more and no less', () => {
    const closure = valueImports(['search/query/role-holders.ts', 'search/query/role-postings.ts']);
    expect([...ROLE_CODE].sort()).toEqual(closure);
    expect(closure).toContain('search/index-builder.ts');
    expect(closure).not.toContain('search/query/parse.ts');
  });
});
