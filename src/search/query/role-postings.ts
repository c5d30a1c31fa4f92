// The postings `npm run index` reads offices through (`store/roles-write.ts`): only the terms an
// office or a country is found by, over the served passages numbered as the in-process index numbers
// them, made in one pass over their text. What `CorpusRoleHolders` needs of a `PassageIndex`, at a
// fraction of its cost (no other term, no heading or title field).
import type { Passage } from '../../corpus/types.ts';
import { indexTerms } from '../index-builder.ts';
import { termsOf } from '../../text/tokens.ts';
import type { RolePostings } from './role-holders.ts';
import { officeTable } from './roles.ts';
import { placeTable } from './tables.ts';

/**
 * The text field's postings of the terms an office or a country is found by (every word of their
 * names), over `passages` numbered as the in-process index numbers them: the same documents, so
 * the same rarest word and the same sample.
 */
export function rolePostings(passages: readonly Passage[]): RolePostings {
  const wanted = new Map<string, number[]>();
  const names = [...new Set(officeTable().values())].flatMap((o) => o.names);
  for (const entries of placeTable().values()) for (const { place } of entries) names.push(...place.countries, ...place.demonyms);
  for (const name of names) for (const term of termsOf(name)) wanted.set(term, []);
  passages.forEach((p, d) => {
    for (const term of indexTerms(p.text)) {
      const docs = wanted.get(term);
      // Each passage once, however often it writes the word.
      if (docs && docs.at(-1) !== d) docs.push(d);
    }
  });
  const terms = [...wanted.keys()];
  const ids = new Map(terms.map((t, i) => [t, i]));
  const docs = terms.map((t) => Uint32Array.from(wanted.get(t)!));
  return {
    documentFrequency: (term) => docs[ids.get(term) ?? -1]?.length ?? 0,
    termId: (term) => ids.get(term),
    postings: (id) => ({ docs: docs[id]! }),
  };
}
