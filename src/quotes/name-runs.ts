// Reads a run of capitalised words as a person or an organisation: titles and roles stripped
// (`Secretary of Defense Pete Hegseth` → Pete Hegseth), party words and labels set aside
// (`Republican Donald Trump`), an affiliation cut off (`Bethany Cruz of the Riders Alliance`).
import { fold } from './fold.ts';
import { DESCRIPTORS, MONTHS_AND_DAYS, ORG_WORDS, ROLE_WORDS } from './lexicon.ts';
import type { Mention, NameKnowledge } from './mentions.ts';
import { NAME_PARTICLES } from '../text/vocabulary.ts';

/** Lower-case words inside a name (`de la`, `van`, `bin`), between its capitalised words. */
export const PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLES);

/** `Bethany Cruz` before `of the Riders Alliance`: two to four words that are a person's name and nothing else. */
export function affiliated(before: readonly string[], first: number, last: number, know: NameKnowledge): Mention | null {
  if (before.length < 2 || before.some((w) => ORG_WORDS.has(w.toLowerCase()))) return null;
  // `Del. Stacey Plaskett of the Virgin Islands`: a title before the name is still a title.
  const { name, roles } = stripRoles(before);
  if (name.length === 0 || name.includes('of')) return null;
  const m = personOrNull(withoutLeadingLabels(name, know), roles, first, last, know);
  return m && { ...m, qualifiers: [] };
}

export function classifyRun(words: string[], first: number, last: number, the: boolean, know: NameKnowledge): Mention | null {
  const { name, roles } = stripRoles(words);
  // A title without a name (`the President`) could be anyone the article has mentioned.
  if (roles.length > 0) return personOrNull(name, roles, first, last, know);
  if (the || words.some((w) => ORG_WORDS.has(w.toLowerCase()))) {
    return { kind: 'org', text: `${the ? 'the ' : ''}${words.join(' ')}`, name: [], first, last };
  }
  return personOrNull(withoutLeadingLabels(name, know), [], first, last, know);
}

/**
 * `Conservative MP Robert Jackson` → Robert Jackson, `Republican Donald Trump` → Donald Trump: acronyms,
 * party words and common words before a long name are descriptors, not part of it.
 */
function withoutLeadingLabels(name: readonly string[], know: NameKnowledge): string[] {
  let k = 0;
  const label = (w: string) => /^\p{Lu}{2,}$/u.test(w) || DESCRIPTORS.has(fold(w)) || (know.isCommonWord(fold(w)) && !know.isKnownSurname(fold(w)));
  while (name.length - k > 2 && label(name[k]!)) k++;
  return name.slice(k);
}

function personOrNull(name: string[], roles: string[], first: number, last: number, know: NameKnowledge): Mention | null {
  const words = name.filter((w) => !PARTICLES.has(w));
  if (words.length === 0 || words.length > 4 || name.some((w) => ORG_WORDS.has(w.toLowerCase()) || w === 'of')) return null;
  if (name.length === 1 && roles.length === 0 && !know.isKnownSurname(fold(name[0]!))) return null;
  // `Fort Pierce, Florida Friday`: a run that ends in a day or a month is a place and a date, not a name.
  if (MONTHS_AND_DAYS.has(fold(name[name.length - 1]!))) return null;
  return { kind: 'person', text: name.join(' '), name, first, last, roles };
}

/** `Secretary of Defense Pete Hegseth` → Pete Hegseth; `House Judiciary Chairman Jim Jordan` → Jim Jordan. */
function stripRoles(words: readonly string[]): { name: string[]; roles: string[] } {
  let r = -1;
  const roles: string[] = [];
  words.forEach((w, k) => {
    if (!ROLE_WORDS.has(w.toLowerCase())) return;
    r = k;
    roles.push(w.toLowerCase().replace(/\.$/, ''));
  });
  if (r === -1) return { name: [...words], roles };
  let name = words.slice(r + 1);
  if (name[0]?.toLowerCase() === 'of') {
    name = name.slice(2);
    if (name.length > 2) name = name.slice(-2);
  }
  return { name, roles };
}
